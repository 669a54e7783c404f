"""Rotating backups of drafts, and restoring one (API and CLI)."""

from __future__ import annotations

import stat

import pytest

from jdtui import cli
from jdtui.store.backups import Backups
from jdtui.store.workspace import Workspace


@pytest.fixture
def ws() -> Workspace:
    return Workspace()


def _draft(ws: Workspace):
    return ws.new_draft(ws.templates("en")[0].id)


def test_each_save_keeps_the_previous_version_newest_first(ws):
    role = _draft(ws)
    for city in ("Leeds", "York", "Hull"):
        role = ws.save(role.with_variables(city=city))
    found = ws.backups(role.id)
    assert [b.revision for b in found] == [3, 2, 1]
    assert all(b.draft_id == role.id for b in found)
    assert [b.created for b in found] == sorted((b.created for b in found), reverse=True)
    assert found[0].path.parent == ws.data_dir / "backups" / role.id
    assert found[0].path.name.endswith("-r3.json")
    # a backup holds exactly the bytes the draft file had
    from jdtui.store.drafts import role_from_data
    from jdtui.store.safe import read_json

    assert role_from_data(read_json(found[0].path), found[0].path).variables["city"] == "York"


def test_only_the_configured_number_of_backups_is_kept(ws):
    ws.settings.set("backups", 3)
    role = _draft(ws)
    for n in range(8):
        role = ws.save(role.with_variables(city=str(n)))
    assert [b.revision for b in ws.backups(role.id)] == [8, 7, 6]


def test_the_default_is_ten_and_zero_still_keeps_one(ws, tmp_path):
    role = _draft(ws)
    for _n in range(13):
        role = ws.save(role)
    assert len(ws.backups(role.id)) == 10
    assert Backups(tmp_path, keep=0).keep() == 1
    assert Backups(tmp_path, keep=lambda: "many").keep() == 10


def test_backups_are_private(ws):
    role = _draft(ws)
    ws.save(role)
    backup = ws.backups(role.id)[0]
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(backup.path.parent.parent.stat().st_mode) == 0o700


def test_restore_makes_the_backup_the_newest_revision_and_keeps_the_current_one(ws):
    role = _draft(ws)
    role = ws.save(role.with_variables(city="Leeds"))  # r2; backup r1
    role = ws.save(role.with_variables(city="York"))  # r3; backup r2 (Leeds)
    leeds = next(b for b in ws.backups(role.id) if b.revision == 2)
    restored = ws.restore_backup(leeds)
    assert restored.revision == 4
    assert ws.find(role.id).variables["city"] == "Leeds"
    assert ws.backups(role.id)[0].revision == 3  # York was kept before being replaced
    # an editor still holding revision 3 now gets a conflict, not a silent overwrite
    from jdtui.store.errors import ConflictError

    with pytest.raises(ConflictError):
        ws.save(role)


def test_a_deleted_draft_can_be_restored(ws):
    role = ws.save(_draft(ws).with_variables(city="Leeds"))
    ws.delete_draft(role.id)
    assert not ws.is_draft(role.id)
    assert role.id in ws.backed_up_drafts()
    restored = ws.restore_backup(ws.latest_backup(role.id))
    assert ws.find(role.id).variables["city"] == "Leeds"
    assert restored.revision == role.revision + 1


def test_restoring_over_a_damaged_draft_keeps_the_damaged_file_aside(ws):
    role = ws.save(_draft(ws))
    path = ws.drafts.path(role.id)
    path.write_bytes(b'{"role": {"1": {"id": ')
    restored = ws.restore_backup(ws.latest_backup(role.id))
    assert ws.find(role.id).revision == restored.revision
    damaged = ws.backups(role.id)[0]
    assert damaged.revision is None and damaged.path.name.endswith("-damaged.json")
    assert damaged.path.read_bytes() == b'{"role": {"1": {"id": '


def test_restoring_over_a_newer_schema_file_is_refused(ws):
    from jdtui.store.errors import SchemaError

    role = ws.save(_draft(ws))
    path = ws.drafts.path(role.id)
    payload = b'{"_meta": {"1": {"schema": 7, "kind": "jdtui-draft"}}}'
    path.write_bytes(payload)
    with pytest.raises(SchemaError):
        ws.restore_backup(ws.latest_backup(role.id))
    assert path.read_bytes() == payload


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_lists_backups_and_restores_the_latest_or_a_chosen_one(capsys, ws):
    role = ws.save(_draft(ws).with_variables(city="Leeds"))
    role = ws.save(role.with_variables(city="York"))
    status, out, _ = run(capsys, "backups")
    assert status == 0 and role.id in out
    status, out, _ = run(capsys, "backups", role.id)
    lines = out.splitlines()
    assert status == 0 and len(lines) == 2 and "r2" in lines[0] and "r1" in lines[1]

    status, _, err = run(capsys, "restore", role.id)
    assert status == 2 and "--latest" in err

    status, _, err = run(capsys, "restore", role.id, "--latest")
    assert status == 0 and "revision 4" in err
    assert ws.find(role.id).variables["city"] == "Leeds"

    first = ws.backups(role.id)[-1]
    status, _, err = run(capsys, "restore", role.id, "--backup", str(first.path))
    assert status == 0
    assert ws.find(role.id).revision == 5

    status, _, err = run(capsys, "restore", role.id, "--backup", "/etc/passwd")
    assert status == 2 and "not" in err
    status, _, err = run(capsys, "restore", "d-nothing", "--latest")
    assert status == 2 and "no backups" in err


def test_backups_of_an_id_that_is_a_path_are_never_looked_up(ws, capsys):
    outside = ws.data_dir / "elsewhere"
    outside.mkdir(parents=True)
    (outside / "20260101T000000.000000Z-r1.json").write_text("{}")
    assert ws.backups("../elsewhere") == []
    assert run(capsys, "restore", "../elsewhere", "--latest")[0] == 2
