"""A big library read with progress: parsed in parts, with the same result as
parsed whole; other layouts and damaged files fall back to the whole parse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jdtui.store import library as library_module
from jdtui.store.errors import StoreError
from jdtui.store.library import load_library, read_library
from jdtui.store.safe import dump


def _data(blocks: int) -> dict:
    return {
        "_meta": {"1": {"schema": 1, "kind": "jdtui-library"}},
        "blocks": {
            str(n): {
                "id": f"ru.duty.b{n}",
                "kind": "duty",
                "lang": "ru",
                "text": f"Ведёт учёт {n}, «кавычки» \\n {{}}",
                "areas": ["reporting"],
                "day": None,
            }
            for n in range(3000)
        },
        "templates": {"1": {"id": "ru-t", "title": "Т", "lang": "ru", "profile": "ru-di", "sections": []}},
    }


@pytest.fixture(autouse=True)
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(library_module, "PARTS_ABOVE", 10_000)


def _snapshot(library) -> tuple:
    return (dict(library.blocks.documents()), sorted(library.templates))


def test_parts_give_the_whole_parse_and_report_progress(tmp_path: Path) -> None:
    data = _data(3000)
    path = tmp_path / "lib.json"
    path.write_bytes(dump(data))
    seen: list[tuple[int, int]] = []
    in_parts = read_library(path, progress=lambda read, total: seen.append((read, total)))
    assert _snapshot(in_parts) == _snapshot(read_library(path))
    assert len(seen) >= library_module.PARTS - 1
    assert [read for read, _ in seen] == sorted(read for read, _ in seen)
    assert all(total == path.stat().st_size for _, total in seen) and seen[-1][0] > 0.9 * seen[-1][1]


@pytest.mark.parametrize("indent", [None, 1])
def test_other_layouts_are_parsed_whole_with_the_same_result(tmp_path: Path, indent) -> None:
    path = tmp_path / "lib.json"
    path.write_text(json.dumps(_data(3000), ensure_ascii=False, indent=indent), encoding="utf-8")
    seen: list[int] = []
    library = read_library(path, progress=lambda read, total: seen.append(read))
    assert _snapshot(library) == _snapshot(read_library(path))
    assert len(library.blocks) == 3000


def test_a_damaged_big_file_is_refused_with_its_line(tmp_path: Path) -> None:
    lines = dump(_data(3000)).split(b"\n")
    lines[1500] = lines[1500][:-2]  # a block loses its closing brace
    path = tmp_path / "lib.json"
    path.write_bytes(b"\n".join(lines))
    # the whole file's line (a part's parse would count from the part): where the next block starts
    with pytest.raises(StoreError, match="line 1502,"):
        read_library(path, progress=lambda read, total: None)


def test_progress_spans_every_file(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_bytes(dump(_data(3000)))
    second.write_bytes(dump(_data(3000)))
    seen: list[tuple[int, int]] = []
    load_library([first, second], progress=lambda read, total: seen.append((read, total)))
    total = first.stat().st_size + second.stat().st_size
    assert {t for _, t in seen} == {total}
    assert any(read > first.stat().st_size for read, _ in seen)
