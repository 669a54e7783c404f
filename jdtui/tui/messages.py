"""Messages screens and widgets exchange."""

from __future__ import annotations

from textual.message import Message

from ..core.model import Role


class RoleChanged(Message):
    """The role being composed changed (edit, undo, open, reload)."""

    def __init__(self, role: Role) -> None:
        super().__init__()
        #: the current role
        self.role = role


class UiLangChanged(Message):
    """The UI language was switched; screens re-render their labels."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang


class LibraryLoaded(Message):
    """The library finished loading in a worker."""
