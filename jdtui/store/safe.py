"""Safe JSON files: locked, atomic, private, versioned.

Every write takes a file lock, writes a temporary file in the same folder,
fsyncs it and replaces the target with ``os.replace``, so a reader sees the old
file or the new one, never half of one. The temporary file has a fixed name per
target (``.NAME.tmp``; the lock makes it ours), so a save costs the same in a
folder of 1,000 drafts as in an empty one, and a killed writer's leftover is
simply written over. Every read parses the file afresh.
A file that cannot be parsed, that a newer jdtui wrote, or that the user made
read-only, is reported with its path and never written over.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from filelock import FileLock

from ..core.text import LazyPattern
from ..i18n import t
from .errors import NotWritten, SchemaError, StoreError

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

    Folders that exist already are left alone, except ``path`` itself, whose
    permissions beyond ``mode`` are taken away when we own it and
    ``fix_existing`` (a shared folder someone set up for a team is never
    changed). A permission is never added: a folder its owner made read-only
    stays so, and writing into it is refused with a StoreError that says so.
    """
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    if probe.exists() and not probe.is_dir():
        raise StoreError(t("store.not_folder"), probe)
    if missing:
        _refuse_read_only(probe)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=mode)
        except FileExistsError:
            pass  # another process made it meanwhile
        except FileNotFoundError:
            continue
        except OSError as error:
            raise NotWritten(t("store.write_failed", reason=error.strerror or error), folder) from None
        with contextlib.suppress(OSError):
            folder.chmod(mode)  # mkdir applies the umask; chmod does not
    if not path.is_dir():
        raise StoreError(t("store.not_folder"), path)
    if not missing:
        _refuse_read_only(path)
        with contextlib.suppress(OSError):
            info = path.stat()
            current = stat.S_IMODE(info.st_mode)
            if fix_existing and info.st_uid == os.geteuid() and current & ~mode & 0o7777:
                path.chmod(current & mode)  # only ever taken away
    return path


def _refuse_read_only(folder: Path) -> None:
    """Refuse to write into a folder its owner (we) made read-only, even as root."""
    try:
        info = folder.stat()
    except OSError:
        return
    if info.st_uid == os.geteuid() and not info.st_mode & stat.S_IWUSR:
        raise NotWritten(t("reliability.folder_read_only", mode=f"{stat.S_IMODE(info.st_mode):04o}"), folder)


def lock_for(path: Path, *, mode: int = FILE_MODE) -> FileLock:
    # imported here: filelock costs ~15 ms to import, and reading never locks
    from filelock import FileLock

    return FileLock(str(path) + ".lock", timeout=LOCK_TIMEOUT, mode=mode)


@contextlib.contextmanager
def locked(path: Path, *, mode: int = FILE_MODE) -> Iterator[None]:
    """Hold the lock of ``path`` for the duration of a transaction.

    The first lock in a folder (per process) sweeps it for temporary files
    killed writers left behind (see :func:`remove_stale_temps`).
    """
    lock = lock_for(path, mode=mode)
    try:
        lock.acquire()
    except TimeoutError:  # filelock.Timeout is a TimeoutError
        raise NotWritten(t("store.lock_timeout"), path) from None
    except OSError as error:
        raise NotWritten(t("store.lock_failed", reason=error.strerror or error), path) from None
    try:
        if path.parent not in _swept:
            _swept.add(path.parent)
            remove_stale_temps(path.parent, holding=path)
        yield
    finally:
        lock.release()


#: Folders swept for stale temporary files by this process (once is enough:
#: later leftovers are written over, or found when written over).
_swept: set[Path] = set()
#: A temporary file: ``.NAME.tmp``, or ``.NAME.XXXXXXXX.tmp`` from jdtui before 0.2.
_TEMP = LazyPattern(r"^\.(?P<name>.+?)(?P<random>\.[a-z0-9_]{8})?\.tmp$")


def temp_path(path: Path) -> Path:
    """Where ``path`` is written before it replaces the target (fixed: the lock makes it ours)."""
    return path.with_name(f".{path.name}.tmp")


