"""``python -m bench`` (``make bench``): every benchmark, each as a ratio against
a baseline measured side by side in the same run, with PASS or MISS.

    python -m bench              run everything and print the table
    python -m bench --record     also write bench/RESULTS.md
    python -m bench --only search,save
"""

from __future__ import annotations

import argparse
import compileall
import sys
import tempfile
import time
from pathlib import Path

from .harness import ROOT, Row, machine, python, spawn

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
ROWS = (
    "start",
    "paint",
    "searchable",
    "memory",
    "check",
    "recheck",
    "areas",
    "search",
    "save",
    "keystroke",
    "details",
    "docx",
    "switch",
    "palette",
    "export",
    "idle",
    "check-big",
    "quit-check",
    "import",
)


def table(rows: list[Row]) -> str:
    lines = [
        "| what | ours | baseline | ratio | target | result |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        lines.append(
            f"| {row.what} | {row.ours:,.1f} {row.unit} | {row.baseline:,.1f} {row.unit} | "
            f"{row.ratio:.2f}× | ≤ {row.target:g}× | {'PASS' if row.passed else 'MISS'} |"
        )
    return "\n".join(lines)


def notes(rows: list[Row]) -> str:
    return "\n".join(f"- {row.what}: {row.note}" for row in rows if row.note)


def run(only: set[str], work: Path) -> list[Row]:
    from . import app_rows, core_rows, format_rows

    say = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    # Byte-compile jdtui as pip does when it installs the wheel: where the environment sets
    # PYTHONDONTWRITEBYTECODE (this machine does), every child would otherwise compile
    # jdtui's sources again (≈ 40 ms a start) while Textual's stay compiled.
    compileall.compile_dir(str(ROOT / "jdtui"), quiet=1)
    say(f"generating libraries in {work} …")
    # in a child process, so this one stays small (children inherit nothing big)
    big, wide = work / "big" / "library.json", work / "wide" / "library.json"
    for path, blocks, templates, seed in ((big, 100_000, 1_000, 7), (wide, 20_000, 10_000, 11)):
        spawn(
            python(
                "-m",
                "bench.generate",
                str(path),
                "--blocks",
                str(blocks),
                "--templates",
                str(templates),
                "--seed",
                str(seed),
            ),
            timeout=600,
        )
    rows: list[Row] = []

    def add(name: str, make) -> None:
        if name in only:
            say(f"{name} …")
            started = time.perf_counter()
            try:
                row = make()
            except Exception as error:  # a broken benchmark is a result too, not the end of the run
                row = Row(
                    name, float("nan"), 1.0, 0.0, note=f"FAILED: {error.__class__.__name__}: {error}"[:300]
                )
            rows.append(row)
            say(f"  {row.ratio:.2f}× (target ≤ {row.target:g}×) in {time.perf_counter() - started:.0f} s")

    add("start", lambda: app_rows.start_row(work))
    add("paint", lambda: app_rows.paint_row(work, big))
    add("searchable", lambda: app_rows.searchable_row(work, big))
    add("memory", lambda: app_rows.memory_row(work, big))
    add("check", lambda: core_rows.check_row(work))
    add("recheck", lambda: core_rows.recheck_row())
    add("areas", lambda: core_rows.areas_row(work))
    if "search" in only:
        blocks = core_rows.load_blocks(big)
        add("search", lambda: core_rows.search_row(blocks))
        del blocks
    add("save", lambda: core_rows.save_row(big, work))
    add("keystroke", lambda: app_rows.keystroke_row(work, wide))
    add("details", lambda: app_rows.details_row(work))
    add("docx", lambda: format_rows.docx_row(work))
    add("import", lambda: core_rows.import_row())
    for what in ("switch", "palette", "export"):
        add(what, lambda what=what: app_rows.switch_row(work, what))
    for term in ("dumb", "unknown", "xterm-256color"):
        add("idle", lambda term=term: app_rows.idle_row(work, term))
    add("check-big", lambda: core_rows.big_check_row(work))
    add("quit-check", lambda: app_rows.quit_row(work))
    return rows


#: Where RESULTS.md's hand-written analysis starts; a new record keeps it.
KEPT = "## Analysis"


def _kept_notes() -> str:
    try:
        text = RESULTS.read_text(encoding="utf-8")
    except OSError:
        return ""
    at = text.find("\n" + KEPT)
    return text[at:] if at >= 0 else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--record", action="store_true", help=f"write {RESULTS.name}")
    parser.add_argument("--only", help="comma-separated rows: " + ",".join(ROWS))
    args = parser.parse_args(argv)
    only = set(args.only.split(",")) if args.only else set(ROWS)
    unknown = only - set(ROWS)
    if unknown:
        parser.error(f"unknown rows: {', '.join(sorted(unknown))}")
    info = machine()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="jdtui-bench-") as folder:
        rows = run(only, Path(folder))
    took = time.perf_counter() - started
    header = "\n".join(f"- {key}: {value}" for key, value in info.items())
    report = f"{table(rows)}\n\n{notes(rows)}\n\nMachine:\n{header}\n- run took {took:.0f} s\n"
    print(report)
    if args.record:
        RESULTS.write_text(
            "# Benchmark results\n\nRecorded by `python -m bench --record` (`make bench` runs the same "
            "without recording). Each ratio is ours ÷ a baseline measured in the same run.\n\n"
            + report
            + _kept_notes(),
            encoding="utf-8",
        )
    return 0 if all(row.passed for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
