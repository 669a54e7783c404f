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


async def test_conflicting_save_asks_and_copy_keeps_both_versions(jd_workspace, no_delays):
    from jdtui.tui.screens.dialogs import ConflictDialog

    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_role("ru-client-manager")
        await settle(pilot)
        draft_id = app.session.role_id
        other = DraftSession(jd_workspace, jd_workspace.drafts.load(draft_id))
        other.apply(replace(other.role, title="Их версия"))
        other.save()
        app.apply_role(replace(app.session.role, title="Моя версия"))
        await settle(pilot)
        assert isinstance(app.screen, ConflictDialog)
        app.screen.dismiss("copy")
        await settle(pilot)
        assert jd_workspace.drafts.load(draft_id).title == "Их версия"
        assert app.session.role_id != draft_id
        assert jd_workspace.drafts.load(app.session.role_id).title == "Моя версия"
