"""Issue 18, point 1: nothing of a member's private files leaks through the team
library. Links, hard links, files the group cannot read or of another group, and
files without ``_meta`` are refused, with one line that says why."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from jdtui.store.workspace import Workspace

from .reliability_support import BLOCK, block_file, library_bytes, one_line, run, team_env, team_folder

#: the interpreter the second user runs (this test's own may be in a folder only we can enter)
SYSTEM_PYTHON = "/usr/bin/python3"
SECRET = b'{"auths": {"registry.example": {"auth": "S3CRET-TOKEN"}}}'


@pytest.fixture
def victim_file(tmp_path: Path) -> Path:
    """A member's private file (``~/.docker/config.json``)."""
    path = tmp_path / "home" / ".docker" / "config.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(SECRET)
    os.chmod(path, 0o600)
    return path


def _nothing_leaked(folder: Path) -> None:
    for entry in folder.iterdir():
        if entry.is_file() and not entry.is_symlink():
            assert b"S3CRET" not in entry.read_bytes(), entry


def test_a_library_that_is_a_link_to_a_private_file_is_never_read_nor_written(
    tmp_path, monkeypatch, capsys, victim_file
):
    folder = team_folder(tmp_path)
    library = folder / "library.json"
    library.symlink_to(victim_file)
    team_env(monkeypatch, library)
    block = block_file(tmp_path, BLOCK)

    status, _out, err = run(capsys, "team", "add-block", "--file", str(block))
    assert status == 2
    assert "symbolic link" in one_line(err, str(library))
    assert f"block {BLOCK['id']} written" not in err
    assert library.is_symlink() and victim_file.read_bytes() == SECRET
    _nothing_leaked(folder)

    status, out, err = run(capsys, "list", "--kind", "template")
    assert status == 0 and out.strip()  # everything else still works
    assert "symbolic link" in one_line(err, str(library))
    _nothing_leaked(folder)


def test_a_hard_link_to_a_private_file_is_refused(tmp_path, monkeypatch, capsys, victim_file):
    folder = team_folder(tmp_path)
    library = folder / "library.json"
    try:
        os.link(victim_file, library)
    except OSError as error:
        pytest.skip(f"cannot make a hard link here: {error}")
    team_env(monkeypatch, library)
    status, _out, err = run(capsys, "team", "add-block", "--file", str(block_file(tmp_path, BLOCK)))
    assert status == 2
    assert "hard links" in one_line(err, str(library))
    assert victim_file.read_bytes() == SECRET and os.stat(victim_file).st_nlink == 2
    assert library.read_bytes() == SECRET  # not replaced by a group-readable copy


def test_in_group_mode_a_file_the_group_cannot_read_is_refused(tmp_path, monkeypatch, capsys):
    folder = team_folder(tmp_path)
    library = folder / "library.json"
    library.write_bytes(library_bytes())
    os.chmod(library, 0o600)
    team_env(monkeypatch, library)
    status, _out, err = run(capsys, "team", "add-block", "--file", str(block_file(tmp_path, BLOCK)))
    assert status == 2
    line = one_line(err, str(library))
    assert "not shared with the group" in line and "0600" in line
    assert os.stat(library).st_mode & 0o777 == 0o600

    ws = Workspace()
    assert ws.library.block(BLOCK["id"]) is None  # refused, not merged
    assert any("not shared with the group" in str(w) for w in ws.warnings)

    team_env(monkeypatch, library, group=False)  # a private team library may be 0600
    assert Workspace().library.block(BLOCK["id"]) is not None


def test_in_group_mode_a_file_of_another_group_is_refused(tmp_path, monkeypatch):
    if os.geteuid() != 0:
        pytest.skip("changing a file's group to one we are not in needs root")
    folder = team_folder(tmp_path)
    library = folder / "library.json"
    library.write_bytes(library_bytes())
    os.chmod(library, 0o660)
    os.chown(library, -1, os.stat(folder).st_gid + 4321)
    team_env(monkeypatch, library)
    ws = Workspace()
    assert ws.library.block(BLOCK["id"]) is None
    assert any("not to the folder's group" in str(w) for w in ws.warnings)


