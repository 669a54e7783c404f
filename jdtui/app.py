"""The Textual app (thin): modes, global bindings, wiring."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, OptionList
from rich.text import Text
from textual.widgets.option_list import Option

from .store.paths import styles_dir
from .store.workspace import Workspace


class JdtuiApp(App):
    CSS_PATH = str(styles_dir() / "app.tcss")
    TITLE = "jdtui"

    def __init__(self, workspace: Workspace | None = None) -> None:
        super().__init__()
        self.workspace = workspace or Workspace()

    def compose(self) -> ComposeResult:
        yield Header()
        yield OptionList(
            *(Option(Text(f"{t.lang}  {t.title}"), id=t.id) for t in self.workspace.templates()),
            id="templates",
        )
        yield Footer()
