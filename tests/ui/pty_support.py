"""jdtui in a real pseudo-terminal, in a subprocess: driven by keys, read from its
screen output, signalled like a dropped SSH connection or a kill."""

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

from jdtui.store.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
#: seconds anything may take before the test fails
TIMEOUT = 30.0


def app_env(tmp_path: Path, term: str = "xterm-256color") -> dict[str, str]:
    """This test's own XDG folders, English, a 80×24 terminal of type ``term``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "JDTUI_", "TEXTUAL"))}
    env.update(
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        LANG="en_US.UTF-8",
        TERM=term,
        COLUMNS="80",
        LINES="24",
        PYTHONPATH=str(ROOT),
    )
    return env


def workspace_of(tmp_path: Path) -> Workspace:
    """The store the app of :func:`app_env` uses."""
    return Workspace(tmp_path / "data" / "jdtui", tmp_path / "config" / "jdtui")


class Terminal:
    """A subprocess on a pty, with the screen output collected."""

    def __init__(self, env: dict[str, str], argv: list[str] | None = None) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.process = subprocess.Popen(
            argv or [sys.executable, "-m", "jdtui.cli"],
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
        if self.master < 0:
            time.sleep(seconds)
            return
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

    def wait_exit(self) -> int | None:
        """The exit status once the app has gone (``None``: it did not, in TIMEOUT)."""
        deadline = time.monotonic() + TIMEOUT
        while self.process.poll() is None and time.monotonic() < deadline:
            self.read(0.1)
        self.read(0.1)
        return self.process.poll()

    def hang_up(self) -> None:
        """The terminal goes away (a dropped SSH connection, a killed tmux session):
        its master side is closed, then the app gets SIGHUP, as the kernel sends it."""
        os.close(self.master)
        self.master = -1
        os.kill(self.process.pid, signal.SIGHUP)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        if self.master >= 0:
            os.close(self.master)

    def open_first_draft_in_the_editor(self) -> None:
        """Library → My drafts → open the only draft → edit its first item."""
        self.wait_for("Enter or n makes a draft")
        self.send("\x14\x14")  # Ctrl+T twice: the "My drafts" tab
        self.wait_for("1 of 1")
        self.send("\r")  # open the draft: Compose, first item selected
        self.wait_for("library block")
        self.send("e")
        self.wait_for("Esc returns")


def patched_app(*lines: str) -> list[str]:
    """The command line of ``jdtui`` (the app) with ``lines`` of Python run first
    (a fault put in on purpose: a crash, a layout that never settles)."""
    code = "\n".join([*lines, "from jdtui.cli import main", "raise SystemExit(main([]))", ""])
    return [sys.executable, "-c", code]
