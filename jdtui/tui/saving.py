"""The app's save path: autosave, Ctrl+S, conflicts, quitting, and a dropped
connection (SIGHUP/SIGTERM) saving the latest text before the app goes."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import work

from ..i18n import t
from ..store.errors import ConflictError, StoreError
from .messages import RoleChanged

if TYPE_CHECKING:
    from textual.app import App
    from textual.timer import Timer

    from ..store.workspace import Workspace
    from .session import DraftSession

    _AppBase = App
else:
    _AppBase = object

#: Seconds a dropped connection gives the app to save and exit cleanly.
HANGUP_GRACE = 3.0
#: After a signal, keys already typed get this long (at most) to reach the editor…
DRAIN_LIMIT = 0.5
#: …checked every DRAIN_STEP seconds; DRAIN_QUIET quiet checks in a row end the wait.
DRAIN_STEP = 0.01
DRAIN_QUIET = 3


def _unread_input(fileno: int | None) -> int:
    """Bytes the terminal holds that nobody has read yet (0 when it cannot say)."""
    if fileno is None:
        return 0
    try:
        import fcntl
        import termios

        buffer = fcntl.ioctl(fileno, termios.FIONREAD, b"\0\0\0\0")
    except (ImportError, OSError, ValueError):
        return 0
    return int.from_bytes(buffer, sys.byteorder)


class SavingMixin(_AppBase):
    """Saving for :class:`jdtui.tui.app.JdtuiApp` (which holds ``session`` and
    ``flush_hooks``, and keeps the place left off in ``remember_place``)."""

    workspace: Workspace
    session: DraftSession | None
    flush_hooks: list[Callable[[], None]]
    _autosave: Timer | None
    #: lines to print once the terminal is back (a save that failed as the app went)
    farewell: list[str]
    #: text was lost: the app exits non-zero
    lost_text: bool = False
    _last_save_error: str | None = None
    #: the session whose conflict the user left for later: autosave does not ask again
    _conflict_later: DraftSession | None = None
    #: the text was saved (or kept) as the app goes: the time limit need not keep it
    _left: bool = False
    #: SIGHUP's and SIGTERM's handlers before the app's
    _previous_handlers: dict[int, Any]

    if TYPE_CHECKING:

        def remember_place(self) -> None: ...

    def _flush_edits(self) -> None:
        for hook in list(self.flush_hooks):
            hook()

    def _autosave_due(self) -> None:
        self._autosave = None
        session = self.session
        if session is not None and session.dirty and session is not self._conflict_later:
            self.save_in_background(session)

    def action_save(self) -> None:
        self._flush_edits()
        if self.session is None:
            self.notify(t("app.nothing_to_save"), severity="warning")
            return
        self._conflict_later = None  # Ctrl+S asks again
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
        if session is None:
            return
        if choice is None:
            # "decide later": autosave stops asking (each ask would keep another
            # backup); Ctrl+S asks again, and quitting saves the text as a new draft
            self._conflict_later = session
            self.notify(t("app.conflict_later"), severity="warning", timeout=10)
            return
        self._conflict_later = None
        try:
            if choice == "reload":
                session.reload()
                self.notify(t("app.reloaded_kept"), timeout=10)
            elif choice == "copy":
                session = self.session = session.save_as_copy()
                self.notify(t("app.saved_as_copy", id=session.role_id), timeout=8)
        except StoreError as error:
            self.notify(str(error), severity="error", timeout=10)
            return
        self.screen.post_message(RoleChanged(session.role))

    def _save_now_quietly(self) -> bool:
        """Save synchronously (before quitting or switching drafts); never lose text.

        ``False`` when it could not be saved (the reason in ``_last_save_error``)."""
        self._flush_edits()
        session = self.session
        if session is None or not session.dirty:
            return True
        try:
            session.save()
        except ConflictError:
            # Someone else saved meanwhile: keep both rather than overwrite theirs.
            try:
                self.session = copy = session.save_as_copy()
            except StoreError as error:
                self._last_save_error = str(error)
                return False
            else:
                self.farewell.append(t("app.saved_as_copy", id=copy.role_id))
        except StoreError as error:
            self._last_save_error = str(error)
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
        """SIGHUP and SIGTERM end the app, whatever it is doing.

        Plain ``signal.signal`` handlers, not the event loop's: Python runs them on
        the main thread between two bytecodes, so they run even when the loop has
        no turn to spare (a layout that never settles, a long render). The handler
        starts the time limit at once; the save and the clean exit run on the loop.
        """
        if threading.current_thread() is not threading.main_thread():
            return
        loop = asyncio.get_running_loop()

        def handler(signum: int, _frame: object) -> None:
            self._signalled(signum, loop)

        for signum in (signal.SIGHUP, signal.SIGTERM):
            with contextlib.suppress(OSError, RuntimeError, ValueError):
                self._previous_handlers[signum] = signal.signal(signum, handler)

    def _restore_signal_handlers(self) -> None:
        """The handlers from before the app (it has gone: nothing of it to save)."""
        for signum, previous in self._previous_handlers.items():
            with contextlib.suppress(OSError, RuntimeError, ValueError, TypeError):
                signal.signal(signum, previous)
        self._previous_handlers.clear()

    def _signalled(self, signum: int, loop: asyncio.AbstractEventLoop) -> None:
        if getattr(self, "_leaving_on", None) is not None:
            return  # a second signal: already leaving
        self._leaving_on = signum
        # The terminal may be gone, or the loop too busy: if a clean exit cannot
        # finish in time, keep what can be kept and go.
        killer = threading.Timer(HANGUP_GRACE, self._exit_now, (128 + signum,))
        killer.daemon = True
        killer.start()
        with contextlib.suppress(RuntimeError):  # the loop is closed: the killer ends it
            loop.call_soon_threadsafe(self._on_hangup, signum)

    def _on_hangup(self, signum: int) -> None:
        """On the loop, after SIGHUP/SIGTERM: let keys already typed reach the editor,
        save, then leave."""
        task = asyncio.get_running_loop().create_task(self._leave_after_signal(signum))
        self._leaving_task = task  # kept: a task nobody holds may be collected

    async def _leave_after_signal(self, signum: int) -> None:
        await self.drain_input()
        self.save_before_leaving()
        self.exit(return_code=128 + signum)

    def _exit_now(self, status: int) -> None:
        """The time limit after a signal is up: no clean exit came. Text not saved yet
        goes to a recovery file (from this thread: the loop is stuck), then the process ends."""
        if not self._left:
            with contextlib.suppress(Exception):
                self._keep_for_recovery()
        for line in self.farewell:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                print(line, file=sys.__stderr__, flush=True)
        os._exit(status)

    async def drain_input(self) -> None:
        """Wait (at most DRAIN_LIMIT seconds) until keys typed before now have reached
        their widgets: the terminal holds no unread bytes, and the app, the screen and
        the focused widget no queued messages, a few checks in a row."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + DRAIN_LIMIT
        quiet = 0
        while quiet < DRAIN_QUIET and loop.time() < deadline:
            pumps = (self, self.screen, self.focused)
            busy = _unread_input(self._input_fileno()) or any(
                pump is not None and pump.message_queue_size for pump in pumps
            )
            quiet = 0 if busy else quiet + 1
            await asyncio.sleep(DRAIN_STEP)

    def _input_fileno(self) -> int | None:
        fileno = getattr(getattr(self, "_driver", None), "fileno", None)
        return fileno if isinstance(fileno, int) else None

    def save_before_leaving(self) -> bool:
        """Save the text as typed; when that fails, keep it in a recovery file.

        ``False`` when the text is lost; what happened is in :attr:`farewell`
        (printed once the terminal is back), and the exit status says so.
        """
        if self._save_now_quietly():
            self._left = True
            self.remember_place()
            return True
        kept = self._keep_for_recovery()
        self._left = True
        return kept

    def _keep_for_recovery(self) -> bool:
        """The open draft's text, if not saved, into a recovery file; False if lost."""
        session = self.session
        if session is None or not session.dirty:
            return True
        error = self._last_save_error or t("app.quit_unsaved")
        title = session.role.title
        try:
            path = self.workspace.recovery.keep(session.role)
        except StoreError as problem:
            self.farewell.append(t("recovery.lost", title=title, error=error, reason=problem))
            self.lost_text = True
            return False
        self.farewell.append(t("recovery.kept", title=title, error=error, path=path))
        return True
