"""Issue 18, point 7: jdtui tightens the modes only of folders it creates or that
are too open, and never loosens a restriction: a data folder made read-only
stays read-only, and writing into it is refused with a message that says so."""

from __future__ import annotations

import os
import stat

from jdtui.store.safe import ensure_private_dir
from jdtui.store.workspace import Workspace

from .reliability_support import one_line, run

TEMPLATE = "en-customer-relations-specialist"


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_read_only_data_folder_stays_read_only_and_new_says_so(capsys):
    ws = Workspace()
    ws.new_draft(TEMPLATE, title="Before")  # the folders exist, as after a first use
    drafts = ws.drafts.folder
    before = sorted(p.name for p in drafts.iterdir())
    os.chmod(ws.data_dir, 0o500)
    os.chmod(drafts, 0o500)
    try:
        status, out, err = run(capsys, "new", "--from", TEMPLATE, "--title", "After")
        assert status == 2 and out == ""
        assert "the folder is read-only (mode 0500)" in one_line(err, str(drafts))
        assert _mode(ws.data_dir) == 0o500 and _mode(drafts) == 0o500  # as root too
        assert sorted(p.name for p in drafts.iterdir()) == before
    finally:
        os.chmod(drafts, 0o700)
        os.chmod(ws.data_dir, 0o700)


def test_a_missing_folder_is_not_made_inside_a_read_only_one(tmp_path):
    parent = tmp_path / "data"
    parent.mkdir()
    os.chmod(parent, 0o500)
    try:
        ws = Workspace(data_dir=parent, config_dir=tmp_path / "config")
        status = None
        try:
            ws.new_draft(TEMPLATE, title="x")
        except Exception as error:
            status = str(error)
        assert status is not None and "read-only" in status
        assert not (parent / "drafts").exists() and _mode(parent) == 0o500
    finally:
        os.chmod(parent, 0o700)


def test_modes_are_only_ever_tightened(tmp_path):
    made = ensure_private_dir(tmp_path / "new" / "folder")
    assert _mode(made) == 0o700 and _mode(tmp_path / "new") == 0o700  # what jdtui creates
    for given, expected in [(0o777, 0o700), (0o755, 0o700), (0o750, 0o700), (0o700, 0o700), (0o740, 0o700)]:
        os.chmod(made, given)
        ensure_private_dir(made)
        assert _mode(made) == expected, oct(given)
    os.chmod(made, 0o711)
    ensure_private_dir(made)
    assert _mode(made) == 0o700


def test_a_shared_folder_is_left_as_its_owner_set_it(tmp_path):
    folder = tmp_path / "srv"
    folder.mkdir()
    os.chmod(folder, 0o2775)
    ensure_private_dir(folder, 0o2770, fix_existing=False)
    assert _mode(folder) == 0o2775
