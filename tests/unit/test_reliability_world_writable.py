"""Issue 18, point 12: a world-writable team folder or file is warned about, and
``team add-block`` into a library jdtui reports invalid never says "written"."""

from __future__ import annotations

import os

from jdtui.store.workspace import Workspace

from .reliability_support import BLOCK, block_file, library_bytes, one_line, run, team_env, team_folder


def _library(tmp_path, folder_mode: int, file_mode: int):
    library = team_folder(tmp_path, folder_mode) / "library.json"
    library.write_bytes(library_bytes())
    os.chmod(library, file_mode)
    return library


def test_a_world_writable_team_folder_is_warned_about(tmp_path, monkeypatch, capsys):
    library = _library(tmp_path, 0o777, 0o660)
    team_env(monkeypatch, library)
    status, _out, err = run(capsys, "list")
    assert status == 0
    line = one_line(err, str(library.parent))
    assert "anyone on this server can replace files" in line and "0777" in line
    assert Workspace().library.block(BLOCK["id"]) is not None  # still read: a warning, not a refusal


def test_a_world_writable_team_file_is_warned_about(tmp_path, monkeypatch, capsys):
    library = _library(tmp_path, 0o2770, 0o666)
    team_env(monkeypatch, library)
    status, _out, err = run(capsys, "list")
    assert status == 0
    assert "anyone on this server can change this team library file (mode 0666)" in one_line(
        err, str(library)
    )


def test_a_private_or_group_library_is_not_warned_about(tmp_path, monkeypatch, capsys):
    library = _library(tmp_path, 0o2770, 0o660)
    team_env(monkeypatch, library)
    status, _out, err = run(capsys, "list")
    assert status == 0 and err == ""


def test_add_block_into_an_invalid_library_never_says_written(tmp_path, monkeypatch, capsys):
    library = team_folder(tmp_path) / "library.json"
    library.write_bytes(library_bytes({"1": dict(BLOCK, kind="7")}))
    os.chmod(library, 0o660)
    team_env(monkeypatch, library)
    before = library.read_bytes()
    status, _out, err = run(capsys, "list")
    assert status == 0 and "must be one of" in one_line(err, str(library))  # jdtui reports it invalid

    other = dict(BLOCK, id="team.duty.other")
    status, _out, err = run(capsys, "team", "add-block", "--file", str(block_file(tmp_path, other)))
    assert status == 2
    assert "was not written" in one_line(err, str(library))
    assert "block team.duty.other written" not in err
    assert library.read_bytes() == before
    assert Workspace().library.block("team.duty.other") is None
