"""Issue 18, point 8: ``jdtui export -o`` where the document cannot go — a folder
that does not exist, a full disk, a link, a folder or a device — says so in one
line and exits 2 (1 means "findings" for this command); nothing is left behind
and what was there stays as it was."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from jdtui.store import export

from .reliability_support import one_line, run, run_process

TEMPLATE = "en-client-manager"


def _export(capsys, target: Path | str, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "export", TEMPLATE, "--force", "-o", str(target), *extra)


def _left(folder: Path) -> list[str]:
    """What is in ``folder`` besides the test's own XDG folders (the store, the cache)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("xdg-"))


def test_a_folder_that_does_not_exist(capsys, tmp_path):
    target = tmp_path / "no" / "such" / "jd.md"
    status, out, err = _export(capsys, target)
    assert status == 2 and out == ""
    assert "that folder does not exist" in one_line(err, str(target))
    assert not (tmp_path / "no").exists()


def test_a_file_where_a_folder_should_be(capsys, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    target = tmp_path / "notes.txt" / "jd.md"
    status, _, err = _export(capsys, target)
    assert status == 2 and "that folder does not exist" in one_line(err, str(target))
    assert (tmp_path / "notes.txt").read_text() == "mine"


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "read-only")])
def test_a_full_or_read_only_disk_leaves_the_old_file_and_no_temp(capsys, tmp_path, monkeypatch, code, words):
    target = tmp_path / "jd.md"
    target.write_text("the version the client has")

    def fail(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(export.os, "fsync", fail)
    status, out, err = _export(capsys, target, "--overwrite")
    assert status == 2 and out == ""
    assert words in one_line(err, str(target))
    assert target.read_text() == "the version the client has"
    assert _left(tmp_path) == ["jd.md"]  # no temporary file left


@pytest.mark.parametrize("overwrite", [False, True])
def test_a_dangling_link_is_neither_followed_nor_replaced(capsys, tmp_path, overwrite):
    link = tmp_path / "jd.md"
    os.symlink(tmp_path / "elsewhere" / "jd.md", link)
    status, _, err = _export(capsys, link, *(["--overwrite"] if overwrite else []))
    assert status == 2 and "symbolic link" in one_line(err, str(link))
    assert link.is_symlink() and not (tmp_path / "elsewhere").exists()


def test_a_link_to_a_file_is_refused_and_the_file_kept(capsys, tmp_path):
    real = tmp_path / "real.md"
    real.write_text("kept")
    link = tmp_path / "jd.md"
    os.symlink(real, link)
    status, _, err = _export(capsys, link, "--overwrite")
    assert status == 2 and "symbolic link" in one_line(err, str(link))
    assert link.is_symlink() and real.read_text() == "kept"


@pytest.mark.parametrize("overwrite", [False, True])
def test_a_folder_is_never_replaced(capsys, tmp_path, overwrite):
    folder = tmp_path / "jd.md"
    folder.mkdir()
    (folder / "inside.txt").write_text("x")
    status, _, err = _export(capsys, folder, *(["--overwrite"] if overwrite else []))
    assert status == 2 and "it is a folder, not a file" in one_line(err, str(folder))
    assert _left(folder) == ["inside.txt"]


def test_a_fifo_is_refused_without_opening_it(capsys, tmp_path):
    fifo = tmp_path / "jd.md"
    os.mkfifo(fifo)
    status, _, err = _export(capsys, fifo, "--overwrite")  # opening it would hang
    assert status == 2 and "not a regular file" in one_line(err, str(fifo))
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_device_stays_a_device(tmp_path):
    """As root, --overwrite once replaced /dev/full with a regular file. A node of
    that device made in the test's folder stands in for it (making one needs root)."""
    device = tmp_path / "full"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    except (PermissionError, AttributeError):
        pytest.skip("making a device node needs root")
    done = run_process("export", TEMPLATE, "--force", "-o", str(device), "--overwrite")
    assert done.returncode == 2 and done.stdout == ""
    assert "not a regular file" in one_line(done.stderr, str(device))
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_as_a_process_one_line_and_status_2(tmp_path):
    target = tmp_path / "missing" / "jd.docx"
    done = run_process("export", TEMPLATE, "--force", "--format", "docx", "-o", str(target))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip() == one_line(done.stderr, str(target))
