"""Damaged store files: every command starts, says in one line what is wrong
and where, points to the latest backup, and leaves the file byte-for-byte as it was."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jdtui import cli
from jdtui.store.drafts import DraftStore
from jdtui.store.errors import SchemaError, StoreError
from jdtui.store.workspace import Workspace

NEWER = {"role": {"1": {"id": "x"}}, "_meta": {"1": {"schema": 99, "kind": "jdtui-draft"}}}


def _damage(path: Path, kind: str) -> None:
    """Turn ``path`` into a damaged file of the given kind."""
    if kind == "folder":
        if path.exists():
            path.unlink()
        path.mkdir(parents=True)
        (path / "inside.txt").write_text("not a store file")
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    original = (
        path.read_bytes()
        if path.exists()
        else b'{"_meta": {"1": {"schema": 1}}, "x": {"1": {"a": "bcdefgh"}}}'
    )
    payload = {
        "empty": b"",
        "truncated": original[: len(original) // 2],
        "invalid": b'{"role": {"1": {"id": "d-1", }}',
        "binary": bytes(range(256)) * 4,
        "newer": json.dumps(NEWER).encode(),
        "not-object": b"[1, 2, 3]",
    }[kind]
    path.write_bytes(payload)


DAMAGE = ["empty", "truncated", "invalid", "binary", "newer", "not-object", "folder"]


def _snapshot(path: Path) -> tuple:
    if path.is_dir():
        return ("dir", sorted(p.name for p in path.iterdir()), path.stat().st_mtime_ns)
    return (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_mode)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def store(tmp_path):
    """Two drafts with backups; returns (workspace, good id, victim id, template id)."""
    ws = Workspace()
    template = ws.templates("en")[0].id
    good = ws.new_draft(template, title="Good one")
    victim = ws.new_draft(template, title="Victim")
    ws.save(ws.find(victim.id).with_variables(city="Leeds"))
    return ws, good.id, victim.id, template


def _assert_one_clear_line(err: str, path: Path) -> str:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if str(path) in line]
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_draft_is_reported_with_its_backup_and_left_untouched(capsys, store, kind):
    ws, good, victim, template = store
    path = ws.drafts.path(victim)
    latest = ws.backups(victim)[0].path
    _damage(path, kind)
    before = _snapshot(path)

    status, out, err = run(capsys, "list", "--kind", "draft")
    assert status == 0
    assert good in out and victim not in out  # the others are still listed
    line = _assert_one_clear_line(err, path)
    assert "warning" in line and str(latest) in line

    for command in (["show", victim], ["check", victim], ["export", victim, "--force"]):
        status, out, err = run(capsys, *command)
        assert status == 2, command
        line = _assert_one_clear_line(err, path)
        assert str(latest) in line and f"jdtui restore {victim} --latest" in line
        assert out == ""

    for command in (["show", good], ["new", "--from", template], ["locate"], ["backups", victim]):
        status, out, err = run(capsys, *command)
        assert status == 0, (command, err)
    assert _snapshot(path) == before

    with pytest.raises(StoreError) as caught:
        Workspace().save(_role_at(ws, victim))
    assert caught.value.backup == latest
    assert _snapshot(path) == before


def _role_at(ws: Workspace, draft_id: str):
    """The victim as an editor still holds it (loaded before the damage)."""
    from jdtui.store.drafts import role_from_data
    from jdtui.store.safe import read_json

    backup = ws.backups(draft_id)[0]
    return role_from_data(read_json(backup.path), backup.path)


def test_a_newer_draft_raises_schema_error_naming_both_versions(store):
    ws, _, victim, _ = store
    _damage(ws.drafts.path(victim), "newer")
    with pytest.raises(SchemaError, match=r"newer jdtui \(schema 99; this version reads 1\)"):
        ws.find(victim)


@pytest.mark.parametrize("kind", DAMAGE)
@pytest.mark.parametrize("which", ["settings", "blocks", "team"])
def test_damaged_settings_own_blocks_or_team_library_warn_and_everything_still_works(
    capsys, store, tmp_path, monkeypatch, which, kind
):
    ws, good, _, template = store
    team = tmp_path / "team" / "library.json"
    if which == "team":
        monkeypatch.setenv("JDTUI_TEAM_LIBRARY", str(team))
    else:  # then the settings are read for the team library's path: a damaged one shows up
        monkeypatch.delenv("JDTUI_TEAM_LIBRARY", raising=False)
    path = {"settings": ws.settings.path, "blocks": ws.custom.path, "team": team}[which]
    _damage(path, kind)
    before = _snapshot(path)

    for command in (["list"], ["show", template], ["check", good], ["new", "--from", template], ["locate"]):
        status, out, err = run(capsys, *command)
        assert status in (0, 1), (command, err)
        assert out
        _assert_one_clear_line(err, path)
    fresh = Workspace()
    assert fresh.templates() and len(fresh.warnings) == 1
    assert _snapshot(path) == before


def test_saving_into_a_damaged_own_blocks_file_is_refused_and_leaves_it(store):
    ws, *_ = store
    from jdtui.core.model import Block

    _damage(ws.custom.path, "truncated")
    before = _snapshot(ws.custom.path)
    with pytest.raises(StoreError, match=r"blocks\.json"):
        ws.save_block(Block(id="own.1", kind="duty", lang="en", text="x"))
    assert _snapshot(ws.custom.path) == before


def test_drafts_folder_that_is_a_file_is_reported_not_crashed(capsys, store):
    ws, *_ = store
    folder = ws.drafts.folder
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()
    folder.write_text("oops")
    status, out, err = run(capsys, "list")
    assert status == 0 and "template" in out
    _assert_one_clear_line(err, folder)


# --- permissions ------------------------------------------------------------
def _deny_reading(monkeypatch, victim: Path) -> None:
    """Root ignores permission bits, so make reading ``victim`` fail the way it would."""
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == victim:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    real_open = os.open

    def open_(path, flags, *args, **kwargs):  # the store opens files with os.open
        if str(path) == str(victim) and not flags & (os.O_WRONLY | os.O_RDWR):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_)


def test_an_unreadable_draft_is_reported_and_the_rest_still_work(capsys, store, monkeypatch):
    ws, good, victim, _ = store
    path = ws.drafts.path(victim)
    before = _snapshot(path)
    _deny_reading(monkeypatch, path)
    status, out, err = run(capsys, "list")
    assert status == 0 and good in out
    assert "permission denied" in _assert_one_clear_line(err, path)
    status, out, err = run(capsys, "show", victim)
    assert status == 2 and "latest backup" in _assert_one_clear_line(err, path)
    monkeypatch.undo()
    assert _snapshot(path) == before


def test_an_unreadable_settings_file_falls_back_to_defaults(capsys, store, monkeypatch):
    ws, _good, *_ = store
    ws.settings.set("backups", 3)
    _deny_reading(monkeypatch, ws.settings.path)
    fresh = Workspace()
    assert fresh.setting("backups") == 10
    assert len(fresh.warnings) == 1 and "permission denied" in str(fresh.warnings[0])


def test_a_read_only_draft_is_not_written_over(store, monkeypatch):
    ws, _, victim, _ = store
    path = ws.drafts.path(victim)
    before = _snapshot(path)
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode, **kw: False if Path(p) == path else real_access(p, mode, **kw)
    )
    with pytest.raises(StoreError, match="read-only"):
        ws.save(ws.find(victim))
    assert _snapshot(path) == before


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root ignores permission bits; the monkeypatched tests cover this"
)
def test_real_permissions_unreadable_and_read_only_files(capsys, store):
    ws, good, victim, _ = store
    path = ws.drafts.path(victim)
    path.chmod(0o000)
    try:
        status, out, err = run(capsys, "list")
        assert status == 0 and good in out and "permission denied" in err
    finally:
        path.chmod(0o400)
    before = _snapshot(path)
    with pytest.raises(StoreError, match="read-only"):
        ws.save(ws.find(victim))
    assert _snapshot(path) == before


def test_the_real_command_prints_one_line_and_no_traceback_for_a_damaged_draft(store, tmp_path):
    ws, _good, victim, _ = store
    _damage(ws.drafts.path(victim), "binary")
    env = dict(os.environ)
    result = subprocess.run(
        [sys.executable, "-m", "jdtui.cli", "show", victim], capture_output=True, env=env, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1
    assert b"Traceback" not in result.stderr and b"\x1b" not in result.stderr


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["role", "1", "_meta", "schema", "kind", "id", "sections"]), inner, max_size=4
        )
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=_JSON)
def test_any_json_in_a_draft_file_loads_or_is_a_store_error(tmp_path, data):
    store = DraftStore(tmp_path / "drafts")
    store.folder.mkdir(exist_ok=True)
    store.path("d-1").write_text(json.dumps(data), encoding="utf-8")
    with contextlib.suppress(StoreError):
        store.load("d-1")
