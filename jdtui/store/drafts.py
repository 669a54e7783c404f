"""Drafts: one file per draft, so saving one never rewrites another."""

from __future__ import annotations

import re
import uuid
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from ..core.model import Role
from .errors import ConflictError, NotFoundError, StoreError
from tinydb.table import Document

from .safe import ensure_private_dir, read_json
from .tinystore import transaction

DRAFT_KIND = "jdtui-draft"
TABLE = "role"
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$")


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def new_draft_id() -> str:
    return "d-" + uuid.uuid4().hex[:8]


class DraftStore:
    """The user's drafts under ``folder``, one TinyDB file each."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, draft_id: str) -> Path:
        if not _ID.match(draft_id):
            raise NotFoundError(f"no draft with id {draft_id!r}")
        return self.folder / f"{draft_id}.json"

    def ids(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return sorted(p.stem for p in self.folder.glob("*.json") if not p.name.startswith("."))

    def exists(self, draft_id: str) -> bool:
        try:
            return self.path(draft_id).exists()
        except NotFoundError:
            return False

    def load(self, draft_id: str) -> Role:
        path = self.path(draft_id)
        data = read_json(path, DRAFT_KIND)
        if data is None:
            raise NotFoundError(f"no draft with id {draft_id!r}")
        doc = (data.get(TABLE) or {}).get("1")
        if not isinstance(doc, dict):
            raise StoreError("holds no draft", path)
        try:
            return Role.from_dict(doc)
        except (KeyError, TypeError, ValueError) as error:
            raise StoreError(f"holds a damaged draft ({error})", path) from None

    def load_all(self) -> tuple[list[Role], list[StoreError]]:
        """Every readable draft, and the errors of those that are not."""
        roles, errors = [], []
        for draft_id in self.ids():
            try:
                roles.append(self.load(draft_id))
            except StoreError as error:
                errors.append(error)
        return roles, errors

    def save(self, role: Role, *, expected_revision: int | None) -> Role:
        """Write ``role`` as the next revision and return it.

        ``expected_revision`` is the revision the editor loaded; if the file has
        moved on since (another window or person saved), nothing is written and
        :class:`ConflictError` says so. ``None`` creates a new draft.
        """
        ensure_private_dir(self.folder)
        path = self.path(role.id)
        with transaction(path, DRAFT_KIND) as db:
            table = db.table(TABLE)
            current = table.get(doc_id=1)
            stored_revision = int(current.get("revision", 0)) if current else 0
            if current is not None and expected_revision is None:
                raise ConflictError(f"a draft with id {role.id!r} exists already", path)
            if current is not None and stored_revision != expected_revision:
                raise ConflictError(
                    f"this draft was saved elsewhere (revision {stored_revision}) after you opened "
                    f"revision {expected_revision}",
                    path,
                    theirs=stored_revision,
                    ours=int(expected_revision or 0),
                )
            stamp = now_iso()
            saved = replace(role, revision=stored_revision + 1, updated=stamp, created=role.created or stamp)
            table.upsert(Document(saved.to_dict(), doc_id=1))
        return saved

    def delete(self, draft_id: str) -> None:
        path = self.path(draft_id)
        with transaction(path, DRAFT_KIND):
            if not path.exists():
                raise NotFoundError(f"no draft with id {draft_id!r}")
            path.unlink()
