"""The draft was saved elsewhere: reload theirs, keep mine as a copy, or think again."""

from __future__ import annotations

from typing import Literal

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from ....core.text import strip_controls
from ....i18n import t
from .base import Dialog

ConflictChoice = Literal["reload", "copy"]


class ConflictDialog(Dialog[ConflictChoice]):
    """Explains a save conflict; returns "reload", "copy" or None (cancel).

    Nothing is decided for the user: both versions stay until they choose.
    """

    BINDINGS = [
        Binding("r", "choose('reload')", "conflict.reload"),
        Binding("c", "choose('copy')", "conflict.copy"),
    ]

    def __init__(self, title: str = "", *, theirs: int | None = None, ours: int | None = None) -> None:
        super().__init__()
        self.role_title = title
        self.theirs = theirs
        self.ours = ours

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("conflict.title"), classes="dialog-title")
            yield Static(Text(self.explanation()), id="conflict-text")
            yield Static(Text(t("conflict.options")), classes="dialog-note")
            with Horizontal(classes="dialog-buttons"):
                yield Button(Text(t("conflict.reload_button")), id="reload", variant="default")
                yield Button(Text(t("conflict.copy_button")), id="copy", variant="primary")
                yield Button(Text(t("dialog.cancel")), id="cancel")

    def explanation(self) -> str:
        """What happened, with the revisions when they are known."""
        title = strip_controls(self.role_title) or t("conflict.this_draft")
        if self.theirs is None or self.ours is None:
            return t("conflict.explain_plain", title=title)
        return t("conflict.explain", title=title, theirs=self.theirs, ours=self.ours)

    def on_mount(self) -> None:
        # saving a copy loses nothing, so it is the default answer
        self.query_one("#copy", Button).focus()

    def action_choose(self, choice: str) -> None:
        """Answer the dialog: "reload" or "copy"."""
        self.dismiss("reload" if choice == "reload" else "copy")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "reload":
            self.dismiss("reload")
        elif event.button.id == "copy":
            self.dismiss("copy")
        else:
            self.dismiss(None)
