"""Issue 18, point 3: a FIFO or device where a file is expected neither hangs jdtui
nor eats memory. Nothing but a regular file is opened (a FIFO, device or socket
is refused before it is read), every read has a bound, and the app never reads
the team library on its UI thread. Commands run as processes with a time limit:
a hang fails the test."""

from __future__ import annotations

import faulthandler
import os
import socket
import stat
from pathlib import Path

import pytest

from jdtui.store.errors import StoreError
from jdtui.store.safe import FileTooLarge, read_regular

from .reliability_support import BLOCK, block_file, one_line, run, run_process, team_env, team_folder

ZERO = Path("/dev/zero")
needs_zero = pytest.mark.skipif(
    not ZERO.exists() or not stat.S_ISCHR(os.stat(ZERO).st_mode), reason="no /dev/zero here"
)


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    path = tmp_path / "srv" / "hr" / "library.json"
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    return path


def test_a_team_library_that_is_a_fifo_is_refused_by_every_command(fifo, monkeypatch, tmp_path):
    team_env(monkeypatch, fifo, group=False)
    template = "en-customer-relations-specialist"
    for argv in (["list"], ["show", template], ["check", template], ["locate"]):
        done = run_process(*argv)  # TimeoutExpired (a failure) if it blocks on the FIFO
        assert done.returncode in (0, 1), (argv, done.stderr)
        if argv != ["locate"]:
            assert "named pipe" in one_line(done.stderr, str(fifo)), argv
    done = run_process("team", "add-block", "--file", str(block_file(tmp_path, BLOCK)))
    assert done.returncode == 2 and "named pipe" in one_line(done.stderr, str(fifo))
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # left as it was


@needs_zero
def test_dev_zero_as_the_team_library_is_refused_not_read(monkeypatch, capsys):
    team_env(monkeypatch, ZERO, group=False)
    done = run_process("show", "en-customer-relations-specialist")
    assert done.returncode == 0, done.stderr
    assert "a device" in one_line(done.stderr, str(ZERO))


def test_import_of_a_fifo_is_refused_at_once(fifo):
    done = run_process("import", str(fifo))
    assert done.returncode == 2
    assert "named pipe" in one_line(done.stderr, str(fifo))


@needs_zero
def test_import_and_block_files_from_a_device_are_refused(monkeypatch, tmp_path):
    team_env(monkeypatch, team_folder(tmp_path) / "library.json")
    for argv in (["import", str(ZERO)], ["team", "add-block", "--file", str(ZERO)]):
        done = run_process(*argv)  # /dev/zero reports size 0: only the refusal stops the read
        assert done.returncode == 2, (argv, done.stderr)
        assert "a device" in one_line(done.stderr, str(ZERO)), argv


def test_a_block_file_that_is_a_fifo_is_refused(fifo, monkeypatch, tmp_path):
    team_env(monkeypatch, team_folder(tmp_path / "elsewhere") / "library.json")
    done = run_process("team", "add-block", "--file", str(fifo))
    assert done.returncode == 2 and "named pipe" in one_line(done.stderr, str(fifo))


def test_a_socket_is_refused_before_it_is_opened(tmp_path):
    path = tmp_path / "library.json"
    with socket.socket(socket.AF_UNIX) as server:
        try:
            server.bind(str(path))
        except OSError as error:  # a path too long for a socket address
            pytest.skip(f"cannot bind a socket here: {error}")
        with pytest.raises(StoreError, match="a socket"):
            read_regular(path)


def test_every_read_has_a_bound(tmp_path, capsys, monkeypatch):
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 101)
    with pytest.raises(FileTooLarge):
        read_regular(path, 100)
    assert read_regular(path, 101) == b"x" * 101

    # a block file is one clause: a big one is refused, not parsed
    from jdtui.cli import store as cli_store

    monkeypatch.setattr(cli_store, "BLOCK_FILE_BYTES", 64)
    team_env(monkeypatch, team_folder(tmp_path) / "library.json")
    status, _out, err = run(
        capsys, "team", "add-block", "--file", str(block_file(tmp_path, dict(BLOCK, text="y" * 100)))
    )
    assert status == 2 and "too large" in one_line(err, "block.json")


async def test_the_app_reads_a_team_library_in_a_worker_and_quits(fifo, monkeypatch, request):
    """The app starts, says what is wrong with the team library and quits at once."""
    from jdtui.store.workspace import Workspace
    from jdtui.tui.app import JdtuiApp
    from jdtui.tui.screens.library import LibraryScreen

    team_env(monkeypatch, fifo, group=False)
    ws = Workspace()
    app = JdtuiApp(ws)
    # a read blocked on the UI thread cannot be interrupted from the event loop:
    # end the test run with the stacks shown rather than hang it
    faulthandler.dump_traceback_later(120, exit=True)
    request.addfinalizer(faulthandler.cancel_dump_traceback_later)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert not screen._small_library()  # the team library is never read before the first paint
        for _ in range(200):
            await pilot.pause(0.02)
            if any("named pipe" in str(w) for w in ws.warnings):
                break
        assert any("named pipe" in str(w) for w in ws.warnings)
        await pilot.press("ctrl+q")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
