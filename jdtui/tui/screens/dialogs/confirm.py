"""A yes/no question."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from ....core.text import strip_controls
from ....i18n import t
from .base import Dialog


class ConfirmDialog(Dialog[bool]):
    """Asks ``question``; returns True for yes, False for no (Escape: False).

    The safe answer has the focus, so an accidental Enter never destroys work.
    """

    #: the answers sit side by side: the arrows move between them, as Tab does
    BINDINGS = [
        Binding("left", "app.focus_previous", "dialog.other_answer", show=False),
        Binding("right", "app.focus_next", "dialog.other_answer", show=False),
    ]

    def __init__(
        self, question: str, *, yes: str | None = None, no: str | None = None, title: str | None = None
    ) -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes or t("dialog.yes")
        self.no_label = no or t("dialog.no")
        self.title_text = title or t("confirm.title")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog -small"):
            yield Static(Text(strip_controls(self.title_text)), classes="dialog-title")
            yield Static(Text(strip_controls(self.question)), id="question")
            with Horizontal(classes="dialog-buttons"):
                yield Button(Text(self.yes_label), id="yes", variant="default")
                yield Button(Text(self.no_label), id="no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed, "#yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def _no(self) -> None:
        self.dismiss(False)

    def action_cancel(self) -> None:
        self.dismiss(False)
