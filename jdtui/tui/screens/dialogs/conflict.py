"""The draft was saved elsewhere: reload theirs, keep mine as a new draft, or decide later.

The dialog appears while the user may still be typing (an autosave found the
conflict), so it never acts on a key it could not have been seen for: it takes
keys only once they have stopped for :data:`ARM_DELAY` seconds (each key before
that is dropped and starts the wait again). Reloading theirs takes two keys
(``r``, then ``y``), with a wait between them too. Whatever is chosen, the
user's text was kept as a backup of the draft before the dialog appeared.
"""

from __future__ import annotations

from typing import Literal

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Button, Static

from ....core.text import strip_controls
from ....i18n import t
from ...widgets.library_entries import one_line
from .base import Dialog

ConflictChoice = Literal["reload", "copy"]

#: Seconds without a key before the dialog takes keys (tests set it to zero,
#: or call :meth:`ConflictDialog.arm`).
ARM_DELAY = 0.6


class ConflictDialog(Dialog[ConflictChoice]):
    """Explains a save conflict; returns "reload", "copy" or None (decide later).

    Nothing is decided for the user: both versions stay until they choose,
    and theirs replaces the text on screen only after a confirmation.
    """

    BINDINGS = [
        Binding("r", "ask_reload", "conflict.reload"),
        Binding("y", "confirm_reload", "conflict.confirm", show=False),
        Binding("c", "choose('copy')", "conflict.copy"),
    ]

    def __init__(
        self, title: str = "", *, theirs: int | None = None, ours: int | None = None, kept: bool = True
    ) -> None:
        super().__init__()
        self.role_title = title
        self.theirs = theirs
        self.ours = ours
        #: the user's text was kept as a backup before the dialog appeared
        self.kept = kept
        #: keys are taken (the user has stopped typing)
        self.armed = False
        #: "r" was pressed: the next answer is the confirmation
        self.confirming = False
        self._arm_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("conflict.title"), classes="dialog-title")
            yield Static(Text(self.explanation()), id="conflict-text")
            yield Static(id="conflict-note", classes="dialog-note")
            with Horizontal(classes="dialog-buttons", id="choices"):
                yield Button(Text(t("conflict.reload_button")), id="reload", variant="default")
                yield Button(Text(t("conflict.copy_button")), id="copy", variant="primary")
                yield Button(Text(t("conflict.later_button")), id="cancel")
            with Horizontal(classes="dialog-buttons", id="confirm"):
                yield Button(Text(t("conflict.confirm_button")), id="confirm-reload", variant="error")
                yield Button(Text(t("conflict.back_button")), id="back", variant="primary")

    def _draft_name(self) -> str:
        return one_line(strip_controls(self.role_title), 50) or t("conflict.this_draft")

    def explanation(self) -> str:
        """What happened, with the draft's title and both revisions when they are known."""
        title = self._draft_name()
        if self.theirs is None or self.ours is None:
            text = t("conflict.explain_plain", title=title)
        else:
            text = t("conflict.explain", title=title, theirs=self.theirs, ours=self.ours)
        return f"{text} {t('conflict.kept' if self.kept else 'conflict.not_kept')}"

    def on_mount(self) -> None:
        self._disarm()

    # --- the guard against keys typed before the dialog was seen --------------
    def _disarm(self) -> None:
        """Take no key until keys stop for ARM_DELAY seconds."""
        self.armed = False
        for button in self.query(Button):
            button.disabled = True
        self._show_state()
        self._restart_wait()

    def _restart_wait(self) -> None:
        if self._arm_timer is not None:
            self._arm_timer.stop()
        self._arm_timer = self.set_timer(ARM_DELAY, self.arm)

    def arm(self) -> None:
        """Take keys from now on (the wait is over)."""
        if self._arm_timer is not None:
            self._arm_timer.stop()
            self._arm_timer = None
        self.armed = True
        for button in self.query(Button):
            button.disabled = False
        self._show_state()
        # the safe answer has the focus: saving a copy or going back loses nothing
        self.query_one("#back" if self.confirming else "#copy", Button).focus()

    def on_key(self, event: events.Key) -> None:
        if not self.armed:
            event.stop()
            event.prevent_default()
            self._restart_wait()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.armed:
            return False
        if action == "confirm_reload":
            return self.confirming
        if action in ("ask_reload", "choose"):
            return not self.confirming
        return True

    def _show_state(self) -> None:
        if not self.is_mounted:
            return
        self.query_one("#choices").display = not self.confirming
        self.query_one("#confirm").display = self.confirming
        if not self.armed:
            note = t("conflict.waiting")
        elif self.confirming:
            note = t("conflict.confirm_question", title=self._draft_name(), theirs=self.theirs or "?")
        else:
            note = t("conflict.options")
        self.query_one("#conflict-note", Static).update(Text(note))
        self.refresh_bindings()

    # --- the answers ----------------------------------------------------------
    def action_ask_reload(self) -> None:
        """The first of the two keys that reload theirs: ask to confirm."""
        self.confirming = True
        self._disarm()  # a key typed right after "r" never confirms

    def action_confirm_reload(self) -> None:
        if self.confirming:
            self.dismiss("reload")

    def action_cancel(self) -> None:
        """Escape: back from the confirmation, else close and decide later."""
        if self.confirming:
            self.confirming = False
            self.arm()
            return
        self.dismiss(None)

    def action_choose(self, choice: str) -> None:
        """Answer the dialog: "copy" (reloading takes a confirmation)."""
        if choice == "copy":
            self.dismiss("copy")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if not self.armed:
            return
        button = event.button.id
        if button == "reload":
            self.action_ask_reload()
        elif button == "confirm-reload":
            self.action_confirm_reload()
        elif button == "copy":
            self.dismiss("copy")
        elif button == "back":
            self.action_cancel()
        else:
            self.dismiss(None)
