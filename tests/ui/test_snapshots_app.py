"""How Library and Compose look at 80×24 and 120×40, Russian and English UI."""

from __future__ import annotations

import pytest

from jdtui.core.compose import role_from_template
from jdtui.tui.app import JdtuiApp

from .conftest import settle, with_ui_lang

FIXED_NOW = "2026-01-15T10:00:00+00:00"


def make_app(workspace, lang: str) -> JdtuiApp:
    return JdtuiApp(with_ui_lang(workspace, lang))


async def still(pilot) -> None:
    """Settled, without blinking cursors or passing notifications."""
    await settle(pilot)
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False
    pilot.app.clear_notifications()
    await pilot.pause()


def fixed_draft(workspace, template_id: str) -> str:
    template = workspace.library.templates[template_id]
    role = role_from_template(template, role_id="d-snapshot", now=FIXED_NOW)
    workspace.drafts.save(role, expected_revision=None)
    return role.id


async def library_filtered(pilot, query: str) -> None:
    await settle(pilot)
    for char in query:
        await pilot.press(char)
    await still(pilot)


def open_draft(template_id: str):
    async def run_before(pilot) -> None:
        await settle(pilot)
        pilot.app.open_role(fixed_draft(pilot.app.workspace, template_id))
        await still(pilot)

    return run_before


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40)])
def test_library_ru(snap_compare, jd_workspace, no_delays, size):
    app = make_app(jd_workspace, "ru")
    assert snap_compare(app, terminal_size=size, run_before=lambda pilot: library_filtered(pilot, "клиент"))


def test_library_en_80x24(snap_compare, jd_workspace, no_delays):
    app = make_app(jd_workspace, "en")
    assert snap_compare(
        app, terminal_size=(80, 24), run_before=lambda pilot: library_filtered(pilot, "manager")
    )


def test_library_preview_below_the_list_when_narrow_en_80x24(snap_compare, jd_workspace, no_delays):
    app = make_app(jd_workspace, "en")

    async def run_before(pilot) -> None:
        await library_filtered(pilot, "manager")
        await pilot.press("f7")
        await still(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40)])
def test_compose_ru(snap_compare, jd_workspace, no_delays, size):
    app = make_app(jd_workspace, "ru")
    assert snap_compare(app, terminal_size=size, run_before=open_draft("ru-key-account-manager"))


def test_compose_en_80x24(snap_compare, jd_workspace, no_delays):
    app = make_app(jd_workspace, "en")
    assert snap_compare(app, terminal_size=(80, 24), run_before=open_draft("en-client-manager"))


def test_compose_details_ru_80x24(snap_compare, jd_workspace, no_delays):
    app = make_app(jd_workspace, "ru")

    async def run_before(pilot) -> None:
        await open_draft("ru-key-account-manager")(pilot)
        await pilot.press("v")
        await still(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


@pytest.mark.parametrize(
    ("lang", "template", "mine"),
    [
        ("en", "en-client-manager", "Client Manager, Key Accounts"),
        ("ru", "ru-key-account-manager", "Менеджер по ключевым клиентам (Москва)"),
    ],
    ids=["en", "ru"],
)
def test_conflict_dialog_80x24(snap_compare, jd_workspace, no_delays, lang, template, mine):
    """Another window saved the draft: the dialog names it and both revisions."""
    from dataclasses import replace

    from jdtui.tui.session import DraftSession

    async def run_before(pilot) -> None:
        await open_draft(template)(pilot)
        app = pilot.app
        other = DraftSession(app.workspace, app.workspace.drafts.load(app.session.role_id))
        other.apply(replace(other.role, title="theirs"))
        other.save()
        app.apply_role(replace(app.session.role, title=mine))
        await settle(pilot)
        app.screen.arm()
        await still(pilot)

    app = make_app(jd_workspace, lang)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_import_dialog_asks_which_role_of_a_document_80x24(snap_compare, jd_workspace, no_delays):
    """A document of three ДИ: the dialog lists them before anything is imported."""
    from textual.widgets import Input

    from jdtui.tui.screens.dialogs import ImportDialog

    async def run_before(pilot) -> None:
        await settle(pilot)
        dialog = ImportDialog(".")
        pilot.app.push_screen(dialog)
        await settle(pilot)
        dialog.query_one("#path", Input).value = "tests/data/import/ru_three_di.txt"
        await pilot.click("#import")
        await still(pilot)

    assert snap_compare(make_app(jd_workspace, "en"), terminal_size=(80, 24), run_before=run_before)
