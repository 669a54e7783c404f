"""The Check screen shows what matters: a draft with errors opens on its
findings whichever tab was last used, and the preview scrolls at once."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import TabbedContent

from jdtui.tui.app import JdtuiApp
from jdtui.tui.widgets.findings import FindingsTable

from .conftest import settle, with_ui_lang


async def _check_screen(pilot, app):
    await settle(pilot)
    app.open_role("ru-client-manager")  # unfilled details: errors
    await settle(pilot)
    await pilot.press("f4")
    await settle(pilot)
    return app.screen


async def test_with_errors_the_findings_come_first_even_after_the_preview(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _check_screen(pilot, app)
        tabs = screen.query_one(TabbedContent)
        assert tabs.active == "tab-findings"
        assert isinstance(screen.focused, FindingsTable)
        await pilot.press("p")
        await settle(pilot)
        assert tabs.active == "tab-preview"
        await pilot.press("f3")
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        assert app.screen.query_one(TabbedContent).active == "tab-findings"


async def test_the_preview_scrolls_with_the_keys_at_once(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _check_screen(pilot, app)
        await pilot.press("p")
        await settle(pilot)
        view = screen.query_one("#preview-rendered", VerticalScroll)
        assert screen.focused is view
        assert view.scroll_y == 0
        await pilot.press("pagedown")
        await settle(pilot)
        assert view.scroll_y > 0
        await pilot.press("down")
        before = view.scroll_y
        await pilot.press("down")
        await settle(pilot)
        assert view.scroll_y > before
        # the raw Markdown scrolls the same way
        await pilot.press("m")
        await settle(pilot)
        assert screen.focused is screen.query_one("#preview-raw")


async def test_the_preview_is_built_when_it_is_looked_at(jd_workspace, no_delays):
    """A long draft's preview takes seconds to build: not before the tab is shown
    (quitting or reading the findings never waits for it), then as it was."""
    from textual.widgets import Markdown, TextArea

    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _check_screen(pilot, app)
        assert screen.checked_role is not None and screen.markdown
        assert not screen.query_one(Markdown).children
        assert screen.query_one(TextArea).text == ""
        await pilot.press("p")
        await settle(pilot)
        assert screen.query_one(Markdown).children
        assert "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ" in screen.query_one(TextArea).text
