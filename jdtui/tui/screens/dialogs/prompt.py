"""One line of text asked for (a draft's new title, …)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from ....core.text import strip_controls
from ....i18n import t
from .base import Dialog


class PromptDialog(Dialog[str]):
    """Asks for one line; Enter or OK returns it (stripped), Escape returns None.
    An empty answer is refused in place."""

    def __init__(self, title: str, label: str, value: str = "", empty: str | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.label = label
        self.value = value
        #: what to say when the answer is empty (default: a title cannot be empty)
        self.empty = empty

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog -small"):
            yield Static(Text(strip_controls(self.title_text)), classes="dialog-title")
            yield Static(Text(strip_controls(self.label)), classes="field-label")
            yield Input(value=self.value, id="answer", compact=True)
            yield Static("", id="prompt-message", classes="dialog-message")
            with Horizontal(classes="dialog-buttons"):
                yield Button(Text(t("dialog.ok")), id="ok", variant="primary")
                yield Button(Text(t("dialog.cancel")), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#prompt-message").display = False
        self.set_focus(self.query_one("#answer", Input))

    @on(Input.Submitted, "#answer")
    @on(Button.Pressed, "#ok")
    def _done(self) -> None:
        text = " ".join(self.query_one("#answer", Input).value.split())
        if not text:
            self.say("prompt-message", self.empty or t("draft.empty_title"))
            return
        self.dismiss(text)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
