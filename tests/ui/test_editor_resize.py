"""The item pane shows its words whole or marks a cut: the clause editor wraps
its text to the width it has after the terminal is resized (seen going from
80×24 to 120×40), and a block id longer than the pane ends in "…"."""

from __future__ import annotations

import pytest

from jdtui.tui.app import JdtuiApp

from .conftest import settle, with_ui_lang


async def _key_account_manager(pilot) -> None:
    await settle(pilot)
    pilot.app.open_role("ru-key-account-manager")
    await settle(pilot)


@pytest.mark.parametrize("size", [(120, 40), (100, 30)])
async def test_the_editor_rewraps_after_a_resize(jd_workspace, no_delays, size):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _key_account_manager(pilot)
        editor = app.screen._pane().editor
        assert len(editor.text) > 80  # wraps at any of these widths
        await pilot.resize_terminal(*size)
        await settle(pilot)
        shown = [strip.text for strip in editor.render_lines(editor.region.reset_offset)]
        words = " ".join(line.strip() for line in shown).split()
        # every word whole on screen (a stale wrap cut «функциональ|ные» at the edge)
        assert all(word in words for word in editor.text.split()), (shown, editor.text)


async def test_a_block_id_longer_than_the_pane_is_cut_with_a_mark(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _key_account_manager(pilot)
        role = app.session.role
        long_id = "ru.requirement.education-higher-3y-key-accounts"
        where = [(s.id, i) for s in role.sections for i, item in enumerate(s.items) if item.ref == long_id]
        app.screen.select_item(*where[0])
        await settle(pilot)
        info = app.screen.query_one("#item-info")
        shown = " ".join(strip.text.strip() for strip in info.render_lines(info.region.reset_offset))
        assert len(long_id) > info.content_region.width  # it cannot fit on one line
        assert long_id in shown or (long_id[:20] in shown and shown.endswith("…")), shown


@pytest.mark.parametrize("size", [(120, 40), (100, 30)])
async def test_the_section_lead_in_rewraps_after_a_resize(jd_workspace, no_delays, size):
    from jdtui.core.compose import set_lead

    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _key_account_manager(pilot)
        role = app.session.role
        index = [s.id for s in role.sections].index("duties")
        lead = "В течение рабочего дня менеджер по работе с ключевыми клиентами выполняет обязанности:"
        app.apply_role(set_lead(role, index, lead))
        app.screen.select_item("duties", None)
        await settle(pilot)
        field = app.screen.query_one("#section-lead")
        await pilot.resize_terminal(*size)
        await settle(pilot)
        shown = [strip.text for strip in field.render_lines(field.region.reset_offset)]
        words = " ".join(line.strip() for line in shown).split()
        assert all(word in words for word in lead.split()), shown