def remove_stale_temps(folder: Path, *, holding: Path | None = None) -> None:
    """Delete temporary files in ``folder`` that killed writers left behind.

    A temporary file belongs to the file it would replace; it is removed only
    when nobody holds that file's lock (a live writer always does). ``holding``:
    the file whose lock the caller holds already. Readers never look at these
    files, so a leftover is untidy, never harmful.
    """
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        stale = [
            entry.path for entry in entries if entry.name.startswith(".") and entry.name.endswith(".tmp")
        ]
    for temp in stale:
        match = _TEMP.match(os.path.basename(temp))
        if match is None:
            continue
        # ".a.json.x1y2z3w4.tmp" is the old temp of a.json or the new temp of
        # a.json.x1y2z3w4: free only if neither file is being written
        targets = {folder / match["name"]}
        if match["random"]:
            targets.add(folder / (match["name"] + match["random"]))
        if all(target == holding or _unlocked(target) for target in targets):
            with contextlib.suppress(OSError):
                os.unlink(temp)


def _unlocked(target: Path) -> bool:
    """Whether nobody writes ``target`` now (its lock is free, or was never made)."""
    if not os.path.exists(str(target) + ".lock"):
        return True  # writers lock before they write: no lock file, no writer
    lock = lock_for(target)
    try:
        lock.acquire(timeout=0)
    except (TimeoutError, OSError):
        return False
    lock.release()
    return True


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def check_schema(data: Any, path: Path, kind: str | None) -> None:
    """Refuse files that are not jdtui data, or that a newer jdtui wrote."""
    if not isinstance(data, dict):
        raise StoreError(t("store.not_object"), path)
    meta_table = data.get(META)
    if meta_table is None:
        return  # files from before versioning: schema 1
    found: object = next(iter(meta_table.values()), {}) if isinstance(meta_table, dict) else {}
    meta: dict = found if isinstance(found, dict) else {}
    version = meta.get("schema")
    if not isinstance(version, int) or isinstance(version, bool):
        raise StoreError(t("store.bad_schema"), path)
    if version > SCHEMA:
        raise SchemaError(t("store.newer_schema", version=version, ours=SCHEMA), path)
    if kind is not None and meta.get("kind") not in (None, kind):
        raise StoreError(t("store.wrong_kind", found=meta.get("kind"), kind=kind), path)


#: No data file jdtui reads is bigger than this (a team library of 10⁶ blocks is ~300 MB).
MAX_FILE_BYTES = 1 << 30
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


