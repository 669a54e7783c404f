"""Issue 18, point 5: TERM=dumb, TERM=unknown, and SIGTERM in an app that is busy.

Rich takes TERM=dumb and TERM=unknown for a dumb terminal and reports a fixed
80×25 screen, while the terminal (and Textual's driver) said 80×24: until the
first size arrived, screens were laid out at 80×25, and the two sizes then
chased each other through Screen._on_resize for ever (94 % of a core, the
header scrolled away, keys without visible effect).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import time
from pathlib import Path

import pytest

from jdtui.cli import terminal_for_app
from jdtui.tui.app import JdtuiApp

from .pty_support import Terminal, app_env, patched_app, workspace_of

#: bytes an idle Library may write in IDLE_SECONDS (a blinking cursor: a few hundred);
#: the endless resize wrote about a megabyte a second
IDLE_BYTES = 50_000
IDLE_SECONDS = 2.0


def test_dumb_is_refused_unknown_is_taken_for_an_xterm_others_are_left_alone() -> None:
    environ = {"TERM": "dumb"}
    refusal, assumed = terminal_for_app(environ)
    assert refusal and "TERM=xterm-256color jdtui" in refusal and assumed is None
    environ = {"TERM": "unknown"}
    assert terminal_for_app(environ) == (None, "unknown") and environ["TERM"] == "xterm"
    for term in ("xterm-256color", "screen", "linux", "vt100", "no-such-terminal", ""):
        environ = {"TERM": term}
        assert terminal_for_app(environ) == (None, None) and environ == {"TERM": term}


@pytest.mark.parametrize("term", ["dumb", "unknown"])
def test_the_app_starts_from_the_terminals_size_not_richs(monkeypatch, term) -> None:
    monkeypatch.setenv("TERM", term)
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LINES", "24")
    app = JdtuiApp()
    assert tuple(app.console.size) == tuple(shutil.get_terminal_size()) == (80, 24)


def test_under_term_dumb_the_app_says_why_it_does_not_start(tmp_path: Path) -> None:
    terminal = Terminal(app_env(tmp_path, term="dumb"))
    try:
        assert terminal.wait_exit() == 2
    finally:
        terminal.close()
    assert b"TERM=dumb" in terminal.output and b"\x1b[?1049h" not in terminal.output


@pytest.mark.parametrize("term", ["unknown", "xterm-256color"])
def test_the_idle_app_is_quiet_and_a_signal_ends_it(tmp_path: Path, term: str) -> None:
    terminal = Terminal(app_env(tmp_path, term=term))
    try:
        terminal.wait_for("Enter or n makes a draft")
        terminal.read(1.0)  # the start's last frames
        before = len(terminal.output)
        deadline = time.monotonic() + IDLE_SECONDS
        while time.monotonic() < deadline:
            terminal.read(0.1)
        written = len(terminal.output) - before
        os.kill(terminal.process.pid, signal.SIGTERM)
        assert terminal.wait_exit() == 128 + signal.SIGTERM
    finally:
        terminal.close()
    assert written < IDLE_BYTES, f"the idle app wrote {written} bytes in {IDLE_SECONDS} s"
    if term == "unknown":  # and says what it assumed
        assert b"TERM=unknown" in re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", terminal.output)


def test_sigterm_ends_an_app_whose_loop_never_rests(tmp_path: Path) -> None:
    """The size mismatch forced back in: the app spins, and still goes on SIGTERM
    (the clean exit cannot finish; the time limit ends it with the same status)."""
    workspace_of(tmp_path).new_draft("en-client-manager")
    spin = patched_app(
        "import os, types",
        "import jdtui.tui.app as app",
        "app.shutil = types.SimpleNamespace(get_terminal_size=lambda: os.terminal_size((80, 25)))",
    )
    terminal = Terminal(app_env(tmp_path), spin)
    try:
        deadline = time.monotonic() + 3.0  # up, and spinning
        while time.monotonic() < deadline:
            terminal.read(0.1)
        assert terminal.process.poll() is None
        os.kill(terminal.process.pid, signal.SIGTERM)
        assert terminal.wait_exit() == 128 + signal.SIGTERM, "SIGTERM did not end the app"
    finally:
        terminal.close()
