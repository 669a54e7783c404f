"""DraftSession: undo and redo, the dirty flag, saving and conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdtui.core.compose import edit_item_text
from jdtui.store.errors import ConflictError
from jdtui.store.workspace import Workspace
from jdtui.tui.session import DraftSession

EN = Path(__file__).resolve().parents[2] / "data" / "en.json"


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "data", tmp_path / "cfg", library_files=[EN])


@pytest.fixture
def session(workspace: Workspace) -> DraftSession:
    template = workspace.templates("en")[0]
    return DraftSession(workspace, workspace.new_draft(template.id))


def titled(session: DraftSession, title: str):
    from dataclasses import replace

    return replace(session.role, title=title)


def test_new_session_is_clean_and_has_nothing_to_undo(session):
    assert not session.dirty
    assert not session.can_undo and not session.can_redo


def test_apply_marks_dirty_and_undo_restores_the_previous_role(session):
    before = session.role
    assert session.apply(titled(session, "A"))
    assert session.dirty
    assert session.undo()
    assert session.role.title == before.title
    assert not session.dirty


def test_redo_reapplies_and_a_new_change_clears_redo(session):
    session.apply(titled(session, "A"))
    session.undo()
    assert session.redo() and session.role.title == "A"
    session.undo()
    session.apply(titled(session, "B"))
    assert not session.can_redo and not session.redo()


def test_apply_of_an_equal_role_changes_nothing(session):
    assert not session.apply(session.role)
    assert not session.can_undo


def test_typing_into_one_item_is_one_undo_step(session, workspace):
    original = session.role
    for text in ("a", "ab", "abc"):
        session.apply(edit_item_text(session.role, 0, 0, text, workspace.library), coalesce=("text", 0, 0))
    session.undo()
    assert session.role == original
    assert not session.can_undo


def test_save_returns_the_next_revision_and_clears_dirty(session, workspace):
    first = session.role.revision
    session.apply(titled(session, "Saved title"))
    revision = session.save()
    assert revision == first + 1
    assert not session.dirty
    assert session.role.revision == revision
    assert workspace.drafts.load(session.role_id).title == "Saved title"


def test_undo_after_save_keeps_the_saved_revision_so_the_next_save_succeeds(session, workspace):
    session.apply(titled(session, "One"))
    session.save()
    session.undo()
    assert session.dirty
    session.save()
    assert workspace.drafts.load(session.role_id).title == session.role.title


def test_save_over_a_newer_revision_is_a_conflict_and_writes_nothing(session, workspace):
    other = DraftSession(workspace, workspace.drafts.load(session.role_id))
    other.apply(titled(other, "Theirs"))
    other.save()
    session.apply(titled(session, "Mine"))
    with pytest.raises(ConflictError):
        session.save()
    assert workspace.drafts.load(session.role_id).title == "Theirs"
    assert session.dirty


def test_reload_after_conflict_takes_the_stored_draft(session, workspace):
    other = DraftSession(workspace, workspace.drafts.load(session.role_id))
    other.apply(titled(other, "Theirs"))
    other.save()
    session.apply(titled(session, "Mine"))
    session.reload()
    assert session.role.title == "Theirs" and not session.dirty and not session.can_undo
    session.apply(titled(session, "Mine again"))
    session.save()
    assert workspace.drafts.load(session.role_id).title == "Mine again"


def test_save_as_copy_keeps_both_versions(session, workspace):
    session.apply(titled(session, "Mine"))
    copy = session.save_as_copy()
    assert copy.role_id != session.role_id
    assert workspace.drafts.load(copy.role_id).title == "Mine"
