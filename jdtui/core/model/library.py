"""The library: the blocks and templates a role can draw from."""

from __future__ import annotations

from collections.abc import Iterable

from .blocks import Block, BlockTable
from .roles import Item
from .templates import Template, TemplateTable


class Library:
    """The blocks and templates a role can draw from (read-only)."""

    __slots__ = ("blocks", "templates")

    def __init__(
        self, blocks: Iterable[Block] | BlockTable = (), templates: Iterable[Template] | TemplateTable = ()
    ) -> None:
        self.blocks: BlockTable = blocks if isinstance(blocks, BlockTable) else BlockTable(blocks)
        self.templates: TemplateTable = (
            templates if isinstance(templates, TemplateTable) else TemplateTable(templates)
        )

    def block(self, block_id: str | None) -> Block | None:
        return self.blocks.get(block_id) if block_id else None

    def merged(self, other: Library) -> Library:
        """A library with ``other``'s blocks and templates added (they win on clashes)."""
        merged = Library()
        merged.blocks = self.blocks.merged(other.blocks)
        merged.templates = self.templates.merged(other.templates)
        return merged

    def resolve(self, item: Item) -> Block | None:
        """The block an item stands for: its local copy, or the linked library block."""
        if item.local is not None:
            return item.local
        return self.blocks.get(item.ref or "")
