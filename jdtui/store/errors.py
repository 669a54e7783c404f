"""Errors the store reports in words a person understands."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A store file cannot be used. The file is left untouched."""

    def __init__(self, message: str, path: Path | str | None = None, backup: Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.backup = backup
        text = message if path is None else f"{path}: {message}"
        if backup is not None:
            text += f" (latest backup: {backup})"
        super().__init__(text)


class SchemaError(StoreError):
    """A file written by a newer (or unknown) version of jdtui."""


class ConflictError(StoreError):
    """A draft was saved by someone else since it was loaded."""

    def __init__(self, message: str, path: Path | str | None = None, *, theirs: int = 0, ours: int = 0) -> None:
        super().__init__(message, path)
        self.theirs = theirs
        self.ours = ours


class NotFoundError(StoreError):
    """No template or draft with that id."""
