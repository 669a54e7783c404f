"""The user's own blocks, kept in the user store and added to the library."""

from __future__ import annotations

from pathlib import Path

from tinydb import Query
from tinydb.table import Document

from ..core.model import Block, Library
from .library import library_from_data
from .safe import read_json
from .tinystore import transaction

BLOCKS_KIND = "jdtui-library"


class CustomBlocks:
    def __init__(self, path: Path) -> None:
        self.path = path

    def library(self) -> Library:
        data = read_json(self.path, BLOCKS_KIND)
        return library_from_data(data, self.path) if data else Library()

    def save(self, block: Block) -> Block:
        with transaction(self.path, BLOCKS_KIND) as db:
            table = db.table("blocks")
            found = table.get(Query().id == block.id)
            if found is None:
                table.insert(block.to_dict())
            else:
                table.upsert(Document(block.to_dict(), doc_id=found.doc_id))
        return block

    def delete(self, block_id: str) -> bool:
        with transaction(self.path, BLOCKS_KIND) as db:
            return bool(db.table("blocks").remove(Query().id == block_id))
