"""Reading libraries of blocks and templates (the shipped samples are never written)."""

from __future__ import annotations

import contextlib
import gc
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..core.model import BlockTable, Library, Template
from ..i18n import t
from .errors import StoreError
from .safe import parse, read_bytes

LIBRARY_KIND = "jdtui-library"
#: Libraries bigger than this (bytes) are kept out of the cyclic garbage collector.
FREEZE_ABOVE = 1_000_000


def library_from_data(data: dict, path: Path | None = None) -> Library:
    """A library from the TinyDB tables ``blocks`` and ``templates``."""
    try:
        # Blocks are made when first used (a team library may hold 100,000); a
        # document Block.from_dict would refuse is refused now, with the file's name.
        blocks = BlockTable.of_documents(_checked_blocks(data.get("blocks") or {}))
        templates = [Template.from_dict(doc) for doc in (data.get("templates") or {}).values()]
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        reason = f"{error.__class__.__name__}: {error}"
        raise StoreError(t("store.bad_library", reason=reason), path) from None
    return Library(blocks, templates)


def _checked_blocks(table: dict) -> dict[str, dict]:
    """Block documents by id, refusing now what :meth:`Block.from_dict` would refuse later."""
    documents = {}
    for doc in table.values():
        documents[str(doc["id"])] = doc
        doc["kind"]
        day = doc.get("day")
        if day is not None and day != "" and type(day) is not int:
            int(day)
    return documents


@contextlib.contextmanager
def _gc_paused(freeze: bool = False) -> Iterator[None]:
    """No cyclic garbage collection while a library is parsed.

    Parsing makes millions of objects and no garbage; the collector would
    rescan them again and again (half the load time of a big library). With
    ``freeze``, what exists afterwards is moved out of the collector's sight
    (:func:`gc.freeze`): a big library's 500,000 lists and dicts are never
    rescanned (each full collection would take ~150 ms). Parsed JSON has no
    reference cycles, so it is still freed when the library is dropped.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()


def read_library(path: Path) -> Library:
    """The library in ``path`` (empty when the file does not exist)."""
    raw = read_bytes(path)
    if raw is None:
        return Library()
    with _gc_paused(freeze=len(raw) > FREEZE_ABOVE):
        data = parse(raw, path, LIBRARY_KIND)
        del raw
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
