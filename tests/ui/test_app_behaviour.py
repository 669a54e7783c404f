"""Behaviour of the shell and Compose: hostile text, UI language, palette, conflicts."""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import TextArea

from jdtui.tui.app import JdtuiApp
from jdtui.tui.commands import JdtuiCommands, OpenRoleProvider
from jdtui.tui.session import DraftSession
from jdtui.tui.widgets.outline import Outline

from .conftest import settle, with_ui_lang

HOSTILE = "[bold]x[/] [link=http://e]y[/link] \x1b[31m красный"


async def test_block_text_with_markup_and_escapes_shows_literally(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_role("ru-client-manager")
        await settle(pilot)
        app.screen.select_item("rights", 0)
        app.screen.insert_block("ru.right.hostile")
        await settle(pilot)
        outline = app.screen.query_one("#outline", Outline)
        row = str(outline.highlighted_option.prompt)
        assert "[bold]x[/] враждебный" in row
        assert app.screen.query_one("#item-text", TextArea).text == HOSTILE
        assert "\x1b" not in "".join(str(o.prompt) for o in outline.options)


async def test_ui_language_switches_labels_at_runtime_and_is_remembered(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_role("ru-client-manager")
        await settle(pilot)
        assert app.screen.active_bindings["e"].binding.description == "Править"
        app.set_ui_language("en")
        await settle(pilot)
        assert app.screen.active_bindings["e"].binding.description == "Edit"
        assert str(app.screen.query_one("#label-organization").render()) == "Organisation"
        assert jd_workspace.settings.get("ui_lang") == "en"


async def test_palette_opens_a_template_by_a_word_form_of_its_title(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        provider = OpenRoleProvider(app.screen)
        await provider.startup()
        hits = [hit async for hit in provider.search("ключевой клиент")]
        assert [hit.text for hit in hits] == ["Менеджер по работе с ключевыми клиентами"]
        hits[0].command()
        await settle(pilot)
        assert app.current_mode == "compose" and app.session.role.based_on == "ru-key-account-manager"


async def test_every_palette_command_has_a_translated_title(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        provider = JdtuiCommands(app.screen)
        titles = [str(hit.display) async for hit in provider.discover()]
        assert "Сохранить черновик" in titles and "Экспорт в Markdown" in titles
        assert not [title for title in titles if title.startswith("cmd.")]


async def _conflict(app, pilot, workspace):
    """Open a draft; another window saves it; this one's autosave then clashes."""
    await settle(pilot)
    app.open_role("ru-client-manager")
    await settle(pilot)
    draft_id = app.session.role_id
    other = DraftSession(workspace, workspace.drafts.load(draft_id))
    other.apply(replace(other.role, title="Их версия"))
    other.save()
    app.apply_role(replace(app.session.role, title="Моя версия"))
    await settle(pilot)
    return draft_id


def _backed_up_titles(workspace, draft_id: str) -> list[str]:
    from jdtui.store.drafts import DRAFT_KIND, role_from_data
    from jdtui.store.safe import parse

    return [
        role_from_data(parse(backup.path.read_bytes(), backup.path, DRAFT_KIND), backup.path).title
        for backup in workspace.backups(draft_id)
    ]


async def test_conflicting_save_asks_and_copy_keeps_both_versions(jd_workspace, no_delays):
    from jdtui.tui.screens.dialogs import ConflictDialog

    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        draft_id = await _conflict(app, pilot, jd_workspace)
        assert isinstance(app.screen, ConflictDialog)
        assert app.screen.role_title == "Моя версия"
        assert (app.screen.theirs, app.screen.ours) == (2, 1)
        app.screen.arm()
        await pilot.press("c")
        await settle(pilot)
        assert jd_workspace.drafts.load(draft_id).title == "Их версия"
        assert app.session.role_id != draft_id
        assert jd_workspace.drafts.load(app.session.role_id).title == "Моя версия"


async def test_conflict_reload_keeps_the_users_text_as_a_backup(jd_workspace, no_delays):
    from jdtui.tui.screens.dialogs import ConflictDialog

    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        draft_id = await _conflict(app, pilot, jd_workspace)
        dialog = app.screen
        assert isinstance(dialog, ConflictDialog) and dialog.kept
        # kept before anything is chosen: also if the app went now
        assert "Моя версия" in _backed_up_titles(jd_workspace, draft_id)
        for key in ("о", "r", "l", "d"):  # still typing: nothing happens
            await pilot.press(key)
        await settle(pilot)
        assert app.screen is dialog and not dialog.confirming
        dialog.arm()
        await pilot.press("r")
        await settle(pilot)
        assert app.screen is dialog  # asks first
        dialog.arm()
        await pilot.press("y")
        await settle(pilot)
        assert app.session.role_id == draft_id and app.session.role.title == "Их версия"
        assert not app.session.dirty
        assert "Моя версия" in _backed_up_titles(jd_workspace, draft_id)


async def test_deciding_later_stops_autosave_asking_until_ctrl_s(jd_workspace, no_delays):
    from jdtui.tui.screens.dialogs import ConflictDialog

    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        draft_id = await _conflict(app, pilot, jd_workspace)
        app.screen.arm()
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ConflictDialog)
        backups = len(jd_workspace.backups(draft_id))
        app.apply_role(replace(app.session.role, title="Моя версия, дальше"))
        await settle(pilot)
        assert not isinstance(app.screen, ConflictDialog)  # autosave did not ask again
        assert len(jd_workspace.backups(draft_id)) == backups
        app.action_save()
        await settle(pilot)
        assert isinstance(app.screen, ConflictDialog)
