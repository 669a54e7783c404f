"""Export dialog: the path a consultant types is the file that gets written."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Checkbox, Input, Static

from jdtui.core.text import safe_file_name
from jdtui.i18n import t
from jdtui.tui.screens.check import CheckScreen
from jdtui.tui.screens.dialogs import ConfirmDialog, ExportDialog
from jdtui.tui.screens.dialogs.export import default_export_folder, export_target

from .check_support import ScreenHarness, sample_role
from .conftest import settle


def test_a_typed_path_names_one_file_with_one_extension(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    folder = tmp_path / "exports"
    assert export_target("/tmp/jdx/out.md", folder, "role.md") == Path("/tmp/jdx/out.md")
    assert export_target("/tmp/jdx/out", folder, "role.md") == Path("/tmp/jdx/out.md")
    assert export_target("out", folder, "role.md") == folder / "out.md"
    assert export_target("sub/out.md", folder, "role.md") == folder / "sub" / "out.md"
    assert export_target("~/out.md", folder, "role.md") == tmp_path / "home" / "out.md"
    assert export_target("~/docs/", folder, "role.md") == tmp_path / "home" / "docs" / "role.md"
    assert export_target("notes.txt", folder, "role.md") == folder / "notes.txt"


def test_default_folder_is_the_last_export_else_documents_else_where_jdtui_started(
    tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    last = tmp_path / "last"
    last.mkdir()
    documents = tmp_path / "home" / "Documents"
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(documents))
    assert default_export_folder(str(last)) == (last, "last")
    # the documents folder, even before it exists (the first export makes it)
    assert default_export_folder(str(tmp_path / "gone")) == (documents, "documents")
    assert default_export_folder(None) == (documents, "documents")
    # one that cannot be made: where jdtui was started
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(blocker / "Documents"))
    assert default_export_folder(None) == (tmp_path, "start")


async def test_a_folder_not_there_yet_is_offered_and_made(workspace, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Documents"))
    app = ScreenHarness(workspace, sample_role(), CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        note = str(dialog.query_one("#export-folder", Static).render())
        assert note == t("export.folder.documents", folder=str(tmp_path / "Documents"))
        if dialog.errors:
            dialog.query_one("#override", Checkbox).value = True
            await pilot.pause()
        dialog.query_one("#path", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert not (tmp_path / "Documents").exists()
        await pilot.press("left", "enter")  # to «Create»
        await settle(pilot)
        assert (tmp_path / "Documents").is_dir()
        assert list((tmp_path / "Documents").glob("*.md"))


def test_file_names_from_titles_are_tidy() -> None:
    assert safe_file_name("Менеджер — по продажам") == "Менеджер-по-продажам.md"
    assert safe_file_name("Sales - Key accounts") == "Sales-Key-accounts.md"
    assert safe_file_name("Офис-менеджер") == "Офис-менеджер.md"


async def test_path_field_holds_the_whole_path_selected_with_the_cursor_at_its_end(
    workspace, tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = ScreenHarness(workspace, sample_role(), CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        field = dialog.query_one("#path", Input)
        assert field.has_focus and Path(field.value).parent == tmp_path and field.value.endswith(".md")
        assert field.cursor_position == len(field.value)
        assert (field.selection.start, field.selection.end) == (0, len(field.value))
        note = str(dialog.query_one("#export-folder", Static).render())
        assert note == t("export.folder.documents", folder=str(tmp_path))
        await pilot.press("ctrl+u")
        assert field.value == ""


async def test_typing_a_full_path_over_the_default_writes_exactly_that_file(
    workspace, tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    elsewhere = tmp_path / "jdx"
    elsewhere.mkdir()
    app = ScreenHarness(workspace, sample_role(), CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        await pilot.press(*str(elsewhere / "out.md"))
        assert dialog.query_one("#path", Input).value == str(elsewhere / "out.md")
        target, problem = dialog.target()
        assert (target, problem) == (elsewhere / "out.md", "")


async def test_a_bare_name_goes_into_the_folder_the_dialog_names(workspace, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    last = tmp_path / "last"
    last.mkdir()
    workspace.settings.set("export_dir", str(last))
    app = ScreenHarness(workspace, sample_role(), CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        note = str(dialog.query_one("#export-folder", Static).render())
        assert note == t("export.folder.last", folder=str(last))
        await pilot.press(*"client")
        assert dialog.target() == (last / "client.md", "")


async def test_choosing_word_writes_a_docx_and_the_choice_is_remembered(
    workspace, tmp_path, monkeypatch
) -> None:
    import docx
    from textual.widgets import Checkbox, Select

    monkeypatch.chdir(tmp_path)
    role = sample_role()
    app = ScreenHarness(workspace, role, CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        template = dialog.query_one("#template", Input)
        assert not template.display  # Markdown: no Word template to ask for
        dialog.query_one("#format", Select).value = "docx"
        await settle(pilot)
        field = dialog.query_one("#path", Input)
        assert field.value.endswith(".docx") and template.display
        dialog.query_one("#override", Checkbox).value = True
        await pilot.pause()
        await pilot.click("#export")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        written = Path(field.value)
        document = docx.Document(str(written))
        assert any(p.text.startswith("1.1. ") for p in document.paragraphs)
        assert workspace.settings.get("export_format") == "docx"
        await pilot.press("e")
        await settle(pilot)
        again = app.screen
        assert isinstance(again, ExportDialog)
        assert again.query_one("#format", Select).value == "docx"
        assert again.query_one("#path", Input).value.endswith(".docx")


async def test_a_missing_template_is_said_in_the_dialog(workspace, tmp_path, monkeypatch) -> None:
    from textual.widgets import Checkbox, Select

    monkeypatch.chdir(tmp_path)
    app = ScreenHarness(workspace, sample_role(), CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        dialog.query_one("#format", Select).value = "docx"
        await settle(pilot)
        dialog.query_one("#template", Input).value = str(tmp_path / "nope.docx")
        dialog.query_one("#override", Checkbox).value = True
        await pilot.pause()
        await pilot.click("#export")
        await settle(pilot)
        assert app.screen is dialog
        message = str(dialog.query_one("#export-message", Static).render())
        assert "nope.docx" in message
        assert not list(tmp_path.glob("*.docx"))
