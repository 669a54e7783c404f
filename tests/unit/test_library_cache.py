"""The cache of a big library: used only while the files are unchanged, never
trusted over them, and never in the way when it is damaged or cannot be written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from jdtui.store import library as library_store
from jdtui.store.cache import Cache, file_key
from jdtui.store.workspace import Workspace
from jdtui.tui.widgets.library_entries import block_rows

SMALL_LIMIT = 1_000  # bytes: every test library here counts as "big"


def _library_file(path: Path, count: int, word: str = "client") -> Path:
    blocks = {
        str(i): {
            "id": f"ru.duty.{word}-{i}",
            "kind": "duty",
            "lang": "ru",
            "text": f"Работать с {word} номер {i}.",
        }
        for i in range(1, count + 1)
    }
    templates = {"1": {"id": "ru-t", "title": "Шаблон", "lang": "ru", "profile": "ru-di", "sections": []}}
    path.write_text(
        json.dumps(
            {
                "_meta": {"1": {"schema": 1, "kind": "jdtui-library"}},
                "blocks": blocks,
                "templates": templates,
            },
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def big(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setattr(library_store, "CACHE_ABOVE", SMALL_LIMIT)
    return _library_file(tmp_path / "team.json", 300)


def _workspace(tmp_path: Path, library: Path) -> Workspace:
    return Workspace(tmp_path / "data", tmp_path / "config", library_files=[library])


def test_a_second_read_comes_from_the_cache_and_equals_the_first(
    tmp_path: Path, big: Path, monkeypatch
) -> None:
    first = _workspace(tmp_path, big).library
    assert len(first.blocks) == 300
    assert list(Cache().folder.glob("*.marshal")), "the first read keeps the parsed file"

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed although the cache holds the unchanged file")

    monkeypatch.setattr(library_store, "parse_text", no_parsing)
    monkeypatch.setattr(library_store, "_parse_in_parts", no_parsing)
    second = _workspace(tmp_path, big).library
    assert list(second.blocks) == list(first.blocks)
    assert second.blocks["ru.duty.client-7"] == first.blocks["ru.duty.client-7"]
    assert [t.to_dict() for t in second.templates.values()] == [t.to_dict() for t in first.templates.values()]


def test_a_changed_file_is_read_again_not_taken_from_the_cache(tmp_path: Path, big: Path) -> None:
    assert "ru.duty.client-1" in _workspace(tmp_path, big).library.blocks
    _library_file(big, 300, word="supplier")  # same size of text, other words
    library = _workspace(tmp_path, big).library
    assert "ru.duty.supplier-1" in library.blocks
    assert "ru.duty.client-1" not in library.blocks


def test_a_damaged_cache_is_a_miss(tmp_path: Path, big: Path) -> None:
    assert _workspace(tmp_path, big).library.blocks
    for entry in Cache().folder.glob("*.marshal"):
        data = entry.read_bytes()
        entry.write_bytes(data[: len(data) // 2] + b"\x00garbage")
    library = _workspace(tmp_path, big).library
    assert len(library.blocks) == 300
    assert library.blocks["ru.duty.client-300"].text == "Работать с client номер 300."


def test_an_entry_for_another_key_or_name_is_not_used(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    assert cache.save("a", ("k", 1), {"x": [1, 2]})
    assert cache.load("a", ("k", 1)) == {"x": [1, 2]}
    assert cache.load("a", ("k", 2)) is None
    assert cache.load("b", ("k", 1)) is None
    assert cache.save("p", 1, parts=[[1], {"a": "б"}])
    seen = []
    assert cache.load("p", 1, lambda done, total: seen.append((done, total))) == [[1], {"a": "б"}]
    assert seen == [(1, 2), (2, 2)]


def test_a_cache_that_cannot_be_written_changes_nothing(tmp_path: Path, big: Path, monkeypatch) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert len(_workspace(tmp_path, big).library.blocks) == 300
    assert len(_workspace(tmp_path, big).library.blocks) == 300


def test_held_writes_wait_for_flush(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    cache.hold()
    cache.save("a", 1, "value")
    assert cache.load("a", 1) is None
    cache.flush()
    assert cache.load("a", 1) == "value"
    cache.save("b", 1, "at once")  # no longer held
    assert cache.load("b", 1) == "at once"


def test_entries_are_private_and_leftovers_of_cut_writes_are_cleared(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    cache.save("a", 1, "value")
    (entry,) = cache.folder.glob("*.marshal")
    assert entry.stat().st_mode & 0o077 == 0
    assert cache.folder.stat().st_mode & 0o077 == 0
    old = cache.folder / ".tmp-cut-short"
    old.write_bytes(b"half")
    os.utime(old, (1, 1))
    fresh = cache.folder / ".tmp-being-written"
    fresh.write_bytes(b"half")
    cache.save("b", 1, "value")
    assert not old.exists()
    assert fresh.exists()  # perhaps another instance's write in progress


def test_the_blocks_tab_rows_are_kept_per_ui_language_and_follow_own_blocks(
    tmp_path: Path, big: Path
) -> None:
    workspace = _workspace(tmp_path, big)
    rows = workspace.cached("tab:ru", lambda: block_rows(workspace.library))
    again = _workspace(tmp_path, big)
    made = []
    assert again.cached("tab:ru", lambda: made.append(1) or ([], [])) == rows
    assert made == []
    from jdtui.core.model import Block

    again.save_block(Block(id="own.duty.x", kind="duty", lang="ru", text="Своя обязанность."))
    after = _workspace(tmp_path, big)
    fresh = after.cached("tab:ru", lambda: block_rows(after.library))
    assert "own.duty.x" in fresh[0]


def test_file_key_changes_when_the_file_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    path.write_text("{}")
    before = file_key(path)
    replacement = tmp_path / "g.json"
    replacement.write_text("{}")
    os.replace(replacement, path)
    assert file_key(path) != before
    assert file_key(tmp_path / "missing.json") is None
