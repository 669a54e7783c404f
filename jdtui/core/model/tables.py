"""Tables of library documents by id, made into objects when first read.

A library file holds thousands of blocks and dozens of templates; a command
reads a few of them. Each table keeps the stored documents (plain dicts) and
builds an object from one the first time it is asked for.

A very big file (a team library of a million blocks) need not even be read
into memory: its documents can stay on a *shelf* (:class:`Shelf`, kept by the
store), from which a table reads one by id when it is asked for. A table that
is walked whole (the Library screen, an import matching every clause) reads
its shelves into memory then, once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")


class Shelf(Protocol):
    """Stored documents kept outside memory, read by id (the store's index of a big file)."""

    def get(self, key: str) -> Mapping | None:
        """The document with this id, or None."""

    def documents(self) -> Iterator[tuple[str, Mapping]]:
        """Every document with its id (reads them all)."""

    def summary(self, name: str) -> object:
        """A value worked out over all the documents when the shelf was made
        (see :meth:`BlockTable.duty_areas`), or None."""


class DocumentTable(Mapping[str, T], Generic[T]):
    """Objects by id, each kept as its stored document until first used.

    ``_entries`` holds what is in memory; ``_lower`` the layers beneath it, in
    the order they were merged (later ones win): dicts of documents and shelves.
    A table read wholly from memory has no lower layers.
    """

    __slots__ = ("_entries", "_lower")
    #: the type of the objects, and how one is made from its document
    kind: type
    make: Callable[[Mapping], T]

    def __init__(self, objects: Iterable[T] = ()) -> None:
        self._entries: dict[str, T | Mapping] = {o.id: o for o in objects}  # type: ignore[attr-defined]
        self._lower: tuple[dict[str, T | Mapping] | Shelf, ...] = ()

    @classmethod
    def of_documents(cls, documents: Mapping[str, Mapping]):
        """A table over stored documents keyed by id (made into objects when read)."""
        table = cls()
        table._entries = dict(documents)
        return table

    @classmethod
    def on_shelf(cls, shelf: Shelf):
        """A table whose documents stay on ``shelf`` until asked for."""
        table = cls()
        table._lower = (shelf,)
        return table

    def _stored(self, key: str) -> T | Mapping | None:
        """The document (or object) for ``key`` from the layers beneath, the last first."""
        for layer in reversed(self._lower):
            found = layer.get(key)
            if found is not None:
                return found
        return None

    def __getitem__(self, key: str) -> T:
        try:
            value = self._entries[key]
        except KeyError:
            if not self._lower:
                raise
            found = self._stored(key)
            if found is None:
                raise KeyError(key) from None
            value = found
        if type(value) is not self.kind:
            value = type(self).make(value)  # type: ignore[arg-type]
            self._entries[key] = value  # the top layer wins, so the object is kept there
        return value  # type: ignore[return-value]

    def __contains__(self, key: object) -> bool:
        if key in self._entries:
            return True
        return bool(self._lower) and isinstance(key, str) and self._stored(key) is not None

    def _whole(self) -> dict[str, T | Mapping]:
        """Every entry in memory: the shelves read once (a walk over the whole table)."""
        if self._lower:
            entries: dict[str, T | Mapping] = {}
            for layer in self._lower:
                entries.update(layer if isinstance(layer, dict) else layer.documents())
            entries.update(self._entries)
            self._entries, self._lower = entries, ()
        return self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._whole())

    def __len__(self) -> int:
        return len(self._whole())

    def documents(self) -> Iterator[tuple[str, Mapping | T]]:
        """Each id with its stored document (or the object, once made): for a fast
        pass over a big library that needs only a few fields."""
        return iter(self._whole().items())

    def layers(self) -> Iterator[dict[str, T | Mapping] | Shelf]:
        """What the table holds, layer by layer (later ones win): for a pass that a
        shelf's summary can answer without reading the shelf."""
        yield from self._lower
        yield self._entries

    def merged(self, other: DocumentTable[T]):
        """This table with ``other``'s entries added (they win on clashes)."""
        table = type(self)()
        if not self._lower and not other._lower:
            table._entries = {**self._entries, **other._entries}
            return table
        layers: list[dict[str, T | Mapping] | Shelf] = []
        for layer in (*self.layers(), *other.layers()):
            if isinstance(layer, dict):
                if not layer:
                    continue
                if layers and isinstance(layers[-1], dict):
                    layers[-1] = {**layers[-1], **layer}
                    continue
            layers.append(layer)
        top = layers[-1] if layers else None
        if isinstance(top, dict):
            layers.pop()
            table._entries = dict(top)
        table._lower = tuple(layers)
        return table
