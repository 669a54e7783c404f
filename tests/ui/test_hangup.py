"""A dropped connection (SIGHUP) or a kill (SIGTERM) while typing: the text is saved.

The app runs in a real pseudo-terminal in a subprocess, is driven by keys, and
is signalled while the typed text has not been autosaved yet.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from jdtui.store.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 30.0


class Terminal:
    """A subprocess on a pty, with the screen output collected."""

    def __init__(self, env: dict[str, str]) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "jdtui.cli"],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=ROOT,
            start_new_session=True,
        )
        os.close(slave)
        self.output = b""

    def read(self, seconds: float) -> None:
        ready, _, _ = select.select([self.master], [], [], seconds)
        if ready:
            with contextlib.suppress(OSError):  # OSError: the app closed the terminal
                self.output += os.read(self.master, 65536)

    def wait_for(self, text: str) -> None:
        deadline = time.monotonic() + TIMEOUT
        needle = text.encode()
        while needle not in self.output:
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise AssertionError(f"{text!r} never appeared; screen tail: {self.output[-2000:]!r}")
            self.read(0.1)

    def send(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        os.close(self.master)


def _main_module_exists() -> bool:
    return (ROOT / "jdtui" / "cli.py").exists()


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM])
def test_signal_while_typing_saves_the_typed_text(tmp_path: Path, signum: int) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "JDTUI_"))}
    env.update(
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        LANG="en_US.UTF-8",
        TERM="xterm-256color",
        COLUMNS="80",
        LINES="24",
    )
    env.pop("TEXTUAL", None)
    workspace = Workspace(tmp_path / "data" / "jdtui", tmp_path / "config" / "jdtui")
    draft = workspace.new_draft("en-client-manager")

    terminal = Terminal(env)
    try:
        terminal.wait_for("Enter or n makes a draft")
        terminal.send("\x14\x14")  # Ctrl+T twice: the "My drafts" tab
        terminal.wait_for("1 of 1")
        terminal.send("\r")  # open the draft: Compose, first item selected
        terminal.wait_for("library block")
        terminal.send("e")
        terminal.wait_for("Esc returns")
        terminal.send("HANGUPTEXT")
        terminal.wait_for("HANGUPTEXT")
        os.kill(terminal.process.pid, signum)
        deadline = time.monotonic() + TIMEOUT
        while terminal.process.poll() is None and time.monotonic() < deadline:
            terminal.read(0.1)
        assert terminal.process.poll() is not None, "the app did not exit after the signal"
    finally:
        terminal.close()

    roles, errors = Workspace(tmp_path / "data" / "jdtui", tmp_path / "config" / "jdtui").list_drafts()
    assert not errors
    texts = [item.local.text for role in roles for _s, _i, item in role.items() if item.local is not None]
    assert any("HANGUPTEXT" in text for text in texts), texts
    assert any(role.id == draft.id for role in roles)
