"""Rotating backups of the user's own blocks and settings, and restoring them."""

from __future__ import annotations

import stat

import pytest

from jdtui import cli
from jdtui.core.model import Block
from jdtui.store.workspace import Workspace


@pytest.fixture
def ws() -> Workspace:
    return Workspace()


def _block(n: int) -> Block:
    return Block(
        id=f"own.duty.{n}", kind="duty", lang="en", text=f"Own duty number {n}.", areas=("reporting",)
    )


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_each_write_of_own_blocks_keeps_the_previous_file(ws):
    ws.save_block(_block(1))
    assert ws.backups("blocks") == []  # nothing to keep before the first write
    before = ws.custom.path.read_bytes()
    ws.save_block(_block(2))
    found = ws.backups("blocks")
    assert len(found) == 1 and found[0].path.read_bytes() == before
    assert found[0].path.parent == ws.data_dir / "backups" / "_files" / "blocks"
    assert found[0].path.name.endswith("-copy.json") and found[0].revision is None and not found[0].damaged
    ws.custom.delete("own.duty.1")
    assert len(ws.backups("blocks")) == 2
    assert stat.S_IMODE(found[0].path.stat().st_mode) == 0o600
    assert stat.S_IMODE(found[0].path.parent.stat().st_mode) == 0o700


def test_each_settings_write_keeps_the_previous_file_and_rotation_follows_the_setting(ws):
    ws.settings.set("ui_lang", "ru")
    before = ws.settings.path.read_bytes()
    ws.settings.set("backups", 3)
    assert ws.backups("settings")[0].path.read_bytes() == before
    for n in range(6):
        ws.settings.set("theme", f"theme-{n}")
        ws.save_block(_block(n))
    assert len(ws.backups("settings")) == 3 and len(ws.backups("blocks")) == 3
    assert b"theme-4" in ws.backups("settings")[0].path.read_bytes()


def test_file_backups_are_not_listed_as_drafts(ws):
    ws.save_block(_block(1))
    ws.save_block(_block(2))
    ws.settings.set("ui_lang", "en")
    ws.settings.set("ui_lang", "ru")
    assert ws.backed_up_drafts() == []
    assert ws.backed_up_files() == ["blocks", "settings"]


@pytest.mark.parametrize("name", ["blocks", "settings"])
def test_a_damaged_file_is_reported_with_its_latest_backup_and_left_untouched(ws, capsys, name):
    ws.save_block(_block(1))
    ws.save_block(_block(2))
    ws.settings.set("ui_lang", "en")
    ws.settings.set("theme", "x")
    path = ws.custom.path if name == "blocks" else ws.settings.path
    path.write_bytes(b'{"blocks": {"1": ')
    latest = ws.backups(name)[0]

    status, out, err = run(capsys, "list", "--kind", "template")
    assert status == 0 and out  # jdtui still works without the file
    assert str(latest.path) in err and f"jdtui restore {name} --latest" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert path.read_bytes() == b'{"blocks": {"1": '

    # writing into it is refused, naming the backup too
    from jdtui.store.errors import StoreError

    with pytest.raises(StoreError, match="restore"):
        Workspace().save_block(_block(3)) if name == "blocks" else Workspace().settings.set("theme", "y")
    assert path.read_bytes() == b'{"blocks": {"1": '


def test_a_damaged_file_without_backups_says_so(ws, capsys):
    ws.custom.path.parent.mkdir(parents=True, exist_ok=True)
    ws.custom.path.write_bytes(b"\x00\x01")
    status, _, err = run(capsys, "list")
    assert status == 0 and "no backup exists" in err


def test_cli_lists_and_restores_own_blocks_keeping_the_damaged_file_aside(ws, capsys):
    ws.save_block(_block(1))
    ws.save_block(_block(2))
    ws.custom.path.write_bytes(b"garbage")

    status, out, _ = run(capsys, "backups")
    assert status == 0 and out.split()[0] == "blocks"
    status, out, _ = run(capsys, "backups", "blocks")
    assert status == 0 and len(out.splitlines()) == 1

    status, _, err = run(capsys, "restore", "blocks")
    assert status == 2 and "--latest" in err
    status, _, err = run(capsys, "restore", "blocks", "--latest")
    assert status == 0 and "restored" in err and str(ws.custom.path) in err
    library = Workspace().library
    assert library.block("own.duty.1") is not None and library.block("own.duty.2") is None
    damaged = ws.backups("blocks")[0]
    assert damaged.damaged and damaged.path.read_bytes() == b"garbage"


def test_cli_restores_settings_from_a_chosen_backup(ws, capsys):
    ws.settings.set("ui_lang", "ru")
    ws.settings.set("ui_lang", "en")
    ws.settings.set("backups", 4)
    oldest = ws.backups("settings")[-1]
    status, _, err = run(capsys, "restore", "settings", "--backup", oldest.path.name)
    assert status == 0, err
    assert Workspace().setting("ui_lang") == "ru" and Workspace().setting("backups") == 10
    assert b'"backups": 4' in ws.backups("settings")[0].path.read_bytes()  # the replaced file was kept


def test_restore_without_backups_or_from_a_damaged_backup_is_a_clean_error(ws, capsys):
    status, _, err = run(capsys, "restore", "settings", "--latest")
    assert status == 2 and "no backups of settings" in err
    ws.save_block(_block(1))
    ws.save_block(_block(2))
    backup = ws.backups("blocks")[0]
    backup.path.write_bytes(b'{"blocks": {"1": {"text": "no kind"}}}')
    current = ws.custom.path.read_bytes()
    status, _, err = run(capsys, "restore", "blocks", "--latest")
    assert status == 2 and str(backup.path) in err and err.count("\n") == 1
    assert ws.custom.path.read_bytes() == current
