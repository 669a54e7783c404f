"""Composing one's own: a new clause in any section, select-all in the editor,
removing sections with undo, the cursor staying put, relinking a clause typed
back to its library text, and the filled text under the editor."""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import Static, TextArea

from jdtui.tui.app import JdtuiApp
from jdtui.tui.widgets.outline import Outline

from .conftest import settle, with_ui_lang
from .test_app_flow import type_text


async def _open(pilot, app, template: str = "ru-client-manager") -> None:
    await settle(pilot)
    app.open_role(template)
    await settle(pilot)


def _index(app, section_id: str) -> int:
    return [s.id for s in app.session.role.sections].index(section_id)


async def test_n_writes_a_clause_of_ones_own_of_the_sections_kind(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, app)
        duties = _index(app, "duties")
        before = len(app.session.role.sections[duties].items)
        app.screen.select_item("duties", 0)
        await settle(pilot)
        await pilot.press("n")
        assert app.screen.query_one("#item-text", TextArea).has_focus
        await type_text(pilot, "Ведёт реестр договоров")
        await pilot.press("escape")
        await settle(pilot)
        items = app.session.role.sections[duties].items
        assert len(items) == before + 1
        own = items[1]
        assert own.local is not None and own.ref is None
        assert own.local.kind == "duty" and own.local.text == "Ведёт реестр договоров"


async def test_a_new_clause_left_empty_is_taken_back(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, app)
        sections = app.session.role.sections
        app.screen.select_item("rights", None)
        await settle(pilot)
        await pilot.press("n")
        await pilot.press("escape")
        await settle(pilot)
        assert app.session.role.sections == sections


async def test_ctrl_a_selects_the_whole_clause_so_typing_replaces_it(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, app)
        app.screen.select_item("duties", 0)
        await settle(pilot)
        await pilot.press("e")
        await pilot.press("ctrl+a")
        await type_text(pilot, "Новый текст")
        await pilot.press("escape")
        await settle(pilot)
        item = app.session.role.sections[_index(app, "duties")].items[0]
        assert item.local is not None and item.local.text == "Новый текст"


async def test_x_on_a_section_row_removes_the_section_and_u_brings_it_back(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, app)
        before = app.session.role.sections
        app.screen.select_item("kpi", None)
        await settle(pilot)
        # the footer names x on item rows only: the section row's hint says it
        assert "x — удалить раздел" in str(app.screen.query_one("#section-hint", Static).render())
        await pilot.press("x")
        await settle(pilot)
        assert "kpi" not in [s.id for s in app.session.role.sections]
        assert len(app.session.role.sections) == len(before) - 1
        await pilot.press("u")
        await settle(pilot)
        assert app.session.role.sections == before


async def test_removing_the_last_items_keeps_the_cursor_in_the_section(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, app)
        rights = _index(app, "rights")
        count = len(app.session.role.sections[rights].items)
        app.screen.select_item("rights", count - 1)
        await settle(pilot)
        for _ in range(count):
            await pilot.press("x")
            await settle(pilot)
        assert app.session.role.sections[rights].items == ()
        # the cursor ends on the emptied section's row, not on the next section
        assert app.screen.query_one("#outline", Outline).position == (rights, None)
        # and the next section is untouched
        assert app.session.role.sections[rights + 1].items


async def test_a_clause_typed_back_to_its_library_text_is_linked_again(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, app)
        duties = _index(app, "duties")
        ref = app.session.role.sections[duties].items[0].ref
        app.screen.select_item("duties", 0)
        await settle(pilot)
        await pilot.press("e")
        await type_text(pilot, "!")
        await settle(pilot)
        assert not app.session.role.sections[duties].items[0].linked
        await pilot.press("backspace")
        await pilot.press("escape")
        await settle(pilot)
        item = app.session.role.sections[duties].items[0]
        assert item.linked and item.ref == ref


async def test_the_filled_text_shows_under_the_editor(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, app)
        role = app.session.role
        app.apply_role(replace(role, variables={**role.variables, "organization": "ООО «Ромашка»"}))
        await settle(pilot)
        app.screen.select_item("general", 0)  # «… {{position_genitive}} {{organization}}.»
        await settle(pilot)
        filled = app.screen.query_one("#item-filled", Static)
        assert filled.display
        shown = str(filled.render())
        assert "ООО «Ромашка»" in shown and "{{organization}}" not in shown
        assert "{{organization}}" in app.screen.query_one("#item-text", TextArea).text


async def test_going_to_a_removed_section_says_it_is_not_there(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, app)
        app.screen.select_item("kpi", None)
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        before = app.screen.place()
        app.open_item("kpi", None)  # Enter on the Check screen's «no KPIs» finding
        await settle(pilot)
        said = [n.message for n in app._notifications]
        assert any("Раздела «Критерии оценки работы» в документе нет" in m for m in said), said
        assert app.screen.place() == before  # the cursor stays where it was
