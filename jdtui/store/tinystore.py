"""TinyDB over safe files: one short-lived database per transaction."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from .safe import DIR_MODE, FILE_MODE, META, SCHEMA, ensure_private_dir, locked, read_json, write_json


class SafeStorage(Storage):
    """TinyDB storage that re-reads the file on every read and writes atomically.

    It stamps every write with the schema version and the kind of data.
    """

    def __init__(
        self, path: str | Path, kind: str, mode: int = FILE_MODE, current: dict | None = None
    ) -> None:
        self.path = Path(path)
        self.kind = kind
        self.mode = mode
        # The file as the transaction read it under its lock: nobody else can
        # change it until the lock is released, so there is no need to parse it again.
        self._current = current

    def read(self) -> dict[str, dict[str, Any]] | None:
        if self._current is None:
            self._current = read_json(self.path, self.kind)
        return self._current

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        data = dict(data)
        data[META] = {"1": {"schema": SCHEMA, "kind": self.kind}}
        write_json(self.path, data, mode=self.mode)
        self._current = data

    def close(self) -> None:
        pass


@contextlib.contextmanager
def transaction(
    path: Path, kind: str, *, mode: int = FILE_MODE, dir_mode: int = DIR_MODE, shared: bool = False
) -> Iterator[TinyDB]:
    """Lock ``path``, open it as TinyDB, and release both afterwards.

    Nothing is cached between transactions: each one sees the file as it is.
    Files are written with ``mode`` and a missing folder is made with
    ``dir_mode`` (private by default; a team library may share them with a group).
    A ``shared`` folder that exists already keeps the mode its owner gave it.
    """
    ensure_private_dir(path.parent, dir_mode, fix_existing=not shared)
    with locked(path, mode=mode):
        current = read_json(
            path, kind, shared=shared
        )  # refuse a damaged or newer file before TinyDB touches it
        db = TinyDB(path, storage=SafeStorage, kind=kind, mode=mode, current=current)
        try:
            yield db
        finally:
            db.close()
