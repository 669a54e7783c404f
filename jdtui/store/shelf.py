"""A big library file's blocks kept in the cache in buckets by id, read one bucket
at a time: ``jdtui show`` of a draft linking 40 blocks of a team library of a
million reads 40 buckets of a few hundred blocks, not the 400 MB file.

The shelf is made when the file is parsed (it has changed, or was never read)
and used until the file changes again (the cache's key: size, times, inode).
What walks the whole library (the Library screen, an import) reads every
bucket once; the app, which shows the whole library at start, reads them with
its progress bar as it read the parsed file before.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.model.blocks import DUTY_AREAS, duty_areas_by_lang
from ..i18n import t
from .errors import StoreError

if TYPE_CHECKING:
    from .cache import Cache, Records

#: files bigger than this (bytes) are kept on a shelf rather than as one parsed value
SHELF_ABOVE = 20_000_000
#: blocks per bucket, about: one bucket read is ≈ 0.1 MB
BUCKET = 256


def _name(key: tuple) -> str:
    return f"shelf:{key[0]}"


def _bucket(block_id: str, count: int) -> int:
    return zlib.crc32(block_id.encode("utf-8", "surrogatepass")) % count


class LibraryShelf:
    """The blocks of one library file as the cache keeps them (see :mod:`.shelf`)."""

    def __init__(
        self, records: Records, head: dict, path: Path | None = None, forget: Callable[[], None] | None = None
    ) -> None:
        self._records = records
        self._path = path
        #: called when a bucket cannot be read: the shelf is then removed from the cache
        self._forget = forget
        self._count: int = head["buckets"]
        self._summary: dict = head["summary"]
        self.templates: list[dict] = head["templates"]
        self.blocks: int = head["blocks"]
        self._read: dict[int, dict] = {}

    def bucket(self, number: int) -> dict[str, dict]:
        """The blocks of bucket ``number`` by id (StoreError when the cache is damaged)."""
        try:
            found = self._records[1 + number]
        except (ValueError, IndexError):
            found = None
        if type(found) is not dict:
            if self._forget is not None:
                self._forget()
            raise StoreError(t("store.cache_damaged"), self._path)
        return found

    @property
    def buckets(self) -> int:
        return self._count

    def get(self, key: str) -> Mapping | None:
        number = _bucket(key, self._count)
        found = self._read.get(number)
        if found is None:
            found = self._read[number] = self.bucket(number)
        return found.get(key)

    def documents(self) -> Iterator[tuple[str, Mapping]]:
        for number in range(self._count):
            yield from (self._read.pop(number, None) or self.bucket(number)).items()

    def summary(self, name: str) -> object:
        return self._summary.get(name)


def open_shelf(cache: Cache, key: tuple, path: Path | None = None) -> LibraryShelf | None:
    """The shelf kept for the file with ``key``, or None (none kept, or for another version)."""
    records = cache.open_records(_name(key), key)
    if records is None or len(records) < 1:
        return None
    try:
        head = records[0]
        if type(head) is not dict or not all(
            type(head.get(field)) is kind
            for field, kind in (("buckets", int), ("blocks", int), ("summary", dict), ("templates", list))
        ):
            return None
        if head["buckets"] != len(records) - 1:
            return None
        return LibraryShelf(records, head, path, lambda: drop_shelf(cache, key))
    except ValueError:
        records.close()
        return None


def keep_shelf(cache: Cache, key: tuple, blocks: dict[str, dict], templates: list[dict]) -> bool:
    """Keep a file's checked block documents and templates as a shelf in the cache."""
    count = max(1, len(blocks) // BUCKET)
    ids: list[list[str]] = [[] for _ in range(count)]
    for block_id in blocks:
        ids[_bucket(block_id, count)].append(block_id)
    from ..core.rules.coverage import OFFERS, offer_summary

    duty_areas = duty_areas_by_lang(blocks.values())
    head = {
        "buckets": count,
        "blocks": len(blocks),
        "summary": {DUTY_AREAS: duty_areas, OFFERS: offer_summary(blocks.values(), duty_areas)},
        "templates": templates,
    }
    # each bucket made as it is written: a copy of a million-block table is never held
    buckets = ({block_id: blocks[block_id] for block_id in bucket} for bucket in ids)
    return cache.save_records(_name(key), key, itertools.chain([head], buckets))


def drop_shelf(cache: Cache, key: tuple) -> None:
    """Forget the shelf of the file with ``key`` (it is now kept otherwise)."""
    cache.remove(_name(key))
