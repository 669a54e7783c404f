"""A big library in the app: shown first, kept in the cache after; the next
start lists it from the cache without parsing the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from jdtui.store import library as library_store
from jdtui.store.cache import Cache
from jdtui.store.workspace import Workspace
from jdtui.tui.app import JdtuiApp
from jdtui.tui.screens import library as library_screen

from ..unit.test_library_cache import _library_file
from .conftest import settle


@pytest.fixture
def big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(library_store, "CACHE_ABOVE", 1_000)
    monkeypatch.setattr(library_screen, "READ_AT_ONCE", 1_000)  # loaded after the first paint
    return _library_file(tmp_path / "team.json", 300)


async def _blocks_listed(tmp_path: Path, big: Path) -> list[str]:
    app = JdtuiApp(Workspace(tmp_path / "data", tmp_path / "config", library_files=[big]))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")  # templates → blocks
        await settle(pilot)
        results = app.screen.query_one("#results", OptionList)
        return [str(o.id) for o in results.options if o.id and str(o.id).startswith("blocks:")]


async def test_the_second_start_lists_the_big_library_from_the_cache(
    tmp_path: Path, big: Path, monkeypatch
) -> None:
    first = await _blocks_listed(tmp_path, big)
    assert "blocks:ru.duty.client-1" in first
    assert len(list(Cache().folder.glob("*.marshal"))) == 2  # the parsed file and the blocks tab

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed although the cache holds the unchanged file")

    monkeypatch.setattr(library_store, "parse_text", no_parsing)
    monkeypatch.setattr(library_store, "_parse_in_parts", no_parsing)
    assert await _blocks_listed(tmp_path, big) == first
