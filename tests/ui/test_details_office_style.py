"""The office-style choices of a Russian draft are edited in the details form:
the date style and the approval form are Selects in both UI languages, and a
choice reaches the draft and its export."""

from __future__ import annotations

import pytest
from textual.widgets import Select

from jdtui.core.office_style import CHOICES
from jdtui.core.render import render_markdown
from jdtui.tui.app import JdtuiApp
from jdtui.tui.widgets.details_form import DetailsForm

from .conftest import settle, with_ui_lang


async def _opened_details(pilot) -> DetailsForm:
    await settle(pilot)
    pilot.app.open_role("ru-client-manager")
    await settle(pilot)
    await pilot.press("v")
    await settle(pilot)
    return pilot.app.screen.query_one(DetailsForm)


@pytest.mark.parametrize(
    ("ui_lang", "label", "default"),
    [("ru", "Формат дат", "как введена"), ("en", "Date style", "as entered")],
)
async def test_date_style_is_a_choice_labelled_in_the_ui_language(
    jd_workspace, no_delays, ui_lang, label, default
):
    app = JdtuiApp(with_ui_lang(jd_workspace, ui_lang))
    async with app.run_test(size=(100, 40)) as pilot:
        form = await _opened_details(pilot)
        assert str(form.query_one("#label-date_style").render()) == label
        select = form.query_one("#field-date_style", Select)
        assert select.value == ""
        assert next(str(prompt) for prompt, _ in select._options) == default
        assert [value for _, value in select._options] == list(CHOICES["date_style"])
        assert not form.query("Input#field-date_style")


async def test_choosing_approval_by_order_changes_the_draft_and_its_stamp(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(100, 40)) as pilot:
        form = await _opened_details(pilot)
        select = form.query_one("#field-approval_form", Select)
        select.focus()
        await settle(pilot)
        select.value = "order"
        await settle(pilot)
        role = app.session.role
        assert role.variables.get("approval_form") == "order"
        text = render_markdown(role, app.workspace.library)
        assert text.startswith("**УТВЕРЖДЕНА**\\\nприказом от ")
        # back to the default: the variable is gone, the stamp is «УТВЕРЖДАЮ» again
        select.value = ""
        await settle(pilot)
        assert "approval_form" not in app.session.role.variables


async def test_a_draft_choice_shows_in_the_form(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(100, 40)) as pilot:
        form = await _opened_details(pilot)
        app.apply_role(app.session.role.with_variables(date_style="words"))
        await settle(pilot)
        assert form.query_one("#field-date_style", Select).value == "words"
