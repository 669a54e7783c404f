"""A dropped connection (SIGHUP) or a kill (SIGTERM) while typing: the text is saved
(issue 18, point 10), or kept in a recovery file when it cannot be; and the exit
status says what happened (point 9: 128+signal, 1 after a crash).

The app runs in a real pseudo-terminal in a subprocess, is driven by keys, and
is signalled while the typed text has not been autosaved yet.
"""

from __future__ import annotations

import os
import signal
import stat
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from .pty_support import TIMEOUT, Terminal, app_env, patched_app, workspace_of

#: tries of "type, then signal at once" per signal
TRIES = 3


@pytest.fixture(autouse=True)
def same_state_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The test looks for recovery files where the app of ``app_env`` puts them."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def _texts(tmp_path: Path) -> list[str]:
    roles, errors = workspace_of(tmp_path).list_drafts()
    assert not errors
    return [item.local.text for role in roles for _s, _i, item in role.items() if item.local is not None]


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM])
def test_signal_while_typing_saves_the_typed_text(tmp_path: Path, signum: int) -> None:
    draft = workspace_of(tmp_path).new_draft("en-client-manager")
    terminal = Terminal(app_env(tmp_path))
    try:
        terminal.open_first_draft_in_the_editor()
        terminal.send("HANGUPTEXT")
        terminal.wait_for("HANGUPTEXT")
        os.kill(terminal.process.pid, signum)
        assert terminal.wait_exit() == 128 + signum, "the app did not exit, or with another status"
    finally:
        terminal.close()
    assert any("HANGUPTEXT" in text for text in _texts(tmp_path))
    assert [role.id for role in workspace_of(tmp_path).list_drafts()[0]] == [draft.id]


def _tries(tmp_path: Path, signum: int, after_typing: Callable[[Terminal, str], None]) -> list[int]:
    """TRIES times: open a draft in a fresh app, type a word, ``after_typing`` (which
    signals the app); the tries whose word did not reach the draft."""
    lost = []
    for attempt in range(TRIES):
        folder = tmp_path / f"try-{attempt}"
        workspace_of(folder).new_draft("en-client-manager")
        terminal = Terminal(app_env(folder))
        word = f"TYPED{attempt}WORD"
        try:
            terminal.open_first_draft_in_the_editor()
            terminal.send(word)
            after_typing(terminal, word)
            assert terminal.wait_exit() == 128 + signum
        finally:
            terminal.close()
        if not any(word in text for text in _texts(folder)):
            lost.append(attempt)
    return lost


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM])
def test_keys_typed_right_before_the_signal_are_saved(tmp_path: Path, signum: int) -> None:
    """The signal comes before the screen has shown the keys (10 of 43 lost before)."""

    def signal_at_once(terminal: Terminal, _word: str) -> None:
        os.kill(terminal.process.pid, signum)  # nothing on screen yet

    lost = _tries(tmp_path, signum, signal_at_once)
    assert lost == [], f"{len(lost)} of {TRIES} tries lost the keys typed before the signal"


def test_a_terminal_gone_before_the_hangup_loses_no_text(tmp_path: Path) -> None:
    """The pty closes under the app, then SIGHUP: what was typed is saved all the same
    (keys the app has read; the kernel drops what is still in the terminal's buffer)."""

    def hang_up_once_read(terminal: Terminal, word: str) -> None:
        terminal.wait_for(word)
        terminal.hang_up()

    lost = _tries(tmp_path, signal.SIGHUP, hang_up_once_read)
    assert lost == [], f"{len(lost)} of {TRIES} tries lost the text when the terminal went"


def _read_only(folder: Path) -> None:
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)


def test_a_failed_save_at_hangup_keeps_the_text_in_a_recovery_file(tmp_path: Path) -> None:
    workspace = workspace_of(tmp_path)
    draft = workspace.new_draft("en-client-manager")
    terminal = Terminal(app_env(tmp_path))
    try:
        terminal.open_first_draft_in_the_editor()
        terminal.send("UNSAVEDTEXT")
        terminal.wait_for("UNSAVEDTEXT")
        _read_only(workspace.drafts.folder)  # as a full disk would, the save fails
        _read_only(workspace.data_dir)
        os.kill(terminal.process.pid, signal.SIGHUP)
        assert terminal.wait_exit() == 128 + signal.SIGHUP
    finally:
        terminal.close()
        os.chmod(workspace.drafts.folder, 0o700)
        os.chmod(workspace.data_dir, 0o700)
    assert "recovery file" in terminal.output.decode(errors="replace")
    assert not any("UNSAVEDTEXT" in text for text in _texts(tmp_path))
    files = workspace_of(tmp_path).recovery.files()
    assert [path.parent for path in files] == [tmp_path / "state" / "jdtui" / "recovery"]
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600

    # the next start brings the text back into its draft (and says so: test_recovery.py)
    terminal = Terminal(app_env(tmp_path))
    try:
        terminal.wait_for("Enter or n makes a draft")
        deadline = time.monotonic() + TIMEOUT
        while workspace_of(tmp_path).recovery.files() and time.monotonic() < deadline:
            terminal.read(0.1)
        terminal.send("\x11")  # Ctrl+Q
        assert terminal.wait_exit() == 0
    finally:
        terminal.close()
    assert any("UNSAVEDTEXT" in text for text in _texts(tmp_path))
    assert workspace_of(tmp_path).drafts.load(draft.id).revision > draft.revision
    assert workspace_of(tmp_path).recovery.files() == []


def test_text_that_can_be_kept_nowhere_makes_the_exit_status_say_so(tmp_path: Path) -> None:
    workspace = workspace_of(tmp_path)
    workspace.new_draft("en-client-manager")
    env = app_env(tmp_path)
    (tmp_path / "tmp").mkdir()
    env["TMPDIR"] = str(tmp_path / "tmp")  # the last place a recovery file may go
    terminal = Terminal(env)
    folders = [workspace.drafts.folder, workspace.data_dir, tmp_path / "state", tmp_path / "tmp"]
    try:
        terminal.open_first_draft_in_the_editor()
        terminal.send("LOSTTEXT")
        terminal.wait_for("LOSTTEXT")
        for folder in folders:
            folder.mkdir(exist_ok=True)
            _read_only(folder)
        os.kill(terminal.process.pid, signal.SIGTERM)
        assert terminal.wait_exit() == 128 + signal.SIGTERM
    finally:
        terminal.close()
        for folder in folders:
            os.chmod(folder, 0o700)
    assert "the latest changes are lost" in terminal.output.decode(errors="replace")


def test_a_crash_exits_with_status_1_and_keeps_the_typed_text(tmp_path: Path) -> None:
    workspace = workspace_of(tmp_path)
    workspace.new_draft("en-client-manager")
    # the app as `jdtui` runs it, with F1 (help) made to raise an error
    crash = patched_app(
        "from jdtui.tui.app import JdtuiApp",
        "def boom(self): raise RuntimeError('boom')",
        "JdtuiApp.action_help = boom",
    )
    terminal = Terminal(app_env(tmp_path), crash)
    try:
        terminal.open_first_draft_in_the_editor()
        terminal.send("CRASHTEXT")
        terminal.wait_for("CRASHTEXT")
        terminal.send("\x1bOP")  # F1
        assert terminal.wait_exit() == 1
    finally:
        terminal.close()
    assert "boom" in terminal.output.decode(errors="replace")
    assert any("CRASHTEXT" in text for text in _texts(tmp_path))
