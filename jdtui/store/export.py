"""Writing exported documents where the user asked."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class ExportExists(FileExistsError):
    """The target file exists and overwriting was not allowed."""


def write_export(path: Path, text: str | bytes, *, overwrite: bool = False) -> Path:
    """Write ``text`` (UTF-8, as it is) or the bytes of a Word, HTML or PDF file
    to ``path`` atomically; never replace a file unless ``overwrite``."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # a deliverable: made like any file the user creates
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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
