"""Safe JSON files: locked, atomic, private, versioned.

Every write takes a file lock, writes a temporary file in the same folder,
fsyncs it and replaces the target with ``os.replace``, so a reader sees the old
file or the new one, never half of one. Every read parses the file afresh.
A file that cannot be parsed, that a newer jdtui wrote, or that the user made
read-only, is reported with its path and never written over.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:
    from filelock import FileLock

from ..i18n import t
from .errors import SchemaError, StoreError

#: The schema version this jdtui reads and writes.
SCHEMA = 1
META = "_meta"
FILE_MODE = 0o600
DIR_MODE = 0o700
LOCK_TIMEOUT = 30.0
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def ensure_private_dir(path: Path, mode: int = DIR_MODE, *, fix_existing: bool = True) -> Path:
    """Create ``path`` and its missing parents as folders with ``mode``
    (default: only the owner can enter), whatever the umask.

    Folders that exist already are left alone, except ``path`` itself, which
    is set to ``mode`` when we own it and ``fix_existing`` (a shared folder
    someone set up for a team is never changed).
    """
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    if probe.exists() and not probe.is_dir():
        raise StoreError(t("store.not_folder"), probe)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=mode)
        except FileExistsError:
            pass  # another process made it meanwhile
        except FileNotFoundError:
            continue
        except OSError as error:
            raise StoreError(t("store.write_failed", reason=error.strerror or error), folder) from None
        with contextlib.suppress(OSError):
            folder.chmod(mode)  # mkdir applies the umask; chmod does not
    if not path.is_dir():
        raise StoreError(t("store.not_folder"), path)
    with contextlib.suppress(OSError):
        if fix_existing and path.stat().st_uid == os.geteuid() and stat.S_IMODE(path.stat().st_mode) != mode:
            path.chmod(mode)
    return path


def lock_for(path: Path, *, mode: int = FILE_MODE) -> "FileLock":
    # imported here: filelock costs ~15 ms to import, and reading never locks
    from filelock import FileLock

    return FileLock(str(path) + ".lock", timeout=LOCK_TIMEOUT, mode=mode)


@contextlib.contextmanager
def locked(path: Path, *, mode: int = FILE_MODE) -> Iterator[None]:
    """Hold the lock of ``path`` for the duration of a transaction.

    Temporary files a killed writer left behind are removed while the lock is
    held (nobody else can be writing them then).
    """
    lock = lock_for(path, mode=mode)
    try:
        lock.acquire()
    except TimeoutError:  # filelock.Timeout is a TimeoutError
        raise StoreError(t("store.lock_timeout"), path) from None
    except OSError as error:
        raise StoreError(t("store.lock_failed", reason=error.strerror or error), path) from None
    try:
        remove_stale_temps(path)
        yield
    finally:
        lock.release()


def temp_prefix(path: Path) -> str:
    return f".{path.name}."


def remove_stale_temps(path: Path) -> None:
    """Delete temporary files of ``path`` left by a writer that died; caller holds the lock."""
    prefix = temp_prefix(path)
    # os.scandir, not Path.glob: this runs on every save, in folders of 1,000 drafts.
    with contextlib.suppress(OSError), os.scandir(path.parent) as entries:
        for entry in entries:
            if entry.name.startswith(prefix) and entry.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def check_schema(data: Any, path: Path, kind: str | None) -> None:
    """Refuse files that are not jdtui data, or that a newer jdtui wrote."""
    if not isinstance(data, dict):
        raise StoreError(t("store.not_object"), path)
    meta_table = data.get(META)
    if meta_table is None:
        return  # files from before versioning: schema 1
    meta = next(iter(meta_table.values()), {}) if isinstance(meta_table, dict) else {}
    version = meta.get("schema") if isinstance(meta, dict) else None
    if not isinstance(version, int) or isinstance(version, bool):
        raise StoreError(t("store.bad_schema"), path)
    if version > SCHEMA:
        raise SchemaError(t("store.newer_schema", version=version, ours=SCHEMA), path)
    if kind is not None and meta.get("kind") not in (None, kind):
        raise StoreError(t("store.wrong_kind", found=meta.get("kind"), kind=kind), path)


def read_bytes(path: Path) -> bytes | None:
    """The file's bytes, or ``None`` when it does not exist; one-line errors otherwise."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise StoreError(t("store.is_folder"), path) from None
    except PermissionError:
        raise StoreError(t("store.unreadable"), path) from None
    except OSError as error:
        raise StoreError(t("store.read_failed", reason=error.strerror or error), path) from None


def parse(raw: bytes, path: Path, kind: str | None = None) -> dict:
    """Parse the bytes of a jdtui data file, refusing damaged or newer ones."""
    if not raw.strip():
        raise StoreError(t("store.empty"), path)
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise StoreError(t("store.not_utf8"), path) from None
    except json.JSONDecodeError as error:
        raise StoreError(t("store.bad_json", line=error.lineno, column=error.colno), path) from None
    except RecursionError:
        raise StoreError(t("store.not_object"), path) from None
    check_schema(data, path, kind)
    return data


def read_json(path: Path, kind: str | None = None) -> dict | None:
    """The parsed file, or ``None`` when it does not exist."""
    raw = read_bytes(path)
    return None if raw is None else parse(raw, path, kind)


def dump(data: Any) -> bytes:
    """UTF-8 JSON, one document per line (diffable, and fast: Python's indenting
    encoder is many times slower than its compact one, which matters for a
    team library of thousands of blocks). Lone surrogates, which UTF-8 cannot
    hold, become U+FFFD."""
    text = _tables(data) if _is_tables(data) else json.dumps(data, ensure_ascii=False, indent=1)
    return _SURROGATE.sub("\ufffd", text + "\n").encode("utf-8")


def _is_tables(data: Any) -> bool:
    return isinstance(data, dict) and all(isinstance(table, dict) for table in data.values())


_COMPACT = json.JSONEncoder(ensure_ascii=False)


def _tables(data: dict) -> str:
    compact = _COMPACT.encode
    tables = []
    for name, table in data.items():
        rows = ",\n".join(f"  {compact(str(key))}: {compact(doc)}" for key, doc in table.items())
        tables.append(f" {compact(str(name))}: {{\n{rows}\n }}" if rows else f" {compact(str(name))}: {{}}")
    return "{\n" + ",\n".join(tables) + "\n}" if tables else "{}"


def check_writable(path: Path) -> None:
    """Refuse to replace a file its owner made read-only, or a folder."""
    if path.is_dir():
        raise StoreError(t("store.is_folder"), path)
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(t("store.read_only"), path)


def write_bytes(path: Path, payload: bytes, *, mode: int = FILE_MODE) -> None:
    """Replace ``path`` atomically with ``payload``; caller holds the lock."""
    folder = path.parent
    check_writable(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path), suffix=".tmp", dir=folder)
    except OSError as error:
        raise StoreError(t("store.write_failed", reason=error.strerror or error), path) from None
    try:
        os.fchmod(fd, mode)  # mkstemp makes 0600; a team library may want 0660
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise StoreError(t("store.write_failed", reason=error.strerror or error), path) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)


def write_json(path: Path, data: Any, *, mode: int = FILE_MODE) -> None:
    """Replace ``path`` atomically with ``data`` as JSON; caller holds the lock."""
    write_bytes(path, dump(data), mode=mode)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