class FileTooLarge(StoreError):
    """A file over the size bound of its reader."""

    def __init__(self, message: str, path: Path | str | None, size: int) -> None:
        super().__init__(message, path)
        self.size = size


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    if stat.S_ISFIFO(mode):
        return t("reliability.kind.fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return t("reliability.kind.device")
    if stat.S_ISSOCK(mode):
        return t("reliability.kind.socket")
    return t("reliability.kind.other")


def _refuse_special(info: os.stat_result, path: Path, shared: bool) -> None:
    """Refuse anything but a regular file (a link too, in a shared place)."""
    mode = info.st_mode
    if stat.S_ISREG(mode):
        if shared and info.st_nlink > 1:
            raise StoreError(t("reliability.hard_link", count=info.st_nlink), path)
        return
    if stat.S_ISLNK(mode):
        raise StoreError(t("reliability.symlink"), path)
    if stat.S_ISDIR(mode):
        raise StoreError(t("store.is_folder"), path)
    raise StoreError(t("reliability.not_regular", kind=file_kind(mode)), path)


def read_regular(path: Path, limit: int = MAX_FILE_BYTES, *, shared: bool = False) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    A FIFO, device or socket is refused before it is opened (and again from the
    open descriptor, opened non-blocking, so one swapped in meanwhile neither
    blocks nor is read); the read stops after ``limit`` bytes whatever size the
    file reports. ``shared`` (a file others can write, e.g. the team library):
    a symbolic link or a file with several hard links is refused too.
    FileNotFoundError when there is no file; StoreError otherwise.
    """
    try:
        _refuse_special(os.lstat(path) if shared else os.stat(path), path, shared)
        flags = os.O_RDONLY | _NONBLOCK | getattr(os, "O_CLOEXEC", 0) | (_NOFOLLOW if shared else 0)
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except PermissionError:
        raise StoreError(t("store.unreadable"), path) from None
    except OSError as error:
        if shared and error.errno == errno.ELOOP:
            raise StoreError(t("reliability.symlink"), path) from None
        raise StoreError(t("store.read_failed", reason=error.strerror or error), path) from None
    try:
        info = os.fstat(fd)
        _refuse_special(info, path, shared)
        too_large = FileTooLarge(t("reliability.too_large", limit=limit // (1024 * 1024)), path, info.st_size)
        if info.st_size > limit:
            raise too_large
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, max(info.st_size + 1, 1 << 16)))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        if left <= 0:
            too_large.size = limit + 1
            raise too_large
        return b"".join(chunks)
    except IsADirectoryError:
        raise StoreError(t("store.is_folder"), path) from None
    except OSError as error:
        raise StoreError(t("store.read_failed", reason=error.strerror or error), path) from None
    finally:
        os.close(fd)


def read_bytes(path: Path, *, shared: bool = False, limit: int = MAX_FILE_BYTES) -> bytes | None:
    """The file's bytes, or ``None`` when it does not exist; one-line errors otherwise
    (see :func:`read_regular`)."""
    try:
        return read_regular(path, limit, shared=shared)
    except FileNotFoundError:
        return None


def parse(raw: bytes, path: Path, kind: str | None = None) -> dict:
    """Parse the bytes of a jdtui data file, refusing damaged or newer ones."""
    return parse_text(decode(raw, path), path, kind)


def decode(raw: bytes, path: Path) -> str:
    """The text of a jdtui data file's bytes (StoreError when empty or not UTF-8): a
    caller that drops the bytes before :func:`parse_text` never holds both with the
    parsed data (a 400 MB team library)."""
    if not raw.strip():
        raise StoreError(t("store.empty"), path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise StoreError(t("store.not_utf8"), path) from None


def parse_text(text: str, path: Path, kind: str | None = None) -> dict:
    """Parse the text of a jdtui data file (:func:`decode`), refusing damaged or newer ones."""
    import json  # here: a check of a shipped role reads its library from the cache

    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise StoreError(t("store.bad_json", line=error.lineno, column=error.colno), path) from None
    except RecursionError:
        raise StoreError(t("reliability.too_deep"), path) from None
    except ValueError:  # an integer of thousands of digits (int's conversion limit)
        raise StoreError(t("reliability.long_number"), path) from None
    check_schema(data, path, kind)
    return data


def read_json(path: Path, kind: str | None = None, *, shared: bool = False) -> dict | None:
    """The parsed file, or ``None`` when it does not exist."""
    raw = read_bytes(path, shared=shared)
    return None if raw is None else parse(raw, path, kind)


def dump(data: Any) -> bytes:
    """UTF-8 JSON, one document per line (diffable, and fast: Python's indenting
    encoder is many times slower than its compact one, which matters for a
    team library of thousands of blocks). Lone surrogates, which UTF-8 cannot
    hold, become U+FFFD."""
    if _is_tables(data):
        return _SURROGATE.sub("\ufffd", _tables(data) + "\n").encode("utf-8")
    import json

    # encoded a megabyte at a time: the indenting encoder yields millions of small
    # pieces, which json.dumps would hold all at once (a draft imported from a 19 MB
    # document is 100 MB of JSON: 1 GB of pieces)
    out, batch, size = bytearray(), [], 0
    for piece in json.JSONEncoder(ensure_ascii=False, indent=1).iterencode(data):
        batch.append(piece)
        size += len(piece)
        if size > _BATCH:
            out += _SURROGATE.sub("\ufffd", "".join(batch)).encode("utf-8")
            batch, size = [], 0
    batch.append("\n")
    out += _SURROGATE.sub("\ufffd", "".join(batch)).encode("utf-8")
    return bytes(out)


#: characters of JSON encoded at a time by :func:`dump`
_BATCH = 1 << 20


def _is_tables(data: Any) -> bool:
    return isinstance(data, dict) and all(isinstance(table, dict) for table in data.values())


@cache
def _compact() -> Callable[[Any], str]:
    import json

    return json.JSONEncoder(ensure_ascii=False).encode


def _tables(data: dict) -> str:
    compact = _compact()
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
    tmp = temp_path(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), mode)
    except OSError as error:
        raise NotWritten(t("store.write_failed", reason=error.strerror or error), path) from None
    try:
        os.fchmod(fd, mode)  # a leftover may have other bits; and the umask applied to os.open
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise NotWritten(t("store.write_failed", reason=error.strerror or error), path) from None
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
