"""The app starts over a damaged store: it says what is wrong and where, and
leaves the damaged file exactly as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from jdtui.store.workspace import Workspace
from jdtui.tui.app import JdtuiApp

from .conftest import FIXTURE_LIBRARY, settle

DAMAGE = {
    "empty": b"",
    "truncated": b'{"_meta": {"1": {"schema": 1, "kind": "jdtui-draft"}}, "role": {"1": {"id": "d-',
    "invalid": b"{not json at all",
    "binary": bytes(range(256)) * 4,
    "newer": json.dumps({"_meta": {"1": {"schema": 99, "kind": "jdtui-draft"}}, "role": {}}).encode(),
}


def _notices(app: JdtuiApp) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


def _workspace(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "data", tmp_path / "config", library_files=[FIXTURE_LIBRARY])


@pytest.mark.parametrize("kind", sorted(DAMAGE))
async def test_a_damaged_draft_is_reported_and_the_other_drafts_still_open(tmp_path, kind, no_delays):
    ws = _workspace(tmp_path)
    template = next(iter(ws.library.templates))
    good = ws.new_draft(template, title="Исправный черновик")
    bad = ws.drafts.folder / "d-damaged1.json"
    bad.write_bytes(DAMAGE[kind])
    before = (bad.read_bytes(), bad.stat().st_mtime_ns)

    app = JdtuiApp(_workspace(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_role(good.id)
        await settle(pilot)
        assert app.session is not None and app.session.role.id == good.id
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "d-damaged1.json" in _notices(app)

    assert (bad.read_bytes(), bad.stat().st_mtime_ns) == before


@pytest.mark.parametrize("name", ["settings", "blocks"])
async def test_damaged_settings_or_own_blocks_do_not_stop_the_app(tmp_path, name, no_delays):
    ws = _workspace(tmp_path)
    ws.settings.set("ui_lang", "en")
    path = (
        (tmp_path / "config" / "settings.json") if name == "settings" else (tmp_path / "data" / "blocks.json")
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00\x01garbage")
    before = path.read_bytes()

    app = JdtuiApp(_workspace(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.screen.__class__.__name__ == "LibraryScreen"
        assert str(path) in _notices(app)

    assert path.read_bytes() == before


async def test_notifications_show_markup_in_titles_and_paths_literally(tmp_path, no_delays):
    app = JdtuiApp(_workspace(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.notify("Черновик «[bold]x[/] [/]» создан: /tmp/[link=http://e]y")
        await pilot.pause()
        notification = list(app._notifications)[-1]
        shown = Toast(notification).render().plain
        assert "[bold]x[/] [/]" in shown and "[link=http://e]y" in shown
