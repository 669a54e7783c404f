"""What every jdtui dialog shares: a framed modal box, Escape to cancel,
catalogue text in its footer, and the look from ``styles/dialogs.tcss``."""

from __future__ import annotations

from typing import TypeVar

from rich.text import Text
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Static

from ....core.text import strip_controls
from ....store.paths import styles_dir
from ...keys import localise_bindings

Result = TypeVar("Result")


class Dialog(ModalScreen[Result]):
    """A modal box; ``dismiss(value)`` returns its result, Escape returns None."""

    CSS_PATH = str(styles_dir() / "dialogs.tcss")
    BINDINGS = [Binding("escape", "cancel", "dialog.cancel")]

    def __init__(self) -> None:
        super().__init__()
        localise_bindings(self)

    def action_cancel(self) -> None:
        """Close the dialog without doing anything."""
        self.dismiss(None)

    def say(self, widget_id: str, message: str, *, error: bool = True) -> None:
        """Show ``message`` (plain text, never markup) in the line ``#widget_id``."""
        line = self.query_one(f"#{widget_id}", Static)
        line.update(Text(strip_controls(message)))
        line.set_class(error, "-error")
        line.display = bool(message)
