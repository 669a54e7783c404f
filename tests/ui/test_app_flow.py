"""The whole flow, keyboard first: library → filter → draft → add a right →
edit an item → fill in details → check → export."""

from __future__ import annotations

from textual.widgets import Input, OptionList, TextArea

from jdtui.tui.app import JdtuiApp
from jdtui.tui.widgets.outline import Outline

from .conftest import settle, with_ui_lang


async def type_text(pilot, text: str) -> None:
    for char in text:
        await pilot.press(char if char != " " else "space")


async def test_library_filter_finds_word_forms_and_enter_makes_a_draft(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#filter", Input).has_focus
        await type_text(pilot, "ключевой")
        await settle(pilot)
        results = app.screen.query_one("#results", OptionList)
        titles = [str(o.prompt) for o in results.options if not o.disabled]
        assert len(titles) == 1 and "ключевыми клиентами" in titles[0]
        await pilot.press("enter")
        await settle(pilot)
        assert app.current_mode == "compose"
        assert app.session is not None and app.session.role.based_on == "ru-key-account-manager"
        assert jd_workspace.drafts.exists(app.session.role_id)
        outline = app.screen.query_one("#outline", Outline)
        assert outline.position == (0, 0)  # the first item is selected


async def test_up_down_in_the_filter_move_through_results(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_text(pilot, "manager")
        await settle(pilot)
        results = app.screen.query_one("#results", OptionList)
        first = results.highlighted
        await pilot.press("down")
        assert results.highlighted == first + 1 or results.get_option_at_index(first + 1).disabled
        assert app.screen.query_one("#filter", Input).has_focus
        chosen = results.highlighted_option.entry.id
        await pilot.press("enter")
        await settle(pilot)
        assert app.session.role.based_on == chosen


async def test_compose_add_right_edit_item_fill_details_and_export(jd_workspace, no_delays, tmp_path):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_role("ru-client-manager")
        await settle(pilot)
        screen = app.screen
        role = app.session.role
        rights = [s.id for s in role.sections].index("rights")
        before = len(role.sections[rights].items)

        # add a right from the library, by searching for it
        screen.select_item("rights", None)
        await pilot.press("a")
        await settle(pilot)
        await type_text(pilot, "враждебн")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        items = app.session.role.sections[rights].items
        assert len(items) == before + 1
        assert any(i.ref == "ru.right.hostile" for i in items)

        # edit the first duty: it becomes a local copy
        duties = [s.id for s in role.sections].index("duties")
        screen.select_item("duties", 0)
        await settle(pilot)
        await pilot.press("e")
        assert screen.query_one("#item-text", TextArea).has_focus
        await type_text(pilot, " Ежемесячно.")
        await pilot.press("escape")
        await settle(pilot)
        item = app.session.role.sections[duties].items[0]
        assert not item.linked and item.local.text.endswith(" Ежемесячно.")
        assert "✎" in str(screen.query_one("#item-info").render())

        # fill in the client's details
        await pilot.press("v")
        await settle(pilot)
        assert screen.query_one("#field-organization", Input).has_focus
        await type_text(pilot, "ООО Ромашка")
        await settle(pilot)
        assert app.session.role.variables["organization"] == "ООО Ромашка"

        # saved without asking
        await settle(pilot)
        stored = jd_workspace.drafts.load(app.session.role_id)
        assert stored.variables["organization"] == "ООО Ромашка"
        assert stored.sections[duties].items[0].local.text.endswith(" Ежемесячно.")

        # check, then export what was composed
        await pilot.press("f4")
        await settle(pilot)
        assert app.current_mode == "check"
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        target = tmp_path / "out.md"
        dialog.query_one("#path", Input).value = str(target)
        if dialog.errors:  # unfilled details remain: export needs an explicit override
            dialog.query_one("#override").focus()
            await pilot.press("space")
            dialog.query_one("#path", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        text = target.read_text(encoding="utf-8")
        assert "ООО Ромашка" in text and "Ежемесячно." in text
        assert "\\[bold\\]x\\[/\\]" in text or "[bold]x[/]" in text
