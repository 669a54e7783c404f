"""Restore the open draft, the user's own blocks or the settings from a backup."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, OptionList, Static, Tab, Tabs
from textual.widgets.option_list import Option

from ....core.model import Role
from ....i18n import t
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


#: what can be restored besides the open draft: the user's store files
FILE_TARGETS = ("blocks", "settings")


class RestoreDialog(Dialog[Role]):
    """Restores the open draft, the user's own blocks or the settings from a backup.

    Tabs at the top choose what (the draft only when one is open); the list shows
    its backups, newest first. The chosen one is restored after a confirmation.
    A restored draft is returned; for blocks and settings the dialog says what it
    did and returns None.
    """

    class Listed(Message):
        def __init__(self, target: str, backups: list, error: str) -> None:
            super().__init__()
            self.target = target
            self.backups = backups
            self.error = error

    class Restored(Message):
        def __init__(self, target: str, role: Role | None, error: str) -> None:
            super().__init__()
            self.target = target
            self.role = role
            self.error = error

    BINDINGS = [
        Binding("left", "target(-1)", "restore.key.target", show=False),
        Binding("right", "target(1)", "restore.key.target", show=False),
    ]

    def __init__(self, draft_id: str | None = None, title: str = "") -> None:
        super().__init__()
        self.draft_id = draft_id
        self.role_title = title
        self.backups: list = []
        #: what the list shows: "draft", "blocks" or "settings"
        self.target = "draft" if draft_id else FILE_TARGETS[0]

    def compose(self) -> ComposeResult:
        targets = (("draft",) if self.draft_id else ()) + FILE_TARGETS
        with Vertical(classes="dialog"):
            yield Static(t("restore.title"), classes="dialog-title")
            yield Tabs(
                *(Tab(t(f"restore.target.{name}"), id=f"target-{name}") for name in targets), id="targets"
            )
            yield Static("", id="restore-explain", classes="dialog-note")
            yield OptionList(id="backups")
            yield Static("", id="restore-message", classes="dialog-message")
            with Horizontal(classes="dialog-buttons"):
                yield Button(Text(t("restore.do")), id="restore", variant="primary", disabled=True)
                yield Button(Text(t("dialog.cancel")), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#targets", Tabs).active = f"target-{self.target}"
        self._show_target()

    def action_target(self, step: int) -> None:
        """Show the previous or next thing to restore (the draft, own blocks, settings)."""
        tabs = self.query_one("#targets", Tabs)
        if step < 0:
            tabs.action_previous_tab()
        else:
            tabs.action_next_tab()

    @on(Tabs.TabActivated, "#targets")
    def _target_chosen(self, event: Tabs.TabActivated) -> None:
        target = (event.tab.id or "").removeprefix("target-")
        if target and target != self.target:
            self.target = target
            self._show_target()

    def _source(self, target: str) -> str:
        """The name the workspace keeps the backups of ``target`` under."""
        return (self.draft_id or "") if target == "draft" else target

    def _show_target(self) -> None:
        name = self.role_title or self.draft_id or ""
        self.query_one("#restore-explain", Static).update(
            Text(t(f"restore.explain.{self.target}", title=name))
        )
        self.backups = []
        self.query_one("#backups", OptionList).clear_options()
        self.query_one("#restore", Button).disabled = True
        self.say("restore-message", t("restore.loading"), error=False)
        self._list(self.target)

    @work(thread=True, exclusive=True, group="restore")
    def _list(self, target: str) -> None:
        try:
            backups = list(self.app.workspace.backups(self._source(target)))  # newest first
        except Exception as error:  # shown to the user in words, never a traceback
            self.post_message(self.Listed(target, [], str(error)))
            return
        self.post_message(self.Listed(target, backups, ""))

    @on(Listed)
    def _listed(self, message: Listed) -> None:
        if message.target != self.target:
            return  # the user chose something else meanwhile
        self.backups = message.backups
        options = self.query_one("#backups", OptionList)
        options.clear_options()
        for index, backup in enumerate(self.backups):
            options.add_option(Option(Text(_label(backup)), id=str(index)))
        if message.error:
            self.say("restore-message", message.error)
        elif not self.backups:
            self.say("restore-message", t(f"restore.none.{self.target}"), error=False)
            self.query_one("#targets", Tabs).focus()
        else:
            self.say("restore-message", "")
            options.highlighted = 0
            if not self.query_one("#targets", Tabs).has_focus:
                options.focus()
            self.query_one("#restore", Button).disabled = False

    @on(OptionList.OptionSelected, "#backups")
    @on(Button.Pressed, "#restore")
    def _ask(self) -> None:
        index = self.query_one("#backups", OptionList).highlighted
        if index is None or not (0 <= index < len(self.backups)):
            return
        backup, target = self.backups[index], self.target
        question = t(f"restore.confirm.{target}", version=_label(backup))

        def answered(yes: bool | None) -> None:
            if yes:
                self.say("restore-message", t("restore.working"), error=False)
                self._restore(target, backup)

        self.app.push_screen(ConfirmDialog(question, yes=t("restore.do")), answered)

    @work(thread=True, exclusive=True, group="restore")
    def _restore(self, target: str, backup: object) -> None:
        workspace = self.app.workspace
        try:
            if target == "draft":
                role = workspace.restore_backup(backup)
            else:
                workspace.restore_file_backup(target, backup)
                role = None
        except Exception as error:  # shown to the user in words, never a traceback
            self.post_message(self.Restored(target, None, t("restore.failed", error=str(error))))
            return
        self.post_message(self.Restored(target, role, ""))

    @on(Restored)
    def _restored(self, message: Restored) -> None:
        if message.error:
            self.say("restore-message", message.error)
            return
        if message.target != "draft":
            self.app.notify(t(f"restore.done.{message.target}"), timeout=8, markup=False)
        self.dismiss(message.role)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)


def _label(backup) -> str:
    """One backup in the list: when, and the draft's revision when it has one."""
    when = _when(backup.created)
    if getattr(backup, "damaged", False):
        return t("restore.item.damaged", when=when)
    if backup.revision is None:
        return when
    return t("restore.item", when=when, revision=backup.revision)
