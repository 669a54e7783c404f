"""Writing exported documents where the user asked."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path


class ExportExists(FileExistsError):
    """The target file exists and overwriting was not allowed."""


class ExportRefused(OSError):
    """The target is not a place for a document: a folder, a link, a device, a FIFO.

    ``why`` is the catalogue key of the reason (see :func:`why_not_written`).
    """

    def __init__(self, why: str, path: Path) -> None:
        super().__init__(why)
        self.why = why
        self.filename = str(path)


def refuse_target(path: Path) -> None:
    """Refuse a target that is not a regular file or a free name: a link (even
    one pointing nowhere) is not followed or replaced, a folder or a device
    never replaced (``--overwrite`` as root would make /dev/full a file)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError:
        return  # the write says why (no such folder, a file where a folder should be…)
    if stat.S_ISLNK(info.st_mode):
        raise ExportRefused("export.why.link", path)
    if stat.S_ISDIR(info.st_mode):
        raise ExportRefused("export.why.is_folder", path)
    if not stat.S_ISREG(info.st_mode):
        raise ExportRefused("export.why.special", path)


def write_export(path: Path, text: str | bytes, *, overwrite: bool = False) -> Path:
    """Write ``text`` (UTF-8, as it is) or the bytes of a Word, HTML or PDF file
    to ``path`` atomically; never replace a file unless ``overwrite``, and never
    anything but a regular file (:class:`ExportRefused`). A failed write leaves
    what was there as it was and raises the OSError (:func:`why_not_written`)."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    path = Path(path)
    refuse_target(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # a deliverable: made like any file the user creates
        refuse_target(path)  # again: it may have appeared meanwhile
        if overwrite:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # fails if the target exists: no race with another writer
            except FileExistsError:
                raise ExportExists(str(path)) from None
            os.unlink(tmp)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    return path


#: the words for what stopped a write, by errno
_WHY = {
    errno.EACCES: "export.why.permission",
    errno.EPERM: "export.why.permission",
    errno.ENOSPC: "export.why.full",
    errno.EDQUOT: "export.why.full",
    errno.EROFS: "export.why.read_only",
    errno.ENOENT: "export.why.no_folder",
    errno.ENOTDIR: "export.why.no_folder",
    errno.ENAMETOOLONG: "export.why.too_long",
    errno.EISDIR: "export.why.is_folder",
}


def why_not_written(error: OSError) -> str:
    """Why a file could not be written, in words (one line, no control characters)."""
    from ..core.text import strip_controls
    from ..i18n import t

    if isinstance(error, ExportRefused):
        return t(error.why)
    key = _WHY.get(error.errno or 0)
    return t(key) if key else " ".join(strip_controls(error.strerror or str(error)).split())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
