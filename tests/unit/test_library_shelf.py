"""Issue 18, point 11: a very big library file stays on a shelf in the cache, and a
command that needs a few of its blocks (show, check, export, list) reads those
few buckets, not the file; what it prints is the same as from the parsed file."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from jdtui.core.model import Block, BlockTable, Library
from jdtui.core.model.blocks import DUTY_AREAS, duty_areas_by_lang
from jdtui.store import library as library_module
from jdtui.store import shelf as shelf_module
from jdtui.store.safe import dump
from jdtui.store.workspace import Workspace

from .reliability_support import library_bytes, one_line, run

AREAS = ("planning", "reporting", "hiring", "budgeting", "training", "procurement", "logistics", "quality")


class DictShelf:
    """A shelf over a dict that counts what it is asked (a shelf's behaviour, no files)."""

    def __init__(self, documents: dict[str, dict], summary: dict | None = None) -> None:
        self._documents = documents
        self._summary = summary or {}
        self.asked: list[str] = []
        self.walked = 0

    def get(self, key: str) -> Mapping | None:
        self.asked.append(key)
        return self._documents.get(key)

    def documents(self) -> Iterator[tuple[str, Mapping]]:
        self.walked += 1
        return iter(self._documents.items())

    def summary(self, name: str) -> object:
        return self._summary.get(name)


def _doc(block_id: str, text: str, **fields) -> dict:
    return {"id": block_id, "kind": "duty", "lang": "en", "text": text, **fields}


def test_a_shelved_table_reads_by_id_and_later_layers_win():
    shelf = DictShelf({"a": _doc("a", "Team A."), "b": _doc("b", "Team B."), "c": _doc("c", "Team C.")})
    shipped = BlockTable.of_documents({"a": _doc("a", "Shipped A."), "s": _doc("s", "Shipped S.")})
    own = BlockTable.of_documents({"b": _doc("b", "Own B.")})
    table = shipped.merged(BlockTable.on_shelf(shelf)).merged(own)
    assert table["a"].text == "Team A."  # the team library wins over the samples shipped
    assert table["b"].text == "Own B."  # the user's own blocks win over the team's
    assert table["s"].text == "Shipped S." and table["c"].text == "Team C."
    assert "c" in table and "zz" not in table and table.get("zz") is None
    with pytest.raises(KeyError):
        table["zz"]
    assert shelf.walked == 0  # nothing so far read the shelf whole
    assert sorted(table) == ["a", "b", "c", "s"] and len(table) == 4
    assert shelf.walked == 1
    assert table["a"].text == "Team A." and table["b"].text == "Own B."  # the same once in memory


def test_duty_areas_of_a_shelf_come_from_its_summary_without_reading_it():
    docs = {f"d{n}": _doc(f"d{n}", "Plans.", areas=[AREAS[n % 3]]) for n in range(9)}
    shelf = DictShelf(docs, {DUTY_AREAS: duty_areas_by_lang(docs.values())})
    table = BlockTable.of_documents({"x": _doc("x", "Buys.", areas=["procurement"])}).merged(
        BlockTable.on_shelf(shelf)
    )
    assert table.duty_areas("en") == {"planning", "reporting", "hiring", "procurement"}
    assert table.duty_areas("ru") == set()
    assert shelf.walked == 0 and shelf.asked == []
    # a shelf made without the summary is read for it
    bare = DictShelf(docs)
    assert BlockTable.on_shelf(bare).duty_areas("en") == {"planning", "reporting", "hiring"}
    assert bare.walked == 1


def test_duty_areas_by_lang_reads_documents_and_blocks_alike():
    found = duty_areas_by_lang(
        [
            _doc("a", "x", areas=["hiring"]),
            {"id": "r", "kind": "duty", "text": "y", "areas": ["budgeting"]},  # no lang: Russian
            {"id": "k", "kind": "kpi", "lang": "en", "text": "z", "measures": ["quality"]},
            Block(id="b", kind="duty", lang="en", text="w", areas=("training",)),
        ]
    )
    assert found == {"en": ["hiring", "training"], "ru": ["budgeting"]}


# --- the store: a team library kept as a shelf --------------------------------
def _team_library(path: Path, count: int = 3000) -> Path:
    blocks = {}
    for n in range(count):
        area = AREAS[n % len(AREAS)]
        blocks[str(n)] = _doc(f"team.duty.d{n}", f"Keeps the {area} of unit {n} in order.", areas=[area])
    for n in range(40):
        area = AREAS[n % len(AREAS)]
        blocks[f"r{n}"] = {
            "id": f"team.right.r{n}",
            "kind": "right",
            "lang": "en",
            "text": f"Approves {area} decisions of unit {n}.",
            "covers": [area],
        }
    linked = [f"team.duty.d{n}" for n in range(0, 2400, 300)]
    template = {
        "id": "team-coordinator",
        "title": "Team coordinator",
        "lang": "en",
        "profile": "en-jd",
        "sections": [
            {"id": "duties", "blocks": linked},
            {"id": "rights", "blocks": ["team.right.r0", "team.right.r1"]},
        ],
    }
    path.write_bytes(dump(json.loads(library_bytes(blocks, templates={"1": template}))))  # as jdtui writes it
    return path


@pytest.fixture
def shelved(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A team library of 3,040 blocks that counts as very big (kept on a shelf)."""
    monkeypatch.setattr(library_module, "CACHE_ABOVE", 1_000)
    monkeypatch.setattr(library_module, "SHELF_ABOVE", 1_000)
    monkeypatch.setattr(shelf_module, "BUCKET", 16)  # 190 buckets of the team's 3,040 blocks
    team = _team_library(tmp_path / "team.json")
    monkeypatch.setenv("JDTUI_TEAM_LIBRARY", str(team))
    return team


def _count_buckets(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[int]:
    """The numbers of the buckets read from the shelf of the file ``path`` from now on."""
    read: list[int] = []
    real = shelf_module.LibraryShelf.bucket

    def counting(self, number: int):
        if self._path == path:
            read.append(number)
        return real(self, number)

    monkeypatch.setattr(shelf_module.LibraryShelf, "bucket", counting)
    return read


def _shelves(library: Library, path: Path | None = None) -> list:
    """The library's shelves (of the file ``path`` only, when given)."""
    return [
        layer
        for layer in library.blocks.layers()
        if not isinstance(layer, dict) and (path is None or layer._path == path)
    ]


def test_a_shelved_library_reads_no_block_until_asked_and_equals_the_parsed_one(shelved, monkeypatch):
    monkeypatch.setattr(library_module, "SHELF_ABOVE", 10**12)
    parsed = Workspace().library  # parsed whole, as a smaller file is
    assert not _shelves(parsed)
    monkeypatch.setattr(library_module, "SHELF_ABOVE", 1_000)
    first = Workspace().library  # read part by part straight onto the shelf
    assert _shelves(first, shelved)
    read = _count_buckets(monkeypatch, shelved)
    again = Workspace().library  # from the shelf kept
    (shelf,) = _shelves(again, shelved)
    assert read == []  # opening it read no block
    assert again.templates["team-coordinator"].title == "Team coordinator"
    for block_id in ("team.duty.d0", "team.duty.d2999", "team.right.r39", "ru.duty.office-correspondence"):
        if block_id in parsed.blocks:
            assert again.blocks[block_id] == parsed.blocks[block_id]
    assert 0 < len(set(read)) <= 4 < shelf.buckets  # at most one bucket per file for each block asked
    assert again.blocks.duty_areas("en") == parsed.blocks.duty_areas("en")
    assert dict(again.blocks.items()) == dict(parsed.blocks.items())  # a whole walk reads every bucket
    assert len(set(read)) >= shelf.buckets
    assert dict(first.blocks.items()) == dict(parsed.blocks.items())


def test_a_bad_block_refuses_the_team_library_read_in_parts_as_when_parsed_whole(
    shelved, monkeypatch, capsys
):
    data = json.loads(shelved.read_text())
    data["blocks"]["2500"]["kind"] = "7"
    shelved.write_bytes(dump(data))
    status, out, err = run(capsys, "list", "--kind", "template")
    line = one_line(err, str(shelved))
    assert status == 0 and "team-coordinator" not in out and "en-client-manager" in out
    monkeypatch.setattr(library_module, "SHELF_ABOVE", 10**12)
    status, out, err = run(capsys, "list", "--kind", "template")
    assert one_line(err, str(shelved)) == line and "kind" in line
    assert not list(Path(Workspace().cache.folder).glob(".tmp-*"))  # nothing half-written left


@pytest.mark.parametrize(
    "command", [("show", "{id}"), ("check", "{id}"), ("show", "{id}", "--format", "json")]
)
def test_show_and_check_read_only_the_buckets_of_the_linked_blocks(shelved, monkeypatch, capsys, command):
    status, draft_id, err = run(capsys, "new", "--from", "team-coordinator")
    assert status == 0, err
    argv = [a.format(id=draft_id.strip()) for a in command]
    monkeypatch.setattr(library_module, "SHELF_ABOVE", 10**12)  # parsed: what the output should be
    run(capsys, "list")  # keeps it in the plain cache
    expected = run(capsys, *argv)
    monkeypatch.setattr(library_module, "SHELF_ABOVE", 1_000)
    run(capsys, "list")  # parsed again (the file is now "very big") and kept as a shelf
    read = _count_buckets(monkeypatch, shelved)
    got = run(capsys, *argv)
    assert got == expected
    assert "Keeps the planning of unit 0 in order." in run(capsys, "show", draft_id.strip())[1]
    assert 0 < len(set(read)) <= 10  # the 10 linked blocks' buckets at most, of 190


def test_list_reads_no_block_of_a_shelved_library(shelved, monkeypatch, capsys):
    run(capsys, "list")
    read = _count_buckets(monkeypatch, shelved)
    status, out, err = run(capsys, "list", "--kind", "template")
    assert status == 0 and "team-coordinator" in out, err
    assert read == []


def test_the_app_reads_the_whole_shelf_with_its_progress(shelved, monkeypatch):
    Workspace().library  # noqa: B018 - makes the shelf
    seen: list[tuple[int, int]] = []
    library = Workspace().load_library(progress=lambda done, total: seen.append((done, total)))
    assert not _shelves(library) and "team.duty.d2999" in library.blocks
    done = [d for d, _ in seen]
    assert len(seen) > 3 and seen[-1][0] == seen[-1][1] and done == sorted(done)  # every file's bytes


def test_a_damaged_shelf_is_said_removed_and_read_afresh_next_time(shelved, monkeypatch, capsys):
    status, draft_id, err = run(capsys, "new", "--from", "team-coordinator")
    assert status == 0, err
    draft_id = draft_id.strip()
    workspace = Workspace()
    (entry,) = Path(workspace.cache.folder).glob("*team-json-*")
    (shelf,) = _shelves(workspace.library, shelved)
    number = zlib.crc32(b"team.duty.d0") % shelf.buckets  # the bucket of a linked block
    data = bytearray(entry.read_bytes())
    for part in range(shelf._parts):  # its records in every part of the file
        at, length = shelf._records._places[part * shelf.buckets + number]
        data[at : at + length] = b"\xff" * length
    entry.write_bytes(bytes(data))
    status, out, err = run(capsys, "show", draft_id)
    assert status == 2 and out == ""
    assert "the cache of this library was damaged and has been removed" in one_line(err, str(shelved))
    assert not entry.exists()
    status, out, err = run(capsys, "show", draft_id)
    assert status == 0 and "Keeps the planning of unit 0 in order." in out, err


# --- writing a big draft: the JSON encoded a part at a time -------------------
@pytest.mark.parametrize("batch", [1, 7, 1 << 20])
def test_a_draft_dumped_a_part_at_a_time_is_the_json_it_always_was(monkeypatch, batch):
    from jdtui.store import safe

    monkeypatch.setattr(safe, "_BATCH", batch)
    data = {
        "role": {
            "1": {
                "title": "Кладовщик",
                "sections": [{"items": [{"text": f"Пункт {n} ё\ud800"}]} for n in range(50)],
            }
        },
        "_meta": {"1": {"schema": 1}},
        "note": "x\udfff",
    }
    expected = (
        json.dumps(data, ensure_ascii=False, indent=1).replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    )
    assert safe.dump(data) == (expected + "\n").encode("utf-8")
    assert json.loads(safe.dump(data))["role"]["1"]["sections"][49]["items"][0]["text"] == "Пункт 49 ё\ufffd"
