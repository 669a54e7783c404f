"""Several processes writing one user store and one team library at once lose nothing."""

from __future__ import annotations

import json
import multiprocessing
from dataclasses import replace
from pathlib import Path

import pytest

from jdtui.core.model import Block
from jdtui.store.errors import ConflictError
from jdtui.store.workspace import Workspace

PROCESSES = 4
SAVES = 250
NEW_DRAFT_EVERY = 25  # every 25th save creates a new draft of the worker's own


def _workspace(data: str, config: str) -> Workspace:
    return Workspace(data_dir=Path(data), config_dir=Path(config))


def _save_shared(ws: Workspace, shared_id: str, worker: int) -> int:
    """Count one more update of ``worker`` in the shared draft; reload and retry on conflicts."""
    conflicts = 0
    while True:
        role = ws.find(shared_id)
        key = f"w{worker}"
        counts = json.loads(role.variables.get("department") or "{}")
        counts[key] = counts.get(key, 0) + 1
        try:
            ws.save(role.with_variables(department=json.dumps(counts, sort_keys=True)))
            return conflicts
        except ConflictError:
            conflicts += 1


def store_worker(data: str, config: str, template_id: str, shared_id: str, worker: int) -> dict:
    """SAVES saves: half to the worker's own drafts, half to the shared draft."""
    ws = _workspace(data, config)
    own = ws.new_draft(template_id, title=f"worker {worker}")
    created = [own.id]
    shared_updates = conflicts = 0
    for n in range(1, SAVES):
        if n % NEW_DRAFT_EVERY == 0:
            own = ws.new_draft(template_id, title=f"worker {worker} #{n}")
            created.append(own.id)
        elif n % 2:
            own = ws.save(own.with_variables(city=f"{worker}:{n}"))
        else:
            conflicts += _save_shared(ws, shared_id, worker)
            shared_updates += 1
    return {
        "created": created,
        "last": {own.id: own.revision},
        "shared": shared_updates,
        "conflicts": conflicts,
    }


def team_worker(data: str, config: str, worker: int) -> list[str]:
    ws = _workspace(data, config)
    ids = []
    for n in range(SAVES):
        block = Block(id=f"team.w{worker}.{n}", kind="duty", lang="en", text=f"Duty {n} of worker {worker}.")
        ws.save_team_block(block)
        ids.append(block.id)
    return ids


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[str, str]:
    return str(tmp_path / "data"), str(tmp_path / "config")


def test_four_processes_saving_into_one_user_store_lose_no_write(dirs):
    ws = _workspace(*dirs)
    template = ws.templates("en")[0]
    shared = ws.new_draft(template.id, title="shared", variables={"department": "{}"})
    with multiprocessing.get_context("spawn").Pool(PROCESSES) as pool:
        results = pool.starmap(store_worker, [(*dirs, template.id, shared.id, w) for w in range(PROCESSES)])

    fresh = _workspace(*dirs)
    drafts, errors = fresh.list_drafts()
    assert errors == []
    by_id = {role.id: role for role in drafts}
    created = [draft_id for r in results for draft_id in r["created"]]
    assert len(created) == PROCESSES * (1 + (SAVES - 1) // NEW_DRAFT_EVERY)
    assert set(created) | {shared.id} == set(by_id)
    for result in results:
        for draft_id, revision in result["last"].items():
            assert by_id[draft_id].revision == revision
    # every shared update of every worker is in the shared draft: none overwrote another
    final = by_id[shared.id]
    counts = json.loads(final.variables["department"])
    assert counts == {f"w{w}": results[w]["shared"] for w in range(PROCESSES)}
    assert final.revision == 1 + sum(r["shared"] for r in results)
    assert sum(r["conflicts"] for r in results) > 0, "the workers never collided: the test proved nothing"
    # every file in the store parses
    for path in Path(dirs[0]).rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))


def test_four_processes_adding_blocks_to_one_team_library_lose_none(dirs, tmp_path, monkeypatch):
    team = tmp_path / "team" / "library.json"
    monkeypatch.setenv("JDTUI_TEAM_LIBRARY", str(team))  # spawned workers inherit the environment
    with multiprocessing.get_context("spawn").Pool(PROCESSES) as pool:
        results = pool.starmap(team_worker, [(*dirs, w) for w in range(PROCESSES)])

    library = _workspace(*dirs).library
    written = [block_id for ids in results for block_id in ids]
    assert len(written) == PROCESSES * SAVES
    assert all(library.block(block_id) is not None for block_id in written)
    data = json.loads(team.read_text(encoding="utf-8"))
    assert len(data["blocks"]) == PROCESSES * SAVES


def test_a_stale_editor_cannot_overwrite_a_newer_save_and_can_save_a_copy(dirs):
    ws = _workspace(*dirs)
    template = ws.templates("en")[0]
    first = ws.new_draft(template.id)
    mine, theirs = ws.find(first.id), _workspace(*dirs).find(first.id)
    saved = ws.save(mine.with_variables(city="Leeds"))
    with pytest.raises(ConflictError) as caught:
        ws.save(theirs.with_variables(city="York"))
    assert (caught.value.theirs, caught.value.ours) == (saved.revision, theirs.revision)
    assert ws.find(first.id).variables["city"] == "Leeds"  # the newer save survived
    copy = ws.create_draft(replace(theirs.with_variables(city="York"), title="my copy"))
    assert copy.id != first.id
    assert ws.find(copy.id).variables["city"] == "York"
    assert ws.find(first.id).variables["city"] == "Leeds"


def test_creating_a_draft_with_an_id_that_exists_is_a_conflict(dirs):
    ws = _workspace(*dirs)
    role = ws.new_draft(ws.templates("en")[0].id)
    with pytest.raises(ConflictError):
        ws.drafts.save(role, expected_revision=None)
