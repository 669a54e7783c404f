"""What every benchmark shares: timing, processes, the machine, a row of the table."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Row:
    """One line of the results: what was measured, against what, and the target ratio."""

    what: str
    ours: float
    baseline: float
    target: float
    unit: str = "ms"
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline else float("inf")

    @property
    def passed(self) -> bool:
        return self.ratio <= self.target


def machine() -> dict[str, str]:
    """CPU model, cores, Python and OS of this run."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu": cpu,
        "cores": f"{usable} usable of {os.cpu_count()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": platform.platform(),
    }


def median(values: list[float]) -> float:
    return statistics.median(values)


def timed(fn: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    """Wall times of ``fn`` in seconds, after ``warmup`` unmeasured calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


@dataclass
class Run:
    """One child process: its wall time from spawn to exit, and what it reported."""

    seconds: float
    report: dict


def spawn(args: list[str], env: dict[str, str] | None = None, timeout: float = 120) -> Run:
    """Run a child process, timing it from spawn to exit.

    The child may print one JSON object as its last line of output (its report).
    """
    start = time.perf_counter()
    done = subprocess.run(
        args, capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT, check=False
    )
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    report: dict = {}
    lines = done.stdout.strip().splitlines()
    if lines and lines[-1].startswith("{"):
        report = json.loads(lines[-1])
    return Run(seconds, report)


def spawn_many(args: list[str], env: dict[str, str] | None, repeat: int, warmup: int = 1) -> list[Run]:
    """``repeat`` timed runs after ``warmup`` untimed ones; an untimed run lingers
    until its work is done (the app writes its cache after the moment timed)."""
    for _ in range(warmup):
        spawn(args, {**(env if env is not None else os.environ), "BENCH_LINGER": "1"})
    return [spawn(args, env) for _ in range(repeat)]


def in_turns(commands: dict[str, list[str]], env: dict[str, str], repeat: int) -> dict[str, list[float]]:
    """Milliseconds of each command, run ``repeat`` times in turns (after one
    untimed run each, for the file cache): a busy moment hits all of them alike."""
    for args in commands.values():
        spawn(args, env)
    runs: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, args in commands.items():
            runs[name].append(spawn(args, env).seconds * 1000)
    return runs


def span(values: list[float], unit: str = "ms") -> str:
    """The range of some measurements: ``"12–15 ms"``."""
    return f"{min(values):.0f}–{max(values):.0f} {unit}"


def python(*code_or_module: str) -> list[str]:
    """A command line running this interpreter."""
    return [sys.executable, *code_or_module]


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment with the user store, settings, cache and state under ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JDTUI_")}
    env.update(
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
    )
    env.update(extra)  # a row may put one of them elsewhere
    return env
