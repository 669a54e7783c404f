"""The details form at 80×24: labels whole (on two lines where needed), only the
fields of the document's language, a line saying how to get back, and Escape
back to the outline with the item's pane shown."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Label, TabbedContent

from jdtui.core.placeholders import VARIABLES, variables_for
from jdtui.tui.app import JdtuiApp
from jdtui.tui.widgets.details_form import DetailsForm
from jdtui.tui.widgets.outline import Outline

from .conftest import settle, with_ui_lang


async def _details(pilot, template: str) -> DetailsForm:
    await settle(pilot)
    pilot.app.open_role(template)
    await settle(pilot)
    await pilot.press("v")
    await settle(pilot)
    return pilot.app.screen.query_one(DetailsForm)


@pytest.mark.parametrize("ui_lang", ["ru", "en"])
async def test_labels_are_whole_at_80_columns(jd_workspace, no_delays, ui_lang):
    app = JdtuiApp(with_ui_lang(jd_workspace, ui_lang))
    async with app.run_test(size=(80, 24)) as pilot:
        form = await _details(pilot, "ru-client-manager")
        for label in form.query(Label):
            if not label.display or not label.id or not label.id.startswith("label-"):
                continue
            text = str(label.render())
            shown = "".join(strip.text for strip in label.render_lines(label.region.reset_offset))
            assert "…" not in shown, (label.id, text, shown)
            # every word of the label is on screen
            assert all(word in shown for word in text.split()), (label.id, text, shown)


async def test_an_english_posting_shows_only_its_fields(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        form = await _details(pilot, "en-client-manager")
        shown = {name for name in VARIABLES if form.query_one(f"#field-{name}").display}
        assert shown == set(variables_for("en"))
        assert "position_genitive" not in shown and "approver_name" not in shown
        # switching the document to Russian brings the instruction's fields back
        role = app.session.role
        from dataclasses import replace

        app.apply_role(replace(role, lang="ru"))
        await settle(pilot)
        assert all(form.query_one(f"#field-{name}").display for name in VARIABLES)


async def test_escape_returns_to_the_outline_and_the_item_pane(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        form = await _details(pilot, "ru-client-manager")
        assert "Esc returns to the list" in str(form.query_one("#details-hint").render())
        tabs = app.screen.query_one("#editor-tabs", TabbedContent)
        assert tabs.active == "tab-details" and app.focused is not None and form in app.focused.ancestors
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.focused, Outline)
        assert tabs.active == "tab-item"  # what has the keys is what is shown
        await pilot.press("e")
        await pilot.press("X")
        await settle(pilot)
        assert tabs.active == "tab-item"
        assert app.screen._pane().editor.text.endswith("X")  # the key went where it is seen


async def test_a_field_left_shows_how_its_value_begins(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        form = await _details(pilot, "ru-key-account-manager")
        field = form.query_one("#field-position", Input)
        assert len(field.value) > field.content_region.width  # longer than the field
        field.focus()
        await settle(pilot)
        assert field.scroll_offset.x > 0  # focus selects it all: the end is shown
        await pilot.press("tab")
        await settle(pilot)
        assert not field.has_focus
        assert field.cursor_position == 0 and field.scroll_offset.x == 0
        shown = "".join(strip.text for strip in field.render_lines(field.region.reset_offset))
        assert shown.strip().startswith(field.value[:10]), shown
