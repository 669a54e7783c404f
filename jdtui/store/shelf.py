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

import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.model.blocks import DUTY_AREAS, duty_areas_by_lang
from ..i18n import t
from .errors import StoreError

if TYPE_CHECKING:
    from .cache import Cache, Records

#: blocks per bucket, about: one bucket read is ≈ 0.1 MB
BUCKET = 256


def _name(key: tuple) -> str:
    return f"shelf:{key[0]}"


def _bucket(block_id: str, count: int) -> int:
    return zlib.crc32(block_id.encode("utf-8", "surrogatepass")) % count


class LibraryShelf:
    """The blocks of one library file as the cache keeps them (see :mod:`.shelf`):
    ``parts`` runs of ``buckets`` records (the file was read in parts; a bucket is
    its records of every part, later parts winning), then the head."""

    def __init__(
        self, records: Records, head: dict, path: Path | None = None, forget: Callable[[], None] | None = None
    ) -> None:
        self._records = records
        self._path = path
        #: called when a bucket cannot be read: the shelf is then removed from the cache
        self._forget = forget
        self._count: int = head["buckets"]
        self._parts: int = head["parts"]
        self._summary: dict = head["summary"]
        self.templates: list[dict] = head["templates"]
        self._read: dict[int, dict] = {}

    def bucket(self, number: int) -> dict[str, dict]:
        """The blocks of bucket ``number`` by id (StoreError when the cache is damaged)."""
        found: dict[str, dict] = {}
        for part in range(self._parts):
            try:
                record = self._records[part * self._count + number]
            except (ValueError, IndexError):
                record = None
            if type(record) is not dict:
                if self._forget is not None:
                    self._forget()
                raise StoreError(t("store.cache_damaged"), self._path)
            found.update(record)
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


_HEAD = (("buckets", int), ("parts", int), ("summary", dict), ("templates", list))


def open_shelf(cache: Cache, key: tuple, path: Path | None = None) -> LibraryShelf | None:
    """The shelf kept for the file with ``key``, or None (none kept, or for another version)."""
    records = cache.open_records(_name(key), key)
    if records is None or len(records) < 1:
        return None
    try:
        head = records[len(records) - 1]
        if type(head) is not dict or not all(type(head.get(field)) is kind for field, kind in _HEAD):
            return None
        if head["buckets"] < 1 or head["buckets"] * head["parts"] != len(records) - 1:
            return None
        return LibraryShelf(records, head, path, lambda: drop_shelf(cache, key))
    except ValueError:
        records.close()
        return None


def keep_shelf(cache: Cache, key: tuple, blocks: dict[str, dict], templates: list[dict]) -> bool:
    """Keep a file's checked block documents and templates (all in memory) as a shelf."""
    return shelve_parts(cache, key, [blocks], templates, count=max(1, len(blocks) // BUCKET))


#: bytes of a library file per bucket, about, when it is shelved part by part (its
#: blocks not yet counted): BUCKET blocks of a typical 400 bytes
BLOCK_BYTES = 400


def shelve_parts(
    cache: Cache,
    key: tuple,
    parts: Iterable[dict[str, dict]],
    templates: list[dict],
    count: int | None = None,
) -> bool:
    """Keep a file's checked block documents, given part by part (each let go once
    written), as a shelf in ``count`` buckets (by default from the file's size);
    False when it could not be written. An error raised by ``parts`` (a block
    refused) is raised here, after the unfinished entry is removed."""
    from ..core.rules.coverage import OFFERS, OFFERS_KEPT, merged_offers, offer_summary

    count = count or max(1, key[1] // (BUCKET * BLOCK_BYTES))
    duty: dict[str, set[str]] = {}
    offers: list[dict] = []
    seen = 0
    failed: list[BaseException] = []

    def records() -> Iterator[object]:
        nonlocal seen
        try:
            for part in parts:
                buckets: list[dict[str, dict]] = [{} for _ in range(count)]
                for block_id, doc in part.items():
                    buckets[_bucket(block_id, count)][block_id] = doc
                for lang, areas in duty_areas_by_lang(part.values()).items():
                    duty.setdefault(lang, set()).update(areas)
                offers.append(offer_summary(part.values(), {}, keep=4 * OFFERS_KEPT))
                seen += 1
                yield from buckets
                del part, buckets
        except Exception as error:  # raised below, once the unfinished entry is removed
            failed.append(error)
            raise OSError("not kept") from None
        duty_areas = {lang: sorted(areas) for lang, areas in duty.items()}
        summary = {DUTY_AREAS: duty_areas, OFFERS: merged_offers(offers, duty_areas)}
        yield {"buckets": count, "parts": seen, "summary": summary, "templates": templates}

    kept = cache.save_records(_name(key), key, records())
    if failed:
        raise failed[0]
    return kept


def drop_shelf(cache: Cache, key: tuple) -> None:
    """Forget the shelf of the file with ``key`` (it is now kept otherwise)."""
    cache.remove(_name(key))
