"""Reading libraries of blocks and templates (the shipped samples are never written)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from ..core.model import Block, Library, Template
from ..i18n import t
from .errors import StoreError
from .safe import read_json

LIBRARY_KIND = "jdtui-library"


def library_from_data(data: dict, path: Path | None = None) -> Library:
    """A library from the TinyDB tables ``blocks`` and ``templates``."""
    try:
        blocks = [Block.from_dict(doc) for doc in (data.get("blocks") or {}).values()]
        templates = [Template.from_dict(doc) for doc in (data.get("templates") or {}).values()]
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        reason = f"{error.__class__.__name__}: {error}"
        raise StoreError(t("store.bad_library", reason=reason), path) from None
    return Library(blocks, templates)


def read_library(path: Path) -> Library:
    """The library in ``path`` (empty when the file does not exist)."""
    data = read_json(path, LIBRARY_KIND)
    return library_from_data(data, path) if data else Library()


def load_library(paths: Iterable[Path], on_error: Callable[[StoreError], None] | None = None) -> Library:
    """All blocks and templates of the given library files, later files winning.

    With ``on_error``, a file that cannot be read is reported to it and skipped,
    so one damaged file does not hide the others; without, the error is raised.
    """
    library = Library()
    for path in paths:
        try:
            library = library.merged(read_library(path))
        except StoreError as error:
            if on_error is None:
                raise
            on_error(error)
    return library
