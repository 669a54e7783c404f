"""Reading libraries of blocks and templates (the shipped samples are never written)."""

from __future__ import annotations

import contextlib
import gc
import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.model import BlockTable, Library, Template
from ..i18n import t
from .errors import StoreError
from .safe import check_schema, parse, read_bytes

if TYPE_CHECKING:
    from .cache import Cache

LIBRARY_KIND = "jdtui-library"
#: Libraries bigger than this (bytes) are kept out of the cyclic garbage collector.
FREEZE_ABOVE = 1_000_000
#: Libraries bigger than this (bytes) are parsed in parts when progress is asked for.
PARTS_ABOVE = 2_000_000
PARTS = 20
#: Libraries bigger than this (bytes) are kept parsed in the cache (:mod:`.cache`).
CACHE_ABOVE = 2_000_000

#: Progress of a load: bytes read so far, bytes in all.
Progress = Callable[[int, int], None]


def library_from_data(data: dict, path: Path | None = None) -> Library:
    """A library from the TinyDB tables ``blocks`` and ``templates``."""
    return _library(*_checked(data, path), path)


def _checked(data: dict, path: Path | None) -> tuple[dict[str, dict], list[dict]]:
    """The block documents by id and the template documents, refusing now (with the
    file's name) a document :meth:`Block.from_dict` would refuse when first used."""
    try:
        return _checked_blocks(data.get("blocks") or {}), list((data.get("templates") or {}).values())
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _bad(error, path) from None


def _library(blocks: dict[str, dict], templates: list[dict], path: Path | None) -> Library:
    # Blocks are made when first used (a team library may hold 100,000).
    try:
        return Library(BlockTable.of_documents(blocks), [Template.from_dict(doc) for doc in templates])
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _bad(error, path) from None


def _bad(error: Exception, path: Path | None) -> StoreError:
    return StoreError(t("store.bad_library", reason=f"{error.__class__.__name__}: {error}"), path)


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


def read_library(path: Path, progress: Progress | None = None, cache: Cache | None = None) -> Library:
    """The library in ``path`` (empty when the file does not exist).

    With ``progress``, a big file's blocks are parsed in parts and
    ``progress(bytes_done, bytes_total)`` is called after each part. With
    ``cache``, a big file is read from the cache when it has not changed since
    it was parsed, and kept there when it was parsed.
    """
    key = None
    if cache is not None:
        from .cache import file_key

        key = file_key(path)
        if key is not None and key[1] > CACHE_ABOVE:
            with _gc_paused(freeze=True):
                kept = _cached(cache, key, progress)
                if kept is not None:
                    return _library(*kept, path)
        else:
            key = None
    raw = read_bytes(path)
    if raw is None:
        return Library()
    with _gc_paused(freeze=len(raw) > FREEZE_ABOVE):
        data = None
        if progress is not None and len(raw) > PARTS_ABOVE:
            data = _parse_in_parts(raw, path, progress)
        if data is None:
            data = parse(raw, path, LIBRARY_KIND)
        del raw
        if not data:
            return Library()
        blocks, templates = _checked(data, path)
        library = _library(blocks, templates, path)
        if key is not None:
            _keep(cache, key, blocks, templates)  # type: ignore[arg-type]
        return library


def _cache_name(key: tuple) -> str:
    return f"library:{key[0]}"


def _cached(cache: Cache, key: tuple, progress: Progress | None) -> tuple[dict[str, dict], list[dict]] | None:
    """The file's checked documents from the cache: its templates, then its blocks in parts."""
    size = key[1]
    report = None if progress is None else (lambda done, count: progress(size * done // count, size))
    parts = cache.load(_cache_name(key), key, report)
    if not parts or not isinstance(parts[0], list):
        return None
    blocks: dict = {}
    for part in parts[1:]:
        blocks.update(part)
    return blocks, parts[0]


def _keep(cache: Cache, key: tuple, blocks: dict[str, dict], templates: list[dict]) -> None:
    """Keep the file's checked documents in the cache, its blocks in PARTS parts (for progress)."""
    items = list(blocks.items())
    step = max(len(items) // PARTS, 1)
    cache.save(
        _cache_name(key),
        key,
        parts=[templates] + [dict(items[i : i + step]) for i in range(0, len(items), step)],
    )


_BLOCKS_TABLE = re.compile(r'^ "blocks": \{\n', re.M)


def _parse_in_parts(raw: bytes, path: Path, progress: Progress) -> dict | None:
    """The file parsed with its ``blocks`` table in PARTS parts, reporting each.

    Only for the layout :func:`safe.dump` writes (or the indented one), where a
    block document starts a line with two spaces and a quote. ``None`` for
    anything else, or anything that fails to parse: the caller then parses the
    whole file, which reports what is wrong. Newlines in JSON are never inside a
    string, so a cut at one that is not between two blocks leaves a part with an
    unclosed container, which fails to parse: a part that parses is whole blocks.
    """
    total = len(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    header = _BLOCKS_TABLE.search(text)
    end = text.find("\n }", header.end()) if header else -1
    if header is None or end < 0:
        return None
    try:
        data = json.loads(text[: header.end()] + text[end:])
        if not isinstance(data, dict) or data.get("blocks") != {}:
            return None
        check_schema(data, path, LIBRARY_KIND)
        blocks: dict = {}
        start = header.end()
        step = max((end - start) // PARTS, 1)
        while start < end:
            cut = text.find(',\n  "', start + step, end)
            stop = end if cut < 0 else cut
            part = json.loads("{" + text[start:stop] + "}")
            if not isinstance(part, dict):
                return None
            blocks.update(part)
            start = stop + 2 if cut >= 0 else end
            progress(total * start // len(text), total)
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
        return None
    data["blocks"] = blocks
    return data


def load_library(
    paths: Iterable[Path],
    on_error: Callable[[StoreError], None] | None = None,
    progress: Progress | None = None,
    cache: Cache | None = None,
) -> Library:
    """All blocks and templates of the given library files, later files winning.

    With ``on_error``, a file that cannot be read is reported to it and skipped,
    so one damaged file does not hide the others; without, the error is raised.
    With ``progress``, it is told the bytes read of all the files' bytes as a
    big file is parsed.
    """
    paths = list(paths)
    sizes = [_size(path) if progress is not None else 0 for path in paths]
    total, done = sum(sizes), 0
    library = Library()
    for path, size in zip(paths, sizes, strict=False):
        report = None
        if progress is not None:
            report = lambda read, _size, before=done: progress(before + read, total)  # noqa: E731
        try:
            library = library.merged(read_library(path, report, cache))
        except StoreError as error:
            if on_error is None:
                raise
            on_error(error)
        done += size
    return library


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
