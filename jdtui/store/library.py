"""Reading libraries of blocks and templates (the shipped samples are never written)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.model import BlockTable, Library, Template, TemplateTable
from ..i18n import t
from .errors import StoreError
from .fields import BadDocument, check_block, check_template
from .paths import shipped_data_dir
from .safe import MAX_FILE_BYTES, META, FileTooLarge, check_schema, decode, parse_text, read_bytes

if TYPE_CHECKING:
    from .cache import Cache

LIBRARY_KIND = "jdtui-library"
#: Libraries bigger than this (bytes) are kept out of the cyclic garbage collector.
FREEZE_ABOVE = 1_000_000
#: Libraries bigger than this (bytes) are parsed in parts when progress is asked for.
PARTS_ABOVE = 2_000_000
PARTS = 20
#: Library files bigger than this (bytes) are kept in the cache on a shelf (:mod:`.shelf`),
#: read by id, rather than as one parsed value
SHELF_ABOVE = 20_000_000
#: Libraries bigger than this (bytes) are kept parsed in the cache (:mod:`.cache`):
#: the shipped sample files (≈ 0.4 MB each) too — read back from it, they load in
#: a third of the time ``json`` parses them, which ``jdtui check`` and the start feel.
CACHE_ABOVE = 100_000

#: Progress of a load: bytes read so far, bytes in all.
Progress = Callable[[int, int], None]


def library_from_data(data: dict, path: Path | None = None, *, strict: bool = False) -> Library:
    """A library from the TinyDB tables ``blocks`` and ``templates``."""
    return _library(*_checked(data, path, strict=strict), path)


def _checked(
    data: dict, path: Path | None, *, strict: bool = False, trusted: bool = False
) -> tuple[dict[str, dict], list[dict]]:
    """The block documents by id and the template documents, each field checked now
    (see :func:`check_block`), so a bad one is refused with the file's name.

    ``trusted``: the samples shipped with jdtui, which a test checks field by
    field (``tests/unit/test_library_fields.py``); only their tables' shape is
    checked here, so a command does not pay for checking 2,000 known blocks."""
    try:
        blocks = _table(data, "blocks")
        templates = _table(data, "templates")
        if trusted:
            return {str(doc["id"]): doc for doc in blocks.values()}, list(templates.values())
        for doc in templates.values():
            check_template(doc, strict=strict)
        return _checked_blocks(blocks, strict), list(templates.values())
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
        raise _bad(error, path) from None


def _table(data: dict, name: str) -> dict:
    table = data.get(name)
    if table is None:
        return {}
    if type(table) is not dict:
        raise BadDocument(
            t("reliability.bad_entry", table=name, id="", field=name, problem=t("reliability.want_object"))
        )
    return table


def _library(
    blocks: dict[str, dict], templates: list[dict], path: Path | None, *, known_good: bool = False
) -> Library:
    """Blocks are made when first used (a team library may hold 100,000); templates
    too when the documents are known good (shipped, or kept in the cache after they
    were read once), else now, so that a bad one refuses the file at once."""
    try:
        if known_good:
            return Library(BlockTable.of_documents(blocks), _template_table(templates))
        return Library(BlockTable.of_documents(blocks), [Template.from_dict(doc) for doc in templates])
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _bad(error, path) from None


def _template_table(templates: list[dict]) -> TemplateTable:
    """Known-good template documents, made into templates when first read."""
    return TemplateTable.of_documents({str(doc["id"]): doc for doc in templates})


def _bad(error: Exception, path: Path | None) -> StoreError:
    if isinstance(error, BadDocument):
        return StoreError(t("store.bad_library", reason=str(error)), path)
    return StoreError(t("store.bad_library", reason=f"{error.__class__.__name__}: {error}"), path)


def _checked_blocks(table: dict, strict: bool = False) -> dict[str, dict]:
    """Block documents by id, refusing now what :meth:`Block.from_dict` would refuse later."""
    documents = {}
    for doc in table.values():
        check_block(doc, strict=strict)
        documents[str(doc["id"])] = doc
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


def read_library(
    path: Path,
    progress: Progress | None = None,
    cache: Cache | None = None,
    *,
    shared: bool = False,
    trusted: bool = False,
    limit: int = MAX_FILE_BYTES,
) -> Library:
    """The library in ``path`` (empty when the file does not exist; refused
    when it is over ``limit`` bytes, the setting ``library_limit_mb``).

    ``shared`` (the team library, which others can write): a link or special
    file is refused (:func:`safe.read_regular`), the file must carry ``_meta``,
    and every document is checked strictly (:func:`check_block`). ``trusted``
    (the shipped samples): documents are not checked field by field.

    With ``progress``, a big file's blocks are parsed in parts and
    ``progress(bytes_done, bytes_total)`` is called after each part. With
    ``cache``, a big file is read from the cache when it has not changed since
    it was parsed, and kept there when it was parsed.
    """
    key = None
    if cache is not None:
        from .cache import file_key

        key = file_key(path)
        if key is not None and key[1] > limit:
            raise _too_large(key[1], limit, path)
        if key is not None and key[1] > SHELF_ABOVE:
            found = _shelved(cache, key, path, progress)
            if found is not None:
                return found
        elif key is not None and key[1] > CACHE_ABOVE:
            with _gc_paused(freeze=True):
                kept = _cached(cache, key, progress)
                if kept is not None:
                    return _library(*kept, path, known_good=True)
        else:
            key = None
    try:
        raw = read_bytes(path, shared=shared, limit=limit)
    except FileTooLarge as error:
        raise _too_large(error.size, limit, path) from None
    if raw is None:
        return Library()
    if key is not None and progress is None and len(raw) > SHELF_ABOVE:
        with _gc_paused():
            shelved = _shelve_in_parts(raw, path, cache, key, shared)  # type: ignore[arg-type]
        if shelved is not None:
            return shelved
    with _gc_paused(freeze=len(raw) > FREEZE_ABOVE):
        data = None
        if progress is not None and len(raw) > PARTS_ABOVE:
            data = _parse_in_parts(raw, path, progress)
        if data is None:
            text = decode(raw, path)
            del raw  # the bytes, the text and the parsed data are never all held at once
            data = parse_text(text, path, LIBRARY_KIND)
            del text
        else:
            del raw
        if shared and META not in data:
            raise StoreError(t("reliability.no_meta"), path)
        if not data:
            return Library()
        blocks, templates = _checked(data, path, strict=shared, trusted=trusted and not shared)
        library = _library(blocks, templates, path, known_good=trusted and not shared)
        if key is not None:
            _keep(cache, key, blocks, templates)  # type: ignore[arg-type]
        return library


def _too_large(size: int, limit: int, path: Path) -> StoreError:
    from .settings import megabytes

    return StoreError(
        t(
            "store.library_too_large",
            size=megabytes(size),
            limit=megabytes(limit),
            setting="library_limit_mb",
        ),
        path,
    )


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


def _shelved(cache: Cache, key: tuple, path: Path, progress: Progress | None) -> Library | None:
    """The file's library from its shelf in the cache (None when there is none):
    its blocks left there, read by id as asked for; or, with ``progress`` (the app,
    which shows them all), every bucket read now, reporting each."""
    from .shelf import open_shelf

    shelf = open_shelf(cache, key, path)
    if shelf is None:
        return None
    if progress is None:
        return Library(BlockTable.on_shelf(shelf), _template_table(shelf.templates))
    blocks: dict[str, dict] = {}
    size, count = key[1], shelf.buckets
    with _gc_paused(freeze=True):
        for number in range(count):
            blocks.update(shelf.bucket(number))
            if number % 64 == 63 or number == count - 1:
                progress(size * (number + 1) // count, size)
    return Library(BlockTable.of_documents(blocks), _template_table(shelf.templates))


def _keep(cache: Cache, key: tuple, blocks: dict[str, dict], templates: list[dict]) -> None:
    """Keep the file's checked documents in the cache: a file over SHELF_ABOVE as a
    shelf (:mod:`.shelf`), a smaller one with its blocks in PARTS parts (for progress)."""
    from .shelf import drop_shelf, keep_shelf

    if key[1] > SHELF_ABOVE:
        keep_shelf(cache, key, blocks, templates)
        cache.remove(_cache_name(key))  # what it was kept as while it was smaller
        return
    drop_shelf(cache, key)
    items = list(blocks.items())
    step = max(len(items) // PARTS, 1)
    cache.save(
        _cache_name(key),
        key,
        parts=[templates] + [dict(items[i : i + step]) for i in range(0, len(items), step)],
    )


#: the line that opens the blocks table in the layout :func:`safe.dump` writes
_BLOCKS_TABLE = b'\n "blocks": {\n'


def _block_parts(raw: bytes, path: Path) -> tuple[dict, Iterator[tuple[dict, int]]] | None:
    """The file without its blocks, and its ``blocks`` table in PARTS parts, each with
    the byte it ends at: for a file too big to hold parsed whole (or to report on).

    Only for the layout :func:`safe.dump` writes (or the indented one), where a
    block document starts a line with two spaces and a quote. ``None`` for
    anything else; a part that does not parse raises ValueError (the caller then
    parses the whole file, which reports what is wrong). Newlines in JSON are
    never inside a string, so a cut at one that is not between two blocks leaves
    a part with an unclosed container, which fails to parse: a part that parses
    is whole blocks.
    """
    import json  # here: a library read from the cache is not parsed

    at = raw.find(_BLOCKS_TABLE)
    start = at + len(_BLOCKS_TABLE)
    end = raw.find(b"\n }", start) if at >= 0 else -1
    if end < 0:
        return None
    try:
        data = json.loads((raw[:start] + raw[end:]).decode("utf-8"))
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return None
    if not isinstance(data, dict) or data.get("blocks") != {}:
        return None
    check_schema(data, path, LIBRARY_KIND)

    def parts(start: int) -> Iterator[tuple[dict, int]]:
        step = max((end - start) // PARTS, 1)
        while start < end:
            cut = raw.find(b',\n  "', start + step, end)
            stop = end if cut < 0 else cut
            part = json.loads((b"{" + raw[start:stop] + b"}").decode("utf-8"))
            if not isinstance(part, dict):
                raise ValueError("not a table of blocks")
            start = stop + 2 if cut >= 0 else end
            yield part, start

    return data, parts(start)


def _parse_in_parts(raw: bytes, path: Path, progress: Progress) -> dict | None:
    """The file parsed with its ``blocks`` table in parts (:func:`_block_parts`),
    reporting each; None when it cannot be read so."""
    split = _block_parts(raw, path)
    if split is None:
        return None
    data, parts = split
    blocks: dict = {}
    try:
        for part, at in parts:
            blocks.update(part)
            progress(at, len(raw))
    except (ValueError, RecursionError):
        return None
    data["blocks"] = blocks
    return data


def _shelve_in_parts(raw: bytes, path: Path, cache: Cache, key: tuple, strict: bool) -> Library | None:
    """The file read part by part straight onto a shelf in the cache (never held
    parsed whole: a command that needs a few blocks of a 400 MB team library holds
    one part), and the library on that shelf; None when it cannot be read so
    (the caller parses it whole, which reports what is wrong)."""
    from .shelf import shelve_parts

    split = _block_parts(raw, path)
    if split is None:
        return None
    data, parts = split
    if strict and META not in data:
        raise StoreError(t("reliability.no_meta"), path)
    templates = _checked({"templates": data.get("templates") or {}}, path, strict=strict)[1]

    def checked() -> Iterator[dict[str, dict]]:
        for part, _ in parts:
            yield _checked_blocks(part, strict)

    try:
        kept = shelve_parts(cache, key, checked(), templates)
    except (ValueError, RecursionError) as error:
        if isinstance(error, BadDocument):
            raise _bad(error, path) from None
        return None
    return _shelved(cache, key, path, None) if kept else None


def load_library(
    paths: Iterable[Path],
    on_error: Callable[[StoreError], None] | None = None,
    progress: Progress | None = None,
    cache: Cache | None = None,
    shared: Collection[Path] = (),
    limit: int = MAX_FILE_BYTES,
) -> Library:
    """All blocks and templates of the given library files, later files winning
    (a file over ``limit`` bytes is refused, except the samples shipped).

    With ``on_error``, a file that cannot be read is reported to it and skipped,
    so one damaged file does not hide the others; without, the error is raised.
    With ``progress``, it is told the bytes read of all the files' bytes as a
    big file is parsed. Files in ``shared`` are read as shared, the samples shipped
    with jdtui as trusted (see :func:`read_library`).
    """
    paths = list(paths)
    shipped = shipped_data_dir()
    sizes = [_size(path) if progress is not None else 0 for path in paths]
    total, done = sum(sizes), 0
    library = Library()
    for path, size in zip(paths, sizes, strict=False):
        report = None
        if progress is not None:
            report = lambda read, _size, before=done: progress(before + read, total)  # noqa: E731
        try:
            trusted = path.parent == shipped
            library = library.merged(
                read_library(
                    path,
                    report,
                    cache,
                    shared=path in shared,
                    trusted=trusted,
                    limit=MAX_FILE_BYTES if trusted else limit,  # the samples shipped are ours
                )
            )
        except (StoreError, KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
            problem = error if isinstance(error, StoreError) else _bad(error, path)
            if on_error is None:
                raise problem from None
            on_error(problem)
        done += size
    return library


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
