"""A cache of what is slow to make from a big library file: its parsed JSON,
and the Library's search texts. Never the source of truth.

An entry is kept under a name (one file each, in the user's cache folder) with
the *key* it was made for: the library files' path, size, times and inode, the
entry's format and the Python version (``marshal`` is specific to it). A read
whose key differs, or that fails in any way, is a miss and the caller makes the
value again; nothing the user wrote is ever read from here.

``marshal`` and not ``json`` or ``pickle``: it loads the parsed library about
twice as fast as ``json`` parses it, and it can only make plain values (dicts,
lists, strings, numbers), so a damaged or planted cache file cannot run code.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import struct
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .. import __version__
from . import paths
from .errors import StoreError
from .safe import DIR_MODE, FILE_MODE, ensure_private_dir

#: Bumped whenever what an entry holds changes shape.
FORMAT = 1
#: Temporary files being written start with this; older than STALE_AFTER seconds, they are removed.
TEMP_PREFIX = ".tmp-"
STALE_AFTER = 600
#: The first bytes of every entry file.
MAGIC = b"jdtui-cache\n"
#: The interpreter (``marshal`` is specific to it) and the jdtui (its texts, e.g.
#: kind names in search texts, may change) that wrote an entry.
PYTHON = f"{sys.implementation.cache_tag}-{marshal.version}-jdtui-{__version__}"


def file_key(path: Path) -> tuple | None:
    """What changes when a file is written: path, size, mtime, ctime, inode (None if missing)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return (str(path.resolve()), info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


class Cache:
    """Entries in ``folder`` (``$XDG_CACHE_HOME/jdtui``), made when first written."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or paths.cache_dir()
        #: saves held back until flush() (see hold())
        self._queue: list[tuple[str, Any, Any, Iterable[Any] | None]] | None = None

    def _file(self, name: str) -> Path:
        """The entry's file: its name in plain letters (cut short) and a checksum of the
        whole name. Not hashlib: loading OpenSSL costs ``jdtui check`` ≈ 6 ms, and a
        clash of checksums is only a miss (the header names the entry it holds)."""
        import zlib

        plain = "".join(c if c.isascii() and c.isalnum() else "-" for c in name)[-60:].strip("-")
        return self.folder / f"{plain}-{zlib.crc32(name.encode('utf-8')):08x}.marshal"

    def load(self, name: str, key: Any, progress: Callable[[int, int], None] | None = None) -> Any | None:
        """The value kept under ``name`` for ``key``; None when there is none
        (or it was made for another key, or cannot be read).

        A value saved in parts (:meth:`save` with ``parts``) comes back as the
        list of its parts, and ``progress(done, total)`` is told after each."""
        try:
            with open(self._file(name), "rb") as handle:
                if handle.read(len(MAGIC)) != MAGIC:
                    return None
                # the header first: an entry made for another key is not read further
                (size,) = _LENGTH.unpack(handle.read(_LENGTH.size))
                header = marshal.loads(handle.read(min(size, 1 << 20)))
                if not isinstance(header, tuple) or header[:4] != (FORMAT, PYTHON, name, key):
                    return None
                # then the rest at once: marshal.load() from a file reads it in tiny pieces
                view = memoryview(handle.read())
            values, at = [], 0
            (count,) = _LENGTH.unpack_from(view, at)
            at += _LENGTH.size
            for done in range(1, count + 1):
                (length,) = _LENGTH.unpack_from(view, at)
                at += _LENGTH.size
                values.append(marshal.loads(view[at : at + length]))
                at += length
                if progress is not None:
                    progress(done, count)
            whole = header[4]
            return values[0] if whole else values
        except (OSError, EOFError, ValueError, TypeError, IndexError, struct.error):
            return None

    def save(self, name: str, key: Any, value: Any = None, *, parts: Iterable[Any] | None = None) -> bool:
        """Keep ``value`` (or each of ``parts``) under ``name`` for ``key``.

        Written to a temporary file and renamed over the old entry, so a reader
        sees the old entry or the new one, never half of one. False when it
        could not be written (the cache is only an accelerator: no error).
        After :meth:`hold`, it is written by :meth:`flush` instead."""
        if self._queue is not None:
            self._queue.append((name, key, value, parts))
            return True
        whole = parts is None
        records = [value] if whole else list(parts)  # type: ignore[arg-type]

        def write(handle: Any) -> None:
            handle.write(_LENGTH.pack(len(records)))
            for record in records:  # one part in memory at a time
                data = marshal.dumps(record)
                handle.write(_LENGTH.pack(len(data)))
                handle.write(data)
                del data

        return self._write(name, (FORMAT, PYTHON, name, key, whole), write)

    def save_records(self, name: str, key: Any, records: Iterable[Any]) -> bool:
        """Keep ``records`` under ``name`` for ``key`` so that each can later be read
        alone (:meth:`open_records`): after them, a table of where each starts, and
        the table's own place in the file's last 8 bytes. Written as :meth:`save` writes."""

        def write(handle: Any) -> None:
            places, at = [], handle.tell()
            for record in records:  # one record in memory at a time
                data = marshal.dumps(record)
                handle.write(data)
                places.append((at, len(data)))
                at += len(data)
                del data
            handle.write(marshal.dumps(places))
            handle.write(_LENGTH.pack(at))

        return self._write(name, (FORMAT, PYTHON, name, key, RECORDS), write)

    def _write(self, name: str, header: tuple, write: Callable[[Any], None]) -> bool:
        """The entry ``name``: its header, then what ``write`` writes to the open file;
        to a temporary file renamed over the old entry. False when it failed."""
        tmp = None
        try:
            head = marshal.dumps(header)
            import tempfile

            ensure_private_dir(self.folder, DIR_MODE)
            self._remove_stale()
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=TEMP_PREFIX)
            with os.fdopen(fd, "wb") as handle:
                os.fchmod(handle.fileno(), FILE_MODE)
                handle.write(MAGIC + _LENGTH.pack(len(head)) + head)
                write(handle)
            os.replace(tmp, self._file(name))
            return True
        except (OSError, ValueError, StoreError):  # StoreError: the folder could not be made
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            return False

    def open_records(self, name: str, key: Any) -> Records | None:
        """The records kept by :meth:`save_records` under ``name`` for ``key``, read
        one at a time as asked for; None when there are none (or for another key)."""
        try:
            handle = open(self._file(name), "rb")  # noqa: SIM115 - kept open by Records
        except OSError:
            return None
        try:
            if handle.read(len(MAGIC)) != MAGIC:
                raise ValueError
            (size,) = _LENGTH.unpack(handle.read(_LENGTH.size))
            header = marshal.loads(handle.read(min(size, 1 << 20)))
            if not isinstance(header, tuple) or header != (FORMAT, PYTHON, name, key, RECORDS):
                raise ValueError
            end = handle.seek(-_LENGTH.size, os.SEEK_END)
            (at,) = _LENGTH.unpack(handle.read(_LENGTH.size))
            handle.seek(at)
            places = marshal.loads(handle.read(end - at))
            if not isinstance(places, list):
                raise ValueError
            return Records(handle, places)
        except (OSError, EOFError, ValueError, TypeError, struct.error):
            handle.close()
            return None

    def remove(self, name: str) -> None:
        """Forget the entry kept under ``name``, if there is one."""
        with contextlib.suppress(OSError):
            self._file(name).unlink()

    def _remove_stale(self) -> None:
        """Remove what writes cut short left (the app quit mid-write), once old enough
        not to be another instance's write in progress."""
        import time

        now = time.time()
        for leftover in self.folder.glob(TEMP_PREFIX + "*"):
            try:
                if now - leftover.stat().st_mtime > STALE_AFTER:
                    leftover.unlink()
            except OSError:
                pass

    def hold(self) -> None:
        """From now on, keep what is saved in memory until :meth:`flush`: the app
        shows a big library first and writes its cache (60 MB) after."""
        if self._queue is None:
            self._queue = []

    def flush(self) -> None:
        """Write what was saved since :meth:`hold`, and write at once again."""
        queue, self._queue = self._queue or [], None
        for name, key, value, parts in queue:
            self.save(name, key, value, parts=parts)


#: Each record (the header, each part) is preceded by its length.
_LENGTH = struct.Struct("<Q")
#: what the header of an entry written by :meth:`Cache.save_records` says it holds
RECORDS = "records"


class Records:
    """The records of one cache entry, each read from the file when asked for
    (the file stays open: an entry replaced meanwhile is still read as it was)."""

    def __init__(self, handle: Any, places: list[tuple[int, int]]) -> None:
        self._handle = handle
        self._places = places

    def __len__(self) -> int:
        return len(self._places)

    def __getitem__(self, number: int) -> Any:
        """Record ``number``; ValueError when the entry cannot be read (a damaged cache)."""
        at, length = self._places[number]
        try:
            data = os.pread(self._handle.fileno(), length, at)
            if len(data) != length:
                raise ValueError("the cache entry was cut short")
            return marshal.loads(data)
        except (OSError, EOFError, TypeError) as error:
            raise ValueError(str(error)) from None

    def close(self) -> None:
        self._handle.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self._handle.close()
