"""The details form fills in the case forms of the position as it is typed:
marked as suggested, editable, a form the user typed never overwritten."""

from __future__ import annotations

from textual.widgets import Input, Static

from jdtui.tui.app import JdtuiApp

from .conftest import settle, with_ui_lang


async def _open_details(pilot, template_id: str = "ru-client-manager") -> None:
    await settle(pilot)
    pilot.app.open_role(template_id)
    await settle(pilot)
    await pilot.press("v")
    await settle(pilot)


async def _type(pilot, field: str, text: str) -> None:
    widget = pilot.app.screen.query_one(f"#field-{field}", Input)
    pilot.app.screen.set_focus(widget)
    await settle(pilot)
    widget.value = ""
    await settle(pilot)
    await pilot.press(*text)
    await settle(pilot)


def _field(app, name: str) -> Input:
    return app.screen.query_one(f"#field-{name}", Input)


async def test_forms_follow_the_position_as_it_is_typed(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(100, 40)) as pilot:
        await _open_details(pilot)
        await _type(pilot, "position", "главный бухгалтер")
        variables = app.session.role.variables
        assert variables["position_genitive"] == "главного бухгалтера"
        assert variables["position_dative"] == "главному бухгалтеру"
        # shown in the fields, marked as suggested, the marks explained in words
        assert _field(app, "position_genitive").value == "главного бухгалтера"
        assert _field(app, "position_genitive").has_class("-suggested")
        legend = app.screen.query_one("#details-legend", Static)
        assert legend.display and "suggested" in str(legend.render())
        # the reporting line was not touched
        assert variables["reports_to_dative"] == "начальнику отдела по работе с клиентами"


async def test_a_form_the_user_typed_is_never_overwritten(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(100, 40)) as pilot:
        await _open_details(pilot)
        await _type(pilot, "position_genitive", "гл. бухгалтера")
        assert not _field(app, "position_genitive").has_class("-suggested")
        await _type(pilot, "position", "кассир")
        variables = app.session.role.variables
        assert variables["position_genitive"] == "гл. бухгалтера"
        assert variables["position_dative"] == "кассиру"  # not typed by the user: it follows
        assert _field(app, "position_dative").has_class("-suggested")


async def test_a_guess_is_marked_please_check(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(100, 40)) as pilot:
        await _open_details(pilot)
        await _type(pilot, "position", "кассир-операционист")
        assert app.session.role.variables["position_genitive"] == "кассира-операциониста"
        assert _field(app, "position_genitive").has_class("-check")


async def test_typing_before_the_dictionary_is_loaded_is_derived_when_it_is(
    jd_workspace, no_delays, monkeypatch
):
    from jdtui.tui.screens import compose

    loaded = [False]
    monkeypatch.setattr(compose, "analyser_loaded", lambda: loaded[0])

    def load():
        loaded[0] = True

    monkeypatch.setattr(compose, "load_analyser", load)
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(100, 40)) as pilot:
        await _open_details(pilot)
        loaded[0] = False  # opening the details loads it: type as if it had not
        widget = _field(app, "position")
        app.screen.set_focus(widget)
        widget.value = "кассир"  # one change, while the dictionary "loads"
        await settle(pilot)
        assert app.session.role.variables["position_genitive"] == "кассира"
        assert _field(app, "position_genitive").value == "кассира"
        # one undo step takes back the typing and the derived forms together
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert app.session.role.variables["position_genitive"] == "менеджера по работе с клиентами"


async def test_english_roles_get_no_marks(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(100, 40)) as pilot:
        await _open_details(pilot, "en-client-manager")
        await _type(pilot, "position", "Cashier")
        assert not app.screen.query_one("#details-legend", Static).display
