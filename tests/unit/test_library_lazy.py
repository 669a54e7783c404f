"""A library's blocks are made when first used, yet a damaged file is still refused when read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jdtui.core.model import Block, BlockTable, Library
from jdtui.store.errors import StoreError
from jdtui.store.library import library_from_data, read_library


def _doc(block_id: str, **extra) -> dict:
    return {"id": block_id, "kind": "duty", "lang": "ru", "text": f"Текст {block_id}.", **extra}


def test_blocks_stay_documents_until_read() -> None:
    library = library_from_data({"blocks": {"1": _doc("a"), "2": _doc("b", day="2", tags=["x"])}})
    entries = dict(library.blocks.documents())
    assert all(not isinstance(value, Block) for value in entries.values())
    block = library.blocks["b"]
    assert block == Block(id="b", kind="duty", lang="ru", text="Текст b.", day=2, tags=("x",))
    assert library.blocks["b"] is block  # made once
    assert isinstance(dict(library.blocks.documents())["b"], Block)
    assert not isinstance(dict(library.blocks.documents())["a"], Block)
    assert [b.id for b in library.blocks.values()] == ["a", "b"]
    assert "a" in library.blocks and "zz" not in library.blocks and len(library.blocks) == 2
    assert library.block("zz") is None


def test_merging_keeps_later_blocks_and_laziness() -> None:
    shipped = library_from_data({"blocks": {"1": _doc("a"), "2": _doc("b")}})
    own = Library([Block(id="b", kind="right", lang="ru", text="Моё.")])
    merged = shipped.merged(own)
    assert isinstance(merged.blocks, BlockTable)
    assert merged.blocks["b"].text == "Моё."
    assert merged.blocks["a"].text == "Текст a."
    assert list(merged.blocks) == ["a", "b"]


@pytest.mark.parametrize(
    "bad",
    [
        {"id": "no-kind", "text": "…"},
        {"kind": "duty", "text": "no id"},
        _doc("bad-day", day="вторник"),
        ["not", "an", "object"],
    ],
)
def test_a_damaged_block_is_refused_when_the_file_is_read(tmp_path: Path, bad) -> None:
    path = tmp_path / "team.json"
    path.write_text(
        json.dumps({"blocks": {"1": _doc("fine"), "2": bad}}, ensure_ascii=False), encoding="utf-8"
    )
    with pytest.raises(StoreError) as caught:
        read_library(path)
    assert str(path) in str(caught.value)
