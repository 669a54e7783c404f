"""Restore a draft from one of its backups."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from ...core.model import Role
from ...i18n import t
from .base import Dialog
from .confirm import ConfirmDialog


def _when(created: object) -> str:
    """A backup's time, local and to the minute."""
    if isinstance(created, (int, float)):
        created = datetime.fromtimestamp(created)
    if isinstance(created, str):
        try:
            created = datetime.fromisoformat(created)
        except ValueError:
            return created
    if isinstance(created, datetime):
        if created.tzinfo is not None:
            created = created.astimezone()
        return created.strftime("%Y-%m-%d %H:%M:%S")
    return str(created)


class RestoreDialog(Dialog[Role]):
    """Lists the backups of draft ``draft_id``, newest first; restores the chosen
    one (after a confirmation) and returns the restored role, or None."""

    class Listed(Message):
        def __init__(self, backups: list, error: str) -> None:
            super().__init__()
            self.backups = backups
            self.error = error

    class Restored(Message):
        def __init__(self, role: Role | None, error: str) -> None:
            super().__init__()
            self.role = role
            self.error = error

    def __init__(self, draft_id: str, title: str = "") -> None:
        super().__init__()
        self.draft_id = draft_id
        self.role_title = title
        self.backups: list = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("restore.title"), classes="dialog-title")
            yield Static(Text(t("restore.explain", title=self.role_title or self.draft_id)), classes="dialog-note")
            yield OptionList(id="backups")
            yield Static("", id="restore-message", classes="dialog-message")
            with Horizontal(classes="dialog-buttons"):
                yield Button(Text(t("restore.do")), id="restore", variant="primary", disabled=True)
                yield Button(Text(t("dialog.cancel")), id="cancel")

    def on_mount(self) -> None:
        self.say("restore-message", t("restore.loading"), error=False)
        self._list()

    @work(thread=True, exclusive=True, group="restore")
    def _list(self) -> None:
        try:
            backups = list(self.app.workspace.backups(self.draft_id))  # newest first
        except Exception as error:  # shown to the user in words, never a traceback
            self.post_message(self.Listed([], str(error)))
            return
        self.post_message(self.Listed(backups, ""))

    @on(Listed)
    def _listed(self, message: Listed) -> None:
        self.backups = message.backups
        options = self.query_one("#backups", OptionList)
        options.clear_options()
        for index, backup in enumerate(self.backups):
            label = t("restore.item", when=_when(backup.created), revision=backup.revision)
            options.add_option(Option(Text(label), id=str(index)))
        if message.error:
            self.say("restore-message", message.error)
        elif not self.backups:
            self.say("restore-message", t("restore.none"), error=False)
        else:
            self.say("restore-message", "")
            options.highlighted = 0
            options.focus()
            self.query_one("#restore", Button).disabled = False

    @on(OptionList.OptionSelected, "#backups")
    @on(Button.Pressed, "#restore")
    def _ask(self) -> None:
        index = self.query_one("#backups", OptionList).highlighted
        if index is None or not (0 <= index < len(self.backups)):
            return
        backup = self.backups[index]
        question = t("restore.confirm", when=_when(backup.created), revision=backup.revision)

        def answered(yes: bool | None) -> None:
            if yes:
                self.say("restore-message", t("restore.working"), error=False)
                self._restore(backup)

        self.app.push_screen(ConfirmDialog(question, yes=t("restore.do")), answered)

    @work(thread=True, exclusive=True, group="restore")
    def _restore(self, backup: object) -> None:
        try:
            role = self.app.workspace.restore_backup(backup)
        except Exception as error:  # shown to the user in words, never a traceback
            self.post_message(self.Restored(None, t("restore.failed", error=str(error))))
            return
        self.post_message(self.Restored(role, ""))

    @on(Restored)
    def _restored(self, message: Restored) -> None:
        if message.error:
            self.say("restore-message", message.error)
            return
        self.dismiss(message.role)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
