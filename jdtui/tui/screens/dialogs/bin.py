"""The bin: deleted drafts, one of which Enter brings back."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ....core.report import format_when
from ....core.text import strip_controls
from ....i18n import t, ui_lang
from .base import Dialog


class BinDialog(Dialog[str]):
    """Lists deleted drafts, newest first; Enter restores the chosen one and
    returns its id (Escape: None). The list is read in a worker."""

    class Listed(Message):
        def __init__(self, rows: list, error: str) -> None:
            super().__init__()
            self.rows = rows
            self.error = error

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(t("bin.title")), classes="dialog-title")
            yield Static(Text(t("bin.loading")), id="bin-note", classes="dialog-note")
            yield OptionList(id="bin-list")
            yield Static("", id="bin-message", classes="dialog-message")

    def on_mount(self) -> None:
        self.query_one("#bin-message").display = False
        self._list()

    @work(thread=True, exclusive=True, group="bin")
    def _list(self) -> None:
        try:
            rows, error = self.app.workspace.deleted_drafts(), ""  # type: ignore[attr-defined]
        except Exception as problem:  # a damaged store says so here, not as a traceback
            rows, error = [], str(problem)
        self.post_message(self.Listed(rows, error))

    @on(Listed)
    def _listed(self, message: Listed) -> None:
        options = self.query_one("#bin-list", OptionList)
        options.clear_options()
        lang = ui_lang()
        for row in message.rows:
            label = Text(f"{format_when(row.deleted, lang)}  {row.lang}  ")
            label.append(strip_controls(row.title))
            options.add_option(Option(label, id=row.id))
        note = t("bin.note") if message.rows else t("bin.empty")
        self.query_one("#bin-note", Static).update(Text(note))
        if message.error:
            self.say("bin-message", message.error)
        if message.rows:
            options.highlighted = 0
        options.focus()

    @on(OptionList.OptionSelected, "#bin-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        draft_id = event.option.id
        if not draft_id:
            return
        try:
            self.app.workspace.undelete_draft(draft_id)  # type: ignore[attr-defined]
        except Exception as problem:
            self.say("bin-message", str(problem))
            return
        self.dismiss(draft_id)
