"""Errors the store reports in words a person understands."""

from __future__ import annotations

from pathlib import Path


def shown(value: object) -> str:
    """``value`` as one line without control characters, safe to print anywhere."""
    from ..core.text import strip_controls

    return " ".join(strip_controls(str(value)).split("\n"))


class StoreError(Exception):
    """A store file cannot be used. The file is left untouched.

    ``backup`` is the latest backup of the file, when one exists; ``draft_id``
    lets the message say how to restore it.
    """

    def __init__(
        self,
        message: str,
        path: Path | str | None = None,
        backup: Path | None = None,
        *,
        draft_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.backup = backup
        self.draft_id = draft_id

    def with_backup(self, backup: Path | None, draft_id: str | None = None) -> StoreError:
        """This error, naming the latest backup of the file (``None``: there is none)."""
        self.backup = backup
        self.draft_id = draft_id
        self._backup_known = True
        return self

    def __str__(self) -> str:
        from ..i18n import t

        text = shown(self.message)
        if self.path is not None:
            text = t("store.at", path=shown(self.path), message=text)
        if self.backup is not None and self.draft_id:
            text += t("store.latest_backup", backup=shown(self.backup), id=self.draft_id)
        elif self.backup is not None:
            text += t("store.latest_backup_plain", backup=shown(self.backup))
        elif getattr(self, "_backup_known", False):
            text += t("store.no_backup")
        return text


class NotWritten(StoreError):
    """Nothing was written (a full disk, a read-only file system or folder, a lock
    that could not be had): the file on disk is as it was. A backup is no help
    here, so the message never advises restoring one (:meth:`draft_unchanged`)."""

    def draft_unchanged(self, draft_id: str, revision: int | None) -> NotWritten:
        """This error, saying that the draft ``draft_id`` on disk is intact."""
        self.draft_id = draft_id
        self.kept_revision = revision
        self._unchanged = True
        return self

    def __str__(self) -> str:
        from ..i18n import t

        text = super().__str__()
        if not getattr(self, "_unchanged", False):
            return text
        if self.kept_revision is None:
            return text + t("store.draft_unchanged")
        return text + t("store.draft_unchanged_at", revision=self.kept_revision)


class SchemaError(StoreError):
    """A file written by a newer (or unknown) version of jdtui."""


class ConflictError(StoreError):
    """A draft was saved by someone else since it was loaded."""

    def __init__(
        self, message: str, path: Path | str | None = None, *, theirs: int = 0, ours: int = 0
    ) -> None:
        super().__init__(message, path)
        self.theirs = theirs
        self.ours = ours


class NotFoundError(StoreError):
    """No template or draft with that id."""


class UnreadableDocument(StoreError):
    """A file to import is empty, binary, too large or in an unknown encoding."""
