"""A writer killed with SIGKILL at random moments never damages the store or
loses a save it acknowledged."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
from pathlib import Path

import pytest

from jdtui.core.model import Block
from jdtui.store import safe
from jdtui.store.workspace import Workspace

KILLS = 100
DRAFTS = 3


def _workspace(root: Path) -> Workspace:
    return Workspace(data_dir=root / "data", config_dir=root / "config")


def writer(root: Path, ids: list[str], acks) -> None:
    """Save the drafts over and over, acknowledging each save once ``save()`` returned."""
    ws = _workspace(root)
    n = 0
    while True:
        n += 1
        draft_id = ids[n % len(ids)]
        role = ws.find(draft_id)
        saved = ws.save(role.with_variables(city=f"save {n}"))
        acks.send((draft_id, saved.revision, f"save {n}"))
        if n % 7 == 0:
            ws.save_block(Block(id=f"own.{n % 5}", kind="duty", lang="en", text=f"Duty {n}."))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_writer_killed_at_random_moments_loses_no_acknowledged_save(tmp_path):
    ws = _workspace(tmp_path)
    template = ws.templates("en")[0]
    ids = [ws.new_draft(template.id).id for _ in range(DRAFTS)]
    acknowledged: dict[str, tuple[int, str]] = {}
    rng = random.Random(6)
    # fork: a child starts in milliseconds, so a hundred kills stay quick
    context = multiprocessing.get_context("fork")
    for _ in range(KILLS):
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=writer, args=(tmp_path, ids, sender), daemon=True)
        child.start()
        sender.close()
        wanted = rng.randint(0, 4)
        for _ in range(wanted):
            draft_id, revision, city = receiver.recv()
            acknowledged[draft_id] = (revision, city)
        # then a random moment: often in the middle of the next save
        receiver.poll(rng.uniform(0, 0.01))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        while receiver.poll():  # acks sent before the kill count too
            try:
                draft_id, revision, city = receiver.recv()
            except EOFError:
                break
            acknowledged[draft_id] = (revision, city)
        receiver.close()

        fresh = _workspace(tmp_path)
        drafts, errors = fresh.list_drafts()
        assert errors == []
        assert sorted(r.id for r in drafts) == sorted(ids)
        by_id = {r.id: r for r in drafts}
        for draft_id, (revision, city) in acknowledged.items():
            stored = by_id[draft_id]
            # the acknowledged save is there, or a later one the kill cut off before its ack
            assert stored.revision in (revision, revision + 1)
            if stored.revision == revision:
                assert stored.variables["city"] == city
        assert fresh.library is not None and fresh.warnings == []

    assert len(acknowledged) == DRAFTS
    # leftovers of killed writers: every file parses, and the next saves clean up temp files
    for path in (tmp_path / "data").rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    final = _workspace(tmp_path)
    for draft_id in ids:
        final.save(final.find(draft_id))
        for backup in final.backups(draft_id):
            json.loads(backup.path.read_text(encoding="utf-8"))
    final.save_block(Block(id="own.last", kind="duty", lang="en", text="Last."))
    assert [p.name for p in (tmp_path / "data").rglob("*.tmp")] == []


def test_stale_temp_files_are_ignored_by_readers_and_cleaned_without_touching_a_live_writer(
    tmp_path, monkeypatch
):
    ws = _workspace(tmp_path)
    role = ws.new_draft(ws.templates("en")[0].id)
    folder = ws.drafts.folder
    own = safe.temp_path(folder / f"{role.id}.json")  # a writer of this draft was killed
    own.write_bytes(b'{"half a fi')
    old_style = folder / f".{role.id}.json.k3j2h1ab.tmp"  # the random names of older versions
    old_style.write_bytes(b'{"half')
    busy = safe.temp_path(folder / "busy.json")  # being written right now by someone else
    busy.write_bytes(b"")
    drafts, errors = ws.list_drafts()
    assert [r.id for r in drafts] == [role.id] and errors == []

    ws.save(role)  # writes over its own leftover
    assert not own.exists()
    assert ws.find(role.id).revision == role.revision + 1

    writer = safe.lock_for(folder / "busy.json")
    writer.acquire()
    try:
        monkeypatch.setattr(safe, "_swept", set())  # as in a new process: its first save sweeps
        ws.save(ws.find(role.id))
        assert not old_style.exists()
        assert busy.exists()  # its writer holds the lock: left alone
    finally:
        writer.release()
    safe.remove_stale_temps(folder)
    assert not busy.exists()
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []
