"""Enter on a block in the Library does what the status line says: with a
draft open it adds the block to the section of its kind; with none it shows
the block's text."""

from __future__ import annotations

from textual.widgets import OptionList, Static

from jdtui.tui.app import JdtuiApp
from jdtui.tui.widgets.library_entries import EntryOption

from .conftest import settle, with_ui_lang


def _status(app) -> str:
    return str(app.screen.query_one("#library-status", Static).render())


def _highlight_block(app, kind: str, lang: str):
    results = app.screen.query_one("#results", OptionList)
    for index, option in enumerate(results.options):
        if isinstance(option, EntryOption) and option.entry.value.kind == kind and option.entry.lang == lang:
            results.highlighted = index
            return option.entry.value
    raise AssertionError(f"no {lang} {kind} block listed")


async def test_enter_on_a_block_without_a_draft_shows_its_text(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.show_tab("blocks")
        await settle(pilot)
        assert "Enter shows the text" in _status(app)
        assert not app.screen.query_one("#preview-pane").display  # hidden below 100 columns
        _highlight_block(app, "duty", "en")
        app.screen.query_one("#results", OptionList).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one("#preview-pane").display
        assert app.session is None


async def test_enter_on_a_block_adds_it_to_the_open_draft(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_role("ru-client-manager")
        await settle(pilot)
        role = app.session.role
        await pilot.press("f2")
        await settle(pilot)
        app.screen.show_tab("blocks")
        await settle(pilot)
        assert f"Enter — добавить в «{role.title}»" in _status(app)
        block = _highlight_block(app, "right", "ru")
        app.screen.query_one("#results", OptionList).focus()
        await pilot.press("enter")
        await settle(pilot)
        new = app.session.role
        rights = next(s for s in new.sections if s.id == "rights")
        assert rights.items[-1].ref == block.id
        assert sum(len(s.items) for s in new.sections) == sum(len(s.items) for s in role.sections) + 1
        app.action_undo()  # one undo step takes it out again
        await settle(pilot)
        assert app.session.role.sections == role.sections


async def test_a_block_of_the_other_language_is_not_added(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_role("ru-client-manager")
        await settle(pilot)
        before = app.session.role
        await pilot.press("f2")
        await settle(pilot)
        app.screen.show_tab("blocks")
        await settle(pilot)
        _highlight_block(app, "duty", "en")
        app.screen.query_one("#results", OptionList).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert app.session.role == before
