"""Where the user left off: the last draft, screen and item, and each draft's
undo history, so a restart picks up where the work stopped.

Both are conveniences, never the work itself: the draft files hold that. A
damaged or missing file here is simply no history (nothing is reported), and a
history is used only for the revision of the draft it was written with.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from ..core.model import Role
from .errors import StoreError
from .safe import META, SCHEMA, ensure_private_dir, locked, read_json, write_json

PLACE_KIND = "jdtui-place"
HISTORY_KIND = "jdtui-history"
#: undo steps kept on disk per draft (the session keeps more while it runs)
HISTORY_LIMIT = 50


def _write(path: Path, kind: str, body: dict) -> None:
    ensure_private_dir(path.parent)
    with locked(path):
        write_json(path, {"state": {"1": body}, META: {"1": {"schema": SCHEMA, "kind": kind}}})


def _read(path: Path, kind: str) -> dict:
    try:
        data = read_json(path, kind) or {}
    except StoreError:
        return {}
    table = data.get("state")
    body = table.get("1") if isinstance(table, dict) else None
    return body if isinstance(body, dict) else {}


class Place:
    """The last draft, screen (mode) and item: ``{"draft", "mode", "section", "item"}``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> dict[str, Any]:
        return _read(self.path, PLACE_KIND)

    def write(
        self, draft: str | None, mode: str, section: str | None = None, item: int | None = None
    ) -> None:
        _write(self.path, PLACE_KIND, {"draft": draft, "mode": mode, "section": section, "item": item})


class UndoHistory:
    """A draft's undo and redo steps, kept for the revision they were written at."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, draft_id: str) -> Path:
        return self.folder / f"{draft_id}.json"

    def write(self, draft_id: str, revision: int, undo: list[Role], redo: list[Role]) -> None:
        body = {
            "revision": revision,
            "undo": [r.to_dict() for r in undo[-HISTORY_LIMIT:]],
            "redo": [r.to_dict() for r in redo[-HISTORY_LIMIT:]],
        }
        _write(self.path(draft_id), HISTORY_KIND, body)

    def read(self, draft_id: str, revision: int) -> tuple[list[Role], list[Role]]:
        """The steps written at ``revision``; none if the draft moved on since."""
        body = _read(self.path(draft_id), HISTORY_KIND)
        if body.get("revision") != revision:
            return [], []
        try:
            return (
                [Role.from_dict(r) for r in body.get("undo") or ()],
                [Role.from_dict(r) for r in body.get("redo") or ()],
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            return [], []

    def forget(self, draft_id: str) -> None:
        with contextlib.suppress(OSError):
            self.path(draft_id).unlink()
