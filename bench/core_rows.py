"""Benchmarks without the app: search as you type, saving a draft, ``jdtui check``."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from jdtui.core.search import SearchIndex

from .harness import ROOT, Row, clean_env, in_turns, median, python, span, spawn, spawn_many, timed

#: What a consultant types, letter by letter (Russian and English, with «ё»,
#: word forms, several words, a correction).
TYPED = (
    "клиентами",
    "ключевой клиент",
    "отчёт о продажах",
    "orders delivered",
    "complaints",
    "компании",
    "договоры с контрагентами",
    "purchasing",
)


def _keystrokes() -> list[str]:
    queries = []
    for phrase in TYPED:
        queries += [phrase[:n] for n in range(1, len(phrase) + 1)]
        queries += [phrase[: len(phrase) - n] for n in range(1, 4)]  # backspace three times
    return queries


def search_row(blocks: list[dict], repeat: int = 3) -> Row:
    """Per keystroke: our stemmed, ё-folded search against one naive substring scan."""
    from jdtui.core.grammar import load_analyser

    texts = [(b["id"], f"{b['title']} {b['text']}") for b in blocks]
    queries = _keystrokes()
    load_analyser()  # as the app has it after the first query: Russian words read by lemma
    index = SearchIndex(texts, lemmas=True)

    def naive(query: str) -> list[str]:
        folded = query.casefold()
        return [key for key, text in texts if folded in text.casefold()]

    ours = {q: [] for q in queries}
    theirs = {q: [] for q in queries}
    for _ in range(repeat):
        index.search("")  # a fresh start, as when the Library opens
        for query in queries:
            start = time.perf_counter()
            index.search(query)
            ours[query].append(time.perf_counter() - start)
            start = time.perf_counter()
            naive(query)
            theirs[query].append(time.perf_counter() - start)
    ours_ms = [median(v) * 1000 for v in ours.values()]
    naive_ms = [median(v) * 1000 for v in theirs.values()]
    mean_ratio = sum(ours_ms) / sum(naive_ms)
    return Row(
        f"search as you type, {len(blocks):,} blocks (slowest of {len(queries)} keystrokes)",
        max(ours_ms),
        median(naive_ms),
        1.0,
        note=f"mean keystroke {sum(ours_ms) / len(ours_ms):.1f} ms = {mean_ratio:.2f}× the naive scan; "
        "Russian words by lemma (pymorphy3 loaded), the stemmer for the rest",
    )


def save_row(big_library: Path, work: Path, drafts: int = 1000, repeat: int = 25) -> Row:
    """Saving a draft among many drafts and a big library, against an empty store."""
    from jdtui.store.workspace import Workspace

    def workspace(name: str) -> Workspace:
        home = work / name
        shutil.rmtree(home, ignore_errors=True)
        return Workspace(data_dir=home / "data", config_dir=home / "config", library_files=[big_library])

    crowded = workspace("crowded")
    empty = workspace("empty")
    template = next(iter(crowded.templates()))
    role = crowded.new_draft(template.id)
    for number in range(drafts - 1):
        crowded.drafts.save(replace(role, id=f"d-bench{number:04d}", revision=0), expected_revision=None)
    assert len(crowded.drafts.ids()) == drafts
    mine = {"crowded": role, "empty": empty.create_draft(role)}

    def saver(ws: Workspace, name: str):
        def save() -> None:
            mine[name] = ws.save(mine[name].with_variables(city=f"Москва {mine[name].revision}"))

        return save

    # interleaved, so that a slow moment of the disk (fsync) falls on both sides alike
    ours: list[float] = []
    base: list[float] = []
    timed(saver(crowded, "crowded"), 0, warmup=2)
    timed(saver(empty, "empty"), 0, warmup=2)
    for _ in range(repeat):
        ours += timed(saver(crowded, "crowded"), 1, warmup=0)
        base += timed(saver(empty, "empty"), 1, warmup=0)
    return Row(
        f"save a draft with {drafts:,} drafts and a {len(crowded.library.blocks):,}-block library",
        median(ours) * 1000,
        median(base) * 1000,
        1.5,
        note=f"median of {repeat} saves each, taken in turns; baseline: the same draft in an otherwise empty store",
    )


def check_row(work: Path, repeat: int = 11) -> Row:
    """``jdtui check ID`` as a process, against ``python -c "import markdown_it"``.

    Ours and the baseline run in turns, so a busy moment of a shared machine
    hits both; a draft is checked too (reported in the note, not the ratio).
    """
    env = clean_env(work / "check-home")
    listing = spawn_many(
        python(
            "-c",
            "import json,sys; from jdtui.store.workspace import Workspace; "
            "print(json.dumps({'id': Workspace().templates('ru')[0].id}))",
        ),
        env,
        repeat=1,
        warmup=0,
    )[0]
    template_id = listing.report["id"]
    script = Path(sys.executable).with_name("jdtui")
    command = [str(script)] if script.exists() else python("-m", "jdtui.cli")
    made = subprocess.run(
        [*command, "new", "--from", template_id], env=env, capture_output=True, text=True, check=True
    )
    draft_id = made.stdout.strip()
    commands = {
        "ours": [*command, "check", template_id],
        "draft": [*command, "check", draft_id],
        "base": python("-c", "import markdown_it"),
    }
    runs = in_turns(commands, env, repeat)

    def spread(name: str) -> str:
        return f"{median(runs[name]):.0f} ms ({min(runs[name]):.0f}–{max(runs[name]):.0f})"

    return Row(
        f"`jdtui check {template_id}` as a process (shipped library)",
        median(runs["ours"]),
        median(runs["base"]),
        1.5,
        note=f"median of {repeat} runs each, taken in turns: ours {spread('ours')}, baseline {spread('base')}; "
        f"a draft: {spread('draft')} = {median(runs['draft']) / median(runs['base']):.2f}×; "
        'baseline: python -c "import markdown_it"',
    )


def load_blocks(path: Path) -> list[dict]:
    return list(json.loads(path.read_text(encoding="utf-8"))["blocks"].values())


#: one frame at 60 Hz, in ms: a keystroke-triggered re-check should cost less
FRAME_MS = 1000 / 60


def recheck_row(clauses: int = 100, keystrokes: int = 60) -> Row:
    """Re-checking a draft of ``clauses`` clauses after each keystroke, in process.

    The draft is a shipped Russian template filled up to ``clauses`` items with
    library duties (rights, KPIs and the rest as shipped) and a local clause
    the user types into, one letter a re-check, as the Compose screen does.
    The baseline is one frame at 60 Hz.
    """
    from jdtui.core.check import check
    from jdtui.core.compose import role_from_template
    from jdtui.core.model import Block, Item, RoleSection
    from jdtui.store.library import load_library

    library = load_library([ROOT / "data" / "ru.json", ROOT / "data" / "en.json"])
    template = library.templates["ru-sales-manager"]
    role = role_from_template(template, role_id="bench", variables={"organization": "ООО «Ромашка»"})
    have = sum(len(s.items) for s in role.sections)
    used = {i.ref for s in role.sections for i in s.items}
    extra = [
        b.id for b in library.blocks.values() if b.kind == "duty" and b.lang == "ru" and b.id not in used
    ]
    duties = role.section("duties")
    assert duties is not None
    items = [*duties.items, *(Item.link(i) for i in extra[: max(0, clauses - have - 1)])]
    typed = "Выполняет поручения руководителя в пределах трудовой функции и ведёт учёт обращений клиентов."

    def with_typed(text: str):
        local = Item.copy_of(Block(id="local-bench", kind="duty", lang="ru", text=text))
        sections = tuple(
            RoleSection("duties", (*items, local)) if s.id == "duties" else s for s in role.sections
        )
        return replace(role, sections=sections)

    total = sum(len(s.items) for s in with_typed("x").sections)
    start = time.perf_counter()
    check(with_typed(typed[:1]), library, "ru")  # the first check: caches empty
    first_ms = (time.perf_counter() - start) * 1000
    times: list[float] = []
    for n in range(2, min(len(typed), keystrokes) + 2):
        draft = with_typed(typed[:n])
        start = time.perf_counter()
        check(draft, library, "ru")
        times.append((time.perf_counter() - start) * 1000)
    # how busy the machine was: a shared one can be many times slower than it is idle
    start = time.perf_counter()
    for _ in range(1_000_000):
        pass
    loop_ms = (time.perf_counter() - start) * 1000
    return Row(
        f"re-check a {total}-clause draft after a keystroke, in process (`check()`)",
        median(times),
        FRAME_MS,
        1.0,
        note=f"median of {len(times)} keystrokes, slowest {max(times):.1f} ms; the first check of the draft "
        f"(nothing cached) {first_ms:.1f} ms; baseline: one frame at 60 Hz; a 1,000,000-step Python loop "
        f"took {loop_ms:.0f} ms meanwhile (≈ 15–25 ms on an idle core)",
    )


def _areas_document(seed: int, clauses: int = 200) -> str:
    """A Russian document of ``clauses`` duties, rights and KPIs (3 : 1 : 1) reworded
    from the shipped library's (words dropped and swapped), so that few match a
    block nearly enough to be linked: most are classified by likeness."""
    import random

    from jdtui.store.library import load_library
    from jdtui.store.paths import shipped_library_files

    rng = random.Random(seed)
    library = load_library(shipped_library_files())
    by_kind: dict[str, list[str]] = {"duty": [], "right": [], "kpi": []}
    for block in library.blocks.values():
        if block.lang == "ru" and block.kind in by_kind and "generic" not in block.tags:
            by_kind[block.kind].append(block.text)
    wanted = {"duty": clauses * 3 // 5, "right": clauses // 5, "kpi": clauses - clauses * 4 // 5}
    headings = {"duty": "Должностные обязанности", "right": "Права", "kpi": "Критерии оценки работы"}
    lines = ["# Должностная инструкция специалиста", ""]
    for kind, count in wanted.items():
        lines += [f"## {headings[kind]}", ""]
        for number, text in enumerate(rng.sample(by_kind[kind], count), 1):
            words = [w for w in text.replace("{{", " ").replace("}}", " ").split() if "_" not in w]
            for _ in range(max(1, len(words) // 4)):  # a quarter of the words go
                if len(words) > 3:
                    del words[rng.randrange(1, len(words))]
            if len(words) > 4:
                i = rng.randrange(1, len(words) - 1)
                words[i], words[i + 1] = words[i + 1], words[i]
            lines.append(f"{number}. {' '.join(words)}")
        lines.append("")
    return "\n".join(lines)


def areas_child() -> None:
    """In a fresh process, as ``jdtui import`` does: classify one 200-clause document
    (``Workspace.classify``: the library's index made, or read from the cache when a
    run before kept it), then another; prints a JSON report."""
    from jdtui.core.importer import import_markdown
    from jdtui.store.workspace import Workspace

    ws = Workspace()
    library = ws.library
    roles = [import_markdown(_areas_document(seed), library, lang="ru").role for seed in (1, 2)]
    times, cpu, done = [], [], []
    for role in roles:
        start, started = time.perf_counter(), time.process_time()
        done.append(ws.classify(role))
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - started) * 1000)
    print(
        json.dumps(
            {
                "first_ms": times[0],
                "first_cpu_ms": cpu[0],
                "second_ms": times[1],
                "similar": done[0].similar,
                "unmatched": done[0].unmatched,
                "kept": done[0].kept,
            }
        )
    )


def _leave_one_out(lang: str) -> tuple[float, float]:
    """Each classified shipped block classified by the others (:func:`jdtui.core.areas.leave_one_out`)."""
    from jdtui.core.areas import leave_one_out
    from jdtui.store.library import load_library
    from jdtui.store.paths import shipped_library_files

    return leave_one_out(load_library(shipped_library_files()), lang)


def areas_row(work: Path, repeat: int = 5) -> Row:
    """Duty areas for a 200-clause imported document, in fresh processes, against the
    100 ms the classification may add to an import: the first classification of a
    process with nothing cached (the stemmer imported, the shipped library's classified
    blocks indexed and the index kept in the cache), and with the index kept by a run before."""
    child = python("-c", "from bench.core_rows import areas_child; areas_child()")
    cold: list[dict] = []
    kept: list[dict] = []
    for n in range(repeat + 1):  # the first pair only warms the files
        home = work / f"areas-home-{n}"
        first = spawn(child, clean_env(home), timeout=300).report  # an empty cache
        again = spawn(child, clean_env(home), timeout=300).report  # the index kept by the run before
        if n:
            cold.append(first)
            kept.append(again)
        shutil.rmtree(home, ignore_errors=True)
    first_ms = [r["first_ms"] for r in cold]
    kept_ms = median([r["first_ms"] for r in kept])
    cold_cpu = median([r["first_cpu_ms"] for r in cold])
    kept_cpu = median([r["first_cpu_ms"] for r in kept])
    second_ms = median([r["second_ms"] for r in cold + kept])
    report = cold[0]
    ru_given, ru_right = _leave_one_out("ru")
    en_given, en_right = _leave_one_out("en")
    return Row(
        "duty areas by likeness for a 200-clause imported document (first in a process, nothing cached)",
        median(first_ms),
        100.0,
        1.0,
        note=f"median of {repeat} fresh processes with an empty cache: {median(first_ms):.0f} ms "
        f"({min(first_ms):.0f}–{max(first_ms):.0f}; imports the stemmer, indexes the shipped library's "
        f"classified blocks and keeps the index in the cache; CPU time {cold_cpu:.0f} ms); a fresh process "
        f"with the index kept: {kept_ms:.0f} ms (CPU {kept_cpu:.0f} ms); a second document in the same process: {second_ms:.0f} ms; of the document's "
        f"clauses {report['similar']} given areas, {report['unmatched']} left unclassified, {report['kept']} "
        f"linked or near a block; the shipped library, each block left out: ru {ru_given:.0%} given areas, "
        f"{ru_right:.0%} of them right first; en {en_given:.0%}, {en_right:.0%}; baseline: the 100 ms budget",
    )


#: the clauses of the long draft the check rows use (an imported 200 KB document has about as many)
BIG_DRAFT = 1_300


def make_big_draft(env: dict[str, str], clauses: int = BIG_DRAFT) -> str:
    """Store :func:`bench.generate.big_draft` in the store ``env`` points to; its id."""
    made = spawn(
        python(
            "-c",
            "import json; from bench.generate import big_draft; from jdtui.store.workspace import Workspace; "
            f"print(json.dumps({{'id': Workspace().create_draft(big_draft({clauses})).id}}))",
        ),
        env,
    )
    return made.report["id"]


def big_check_row(work: Path, repeat: int = 7) -> Row:
    """``jdtui check`` of a long imported draft against ``jdtui show`` of it, as processes."""
    env = clean_env(work / "big-draft-home")
    draft_id = make_big_draft(env)
    script = Path(sys.executable).with_name("jdtui")
    command = [str(script)] if script.exists() else python("-m", "jdtui.cli")
    commands = {"check": [*command, "check", draft_id], "show": [*command, "show", draft_id]}
    check, show = in_turns(commands, env, repeat).values()
    what = f"`jdtui check` of a {BIG_DRAFT:,}-clause draft (many clauses alike) as a process"
    note = (
        f"median of {repeat} runs each, taken in turns: check {span(check)}, show {span(show)}; "
        "baseline: `jdtui show` of the same draft (bench.generate.big_draft: every clause a local copy)"
    )
    return Row(what, median(check), median(show), 3.0, note=note)


def import_document(megabytes: int = 10) -> str:
    """About ``megabytes`` MB of the import test documents (Russian and English, every
    shape they come in) one after another, as a huge pasted file."""
    from jdtui.store.ingest import read_document

    data = ROOT / "tests" / "data"
    files = sorted([*(data / "import").iterdir(), *(data / "import_unseen").iterdir()])
    # the documents in a language jdtui does not read are refused before any work worth timing
    chunk = "\n\n".join(
        read_document(p) for p in files if p.is_file() and not p.name.startswith(("de_", "fr_"))
    )
    return chunk * (megabytes * 1024 * 1024 // len(chunk.encode("utf-8")) + 1)


def import_row(repeat: int = 3) -> Row:
    """Import of a 10 MB document against markdown-it-py parsing the same text, in turns."""
    from jdtui.core.importer import import_markdown
    from jdtui.core.md import parser
    from jdtui.store.library import load_library
    from jdtui.store.paths import shipped_library_files

    library = load_library(shipped_library_files())
    text = import_document()
    ours: list[float] = []
    base: list[float] = []
    for _ in range(repeat):  # in turns: a neighbour's load falls on both alike
        base += timed(lambda: parser().parse(text), 1, warmup=0)
        ours += timed(lambda: import_markdown(text, library), 1, warmup=0)
    size = len(text.encode("utf-8")) / (1024 * 1024)
    return Row(
        f"import of a {size:.0f} MB document (jdtui import, shipped library)",
        median(ours) * 1000,
        median(base) * 1000,
        1.5,
        note=f"median of {repeat} each, taken in turns; the import test documents (tests/data/import, "
        f"import_unseen; Russian and English) one after another; baseline: markdown-it-py parsing the same "
        f"text with the project's parser (CommonMark + tables); ours {min(ours):.1f}–{max(ours):.1f} s, "
        f"baseline {min(base):.1f}–{max(base):.1f} s",
    )
