"""Tables of library documents by id, made into objects when first read.

A library file holds thousands of blocks and dozens of templates; a command
reads a few of them. Each table keeps the stored documents (plain dicts) and
builds an object from one the first time it is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Generic, TypeVar

T = TypeVar("T")


class DocumentTable(Mapping[str, T], Generic[T]):
    """Objects by id, each kept as its stored document until first used."""

    __slots__ = ("_entries",)
    #: the type of the objects, and how one is made from its document
    kind: type
    make: Callable[[Mapping], T]

    def __init__(self, objects: Iterable[T] = ()) -> None:
        self._entries: dict[str, T | Mapping] = {o.id: o for o in objects}  # type: ignore[attr-defined]

    @classmethod
    def of_documents(cls, documents: Mapping[str, Mapping]):
        """A table over stored documents keyed by id (made into objects when read)."""
        table = cls()
        table._entries = dict(documents)
        return table

    def __getitem__(self, key: str) -> T:
        value = self._entries[key]
        if type(value) is not self.kind:
            value = type(self).make(value)  # type: ignore[arg-type]
            self._entries[key] = value
        return value  # type: ignore[return-value]

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def documents(self) -> Iterator[tuple[str, Mapping | T]]:
        """Each id with its stored document (or the object, once made): for a fast
        pass over a big library that needs only a few fields."""
        return iter(self._entries.items())

    def merged(self, other: DocumentTable[T]):
        """This table with ``other``'s entries added (they win on clashes)."""
        table = type(self)()
        table._entries = {**self._entries, **other._entries}
        return table
