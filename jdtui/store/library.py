"""Reading libraries of blocks and templates (the shipped samples are never written)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from ..core.model import Block, Library, Template
from .errors import StoreError
from .safe import read_json

LIBRARY_KIND = "jdtui-library"


def library_from_data(data: dict, path: Path | None = None) -> Library:
    """A library from the TinyDB tables ``blocks`` and ``templates``."""
    try:
        blocks = [Block.from_dict(doc) for doc in (data.get("blocks") or {}).values()]
        templates = [Template.from_dict(doc) for doc in (data.get("templates") or {}).values()]
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise StoreError(f"is not a valid jdtui library ({error.__class__.__name__}: {error})", path) from None
    return Library(blocks, templates)


def load_library(paths: Iterable[Path]) -> Library:
    """All blocks and templates of the given library files, later files winning."""
    library = Library()
    for path in paths:
        data = read_json(path, LIBRARY_KIND)
        if data is None:
            continue
        library = library.merged(library_from_data(data, path))
    return library
