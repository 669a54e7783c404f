"""Helpers of the shared-server reliability tests (issue 18): a group team folder
set up as the README says, a block file, and jdtui run as a separate process
with a time limit (a hang fails the test instead of stopping the suite)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from jdtui import cli

META = {"1": {"schema": 1, "kind": "jdtui-library"}}
BLOCK = {"id": "team.duty.plan-hiring", "kind": "duty", "lang": "en", "text": "Plans hiring for the team."}
#: seconds a command may take before it counts as hung
LIMIT = 60


def team_folder(tmp_path: Path, mode: int = 0o2770) -> Path:
    """``mkdir …; chmod 2770 …``: the set-up the README gives for group mode."""
    folder = tmp_path / "srv" / "hr"
    folder.mkdir(parents=True)
    os.chmod(folder, mode)
    return folder


def team_env(monkeypatch, library: Path, *, group: bool = True) -> None:
    monkeypatch.setenv("JDTUI_TEAM_LIBRARY", str(library))
    if group:
        monkeypatch.setenv("JDTUI_TEAM_MODE", "group")
    else:
        monkeypatch.delenv("JDTUI_TEAM_MODE", raising=False)


def library_bytes(blocks: dict | None = None, **tables) -> bytes:
    data = {"_meta": META, "blocks": blocks if blocks is not None else {"1": dict(BLOCK)}, **tables}
    return json.dumps(data).encode()


def block_file(tmp_path: Path, doc: object, name: str = "block.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def run_process(*argv: str, timeout: float = LIMIT) -> subprocess.CompletedProcess:
    """``jdtui ARGV`` in a new process with this test's environment; TimeoutExpired if it hangs."""
    return subprocess.run(
        [sys.executable, "-m", "jdtui.cli", *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ),
        stdin=subprocess.DEVNULL,
    )


def one_line(err: str, needle: str) -> str:
    """The single line of ``err`` that mentions ``needle``; never a traceback."""
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if needle in line]
    assert len(lines) == 1, err
    return lines[0]
