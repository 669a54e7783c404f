"""Fixtures for the app tests: a workspace in tmp_path over a fixed library,
and the app's debounce delays set to zero so tests wait for work, not time."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdtui.store.workspace import Workspace

FIXTURE_LIBRARY = Path(__file__).parent / "fixtures" / "library.json"


@pytest.fixture(autouse=True)
def documents_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Exports default to the documents folder: the test's own folder, not the user's."""
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path))
    return tmp_path


@pytest.fixture
def jd_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    """A private store and config in tmp_path, over the fixed test library."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("JDTUI_TEAM_LIBRARY", raising=False)
    return Workspace(tmp_path / "data", tmp_path / "config", library_files=[FIXTURE_LIBRARY])


@pytest.fixture
def no_delays(monkeypatch: pytest.MonkeyPatch) -> None:
    """Debounce timers fire at once."""
    from jdtui.tui import app
    from jdtui.tui.screens import compose, library

    monkeypatch.setattr(app, "AUTOSAVE_DELAY", 0.001)
    monkeypatch.setattr(library, "FILTER_DELAY", 0.001)
    monkeypatch.setattr(library, "PREVIEW_DELAY", 0.001)
    monkeypatch.setattr(compose, "CHECK_DELAY", 0.001)


def with_ui_lang(workspace: Workspace, lang: str) -> Workspace:
    workspace.settings.set("ui_lang", lang)
    return workspace


async def settle(pilot) -> None:
    """Let workers finish and queued messages and zero-delay timers run."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    """A store in tmp_path over the small library of the Check & Export tests."""
    from .check_support import make_workspace

    return make_workspace(tmp_path)
