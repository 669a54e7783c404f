"""Import dialog: a good file becomes a draft with a report; bad files are refused in words."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from jdtui.tui.screens.dialogs import ImportDialog

from .check_support import ScreenHarness, make_workspace
from .conftest import settle

GOOD = """# Должностная инструкция менеджера по работе с клиентами

## 1. Общие положения

1.1. Менеджер подчиняется руководителю отдела продаж.

## 2. Должностные обязанности

- Принимает и обрабатывает заказы клиентов.
- Готовит еженедельный отчёт о работе с клиентами.

## 3. Права

- Получать информацию о заказах клиентов.

## 4. Ответственность

- За неисполнение должностных обязанностей.
"""


@contextlib.asynccontextmanager
async def opened_dialog(tmp_path: Path, path: Path | None = None, *, workspace=None, results=None):
    """The import dialog open over a harness app at 80×24, ``path`` typed in (not yet
    imported): (workspace, pilot, dialog); what the dialog returns goes to ``results``."""
    workspace = workspace or make_workspace(tmp_path)
    app = ScreenHarness(workspace, None)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = ImportDialog(tmp_path)
        app.push_screen(dialog, None if results is None else results.append)
        await settle(pilot)
        if path is not None:
            dialog.query_one("#path", Input).value = str(path)
        yield workspace, pilot, dialog


async def import_path(tmp_path: Path, path: Path, *, open_it: bool = True):
    results: list = []
    async with opened_dialog(tmp_path, path, results=results) as (workspace, pilot, dialog):
        await pilot.click("#import")
        await settle(pilot)
        message = str(dialog.query_one("#import-message", Static).render())
        report = str(dialog.query_one("#report", Static).render())
        if dialog.done is not None and open_it:
            await pilot.click("#open")
            await settle(pilot)
    return workspace, results, message, report


async def test_import_of_a_good_file_makes_a_draft_and_reports_it(tmp_path) -> None:
    source = tmp_path / "di.md"
    source.write_text(GOOD, encoding="utf-8")
    workspace, results, message, report = await import_path(tmp_path, source)
    drafts, _ = workspace.list_drafts()
    assert len(drafts) == 1
    assert results == [drafts[0].id]  # "Open the draft" returns its id
    role = drafts[0]
    duties = role.section("duties")
    assert duties is not None and len(duties.items) == 2
    linked = [item for item in duties.items if item.linked]
    assert linked, "the duty text equals a library block and should be linked"
    assert report.strip() and message.strip() == ""


async def test_import_of_a_binary_file_is_refused_in_words(tmp_path) -> None:
    source = tmp_path / "picture.md"
    source.write_bytes(bytes(range(256)) * 8)
    workspace, results, message, report = await import_path(tmp_path, source)
    assert workspace.list_drafts()[0] == []
    assert results == []  # the dialog stays open, showing the reason
    assert message.strip() and "Traceback" not in message
    assert not report.strip()


async def test_import_of_a_missing_file_says_so(tmp_path) -> None:
    workspace, _results, message, _ = await import_path(tmp_path, tmp_path / "nope.md")
    assert "nope.md" in message
    assert workspace.list_drafts()[0] == []


async def test_import_of_text_without_structure_makes_no_draft(tmp_path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("Купить молока.\nПозвонить Ивану.\n", encoding="utf-8")
    workspace, _results, message, _ = await import_path(tmp_path, source)
    assert workspace.list_drafts()[0] == []
    assert message.strip()


async def test_import_of_a_cp1251_file_is_decoded(tmp_path) -> None:
    source = tmp_path / "old.txt"
    source.write_bytes(GOOD.encode("cp1251"))
    workspace, _results, message, _ = await import_path(tmp_path, source, open_it=False)
    drafts, _ = workspace.list_drafts()
    assert len(drafts) == 1, message


def _word_file(path: Path, text: str) -> None:
    """``text`` (Markdown-ish lines) as a Word document: "## " lines in Heading 1, "- " as bullets."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        if line.startswith("# "):
            document.add_paragraph(line[2:], style="Title")
        elif line.startswith("## "):
            document.add_heading(line[3:], level=1)
        elif line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif line.strip():
            document.add_paragraph(line)
    document.save(str(path))


async def test_import_of_a_word_file_makes_a_draft_and_says_what_it_read(tmp_path) -> None:
    source = tmp_path / "di.docx"
    _word_file(source, GOOD)
    workspace, _results, message, report = await import_path(tmp_path, source, open_it=False)
    drafts, _ = workspace.list_drafts()
    assert len(drafts) == 1, message
    duties = drafts[0].section("duties")
    assert duties is not None and len(duties.items) == 2
    assert "From Word: " in report


async def test_import_of_an_old_doc_file_is_refused_in_words(tmp_path) -> None:
    source = tmp_path / "old.doc"
    source.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    workspace, results, message, _ = await import_path(tmp_path, source)
    assert workspace.list_drafts()[0] == [] and results == []
    assert ".docx" in message and "Traceback" not in message


THREE_DI = Path(__file__).resolve().parents[1] / "data" / "import" / "ru_three_di.txt"


