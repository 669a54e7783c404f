"""Benchmarks of the app, each run as child processes (see :mod:`bench.drive`)."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from .harness import ROOT, Row, Run, clean_env, median, python, span, spawn_many

REPEAT = 5


def _runs(mode: str, env: dict[str, str], *extra: str, repeat: int = REPEAT, warmup: int = 1) -> list[Run]:
    return spawn_many(python("-m", "bench.drive", mode, *extra), env, repeat, warmup)


def _ms(runs: list[Run]) -> float:
    return median([r.seconds for r in runs]) * 1000


_cache: dict[str, list[Run]] = {}


def _bare(work: Path) -> list[Run]:
    if "bare" not in _cache:
        _cache["bare"] = _runs("bare", clean_env(work / "bare-home"))
    return _cache["bare"]


def _big_env(work: Path, big: Path) -> dict[str, str]:
    return clean_env(work / "big-home", JDTUI_TEAM_LIBRARY=str(big))


def start_row(work: Path) -> Row:
    """App start to the Library shown and populated, shipped library."""
    ours = _runs("populated", clean_env(work / "shipped-home"))
    return Row(
        "app start to the Library shown and populated, shipped library",
        _ms(ours),
        _ms(_bare(work)),
        1.3,
        note=f"processes, median of {REPEAT}; baseline: a bare Textual app (Header, Footer) to its first paint",
    )


def paint_row(work: Path, big: Path) -> Row:
    ours = _runs("paint", _big_env(work, big))
    return Row(
        "app start to the Library's first paint, 100,000-block library",
        _ms(ours),
        _ms(_bare(work)),
        1.3,
        note="baseline: the same bare app",
    )


def _json(work: Path, big: Path) -> list[Run]:
    if "json" not in _cache:
        _cache["json"] = _runs("json", clean_env(work / "json-home"), str(big))
    return _cache["json"]


def _searchable(work: Path, big: Path) -> list[Run]:
    """Starts with the library's cache made (by the unmeasured first start)."""
    if "searchable" not in _cache:
        _cache["searchable"] = _runs("populated", _big_env(work, big))
    return _cache["searchable"]


def _cold(work: Path, big: Path) -> list[Run]:
    """Starts that find no cache: the first start after the library file changed."""
    if "cold" not in _cache:
        env = _big_env(work, big)
        runs = []
        for _ in range(3):
            shutil.rmtree(Path(env["XDG_CACHE_HOME"]), ignore_errors=True)
            runs += _runs("populated", env, repeat=1, warmup=0)
        _cache["cold"] = runs
    return _cache["cold"]


def searchable_row(work: Path, big: Path) -> Row:
    cold = _ms(_cold(work, big))
    ours = _searchable(work, big)
    load = median([r.report["seconds"] for r in _json(work, big)]) * 1000
    return Row(
        "app start to the whole 100,000-block library searchable",
        _ms(ours),
        _ms(_bare(work)) + load,
        1.2,
        note=f"baseline: bare app start + json.load of the same file ({load:,.0f} ms, measured in a process); "
        f"the library's cache made by an earlier start (the first start after the file changed, "
        f"which parses it and makes the cache: {cold:,.0f} ms, median of 3)",
    )


def memory_row(work: Path, big: Path) -> Row:
    ours = median([r.report["maxrss_kb"] for r in _searchable(work, big)]) / 1024
    bare = median([r.report["maxrss_kb"] for r in _bare(work)]) / 1024
    added = median([r.report["added_kb"] for r in _json(work, big)]) / 1024
    cold = median([r.report["maxrss_kb"] for r in _cold(work, big)]) / 1024
    return Row(
        "peak memory of the app with 100,000 blocks (when searchable)",
        ours,
        bare + added,
        1.3,
        unit="MB",
        note=f"peak RSS; baseline: bare app peak {bare:,.0f} MB + what json.load adds {added:,.0f} MB; "
        f"the first start, making the cache: {cold:,.0f} MB",
    )


def keystroke_row(work: Path, wide: Path) -> Row:
    env = clean_env(work / "wide-home", JDTUI_TEAM_LIBRARY=str(wide))
    ours = [t for run in _runs("keystroke", env, "library", repeat=3) for t in run.report["times"]]
    base = [t for run in _runs("keystroke", env, "input", repeat=3) for t in run.report["times"]]
    return Row(
        "a keystroke in the Library filter to the list updated, 10,000 templates (Pilot)",
        median(ours) * 1000,
        median(base) * 1000,
        3.0,
        note=f"median over {len(ours)} keys (3 runs); slowest key {max(ours) * 1000:.0f} ms; "
        "baseline: a keystroke in an empty Input",
    )


