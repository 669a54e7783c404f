"""The import dialog's «Into my library, no draft» box: a document's clauses
the library lacks become own blocks; the report says how many were added and skipped."""

from __future__ import annotations

from textual.widgets import Button, Checkbox, Static

from .check_support import make_workspace
from .conftest import settle
from .test_dialogs_import import GOOD, opened_dialog


async def test_the_checkbox_harvests_the_clauses_and_makes_no_draft(tmp_path) -> None:
    source = tmp_path / "di.md"
    source.write_text(GOOD, encoding="utf-8")
    workspace = make_workspace(tmp_path)
    before = set(workspace.library.blocks.keys())
    async with opened_dialog(tmp_path, source, workspace=workspace) as (_, pilot, dialog):
        dialog.query_one("#to-library", Checkbox).value = True
        await pilot.click("#import")
        await settle(pilot)
        report = str(dialog.query_one("#report", Static).render())
        assert dialog.done is not None and dialog.done.role is None
        assert not dialog.query_one("#open", Button).display  # no draft to open
    assert workspace.list_drafts()[0] == []
    added = [workspace.reload_library().blocks[i] for i in set(workspace.library.blocks.keys()) - before]
    assert added and dialog.done.harvested == len(added)
    # in the language of the clauses
    assert all(block.origin == "импортировано из di.md" and block.source == "own" for block in added)
    assert f"Added to my library: {len(added)} clauses" in report
    assert "skipped" in report
