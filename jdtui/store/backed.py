"""A store file with backups that are made when first needed.

The app reads its settings and the user's own blocks before its first paint;
their backups (:mod:`.storefiles`) are needed only to write or to explain a
damaged file, so they may be given as a function that makes them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .errors import StoreError

if TYPE_CHECKING:
    from .storefiles import FileBackups

    BackupsArg = FileBackups | Callable[[], FileBackups] | None


class BackedUpFile:
    """Mixin: ``backups`` given as backups, a function making them, or None."""

    _backups: BackupsArg

    @property
    def backups(self) -> FileBackups | None:
        if callable(self._backups):
            self._backups = self._backups()
        return self._backups

    @backups.setter
    def backups(self, value: BackupsArg) -> None:
        self._backups = value

    def _explain(self, error: StoreError) -> StoreError:
        """The error, naming the file's latest backup when there is one."""
        backups = self.backups
        return backups.explain(error) if backups is not None else error
