"""The Library's tab bar: Ctrl+T, ←/→ when focused, and a click on a label."""

from __future__ import annotations

from textual.widgets import OptionList

from jdtui.tui.app import JdtuiApp
from jdtui.tui.widgets.tab_bar import TabBar

from .conftest import settle, with_ui_lang


def _row_ids(app: JdtuiApp) -> set[str]:
    results = app.screen.query_one("#results", OptionList)
    return {str(option.id).split(":")[0] for option in results.options if option.id and option.id != "more"}


async def test_ctrl_t_and_arrows_switch_the_list(jd_workspace, no_delays) -> None:
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        bar = app.screen.query_one("#tabs", TabBar)
        assert bar.active == "templates"
        assert _row_ids(app) == {"templates"}
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert bar.active == "blocks"
        assert _row_ids(app) == {"blocks"}
        bar.focus()
        await pilot.press("left")
        await settle(pilot)
        assert bar.active == "templates"
        await pilot.press("left")  # wraps round to the last tab
        await settle(pilot)
        assert bar.active == "drafts"


async def test_a_click_on_a_label_opens_that_tab(jd_workspace, no_delays) -> None:
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        bar = app.screen.query_one("#tabs", TabBar)
        # " Templates "  then two cells, then " Blocks ": click inside "Blocks"
        x = bar.styles.padding.left + len(" Templates ") + 2 + 3
        await pilot.click("#tabs", offset=(x, 0))
        await settle(pilot)
        assert bar.active == "blocks"
        assert _row_ids(app) == {"blocks"}
        await pilot.click("#tabs", offset=(bar.size.width - 1, 0))  # past the last label: nothing
        await settle(pilot)
        assert bar.active == "blocks"


async def test_labels_follow_the_ui_language(jd_workspace, no_delays) -> None:
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        bar = app.screen.query_one("#tabs", TabBar)
        assert bar.label("blocks") == "Blocks"
        app.set_ui_language("ru")
        await settle(pilot)
        assert bar.label("blocks") == "Блоки"
        assert bar.tab_at(len(" Шаблоны ") + 2) == "blocks"
