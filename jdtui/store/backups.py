"""Rotating backups: the previous content of a draft file, kept before a save
replaces it (or a delete removes it); the same for the user's other files.

``$XDG_DATA_HOME/jdtui/backups/<draft-id>/<timestamp>-r<revision>.json``, the
file's bytes exactly as they were, private (0600 files, 0700 folders). The
newest ``keep`` per draft are kept; older ones are pruned. The user's own
blocks (``blocks.json``) and settings (``settings.json``) are kept the same way
under ``backups/_files/blocks/`` and ``backups/_files/settings/`` (a folder name
no draft id can have), as ``<timestamp>-copy.json``.
"""

from __future__ import annotations

import builtins
import contextlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..core.text import LazyPattern
from .safe import FILE_MODE, ensure_private_dir, write_bytes

DEFAULT_KEEP = 10
#: what a draft id may look like (it names files and folders: no separators, no ``..``)
DRAFT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$")
#: ``20260101T120000.123456Z-r3.json``; ``-damaged`` when the file could not be
#: read; ``-copy`` for a file without revisions (blocks, settings).
_NAME = LazyPattern(
    r"^(?P<stamp>\d{8}T\d{6}\.\d{6}Z)(?:-(?P<n>\d+))?-(?:r(?P<rev>\d+)|(?P<state>damaged|copy))\.json$"
)
#: the files of the user store, besides drafts, that are backed up, by the
#: name ``jdtui backups`` and ``jdtui restore`` know them by
STORE_FILES = ("blocks", "settings")
#: where their backups go, inside the backups folder
FILES_FOLDER = "_files"


@dataclass(frozen=True)
class Backup:
    """One kept version of a draft."""

    path: Path
    draft_id: str
    #: when the backup was taken (ISO 8601, UTC)
    created: str
    #: the revision the draft had; ``None`` for a damaged file kept aside, or
    #: for a file without revisions
    revision: int | None
    #: the file could not be read when it was kept aside
    damaged: bool = False


def _parse(path: Path, draft_id: str) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    from datetime import datetime, timezone  # here: `jdtui check` reads no backup

    stamp = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S.%fZ").replace(tzinfo=timezone.utc)
    revision = int(match["rev"]) if match["rev"] is not None else None
    return Backup(path, draft_id, stamp.isoformat(), revision, damaged=match["state"] == "damaged")


def _sort_key(path: Path) -> tuple[str, int]:
    match = _NAME.match(path.name)
    return (match["stamp"], int(match["n"] or 0)) if match else ("", 0)


class Backups:
    """The backups folder; ``keep`` says how many versions per draft to keep."""

    def __init__(self, folder: Path, keep: Callable[[], int] | int = DEFAULT_KEEP) -> None:
        self.folder = folder
        self._keep = keep

    def keep(self) -> int:
        value = self._keep() if callable(self._keep) else self._keep
        try:
            return max(1, int(value))  # at least one, so a restore never loses the current version
        except (TypeError, ValueError):
            return DEFAULT_KEEP

    def folder_for(self, draft_id: str) -> Path:
        return self.folder / draft_id

    def list(self, draft_id: str) -> list[Backup]:
        """Backups of ``draft_id``, newest first."""
        if not DRAFT_ID.match(draft_id):
            return []
        folder = self.folder_for(draft_id)
        if not folder.is_dir():
            return []
        files = sorted((p for p in folder.iterdir() if _NAME.match(p.name)), key=_sort_key, reverse=True)
        return [b for b in (_parse(p, draft_id) for p in files) if b is not None]

    def latest(self, draft_id: str) -> Backup | None:
        with contextlib.suppress(OSError):
            found = self.list(draft_id)
            return found[0] if found else None
        return None

    def draft_ids(self) -> builtins.list[str]:
        """Drafts that have backups (including deleted ones)."""
        if not self.folder.is_dir():
            return []
        return sorted(p.name for p in self.folder.iterdir() if p.is_dir() and self.list(p.name))

    def keep_copy(
        self, draft_id: str, raw: bytes, revision: int | None, *, damaged: bool | None = None
    ) -> Backup:
        """Keep ``raw`` (the draft file's bytes) as the newest backup and prune old ones.

        ``revision`` ``None`` means a damaged file, unless ``damaged=False`` says
        it is a sound file without revisions. The caller holds the draft's
        lock, so backups of one draft never race.
        """
        from datetime import datetime, timezone

        folder = ensure_private_dir(self.folder_for(draft_id))
        ensure_private_dir(self.folder)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")
        if damaged is None:
            damaged = revision is None
        tail = f"r{revision}" if revision is not None else ("damaged" if damaged else "copy")
        path = folder / f"{stamp}-{tail}.json"
        counter = 0
        while path.exists():  # same microsecond (a coarse clock): number them
            counter += 1
            path = folder / f"{stamp}-{counter}-{tail}.json"
        write_bytes(path, raw, mode=FILE_MODE)
        self.prune(draft_id)
        return _parse(path, draft_id)  # type: ignore[return-value]

    def prune(self, draft_id: str) -> None:
        """Drop all but the newest ``keep`` backups, and temporary files a killed
        writer left (the caller holds the draft's lock: nobody else writes here)."""
        stale = [p for p in self.folder_for(draft_id).glob(".*.tmp")]
        for old in [b.path for b in self.list(draft_id)[self.keep() :]] + stale:
            with contextlib.suppress(OSError):
                os.unlink(old)
