"""Safe JSON files: locked, atomic, private, versioned.

Every write takes a file lock, writes a temporary file in the same folder,
fsyncs it and replaces the target with ``os.replace``, so a reader sees the old
file or the new one, never half of one. Every read parses the file afresh.
A file that cannot be parsed, or that a newer jdtui wrote, is reported with its
path and never written over.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any, Iterator

from filelock import FileLock, Timeout

from .errors import SchemaError, StoreError

#: The schema version this jdtui reads and writes.
SCHEMA = 1
META = "_meta"
FILE_MODE = 0o600
DIR_MODE = 0o700
LOCK_TIMEOUT = 30.0


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) as a folder only its owner can enter."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    with contextlib.suppress(PermissionError):
        if stat.S_IMODE(path.stat().st_mode) != DIR_MODE:
            path.chmod(DIR_MODE)
    return path


def lock_for(path: Path, *, mode: int = FILE_MODE) -> FileLock:
    return FileLock(str(path) + ".lock", timeout=LOCK_TIMEOUT, mode=mode)


@contextlib.contextmanager
def locked(path: Path, *, mode: int = FILE_MODE) -> Iterator[None]:
    """Hold the lock of ``path`` for the duration of a transaction."""
    try:
        with lock_for(path, mode=mode):
            yield
    except Timeout:
        raise StoreError("another jdtui has held this file's lock for too long; try again", path) from None


def meta_of(data: dict, kind: str) -> dict:
    return {"1": {"schema": SCHEMA, "kind": kind}}


def check_schema(data: Any, path: Path, kind: str | None) -> None:
    """Refuse files that are not jdtui data, or that a newer jdtui wrote."""
    if not isinstance(data, dict):
        raise StoreError("not a jdtui data file (expected a JSON object)", path)
    meta_table = data.get(META)
    if meta_table is None:
        return  # files from before versioning: schema 1
    meta = next(iter(meta_table.values()), {}) if isinstance(meta_table, dict) else {}
    version = meta.get("schema") if isinstance(meta, dict) else None
    if not isinstance(version, int):
        raise StoreError("its schema version is unreadable", path)
    if version > SCHEMA:
        raise SchemaError(
            f"written by a newer jdtui (schema {version}; this version reads {SCHEMA}). "
            "Upgrade jdtui to open it; the file was left as it is",
            path,
        )
    if kind is not None and isinstance(meta, dict) and meta.get("kind") not in (None, kind):
        raise StoreError(f"holds {meta.get('kind')!r} data, not {kind!r}", path)


def read_json(path: Path, kind: str | None = None) -> dict | None:
    """The parsed file, or ``None`` when it does not exist."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise StoreError("is a folder where a file should be", path) from None
    except PermissionError:
        raise StoreError("cannot be read: permission denied", path) from None
    except OSError as error:
        raise StoreError(f"cannot be read: {error.strerror or error}", path) from None
    if not raw.strip():
        raise StoreError("is empty (perhaps cut short by a crash)", path)
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise StoreError("is not UTF-8 text (damaged?)", path) from None
    except json.JSONDecodeError as error:
        raise StoreError(f"is damaged: invalid JSON at line {error.lineno}, column {error.colno}", path) from None
    check_schema(data, path, kind)
    return data


def dump(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_json(path: Path, data: Any, *, mode: int = FILE_MODE) -> None:
    """Replace ``path`` atomically with ``data``; caller holds the lock."""
    payload = dump(data)
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if path.is_dir():
            raise StoreError("is a folder where a file should be", path)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