def details_row(work: Path) -> Row:
    """A keystroke in the details form's position, its case forms derived, against an empty Input."""
    env = clean_env(work / "details-home")
    ours = [t for run in _runs("keystroke", env, "details", repeat=3) for t in run.report["times"]]
    base = [t for run in _runs("keystroke", env, "input", repeat=3) for t in run.report["times"]]
    return Row(
        "a keystroke in the details form's position to its case forms shown (Pilot)",
        median(ours) * 1000,
        median(base) * 1000,
        3.0,
        note=f"median over {len(ours)} keys (3 runs); slowest key {max(ours) * 1000:.0f} ms; "
        "baseline: a keystroke in an empty Input; the dictionary loaded before the first timed key",
    )


def _switches(work: Path) -> tuple[dict[str, list[float]], list[float]]:
    if "switch" not in _cache:
        env = clean_env(work / "switch-home")
        ours: dict[str, list[float]] = {}
        for run in _runs("switch", env, "ours", repeat=3):
            for name, times in run.report["times"].items():
                ours.setdefault(name, []).extend(times)
        bare = [t for run in _runs("switch", env, "bare", repeat=3) for t in run.report["times"]["switch"]]
        _cache["switch"] = [ours, bare]  # type: ignore[list-item]
    ours, bare = _cache["switch"]  # type: ignore[misc]
    return ours, bare  # type: ignore[return-value]


_SWITCH_WHAT = {
    "switch": "switching screens F2/F3/F4 with a draft open (Pilot, 80×24)",
    "palette": "opening the command palette (Ctrl+P, Pilot, 80×24)",
    "export": "opening the export dialog from Check (e, Pilot, 80×24)",
}


def switch_row(work: Path, what: str) -> Row:
    """Screen switches, the palette and the export dialog against a bare Textual
    app's switch between two screens, measured in the same run."""
    ours, bare = _switches(work)
    times = ours[what]
    return Row(
        _SWITCH_WHAT[what],
        median(times) * 1000,
        median(bare) * 1000,
        3.0,
        note=f"median of {len(times)} (3 runs, after one untimed round); slowest {max(times) * 1000:.0f} ms; "
        f"baseline: a bare Textual app switching between two screens (Header, Static, Footer), "
        f"median of {len(bare)}",
    )


#: seconds an app on a pty is left to start before its idle CPU is measured, and
#: the seconds measured
IDLE_SETTLE, IDLE_SECONDS = 5.0, 10.0


def _cpu_seconds(pid: int) -> float | None:
    """CPU time of a live process, all its threads (``None`` once it has gone):
    from the scheduler's nanosecond counts where the kernel keeps them
    (``/proc/PID/task/*/schedstat``), else user + system clock ticks (10 ms each,
    too coarse for an idle app over 10 s: one tick is 0.1 %)."""
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
        total = 0
        for task in tasks:
            with contextlib.suppress(FileNotFoundError):  # a thread that ended meanwhile
                total += int((task / "schedstat").read_text().split()[0])
        return total / 1e9
    except (OSError, ValueError, IndexError):
        pass
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def idle_cpu(argvs: list[list[str]], env: dict[str, str]) -> list[tuple[float, int | None]]:
    """Run each of ``argvs`` on its own 80×24 pty, all at once (so a busy moment of
    the machine falls on all of them alike), leave them IDLE_SETTLE s to start,
    then measure their CPU over the same IDLE_SECONDS s (their screen output read
    all along, as a terminal would): for each, (per cent of a core, exit status if
    it left by itself)."""
    import fcntl
    import select
    import struct
    import subprocess
    import termios
    import time

    running: list[tuple[subprocess.Popen, int]] = []

    def drain(seconds: float) -> None:
        end = time.monotonic() + seconds
        masters = [master for _, master in running]
        while time.monotonic() < end:
            ready, _, _ = select.select(masters, [], [], 0.05)
            for master in ready:
                try:
                    os.read(master, 1 << 16)
                except OSError:  # the program closed the terminal
                    masters.remove(master)
            if not masters:
                time.sleep(0.05)

    try:
        for argv in argvs:
            master, slave = os.openpty()
            fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
            process = subprocess.Popen(
                argv, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT, start_new_session=True
            )
            os.close(slave)
            running.append((process, master))
        drain(IDLE_SETTLE)
        starts, started = [_cpu_seconds(p.pid) for p, _ in running], time.monotonic()
        drain(IDLE_SECONDS)
        ends, ended = [_cpu_seconds(p.pid) for p, _ in running], time.monotonic()
        results = []
        for (process, _), start, end in zip(running, starts, ends, strict=True):
            used = 0.0 if start is None or end is None else end - start
            results.append((100 * used / (ended - started), process.poll()))
        return results
    finally:
        for process, master in running:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            os.close(master)


