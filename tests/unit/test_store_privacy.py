"""Store files are private whatever the umask; the team library is shared only
when configured so; exports follow the user's umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from jdtui.core.model import Block
from jdtui.store.export import write_export
from jdtui.store.workspace import Workspace


@pytest.fixture
def umask():
    previous = os.umask(0o022)
    try:
        yield os.umask
    finally:
        os.umask(previous)


def _modes(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): stat.S_IMODE(p.stat().st_mode) for p in root.rglob("*")}


def _use_everything(ws: Workspace) -> None:
    role = ws.new_draft(ws.templates("en")[0].id)
    role = ws.save(role.with_variables(city="Leeds"))
    ws.save_block(Block(id="own.1", kind="duty", lang="en", text="A duty."))
    ws.settings.set("backups", 5)
    ws.delete_draft(ws.new_draft(ws.templates("en")[0].id).id)
    ws.restore_backup(ws.latest_backup(role.id))


@pytest.mark.parametrize("mask", [0o000, 0o002, 0o022])
def test_store_files_are_0600_and_folders_0700_whatever_the_umask(tmp_path, umask, mask):
    umask(mask)
    ws = Workspace()
    _use_everything(ws)
    data, config = tmp_path / "xdg-data", tmp_path / "xdg-config"
    modes = {**_modes(data), **_modes(config)}
    assert any(name.endswith(".lock") for name in modes)
    assert any("backups" in name for name in modes)
    for root in (data, config):
        for path in [root, *root.rglob("*")]:
            expected = 0o700 if path.is_dir() else 0o600
            assert stat.S_IMODE(path.stat().st_mode) == expected, (path, oct(path.stat().st_mode))


def test_a_private_team_library_is_0600(tmp_path, umask, monkeypatch):
    umask(0o000)
    team = tmp_path / "shared" / "team" / "library.json"
    monkeypatch.setenv("JDTUI_TEAM_LIBRARY", str(team))
    monkeypatch.delenv("JDTUI_TEAM_MODE", raising=False)
    ws = Workspace()
    ws.save_team_block(Block(id="team.1", kind="duty", lang="en", text="Shared duty."))
    assert stat.S_IMODE(team.stat().st_mode) == 0o600
    assert stat.S_IMODE(team.parent.stat().st_mode) == 0o700
    assert ws.reload_library().block("team.1") is not None


@pytest.mark.parametrize("how", ["env", "setting"])
def test_a_group_team_library_is_group_writable_with_a_setgid_folder(tmp_path, umask, monkeypatch, how):
    umask(0o022)
    team = tmp_path / "shared" / "team" / "library.json"
    monkeypatch.setenv("JDTUI_TEAM_LIBRARY", str(team))
    monkeypatch.delenv("JDTUI_TEAM_MODE", raising=False)
    ws = Workspace()
    if how == "env":
        monkeypatch.setenv("JDTUI_TEAM_MODE", "group")
    else:
        ws.settings.set("team_library_mode", "group")
    ws.save_team_block(Block(id="team.1", kind="duty", lang="en", text="Shared duty."))
    ws.save_team_template(ws.templates("en")[0])
    assert stat.S_IMODE(team.stat().st_mode) == 0o660
    assert stat.S_IMODE(Path(str(team) + ".lock").stat().st_mode) == 0o660
    assert stat.S_IMODE(team.parent.stat().st_mode) == 0o2770
    library = ws.reload_library()
    assert library.block("team.1") is not None


def test_an_existing_shared_folder_keeps_the_mode_its_owner_gave_it(tmp_path, monkeypatch):
    folder = tmp_path / "srv-team"
    folder.mkdir()
    folder.chmod(0o2775)
    monkeypatch.setenv("JDTUI_TEAM_LIBRARY", str(folder / "library.json"))
    Workspace().save_team_block(Block(id="team.1", kind="duty", lang="en", text="x"))
    assert stat.S_IMODE(folder.stat().st_mode) == 0o2775


def test_adding_to_the_team_library_without_one_configured_says_how(monkeypatch):
    from jdtui.store.errors import StoreError

    monkeypatch.delenv("JDTUI_TEAM_LIBRARY", raising=False)
    with pytest.raises(StoreError, match="JDTUI_TEAM_LIBRARY"):
        Workspace().save_team_block(Block(id="team.1", kind="duty", lang="en", text="x"))


def test_cli_team_add_block_copies_a_library_block(tmp_path, monkeypatch, capsys):
    from jdtui import cli

    team = tmp_path / "team.json"
    monkeypatch.setenv("JDTUI_TEAM_LIBRARY", str(team))
    block_id = next(iter(Workspace().library.blocks))
    assert cli.main(["team", "add-block", block_id]) == 0
    assert block_id in team.read_text(encoding="utf-8")
    source = tmp_path / "block.json"
    source.write_text('{"id": "team.new", "kind": "duty", "lang": "en", "text": "New."}', encoding="utf-8")
    assert cli.main(["team", "add-block", "--file", str(source)]) == 0
    assert Workspace().library.block("team.new").text == "New."
    source.write_text("[]", encoding="utf-8")
    assert cli.main(["team", "add-block", "--file", str(source)]) == 2
    assert "not a jdtui block" in capsys.readouterr().err


@pytest.mark.parametrize("mask, expected", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_exports_follow_the_umask(tmp_path, umask, mask, expected):
    umask(mask)
    path = write_export(tmp_path / "out.md", "# Role\n")
    assert stat.S_IMODE(path.stat().st_mode) == expected
