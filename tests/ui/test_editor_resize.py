"""The clause editor wraps its text to the width it has after the terminal is
resized: no word is cut at the right edge (seen going from 80×24 to 120×40)."""

from __future__ import annotations

import pytest

from jdtui.tui.app import JdtuiApp

from .conftest import settle, with_ui_lang


@pytest.mark.parametrize("size", [(120, 40), (100, 30)])
async def test_the_editor_rewraps_after_a_resize(jd_workspace, no_delays, size):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_role("ru-key-account-manager")
        await settle(pilot)
        editor = app.screen._pane().editor
        assert len(editor.text) > 80  # wraps at any of these widths
        await pilot.resize_terminal(*size)
        await settle(pilot)
        shown = [strip.text for strip in editor.render_lines(editor.region.reset_offset)]
        words = " ".join(line.strip() for line in shown).split()
        # every word whole on screen (a stale wrap cut «функциональ|ные» at the edge)
        assert all(word in words for word in editor.text.split()), (shown, editor.text)
