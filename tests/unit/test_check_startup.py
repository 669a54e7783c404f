"""What keeps ``jdtui check`` quick to start, without changing what it finds.

The check skips work it can prove useless (rapidfuzz for clauses that cannot be
near-duplicates, age patterns for sentences without a two-digit number) and
compiles rarely needed patterns on first use. These tests hold the proofs to
their assumptions; the benchmark (``python -m bench --only check``) times it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from jdtui.core.rules.discrimination import hits
from jdtui.core.rules.discrimination_terms import AGE_PATTERNS, AGE_PATTERNS_RU, AGE_WORDS_RU, TWO_DIGITS
from jdtui.core.rules.duplicates import NEAR, _could_be_near
from jdtui.core.rules.words import tokens
from jdtui.core.text import LazyPattern

from .rules_support import library


def _variants(text: str) -> list[str]:
    """Texts near ``text``: a word dropped, words swapped, endings changed, a word added."""
    words = text.split()
    out = [" ".join(words[1:]), " ".join(words[:-1]), " ".join(reversed(words)), text + " ежедневно daily"]
    out.append(" ".join(w[:-1] if len(w) > 4 else w for w in words))
    out.append(" ".join(w + "s" for w in words))
    return out


def test_the_near_duplicate_bound_never_rules_out_a_near_duplicate() -> None:
    texts = sorted(
        {b.text for b in library().blocks.values() if b.kind in ("duty", "requirement") and b.text}
    )[:150]
    pairs = [(a, b) for a, b in combinations(texts[:60], 2)] + [(t, v) for t in texts for v in _variants(t)]
    near = ruled_out = 0
    for a, b in pairs:
        text_a, text_b = " ".join(tokens(a)), " ".join(tokens(b))
        if not text_a or not text_b:
            continue
        if fuzz.token_sort_ratio(text_a, text_b) >= NEAR:
            near += 1
            assert _could_be_near(text_a, text_b), (a, b)
        elif not _could_be_near(text_a, text_b):
            ruled_out += 1
    # the property was exercised both ways
    assert near > 50 and ruled_out > 500


def _depth_zero(source: str, at: int) -> bool:
    """Whether ``source[at]`` stands outside every group and character class."""
    depth, in_class, escaped = 0, False, False
    for char in source[:at]:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
    return depth == 0


@pytest.mark.parametrize("pattern", [p for p, _, _ in AGE_PATTERNS], ids=lambda p: p.source[:30])
def test_every_age_pattern_needs_two_digits(pattern: LazyPattern) -> None:
    """``hits`` scans a sentence for ages only if it has two digits in a row:
    each age pattern must have a ``(\\d{2})`` group that every match goes through."""
    source = pattern.source
    top_level_branch = any(
        c == "|" and _depth_zero(source, i) and source[i - 1] != "\\" for i, c in enumerate(source)
    )
    assert not top_level_branch
    mandatory = [
        m
        for m in re.finditer(re.escape(r"(\d{2})"), source)
        if _depth_zero(source, m.start()) and source[m.end() : m.end() + 1] not in ("?", "*", "{")
    ]
    assert mandatory, source


@pytest.mark.parametrize(
    "pattern,words",
    list(zip([p for p, _, _ in AGE_PATTERNS_RU], AGE_WORDS_RU, strict=True)),
    ids=lambda p: str(p)[:30],
)
def test_every_russian_age_pattern_needs_one_of_its_words(
    pattern: LazyPattern, words: tuple[str, ...]
) -> None:
    """``hits`` tries a Russian age pattern only on a sentence with one of its words:
    they are literals of the pattern, and every match of it has one."""
    assert len(AGE_WORDS_RU) == len(AGE_PATTERNS_RU)
    assert words and all(w in pattern.source for w in words), pattern.source
    texts = [
        "не старше 35 лет",
        "моложе 40",
        "не моложе 25 и старше 30",
        "от 25 до 40 лет",
        "от 25 года",
        "до 35 лет",
        "25-40 лет",
        "25 – 40 года",
        "возраст: 25-40",
        "возрастом от 20 до 45",
    ]
    matches = [m.group(0) for text in texts for m in pattern.finditer(text)]
    assert matches, pattern.source  # the pattern was exercised
    assert all(any(w in m for w in words) for m in matches), (pattern.source, matches)


@pytest.mark.parametrize(
    "text,phrase",
    [
        ("Мужчина до 35 лет.", "до 35 лет"),
        ("Возраст: 25-40.", "возраст: 25-40"),
        ("Candidates must be under 30 years old.", "under 30"),
        ("aged 25 to 35", "aged 25 to 35"),
    ],
)
def test_ages_are_still_found(text: str, phrase: str) -> None:
    assert TWO_DIGITS.search(text)
    assert [h.phrase for h in hits(text) if h.category == "age"] == [phrase]


def test_a_lazy_pattern_compiles_on_first_use() -> None:
    pattern = LazyPattern(r"\bfoo(\d+)", re.IGNORECASE)
    assert pattern._compiled is None
    assert pattern.search("a FOO12 b").group(1) == "12"
    assert pattern._compiled is not None and pattern.compiled.flags & re.IGNORECASE
    assert [m.group(0) for m in pattern.finditer("foo1 foo2")] == ["foo1", "foo2"]


def test_checking_every_shipped_template_loads_no_rapidfuzz(tmp_path: Path) -> None:
    """No shipped template has clauses that could be near-duplicates, so checking
    one (as ``jdtui check`` does, in a fresh process) never imports rapidfuzz."""
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("JDTUI_TEAM_LIBRARY", None)
    code = (
        "import contextlib, io, json, sys\n"
        "from jdtui.cli import main\n"
        "from jdtui.store.workspace import Workspace\n"
        "ids = sorted(Workspace().library.templates)\n"
        "statuses = set()\n"
        "for template_id in ids:\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        statuses.add(main(['check', template_id]))\n"
        "print(json.dumps({'ids': len(ids), 'statuses': sorted(statuses),\n"
        "                  'rapidfuzz': 'rapidfuzz' in sys.modules, 'checked': 'jdtui.core.rules' in sys.modules}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert (
        report["ids"] >= 20 and report["checked"] and report["statuses"] == [1]
    )  # unfilled details are errors
    assert report["rapidfuzz"] is False


def test_checking_a_shipped_template_imports_no_json_nor_datetime(tmp_path: Path) -> None:
    """Once the library is in the cache, ``jdtui check`` of a shipped template parses
    no JSON, makes or reads no date, opens no draft store and makes no other command's
    parsers: none of those modules is imported (≈ 4 ms of its start)."""
    env = {**os.environ, **{f"XDG_{d}_HOME": str(tmp_path / d) for d in ("DATA", "CONFIG", "STATE", "CACHE")}}
    env.pop("JDTUI_TEAM_LIBRARY", None)
    code = (
        "import contextlib, io, sys\n"
        "from jdtui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    status = main(['check', 'ru-office-manager'])\n"
        "print(status, sorted(m for m in ('json', 'datetime', 'jdtui.store.drafts', 'jdtui.cli.documents', 'jdtui.cli.details', 'jdtui.core.rules') if m in sys.modules))\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=False
        )
        for _ in range(2)  # the first run fills the cache
    ]
    assert all(r.returncode == 0 for r in runs), runs[-1].stderr
    assert runs[-1].stdout.split() == ["1", "['jdtui.core.rules']"]  # checked (unfilled details are errors)
    assert "json" in runs[0].stdout  # the first run parsed the library files


def _commands(parser) -> list[str]:
    sub = next(a for a in parser._actions if a.dest == "command")
    return list(sub.choices)


def test_the_command_line_makes_only_the_parsers_a_command_needs() -> None:
    from jdtui.cli import _parser_groups, build_parser

    everything = _commands(build_parser())
    assert everything[:5] == ["list", "show", "new", "check", "export"]  # as ``jdtui --help`` lists them
    assert set(everything) == {
        name for names, _ in _parser_groups() for name in names
    }  # the table is complete
    for names, _ in _parser_groups():
        for name in names:
            assert set(_commands(build_parser(name))) == names
    assert _commands(build_parser("chek")) == everything  # an unknown command: every parser, for the error


@pytest.mark.parametrize(
    "argv,command",
    [
        (["check", "x"], "check"),
        (["--version", "check"], "check"),
        (["-h"], None),
        ([], None),
        (["--", "check"], None),
    ],
)
def test_the_command_is_the_first_word_that_is_no_option(argv: list[str], command: str | None) -> None:
    from jdtui.cli import _command

    assert _command(argv) == command
