"""Drafts: one file per draft, so saving one never rewrites another.

Before a save replaces a draft file (or a delete removes it), its bytes are kept
as a backup; a damaged draft is reported with its latest backup.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import replace
from pathlib import Path

from ..core.model import Role
from ..i18n import t
from .backups import DRAFT_ID, Backup, Backups
from .errors import ConflictError, NotFoundError, NotWritten, SchemaError, StoreError
from .safe import META, SCHEMA, dump, ensure_private_dir, locked, parse, read_bytes, write_json

DRAFT_KIND = "jdtui-draft"
TABLE = "role"
_ID = DRAFT_ID


def now_iso() -> str:
    from datetime import datetime, timezone  # here: `jdtui check` never saves (≈ 1.4 ms of its start)

    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def new_draft_id() -> str:
    import uuid  # here: `jdtui check` and the first paint never make a draft id

    return "d-" + uuid.uuid4().hex[:8]


def role_from_data(data: dict, path: Path) -> Role:
    """The draft held by the parsed file ``data``; StoreError if there is none."""
    table = data.get(TABLE)
    doc = table.get("1") if isinstance(table, dict) else None
    if not isinstance(doc, dict):
        raise StoreError(t("store.holds_no_draft"), path)
    try:
        return Role.from_dict(doc)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise StoreError(
            t("store.damaged_draft", reason=f"{error.__class__.__name__}: {error}"), path
        ) from None


def draft_bytes(role: Role) -> bytes:
    """``role`` as the bytes of a draft file (what backups and recovery files hold)."""
    return dump({TABLE: {"1": role.to_dict()}, META: {"1": {"schema": SCHEMA, "kind": DRAFT_KIND}}})


class DraftStore:
    """The user's drafts under ``folder``, one TinyDB file each."""

    def __init__(self, folder: Path, backups: Backups | None = None) -> None:
        self.folder = folder
        self.backups = backups

    def path(self, draft_id: str) -> Path:
        if not _ID.match(draft_id):
            raise NotFoundError(t("store.no_draft", id=draft_id))
        return self.folder / f"{draft_id}.json"

    def ids(self) -> list[str]:
        """Ids of the draft files (files whose names are no draft id are ignored)."""
        if not self.folder.exists():
            return []
        if not self.folder.is_dir():
            raise StoreError(t("store.not_folder"), self.folder)
        try:
            names = [p.name for p in self.folder.iterdir()]
        except OSError as error:
            raise StoreError(t("store.read_failed", reason=error.strerror or error), self.folder) from None
        return sorted(n[:-5] for n in names if n.endswith(".json") and _ID.match(n[:-5]))

    def exists(self, draft_id: str) -> bool:
        try:
            return self.path(draft_id).exists()
        except NotFoundError:
            return False

    def latest_backup(self, draft_id: str) -> Backup | None:
        return self.backups.latest(draft_id) if self.backups else None

    def _with_backup(self, error: StoreError, draft_id: str) -> StoreError:
        if isinstance(error, (NotFoundError, ConflictError)) or self.backups is None:
            return error
        latest = self.latest_backup(draft_id)
        return error.with_backup(latest.path if latest else None, draft_id)

    def load(self, draft_id: str) -> Role:
        path = self.path(draft_id)
        try:
            raw = read_bytes(path)
            if raw is None:
                raise NotFoundError(t("store.no_draft", id=draft_id))
            return role_from_data(parse(raw, path, DRAFT_KIND), path)
        except StoreError as error:
            raise self._with_backup(error, draft_id) from None

    def load_all(self) -> tuple[list[Role], list[StoreError]]:
        """Every readable draft, and the errors of those that are not."""
        roles, errors = [], []
        try:
            ids = self.ids()
        except StoreError as error:
            return [], [error]
        for draft_id in ids:
            try:
                roles.append(self.load(draft_id))
            except NotFoundError:
                continue  # deleted meanwhile
            except StoreError as error:
                errors.append(error)
        return roles, errors

    def save(self, role: Role, *, expected_revision: int | None) -> Role:
        """Write ``role`` as the next revision and return it.

        ``expected_revision`` is the revision the editor loaded; if the file has
        moved on since (another window or person saved), nothing is written and
        :class:`ConflictError` says so. ``None`` creates a new draft. The
        version being replaced is kept as a backup first.
        """
        from tinydb.table import Document

        from .tinystore import transaction  # TinyDB only to write: reading is plain JSON

        path = self.path(role.id)
        on_disk: int | None = None  # the revision the file holds, once read
        try:
            with transaction(path, DRAFT_KIND) as db:
                table = db.table(TABLE)
                current = table.get(doc_id=1)
                stored_revision = int(current.get("revision", 0)) if current else 0
                on_disk = stored_revision if current else None
                if current is not None and expected_revision is None:
                    raise ConflictError(t("store.draft_exists", id=role.id), path)
                if current is not None and stored_revision != expected_revision:
                    raise ConflictError(
                        t("store.conflict", theirs=stored_revision, ours=expected_revision),
                        path,
                        theirs=stored_revision,
                        ours=int(expected_revision or 0),
                    )
                self._keep_backup(role.id, path, stored_revision)
                stamp = now_iso()
                saved = replace(
                    role, revision=stored_revision + 1, updated=stamp, created=role.created or stamp
                )
                # replaced whole, not merged: a key the role no longer has
                # (``archived`` taken back, say) must not survive from the old one;
                # and in ONE write: a reader never finds the file holding no draft
                body = saved.to_dict()
                if current is None:
                    table.insert(Document(body, doc_id=1))
                else:

                    def whole(document: MutableMapping) -> None:
                        document.clear()
                        document.update(body)

                    table.update(whole, doc_ids=[1])
        except NotWritten as error:  # a full disk, a read-only one: the draft is as it was
            raise error.draft_unchanged(role.id, on_disk) from None
        except StoreError as error:
            raise self._with_backup(error, role.id) from None
        return saved

    def _keep_backup(self, draft_id: str, path: Path, revision: int | None) -> None:
        raw = read_bytes(path)
        if raw is not None and self.backups is not None:
            self.backups.keep_copy(draft_id, raw, revision)

    def keep_unsaved(self, role: Role) -> Backup:
        """Keep ``role`` (text that could not be saved over the draft, say after a
        conflict) as the newest backup of its draft; restorable like any other."""
        if self.backups is None:
            raise StoreError(t("store.write_failed", reason="no backups"), self.folder)
        path = self.path(role.id)
        with locked(path):
            return self.backups.keep_copy(role.id, draft_bytes(role), None, damaged=False)

    def delete(self, draft_id: str) -> None:
        """Remove a draft; its last version stays restorable from the backups."""
        from .tinystore import transaction

        path = self.path(draft_id)
        with transaction(path, DRAFT_KIND) as db:
            current = db.table(TABLE).get(doc_id=1)
            if not path.exists():
                raise NotFoundError(t("store.no_draft", id=draft_id))
            self._keep_backup(draft_id, path, int(current.get("revision", 0)) if current else 0)
            path.unlink()

    def restore(self, backup: Backup) -> Role:
        """Make ``backup`` the newest revision of its draft.

        The current file is kept as a backup first, even when it is damaged (then
        it is kept aside as ``…-damaged.json``), so restoring never loses it. A
        file a newer jdtui wrote is refused, as everywhere.
        """
        draft_id = backup.draft_id
        path = self.path(draft_id)
        role = role_from_data(parse(read_bytes(backup.path) or b"", backup.path, DRAFT_KIND), backup.path)
        ensure_private_dir(self.folder)
        with locked(path):
            raw = read_bytes(path)
            stored_revision: int | None = 0
            if raw is not None:
                try:
                    stored_revision = role_from_data(parse(raw, path, DRAFT_KIND), path).revision
                except SchemaError:
                    raise
                except StoreError:
                    stored_revision = None  # damaged: kept aside, then replaced
                if self.backups is not None:
                    self.backups.keep_copy(draft_id, raw, stored_revision)
            revision = max(stored_revision or 0, role.revision) + 1
            restored = replace(role, id=draft_id, revision=revision, updated=now_iso())
            write_json(
                path, {TABLE: {"1": restored.to_dict()}, META: {"1": {"schema": SCHEMA, "kind": DRAFT_KIND}}}
            )
        return restored
