"""Issue 18, point 9: a save that fails on a full disk or a read-only file system
leaves the draft as it was, and says so; it never advises restoring a backup
(following that advice would roll the intact draft back)."""

from __future__ import annotations

import errno
import os

import pytest

from jdtui.store import safe
from jdtui.store.errors import NotWritten, StoreError
from jdtui.store.workspace import Workspace

from .reliability_support import one_line, run

TEMPLATE = "en-client-manager"


def _draft() -> tuple[Workspace, str]:
    """A draft at revision 2, so that a backup of revision 1 exists."""
    ws = Workspace()
    role = ws.new_draft(TEMPLATE, title="Before")
    ws.save(role)
    assert ws.latest_backup(role.id) is not None
    return ws, role.id


def _fsync_fails(monkeypatch, code: int, after: int = 0) -> None:
    """``os.fsync`` in the store fails with ``code`` from its ``after``-th call on."""
    calls = [0]
    real = os.fsync

    def fsync(fd: int) -> None:
        calls[0] += 1
        if calls[0] > after:
            raise OSError(code, os.strerror(code))
        real(fd)

    monkeypatch.setattr(safe.os, "fsync", fsync)


def _unchanged(ws: Workspace, draft_id: str) -> None:
    role = Workspace().find(draft_id)
    assert (role.revision, role.title) == (2, "Before")


@pytest.mark.parametrize("after", [0, 1])  # the backup fails, or the backup is kept and the draft fails
def test_a_full_disk_says_the_draft_is_unchanged_and_offers_no_restore(capsys, monkeypatch, after):
    ws, draft_id = _draft()
    _fsync_fails(monkeypatch, errno.ENOSPC, after=after)
    status, out, err = run(capsys, "draft", "rename", draft_id, "After")
    line = one_line(err, "No space left on device")
    assert status == 2 and out == ""
    assert "the draft on disk is unchanged (revision 2)" in line
    assert "restore" not in err.replace("nothing to restore", "")
    _unchanged(ws, draft_id)


def test_a_read_only_file_system_says_the_same(capsys, monkeypatch):
    ws, draft_id = _draft()

    class ReadOnlyLock:
        def acquire(self) -> None:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))

        def release(self) -> None:  # pragma: no cover - never acquired
            pass

    monkeypatch.setattr(safe, "lock_for", lambda path, mode=0: ReadOnlyLock())
    status, _, err = run(capsys, "draft", "rename", draft_id, "After")
    line = one_line(err, "Read-only file system")
    assert status == 2 and "the draft on disk is unchanged" in line and "jdtui restore" not in err
    _unchanged(ws, draft_id)


def test_the_store_error_is_a_not_written_one_naming_the_revision(monkeypatch):
    ws, draft_id = _draft()
    role = ws.find(draft_id)
    _fsync_fails(monkeypatch, errno.ENOSPC)
    with pytest.raises(NotWritten) as caught:
        ws.save(role)
    assert caught.value.kept_revision == 2 and caught.value.draft_id == draft_id


def test_a_damaged_draft_still_points_to_its_backup():
    ws, draft_id = _draft()
    ws.drafts.path(draft_id).write_text("{ damaged")
    with pytest.raises(StoreError) as caught:
        ws.find(draft_id)
    assert f"jdtui restore {draft_id} --latest" in str(caught.value)
    assert not isinstance(caught.value, NotWritten)
