"""Snapshots of Check & Export in the real app, Russian UI, at 80×24 and 120×40.

The draft is fixed (tests/ui/check_support.py) and so is its library, so the
pictures change only when the screen or the checks do.
"""

from __future__ import annotations

import pytest

from jdtui.tui.app import JdtuiApp

from .check_support import make_workspace, sample_role
from .conftest import settle, with_ui_lang


def check_app(tmp_path):
    workspace = with_ui_lang(make_workspace(tmp_path), "ru")
    draft = workspace.create_draft(sample_role())
    return JdtuiApp(workspace), draft.id


def opened(draft_id: str, *keys: str):
    async def run_before(pilot) -> None:
        await settle(pilot)
        pilot.app.open_role(draft_id)
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_check_screen_ru(snap_compare, tmp_path, size) -> None:
    app, draft_id = check_app(tmp_path)
    assert snap_compare(app, terminal_size=size, run_before=opened(draft_id))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_check_preview_ru(snap_compare, tmp_path, size) -> None:
    app, draft_id = check_app(tmp_path)
    assert snap_compare(app, terminal_size=size, run_before=opened(draft_id, "p"))


def test_export_dialog_ru_80x24(snap_compare, tmp_path, monkeypatch) -> None:
    export_dir = tmp_path / "exports"
    export_dir.mkdir()
    monkeypatch.chdir(export_dir)
    app, draft_id = check_app(tmp_path)
    # the dialog shows the folder; a fixed one keeps the picture stable
    app.workspace.settings.set("export_dir", "/tmp")
    assert snap_compare(app, terminal_size=(80, 24), run_before=opened(draft_id, "e"))


def test_export_dialog_word_ru_80x24(snap_compare, tmp_path, monkeypatch) -> None:
    """The format remembered from the last export (Word) and the template field under the path."""
    export_dir = tmp_path / "exports"
    export_dir.mkdir()
    monkeypatch.chdir(export_dir)
    app, draft_id = check_app(tmp_path)
    app.workspace.settings.set("export_dir", "/tmp")
    app.workspace.settings.set("export_format", "docx")
    assert snap_compare(app, terminal_size=(80, 24), run_before=opened(draft_id, "e"))


def test_restore_dialog_ru_80x24(snap_compare, tmp_path) -> None:
    app, draft_id = check_app(tmp_path)

    async def run_before(pilot) -> None:
        await opened(draft_id)(pilot)
        pilot.app.action_restore()  # a new draft has no backups yet: the picture is stable
        await settle(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