def test_a_team_file_without_meta_is_refused_not_merged(tmp_path, monkeypatch, capsys):
    folder = team_folder(tmp_path)
    library = folder / "library.json"
    library.write_text(json.dumps({"blocks": {"1": BLOCK}}), encoding="utf-8")
    os.chmod(library, 0o660)
    team_env(monkeypatch, library)
    before = library.read_bytes()
    ws = Workspace()
    assert ws.library.block(BLOCK["id"]) is None
    assert any("_meta" in str(w) for w in ws.warnings)
    other = dict(BLOCK, id="team.duty.other")
    status, _out, err = run(capsys, "team", "add-block", "--file", str(block_file(tmp_path, other)))
    assert status == 2 and "_meta" in one_line(err, str(library))
    assert library.read_bytes() == before


def test_a_folder_that_is_another_users_link_is_refused(tmp_path, monkeypatch, capsys):
    if os.geteuid() != 0:
        pytest.skip("making a link owned by another user needs root")
    real = team_folder(tmp_path)
    (real / "library.json").write_bytes(library_bytes())
    os.chmod(real / "library.json", 0o660)
    link = tmp_path / "srv" / "team"
    link.symlink_to(real)
    os.lchown(link, 54321, -1)
    team_env(monkeypatch, link / "library.json")
    ws = Workspace()
    assert ws.library.block(BLOCK["id"]) is None
    assert any("owned by another user" in str(w) for w in ws.warnings)
    os.lchown(link, os.geteuid(), -1)  # our own link (or root's) is how an admin moves a folder
    assert Workspace().library.block(BLOCK["id"]) is not None


def test_a_second_user_swapping_the_library_for_a_link_leaks_nothing(
    tmp_path, monkeypatch, capsys, victim_file, request
):
    """The attack of the issue, by a real second Unix user in the team's group."""
    if os.geteuid() != 0 or not hasattr(os, "setgroups"):
        pytest.skip("a second Unix user needs root to be made")
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        pytest.skip(f"no {SYSTEM_PYTHON} for the second user to run")
    base = Path(tempfile.mkdtemp(prefix="jdtui-team-"))  # pytest's own folders are 0700
    request.addfinalizer(lambda: shutil.rmtree(base, ignore_errors=True))
    os.chmod(base, 0o755)
    folder = team_folder(base)
    os.chmod(base / "srv", 0o755)
    gid = 54320
    os.chown(folder, 0, gid)
    os.chmod(folder, 0o2770)
    library = folder / "library.json"
    team_env(monkeypatch, library)
    status, _out, err = run(capsys, "team", "add-block", "--file", str(block_file(tmp_path, BLOCK)))
    assert status == 0, err

    def as_member() -> None:
        os.setgroups([gid])
        os.setgid(gid)
        os.setuid(54321)

    attack = f"import os; os.replace({str(library)!r}, {str(library)!r} + '.old'); os.symlink({str(victim_file)!r}, {str(library)!r})"
    try:
        subprocess.run([SYSTEM_PYTHON, "-c", attack], check=True, preexec_fn=as_member, timeout=30)
    except (subprocess.CalledProcessError, PermissionError, OSError) as error:
        pytest.skip(f"cannot act as a second user here: {error}")
    assert library.is_symlink() and os.lstat(library).st_uid == 54321

    other = dict(BLOCK, id="team.duty.other")
    status, _out, err = run(
        capsys, "team", "add-block", "--file", str(block_file(tmp_path, other, "b2.json"))
    )
    assert status == 2 and "symbolic link" in one_line(err, str(library))
    assert victim_file.read_bytes() == SECRET and library.is_symlink()
    _nothing_leaked(folder)