async def _roles_dialog(tmp_path: Path, choice: int | None):
    """Import the three-ДИ document: the first press shows the roles, the second imports ``choice``."""
    from textual.widgets import Select

    async with opened_dialog(tmp_path, THREE_DI) as (workspace, pilot, dialog):
        await pilot.click("#import")
        await settle(pilot)
        shown = dialog.query_one("#import-roles").display
        message = str(dialog.query_one("#import-message", Static).render())
        assert workspace.list_drafts()[0] == []  # nothing is stored before the user chooses
        if choice is not None:
            dialog.query_one("#role", Select).value = choice
            await pilot.click("#import")
            await settle(pilot)
        report = str(dialog.query_one("#report", Static).render())
    return workspace, shown, message, report


async def test_a_document_of_several_roles_asks_which_one_then_imports_it(tmp_path) -> None:
    workspace, shown, message, report = await _roles_dialog(tmp_path, 2)
    assert shown and "3 roles" in message
    (draft,) = workspace.list_drafts()[0]
    assert draft.title == "Должностная инструкция продавца-консультанта"
    assert "→ 2." in report


async def test_each_role_of_a_document_becomes_its_own_draft(tmp_path) -> None:
    from jdtui.tui.screens.dialogs.importing import EACH

    workspace, _shown, _message, report = await _roles_dialog(tmp_path, EACH)
    drafts = workspace.list_drafts()[0]
    assert sorted(d.title for d in drafts) == sorted(
        [
            "Должностная инструкция кассира",
            "Должностная инструкция продавца-консультанта",
            "Должностная инструкция кладовщика",
        ]
    )
    assert "3 drafts created" in report


def test_each_role_of_a_document_can_go_into_the_library_instead(tmp_path) -> None:
    """«Each role» with «into my library»: the clauses of all three roles become own
    blocks, and no draft is made."""
    from jdtui.tui.screens.dialogs.importing import EACH, import_file

    workspace = make_workspace(tmp_path)
    path = Path("tests/data/import/ru_three_di.txt")
    found = import_file(workspace, path, lang=None, title=None)
    assert len(found.names) == 3  # first the roles are offered
    done = import_file(workspace, path, lang=None, title=None, role=EACH, to_library=True)
    assert done.role is None and done.harvested > 0
    assert workspace.list_drafts()[0] == []
    blocks = list(workspace.custom.library().blocks.values())
    assert len(blocks) == done.harvested
    assert all("ru_three_di.txt" in block.origin for block in blocks)


GERMAN = Path(__file__).resolve().parents[1] / "data" / "import" / "de_stellenanzeige.txt"


async def test_a_german_posting_is_refused_naming_its_language_then_imported_anyway_by_key(tmp_path) -> None:
    """The refusal names the language and the way round; «Import anyway» takes the focus,
    so Enter imports the document all the same (with the warning in the report)."""
    from textual.widgets import Button

    results: list = []
    async with opened_dialog(tmp_path, results=results) as (workspace, pilot, dialog):
        assert not dialog.query_one("#anyway", Button).display  # only after a refusal for the language
        dialog.query_one("#path", Input).value = str(GERMAN)
        await pilot.press("enter")
        await settle(pilot)
        message = str(dialog.query_one("#import-message", Static).render())
        anyway = dialog.query_one("#anyway", Button)
        assert "the document is in German" in message and '"Import anyway"' in message
        assert "no job description sections" not in message and "section a job description" not in message
        assert workspace.list_drafts()[0] == [] and dialog.done is None
        assert anyway.display and dialog.focused is anyway
        assert anyway.region.height and anyway.region.bottom <= 23  # within the frame at 80×24
        assert message.startswith("the document is in German")  # a refusal, not "Import failed"
        await pilot.press("enter")
        await settle(pilot)
        (draft,) = workspace.list_drafts()[0]
        assert draft.title == "Lagerist (m/w/d) in Vollzeit"
        report = str(dialog.query_one("#report", Static).render())
        assert "seems to be in German" in report
        assert not dialog.query_one("#anyway", Button).display
        await pilot.press("enter")  # "Open the draft" has the focus
        await settle(pilot)
    assert results == [draft.id]


async def test_another_file_after_a_refusal_for_its_language_hides_import_anyway(tmp_path) -> None:
    from textual.widgets import Button

    async with opened_dialog(tmp_path, GERMAN) as (_workspace, pilot, dialog):
        await pilot.click("#import")
        await settle(pilot)
        assert dialog.query_one("#anyway", Button).display
        dialog.query_one("#path", Input).value = str(tmp_path / "other.md")
        await settle(pilot)
        assert not dialog.query_one("#anyway", Button).display


async def test_a_french_text_with_nothing_but_text_offers_no_import_anyway(tmp_path) -> None:
    _workspace, _results, message, _ = await import_path(
        tmp_path, GERMAN.with_name("fr_offre.txt"), open_it=False
    )
    assert "the document is in French" in message and "Import anyway" not in message


def test_import_file_refuses_a_german_posting_unless_any_language(tmp_path) -> None:
    from jdtui.tui.screens.dialogs.importing import ForeignDocument, import_file

    workspace = make_workspace(tmp_path)
    with pytest.raises(ForeignDocument, match="German"):
        import_file(workspace, GERMAN, lang=None, title=None)
    assert workspace.list_drafts()[0] == []
    done = import_file(workspace, GERMAN, lang=None, title=None, any_language=True)
    assert done.role is not None and [d.id for d in workspace.list_drafts()[0]] == [done.role.id]
    with pytest.raises(ValueError, match="French") as refused:  # nothing but text: no way round
        import_file(workspace, GERMAN.with_name("fr_offre.txt"), lang=None, title=None)
    assert not isinstance(refused.value, ForeignDocument)
