"""F1 help scrolls to its last key at 80×24 on every screen, and its footer stays in view."""

from __future__ import annotations

import pytest
from textual.containers import VerticalScroll

from jdtui.i18n import t
from jdtui.tui.app import JdtuiApp
from jdtui.tui.screens.help import HelpScreen

from .conftest import settle, with_ui_lang


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("mode", ["library", "compose", "check"])
async def test_help_scrolls_to_its_end_at_80x24(jd_workspace, no_delays, lang, mode):
    app = JdtuiApp(with_ui_lang(jd_workspace, lang))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_role("ru-client-manager")
        await settle(pilot)
        await app.switch_mode(mode)
        for _ in range(5):  # the Check screen re-checks in an exclusive worker
            await pilot.pause(0.05)
        await pilot.press("f1")
        await settle(pilot)
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        scroll = help_screen.query_one(VerticalScroll)
        footer = help_screen.query_one(".help-footer")
        assert footer.region.bottom <= 24 and footer.region.height > 0
        # the footer's every line inside the box, above its bottom border
        box = help_screen.query_one("HelpScreen > Vertical")
        assert footer.region.bottom <= box.region.bottom - 1, (footer.region, box.region)
        shown = " ".join(strip.text.strip() for strip in footer.render_lines(footer.region.reset_offset))
        assert shown.endswith(t("help.footer").split()[-1]), shown
        await pilot.press("end")
        await settle(pilot)
        assert scroll.scroll_y == scroll.max_scroll_y
        # the last key of the list is on screen, inside the scroll's window
        last = list(scroll.query(".help-keys"))[-1]
        assert last.region.bottom <= scroll.region.bottom
        assert last.region.bottom > scroll.region.y