#: how many times the app and the bare app are measured side by side
IDLE_ROUNDS = 5


def idle_row(work: Path, term: str) -> Row:
    """Idle CPU of the app (the Library shown) against a bare Textual app's, under one TERM."""
    from statistics import median

    env = clean_env(
        work / f"idle-{term}-home", TERM=term, XDG_STATE_HOME=str(work / f"idle-{term}-home" / "state")
    )
    for name in ("COLUMNS", "LINES"):
        env.pop(name, None)
    ours: list[float] = []
    bare: list[float] = []
    statuses: set[int] = set()
    for _ in range(IDLE_ROUNDS):
        (app, status), (baseline, _) = idle_cpu(
            [python("-m", "jdtui.cli"), python("-m", "bench.drive", "idle-bare")], env
        )
        ours.append(app)
        bare.append(baseline)
        if status is not None:
            statuses.add(status)
    left = f"; the app left by itself with status {min(statuses)} (refused)" if statuses else ""
    return Row(
        f"idle CPU of the app over {IDLE_SECONDS:g} s on an 80×24 pty, TERM={term}",
        median(ours),
        max(median(bare), 0.1),
        1.1,
        unit="%",
        note=f"median of {IDLE_ROUNDS} rounds, the app and the baseline measured side by side over the same "
        f"{IDLE_SECONDS:g} s, after {IDLE_SETTLE:g} s to start: ours "
        f"{', '.join(f'{v:.2f}' for v in ours)} %, baseline {', '.join(f'{v:.2f}' for v in bare)} %; "
        f"baseline: a bare Textual app (Header, a focused Input with its blinking cursor, Footer) under "
        f"the same TERM (CPU time of all threads from the scheduler's counts; counted as at least 0.1 %)"
        f"{left}",
    )


#: how long quitting during a check may take, in ms (issue 18)
QUIT_MS = 500.0


def _quit_after(env: dict[str, str], draft_id: str, when: str) -> tuple[float, dict]:
    """One app run quitting with Ctrl+Q ``when`` (see :func:`bench.drive.quit_during_check`):
    milliseconds from the key to the process's end, and the child's report."""
    import json
    import subprocess
    import time

    from .harness import ROOT

    place = Path(env["XDG_DATA_HOME"]) / "jdtui" / "place.json"
    place.unlink(missing_ok=True)  # each run starts on the Library, as the first did
    done = subprocess.run(
        python("-m", "bench.drive", "quit-check", draft_id, when),
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    ended = time.time()
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"quit-check {when} reported nothing ({done.returncode}): {done.stderr[-1500:]}")
    report = json.loads(lines[-1])
    return (ended - report["quit_at"]) * 1000, report


def quit_row(work: Path, repeat: int = REPEAT) -> Row:
    """Ctrl+Q while the Check and Compose screens check a long draft."""
    from .core_rows import BIG_DRAFT, make_big_draft

    env = clean_env(work / "quit-home")
    draft_id = make_big_draft(env)
    _quit_after(env, draft_id, "checking")  # warm-up
    during: list[float] = []
    idle: list[float] = []
    running: list[float] = []
    for _ in range(repeat):
        took, report = _quit_after(env, draft_id, "checking")
        during.append(took)
        running.append(len(report["running"]))
        idle.append(_quit_after(env, draft_id, "idle")[0])
    what = f"quit (Ctrl+Q) during the check of a {BIG_DRAFT:,}-clause draft, key to process end"
    note = (
        f"median of {repeat} runs, {span(during)}, with {span(running, 'checks')} running at the key; "
        f"quitting the same app once its checks are done: {median(idle):.0f} ms; "
        "baseline: the 0.5 s issue 18 allows"
    )
    return Row(what, median(during), QUIT_MS, 1.0, note=note)
