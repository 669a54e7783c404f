"""The user's own blocks, kept in the user store and added to the library."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.model import Block, Library
from ..i18n import t
from .backed import BackedUpFile
from .errors import StoreError
from .library import library_from_data, read_library
from .safe import DIR_MODE, FILE_MODE, META

if TYPE_CHECKING:
    from tinydb import TinyDB

    from .backed import BackupsArg

BLOCKS_KIND = "jdtui-library"


class CustomBlocks(BackedUpFile):
    """Blocks in one library file; ``mode``/``dir_mode`` say who may share them.

    With ``backups``, every write keeps the file's previous bytes first, and an
    error about the file names its latest backup.
    """

    def __init__(
        self,
        path: Path,
        *,
        mode: int = FILE_MODE,
        dir_mode: int = DIR_MODE,
        shared: bool = False,
        backups: BackupsArg = None,
    ) -> None:
        self.path = path
        self.mode = mode
        self.dir_mode = dir_mode
        self.shared = shared
        self.backups = backups

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[TinyDB]:
        """A locked transaction on the file, its previous bytes backed up first."""
        from .tinystore import transaction  # tinydb: only to write

        try:
            self._guard()
            with transaction(
                self.path, BLOCKS_KIND, mode=self.mode, dir_mode=self.dir_mode, shared=self.shared
            ) as db:
                self._refuse_invalid(db.storage.read())
                if self.backups is not None:
                    self.backups.keep_current()
                yield db
        except StoreError as error:
            raise self._explain(error) from None

    def _guard(self) -> None:
        """Refuse to write now, before the folder is made or the lock taken (a hook)."""

    def _refuse_invalid(self, current: dict | None) -> None:
        """Refuse to add to a file the library would not read: the block would never
        appear (a file without ``_meta`` is refused where it is shared)."""
        if current is None:
            return
        if self.shared and META not in current:
            raise StoreError(t("reliability.no_meta"), self.path)
        library_from_data(current, self.path, strict=self.shared)

    def library(self) -> Library:
        try:
            return read_library(self.path, shared=self.shared)
        except StoreError as error:
            raise self._explain(error) from None

    def _upsert(self, table_name: str, doc: dict) -> None:
        """Insert ``doc``, or replace the document with its id, in one locked write."""
        from tinydb import Query
        from tinydb.table import Document

        with self._transaction() as db:
            table = db.table(table_name)
            found = table.get(Query().id == doc["id"])
            if found is None:
                table.insert(doc)
            else:
                table.upsert(Document(doc, doc_id=found.doc_id))

    def _remove(self, table_name: str, doc_id: str) -> bool:
        from tinydb import Query

        with self._transaction() as db:
            return bool(db.table(table_name).remove(Query().id == doc_id))

    def save(self, block: Block) -> Block:
        """Add ``block``, or replace the block with its id."""
        self._upsert("blocks", block.to_dict())
        return block

    def save_many(self, blocks: Iterable[Block]) -> None:
        """Add (or replace by id) several blocks in one locked transaction (new ones in one write)."""
        from tinydb.table import Document

        with self._transaction() as db:
            table = db.table("blocks")
            stored = {doc.get("id"): doc.doc_id for doc in table.all()}
            new = []
            for block in blocks:
                doc = block.to_dict()
                if doc["id"] in stored:
                    table.upsert(Document(doc, doc_id=stored[doc["id"]]))
                else:
                    new.append(doc)
            if new:
                table.insert_multiple(new)

    def delete(self, block_id: str) -> bool:
        return self._remove("blocks", block_id)
