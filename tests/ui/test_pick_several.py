"""The add-block dialog marks blocks the draft has, adds several at once, and
says when nothing is found."""

from __future__ import annotations

from textual.widgets import OptionList, Static

from jdtui.tui.app import JdtuiApp
from jdtui.tui.screens.pick_block import NONE_ID, PickBlockScreen

from .conftest import settle, with_ui_lang
from .test_app_flow import type_text


async def _picker(pilot, app) -> PickBlockScreen:
    await settle(pilot)
    app.open_role("ru-client-manager")
    await settle(pilot)
    app.screen.select_item("rights", None)
    await settle(pilot)
    await pilot.press("a")
    await settle(pilot)
    assert isinstance(app.screen, PickBlockScreen)
    return app.screen


async def test_blocks_in_the_draft_are_marked_as_such(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        rights = app.session.role.section("rights") if app.session else None
        picker = await _picker(pilot, app)
        rights = app.session.role.section("rights")
        used = {i.ref for i in rights.items}
        results = picker.query_one("#pick-results", OptionList)
        rows = {
            results.get_option_at_index(i).id: str(results.get_option_at_index(i).prompt)
            for i in range(results.option_count)
        }
        assert any(block_id in used for block_id in rows)
        for block_id, prompt in rows.items():
            assert ("уже в документе" in prompt) == (block_id in used), (block_id, prompt)


async def test_insert_marks_several_and_enter_adds_them_in_order_as_one_step(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        picker = await _picker(pilot, app)
        before = app.session.role.section("rights").items
        results = picker.query_one("#pick-results", OptionList)
        first = results.get_option_at_index(0).id
        second = results.get_option_at_index(1).id
        await pilot.press("insert")
        await pilot.press("insert")
        assert "Отмечено: 2" in str(picker.query_one("#pick-status", Static).render())
        await pilot.press("enter")
        await settle(pilot)
        items = app.session.role.section("rights").items
        assert len(items) == len(before) + 2
        assert [i.ref for i in items[-2:]] == [first, second]
        await pilot.press("u")  # one undo takes both back
        await settle(pilot)
        assert app.session.role.section("rights").items == before


async def test_an_empty_search_says_nothing_was_found(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        picker = await _picker(pilot, app)
        await type_text(pilot, "zzzqqq")
        await settle(pilot)
        results = picker.query_one("#pick-results", OptionList)
        assert results.option_count == 1
        option = results.get_option_at_index(0)
        assert option.id == NONE_ID and option.disabled and "Ничего не найдено" in str(option.prompt)
        await pilot.press("enter")  # nothing to add: the dialog stays
        await settle(pilot)
        assert app.screen is picker


async def test_adding_a_block_already_in_the_draft_says_it_is_there_twice(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        picker = await _picker(pilot, app)
        used = {i.ref for s in app.session.role.sections for i in s.items}
        results = picker.query_one("#pick-results", OptionList)
        index = next(i for i in range(results.option_count) if results.get_option_at_index(i).id in used)
        results.highlighted = index
        await pilot.press("enter")
        await settle(pilot)
        said = [n.message for n in app._notifications]
        assert any("уже были в документе: 1" in m for m in said), said
