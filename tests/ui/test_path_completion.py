"""Path fields complete with Tab as a shell does; the import report scrolls."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Input

from jdtui.tui.screens.dialogs import ImportDialog
from jdtui.tui.widgets.path_input import complete_path

from .check_support import ScreenHarness, make_workspace
from .conftest import settle
from .test_dialogs_import import GOOD


async def _typed_in_import(app, pilot, folder, typed: str) -> tuple[ImportDialog, Input]:
    """The import dialog open, ``folder`` + ``typed`` in its path field, the cursor at the end."""
    dialog = ImportDialog(folder)
    app.push_screen(dialog)
    await settle(pilot)
    field = dialog.query_one("#path", Input)
    field.focus()
    field.value = str(folder) + typed
    field.cursor_position = len(field.value)
    return dialog, field


def test_completion_takes_the_common_start_and_marks_folders(tmp_path) -> None:
    (tmp_path / "job-descriptions").mkdir()
    (tmp_path / "job-offer.md").write_text("x")
    (tmp_path / "notes.md").write_text("x")
    (tmp_path / ".hidden").write_text("x")
    base = str(tmp_path) + "/"
    assert complete_path(base + "no") == base + "notes.md"
    assert complete_path(base + "j") == base + "job-"  # the common start of two
    assert complete_path(base + "job-d") == base + "job-descriptions/"
    assert complete_path(base + "zzz") is None
    assert complete_path(base + "notes.md") is None  # nothing more to add
    assert complete_path(base + ".h") == base + ".hidden"
    assert complete_path(str(tmp_path / "gone" / "x")) is None


async def test_tab_in_the_import_path_completes_and_the_report_scrolls(tmp_path) -> None:
    source = tmp_path / "client-manager-di.md"
    # a long document: a report of many lines
    duties = "\n".join(f"- Выполняет задачу номер {n} по работе с клиентами." for n in range(60))
    source.write_text(GOOD.replace("## 3. Права", duties + "\n\n## 3. Права"), encoding="utf-8")
    app = ScreenHarness(make_workspace(tmp_path), None)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog, field = await _typed_in_import(app, pilot, tmp_path, "/client-m")
        await pilot.press("tab")
        assert field.value == str(source) and field.has_focus
        await pilot.press("tab")  # nothing more to complete: on to the next field
        assert not field.has_focus
        await pilot.click("#import")
        await settle(pilot)
        assert dialog.done is not None
        report = dialog.query_one("#import-report", VerticalScroll)
        assert report.max_scroll_y > 0, "the report should be longer than its box"
        await pilot.press("pagedown")
        await settle(pilot)
        assert report.scroll_y > 0


async def test_tab_on_several_matches_names_them_and_stays(tmp_path) -> None:
    for name in ("en_mixed.md", "en_authority.md", "ru_plain.txt"):
        (tmp_path / name).write_text("x")
    app = ScreenHarness(make_workspace(tmp_path), None)
    async with app.run_test(size=(80, 24)) as pilot:
        _, field = await _typed_in_import(app, pilot, tmp_path, "/en_")
        await pilot.press("tab")
        await settle(pilot)
        assert field.has_focus and field.value == str(tmp_path) + "/en_"  # nothing common to add
        said = [n.message for n in app._notifications]
        assert any("en_authority.md, en_mixed.md" in m for m in said), said
        assert not any("ru_plain" in m for m in said)
        field.value = str(tmp_path) + "/zzz"
        await pilot.press("tab")  # nothing matches: on to the next field
        assert not field.has_focus
