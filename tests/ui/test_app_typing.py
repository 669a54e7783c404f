"""Keys typed right after a key that moves the focus land in the new place.

A terminal delivers keys as fast as they are typed (or pasted): the keys are
posted to the app one after another with no pause between them, as the driver
does, so nothing waits for the focus to settle.
"""

from __future__ import annotations

from textual import events
from textual.keys import _character_to_key
from textual.widgets import Input, TextArea

from jdtui.tui.app import JdtuiApp

from .conftest import settle, with_ui_lang


def post_keys(app: JdtuiApp, keys: str) -> None:
    """Queue keys at once, without letting the app process any of them in between."""
    for char in keys:
        app.post_message(events.Key(_character_to_key(char), char))


async def opened(pilot, template_id: str = "ru-client-manager") -> None:
    await settle(pilot)
    pilot.app.open_role(template_id)
    await settle(pilot)


async def test_text_typed_at_once_after_e_goes_into_the_editor(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        editor = app.screen.query_one("#item-text", TextArea)
        before = editor.text
        post_keys(app, "eXYZ")
        await settle(pilot)
        assert editor.has_focus
        # the cursor starts at the end: a consultant usually adds to the clause
        assert editor.text == before + "XYZ"
        assert app.session.role.sections[0].items[0].local.text.endswith("XYZ")


async def test_search_typed_at_once_after_a_goes_into_the_block_filter(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        post_keys(app, "axyz")
        await settle(pilot)
        assert app.screen.query_one("#pick-filter", Input).value == "xyz"


async def test_details_typed_at_once_after_v_go_into_the_organisation(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        post_keys(app, "vAcme")
        await settle(pilot)
        assert app.session.role.variables.get("organization") == "Acme"


async def test_letters_typed_in_the_editor_are_text_not_commands(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        editor = app.screen.query_one("#item-text", TextArea)
        before = editor.text
        post_keys(app, "eeav")
        await settle(pilot)
        assert editor.has_focus and editor.text == before + "eav"


async def test_search_typed_at_once_after_slash_goes_into_the_library_filter(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.set_focus(app.screen.query_one("#results"))
        post_keys(app, "/office/")
        await settle(pilot)
        assert app.screen.query_one("#filter", Input).value == "office"


async def test_e_puts_the_cursor_at_the_end_of_the_clause(jd_workspace):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        before = app.screen.query_one("#item-text", TextArea).text
        assert before
        await pilot.press("e")
        await pilot.press(*" Ежемесячно.")
        await pilot.press("escape")
        await settle(pilot)
        text = app.session.role.sections[0].items[0].local.text
        assert text == before + " Ежемесячно."
