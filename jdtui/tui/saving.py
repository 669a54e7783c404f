"""The app's save path: autosave, Ctrl+S, conflicts, quitting, and a dropped
connection (SIGHUP/SIGTERM) saving the latest text before the app goes."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import work

from ..i18n import t
from ..store.errors import ConflictError, StoreError
from .messages import RoleChanged

if TYPE_CHECKING:
    from textual.timer import Timer

    from .session import DraftSession

#: Seconds a dropped connection gives the app to exit cleanly after saving.
HANGUP_GRACE = 2.0


class SavingMixin:
    """Saving for :class:`jdtui.tui.app.JdtuiApp` (which holds ``session`` and
    ``flush_hooks``, and keeps the place left off in ``remember_place``)."""

    session: DraftSession | None
    flush_hooks: list[Callable[[], None]]
    _autosave: Timer | None

    def _flush_edits(self) -> None:
        for hook in list(self.flush_hooks):
            hook()

    def _autosave_due(self) -> None:
        self._autosave = None
        if self.session is not None and self.session.dirty:
            self.save_in_background(self.session)

    def action_save(self) -> None:
        self._flush_edits()
        if self.session is None:
            self.notify(t("app.nothing_to_save"), severity="warning")
            return
        self.save_in_background(self.session, announce=True)

    @work(thread=True, group="save")
    def save_in_background(self, session: DraftSession, announce: bool = False) -> None:
        """Save off the UI thread; saves of one session are serialised by the session."""
        try:
            revision = session.save()
        except ConflictError as conflict:
            self.call_from_thread(self._on_conflict, session, conflict)
        except StoreError as error:
            self.call_from_thread(self.notify, str(error), severity="error", timeout=10)
        else:
            if announce:
                self.call_from_thread(self.notify, t("app.saved", revision=revision))
            self.call_from_thread(self._saved)

    def _saved(self) -> None:
        self.screen.post_message(RoleChanged(self.session.role)) if self.session else None

    def _on_conflict(self, session: DraftSession, conflict: ConflictError | None = None) -> None:
        if session is not self.session:
            return
        from .screens.dialogs import ConflictDialog

        if isinstance(self.screen, ConflictDialog):
            return  # one dialog asks; a save that clashed meanwhile changes nothing
        # the user's text is kept before anything is asked: whatever they choose
        # (or if the app goes before they do), it can be restored
        try:
            session.keep_unsaved()
            kept = True
        except StoreError:
            kept = False
        dialog = ConflictDialog(
            session.role.title,
            theirs=conflict.theirs if conflict else None,
            ours=conflict.ours if conflict else None,
            kept=kept,
        )
        self.push_screen(dialog, self._resolve_conflict)

    def _resolve_conflict(self, choice: str | None) -> None:
        session = self.session
        if session is None or choice is None:
            return
        try:
            if choice == "reload":
                session.reload()
                self.notify(t("app.reloaded_kept"), timeout=10)
            elif choice == "copy":
                self.session = session.save_as_copy()
                self.notify(t("app.saved_as_copy", id=self.session.role_id), timeout=8)
        except StoreError as error:
            self.notify(str(error), severity="error", timeout=10)
            return
        self.screen.post_message(RoleChanged(self.session.role))

    def _save_now_quietly(self) -> bool:
        """Save synchronously (before quitting or switching drafts); never lose text."""
        self._flush_edits()
        session = self.session
        if session is None or not session.dirty:
            return True
        try:
            session.save()
        except ConflictError:
            # Someone else saved meanwhile: keep both rather than overwrite theirs.
            try:
                self.session = session.save_as_copy()
            except StoreError:
                return False
        except StoreError:
            return False
        return True

    async def action_quit(self) -> None:
        if not self._save_now_quietly():
            self.notify(t("app.quit_unsaved"), severity="error", timeout=10)
            return
        self.remember_place()
        self.exit()

    # --- dropped connections -------------------------------------------------
    def _install_signal_handlers(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGHUP, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self._on_hangup, signum)

    def _on_hangup(self, signum: int) -> None:
        """SIGHUP/SIGTERM: save the latest text synchronously, then leave."""
        if self._save_now_quietly():
            self.remember_place()
        # The terminal may be gone; if a clean exit cannot finish, do not linger.
        killer = threading.Timer(HANGUP_GRACE, os._exit, (128 + signum,))
        killer.daemon = True
        killer.start()
        self.exit(return_code=128 + signum)
