"""Backups of the user's files other than drafts: own blocks and settings.

Each write keeps the file's previous bytes first (see :mod:`.backups`), an
error about a damaged file names its latest backup, and a backup can be
restored, the current file (even a damaged one) being kept aside first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .backups import Backup, Backups
from .errors import ConflictError, NotFoundError, SchemaError, StoreError
from .safe import ensure_private_dir, locked, parse, read_bytes, write_bytes


class FileBackups:
    """The backups of one store file, ``name`` (``blocks`` or ``settings``)."""

    def __init__(self, backups: Backups, name: str, path: Path) -> None:
        self.backups = backups
        self.name = name
        self.path = path

    def list(self) -> list[Backup]:
        """Newest first."""
        return self.backups.list(self.name)

    def keep_current(self) -> None:
        """Keep the file's present bytes, if any; the caller holds its lock."""
        raw = read_bytes(self.path)
        if raw is not None:
            self.backups.keep_copy(self.name, raw, None, damaged=False)

    def explain(self, error: StoreError) -> StoreError:
        """``error``, naming the latest backup of the file (or saying there is none)."""
        if isinstance(error, (NotFoundError, ConflictError)) or error.path != self.path:
            return error
        latest = self.backups.latest(self.name)
        return error.with_backup(latest.path if latest else None, self.name)

    def restore(self, backup: Backup, kind: str, validate: Callable[[dict, Path], object]) -> None:
        """Make ``backup`` the file's content again.

        The backup must parse as ``kind`` and pass ``validate``; the current file
        is kept as a backup first (as ``…-damaged`` when it cannot be read), so
        restoring never loses it. A file a newer jdtui wrote is refused.
        """
        raw = read_bytes(backup.path) or b""
        validate(parse(raw, backup.path, kind), backup.path)
        ensure_private_dir(self.path.parent)
        with locked(self.path):
            current = read_bytes(self.path)
            if current is not None:
                damaged = False
                try:
                    parse(current, self.path, kind)
                except SchemaError:
                    raise
                except StoreError:
                    damaged = True
                self.backups.keep_copy(self.name, current, None, damaged=damaged)
            write_bytes(self.path, raw)
