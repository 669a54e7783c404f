"""Path fields complete with Tab as a shell does; the import report scrolls."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Input

from jdtui.tui.screens.dialogs import ImportDialog
from jdtui.tui.widgets.path_input import complete_path

from .check_support import ScreenHarness, make_workspace
from .conftest import settle
from .test_dialogs_import import GOOD


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
    workspace = make_workspace(tmp_path)
    app = ScreenHarness(workspace, None)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = ImportDialog(tmp_path)
        app.push_screen(dialog)
        await settle(pilot)
        field = dialog.query_one("#path", Input)
        field.focus()
        field.value = str(tmp_path) + "/client-m"
        field.cursor_position = len(field.value)
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
