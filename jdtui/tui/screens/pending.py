"""Stand-ins shown until the real Check & Export and help screens are installed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import ActiveBinding
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Header, Static

from ...i18n import t


class PendingScreen(Screen):
    """A screen that is not built yet."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("app.pending"))
        yield Footer()


class KeysScreen(ModalScreen):
    """A plain list of the current screen's keys."""

    BINDINGS = [("escape,f1,q", "dismiss", "Close")]

    def __init__(self, bindings: dict[str, ActiveBinding]) -> None:
        super().__init__()
        self._keys = dict(bindings)

    def compose(self) -> ComposeResult:
        from rich.text import Text

        lines = Text()
        for key, active in self._keys.items():
            lines.append(f"{key:<14}", style="bold")
            lines.append(f"{active.binding.description}\n")
        yield Static(lines, id="keys")
