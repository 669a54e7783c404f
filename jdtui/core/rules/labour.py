"""Russian labour law (ТК РФ): clauses a labour inspector or a court would strike out.

Fines and deductions as penalties, unpaid or compulsory overtime and weekend
work, giving up annual leave, full material liability outside the Code,
dismissal on grounds the Code does not have (errors); open-ended duties,
rights written as duties and duties as rights, standing in for a colleague
without consent and extra pay, travel or irregular hours with no word on
compensation, an instruction the employer may change alone (warnings).

Each clause is read sentence by sentence for the concepts of
:mod:`.labour_terms` (word beginnings in any form, short phrases); a rule
fires on a trigger concept unless the words that make the clause lawful stand
in the same sentence (or clause). Every finding names the section and item,
quotes the words that triggered it, and its hint cites the article.

The family runs on Russian documents (profile ``ru-di`` or language ``ru``).
A clause's reading is cached by its text, so a re-check after a keystroke
reads only the clause that changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from ..model import Finding
from .base import Rule, rule
from .context import Clause, Context
from .discrimination import _element, _match_at
from .labour_terms import (
    ABBREVIATION,
    ANNUAL_LEAVE_DAYS,
    CONCEPTS,
    DUTY_VERBS,
    LEAVE_DAYS,
    TERMS_SECTIONS,
    alternatives,
    expand,
)
from .words import fold, sentences, tokens

RULES: list[Rule] = []

#: sections where a duty, a condition of work or an amendment clause stands
WORK_SECTIONS = frozenset({"general", "duties", "conditions", "other"})
AMENDMENT_SECTIONS = frozenset({"final", "general", "conditions", "other"})
_PLACEHOLDER = re.compile(r"\{\{[^}]*\}\}")


# --- reading a clause -------------------------------------------------------------
@cache  # an element stands in many patterns: made once
def _made(spec: str) -> tuple:
    return _element(spec)


class _Rests:
    """The rests (all but the first element) of a spec's patterns, expanded when a
    clause first has a word the first element matches: most concepts' rests never are."""

    __slots__ = ("_made", "spec")

    def __init__(self, spec: str) -> None:
        self.spec = spec
        self._made: list[tuple] | None = None

    def __call__(self) -> list[tuple]:
        if self._made is None:
            self._made = expand(self.spec, _made)  # ``[()]`` for a spec of one element
        return self._made


class _Index(NamedTuple):
    """Patterns by their first element: exact words, and word beginnings by their first 3
    letters. Each holds the rests of its patterns, whose first element the look-up matched."""

    exact: dict[str, list[tuple[str, _Rests]]]
    heads: dict[str, list[tuple[str, str, _Rests]]]


@lru_cache(maxsize=1)
def _index() -> _Index:
    exact: dict[str, list[tuple[str, _Rests]]] = {}
    heads: dict[str, list[tuple[str, str, _Rests]]] = {}
    for name, specs in CONCEPTS.items():
        for spec in specs:
            first, *others = spec.split()
            rests = _Rests(" ".join(others))
            # in the order expand() gives the patterns: by the first element's alternatives
            for kind, value in map(_made, alternatives(first)):
                if kind == "exact":
                    for word in value:
                        exact.setdefault(word, []).append((name, rests))
                else:  # a word beginning (every one has at least 3 letters: a test says so)
                    heads.setdefault(value[:3], []).append((value, name, rests))
    return _Index(exact, heads)


def _candidates(word: str) -> Iterator[tuple[str, tuple]]:
    """(concept, rest of a pattern) for each pattern whose first element ``word`` matches, in index order."""
    index = _index()
    for name, rests in index.exact.get(word, ()):
        for rest in rests():
            yield name, rest
    for start, name, rests in index.heads.get(word[:3], ()):
        if word.startswith(start):
            for rest in rests():
                yield name, rest


class Sentence(NamedTuple):
    """One sentence of a clause: its folded words and the concepts found in it."""

    text: str
    words: tuple[str, ...]
    #: concept -> the phrases (folded words) that matched it, in order
    hits: dict[str, list[str]]


def _hits(words: tuple[str, ...]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for at, word in enumerate(words):
        for name, rest in _candidates(word):  # the first element matched ``word``
            end = _match_at(rest, words, at + 1)
            if end is None:
                continue
            if name == "duty-words" and at and words[at - 1] == "не":
                continue  # «не обязан выполнять…» in «Права» is a right
            phrase = " ".join(words[at:end])
            if phrase not in found.setdefault(name, []):
                found[name].append(phrase)
    return found


@lru_cache(maxsize=8192)
def read(text: str) -> tuple[Sentence, ...]:
    """The sentences of a clause with the concepts of :mod:`.labour_terms` in each
    (cached by text: a re-check reads only the clauses that changed)."""
    out = []
    for sentence in sentences(ABBREVIATION.sub(r"\1", text)):
        words = tokens(sentence)
        out.append(Sentence(sentence, words, _hits(words)))
    return tuple(out)


@lru_cache(maxsize=8192)
def clause_hits(text: str) -> dict[str, list[str]]:
    """The concepts of a clause's sentences together (the clause read as one; cached by text)."""
    found: dict[str, list[str]] = {}
    for part in read(text):
        for name, phrases in part.hits.items():
            found.setdefault(name, []).extend(p for p in phrases if p not in found[name])
    return found


# --- what the rules share ------------------------------------------------------------
def _applies(ctx: Context) -> bool:
    return ctx.profile.id == "ru-di" or ctx.doc_lang == "ru"


def _clauses(ctx: Context) -> list[tuple[Clause, tuple[Sentence, ...]]]:
    """The clauses whose wording sets the terms of the work, each read once per check."""
    if "labour" not in ctx.memo:
        ctx.memo["labour"] = (
            [(e, read(e.text)) for e in ctx.resolved if e.text and e.section in TERMS_SECTIONS]
            if _applies(ctx)
            else []
        )
    return ctx.memo["labour"]  # type: ignore[return-value]


def _quote(hits: dict[str, list[str]], *names: str) -> str:
    phrases = dict.fromkeys(p for name in names for p in hits.get(name, ()))
    return ", ".join(f"«{p}»" for p in phrases)


def _at(ctx: Context, me: Rule, entry: Clause, words: str, variant: str = "") -> Finding:
    section = ctx.role.sections[entry.section_index]
    return ctx.at(
        me,
        entry,
        variant=variant,
        section_heading=ctx.profile.heading(section, ctx.doc_lang),
        number=entry.index + 1,
        words=words,
    )


def _first_word(text: str) -> str:
    words = tokens(_PLACEHOLDER.sub(" ", text))
    return words[0] if words else ""


# --- errors -------------------------------------------------------------------------------
def _fine_words(part: Sentence) -> str:
    hits = part.hits
    if "negated" in hits:
        return ""
    if "fine" in hits and ("fine-employee" in hits or "fine-third-party" not in hits):
        return _quote(hits, "fine", "deduct")
    if "deduct" in hits and "penalty-ground" in hits and "deduct-lawful" not in hits:
        return _quote(hits, "deduct", "penalty-ground")
    return ""


@rule("labour-fine", "error", RULES)
def labour_fine(ctx: Context, me: Rule) -> Iterable[Finding]:
    """A fine, or a deduction from pay, as a penalty (ТК РФ ст. 192, 137, 138)."""
    for entry, parts in _clauses(ctx):
        words = ", ".join(w for w in (_fine_words(p) for p in parts) if w)
        if words:
            yield _at(ctx, me, entry, words)


def _overtime_words(part: Sentence) -> str:
    hits = part.hits
    if "overtime" not in hits and ("weekend" not in hits or "shift-schedule" in hits):
        return ""
    if "negated" in hits:
        return ""
    worse = "no-pay" in hits or "no-consent" in hits
    lawful = "code" in hits or ("consent" in hits and "extra-pay" in hits)
    if worse or not lawful:
        return _quote(hits, "overtime", "weekend", "no-pay", "no-consent")
    return ""


@rule("labour-overtime", "error", RULES)
def labour_overtime(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Overtime, weekend or holiday work without written consent and extra pay (ст. 99, 113, 152, 153)."""
    for entry, parts in _clauses(ctx):
        words = ", ".join(w for w in (_overtime_words(p) for p in parts) if w)
        if words:
            yield _at(ctx, me, entry, words)


@lru_cache(maxsize=8192)
def _short_leave(sentence: str) -> str:
    folded = fold(sentence)
    if "отпуск" not in folded or "дополнительн" in folded:
        return ""
    for match in LEAVE_DAYS.finditer(folded):
        if not match.group("floor") and int(match.group("days")) < ANNUAL_LEAVE_DAYS:
            return f"«{match.group(0).strip()}»"
    return ""


def _leave_words(part: Sentence) -> str:
    hits = part.hits
    if "goods" in hits or "leave-lawful" in hits:
        return ""
    if "leave-waived" in hits:
        return _quote(hits, "leave-waived")
    return _short_leave(part.text)


@rule("labour-leave", "error", RULES)
def labour_leave(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Annual leave given up, shortened, not used or paid off (ст. 114, 115, 122, 124, 126)."""
    for entry, parts in _clauses(ctx):
        words = ", ".join(w for w in (_leave_words(p) for p in parts) if w)
        if words:
            yield _at(ctx, me, entry, words)


def _liability_words(part: Sentence) -> tuple[str, str]:
    """The words, and the variant: ``fault`` (regardless of fault, lost profit) or ``full``."""
    hits = part.hits
    if "no-fault" in hits or "lost-profit" in hits:
        return _quote(hits, "no-fault", "lost-profit"), "fault"
    if "full-liability-lawful" in hits:
        return "", ""
    if "full-liability" in hits or ("full-amount" in hits and "liable" in hits):
        return _quote(hits, "full-liability", "full-amount"), "full"
    return "", ""


@rule("labour-liability", "error", RULES)
def labour_liability(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Material liability regardless of fault, for lost profit, or in full outside ст. 242–244."""
    for entry, parts in _clauses(ctx):
        found = [_liability_words(p) for p in parts]
        words = ", ".join(w for w, _ in found if w)
        if words:
            variant = "fault" if any(v == "fault" for _, v in found) else "full"
            yield _at(ctx, me, entry, words, variant)


def _dismissal_words(part: Sentence) -> str:
    hits = part.hits
    if "not-a-ground" in hits or "lawful-grounds" in hits:
        return ""
    if ("dismissal" in hits or "penalty" in hits) and "bad-ground" in hits:
        return _quote(hits, "dismissal", "penalty", "bad-ground")
    if "dismissal" in hits and "bad-dismissal" in hits:
        return _quote(hits, "dismissal", "bad-dismissal")
    return ""


@rule("labour-dismissal", "error", RULES)
def labour_dismissal(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Dismissal or a penalty on a ground the Code does not have (ст. 77, 81, 192)."""
    for entry, parts in _clauses(ctx):
        words = ", ".join(w for w in (_dismissal_words(p) for p in parts) if w)
        if words:
            yield _at(ctx, me, entry, words)


# --- warnings ----------------------------------------------------------------------------
@rule("labour-open-duty", "warning", RULES)
def labour_open_duty(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Open-ended duties («иные поручения») not limited to the labour function (ст. 60)."""
    for entry, parts in _clauses(ctx):
        if entry.section not in WORK_SECTIONS:
            continue
        words = ", ".join(
            _quote(p.hits, "open-duty")
            for p in parts
            if "open-duty" in p.hits and "within-function" not in p.hits
        )
        if words:
            yield _at(ctx, me, entry, words)


@rule("labour-rights-duties", "warning", RULES)
def labour_rights_duties(ctx: Context, me: Rule) -> Iterable[Finding]:
    """A right worded as a duty («обязан», «соблюдать»), or a duty as a right («вправе») (ст. 21)."""
    for entry, _ in _clauses(ctx):
        hits = clause_hits(entry.text)
        if entry.section == "rights" and entry.block.kind == "right":
            first = _first_word(entry.text)
            found = dict.fromkeys(
                ([f"«{first}»"] if first in DUTY_VERBS else []) + [_quote(hits, "duty-words")]
            )
            words = ", ".join(w for w in found if w)
            if words:
                yield _at(ctx, me, entry, words)
        elif entry.section == "duties" and entry.block.kind == "duty" and "right-words" in hits:
            yield _at(ctx, me, entry, _quote(hits, "right-words"), "duty")


@rule("labour-stand-in", "warning", RULES)
def labour_stand_in(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Standing in for an absent employee without written consent and extra pay (ст. 60.2, 151)."""
    for entry, _ in _clauses(ctx):
        if entry.has_tag("deputy"):
            continue  # who stands in for this employee: the ``deputy`` rule's clause
        hits = clause_hits(entry.text)
        if "stand-in" not in hits or "own-absence" in hits:
            continue
        consent = "consent" in hits and "no-consent" not in hits
        if (consent and "stand-in-pay" in hits) or "stand-in-law" in hits:
            continue
        yield _at(ctx, me, entry, _quote(hits, "stand-in", "no-consent"))


def _mentions(parts: tuple[Sentence, ...], concept: str) -> str:
    return ", ".join(
        _quote(p.hits, concept) for p in parts if concept in p.hits and "organising-others" not in p.hits
    )


@rule("labour-travel", "warning", RULES)
def labour_travel(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Travelling work or irregular hours with no clause on compensation or the local
    regulation that sets it (ст. 101, 119, 166–168, 168.1)."""
    clauses = _clauses(ctx)
    # a stand-in clause names a business trip as a reason for absence: it covers nothing
    readings = [clause_hits(entry.text) for entry, _ in clauses if not entry.has_tag("deputy")]
    lawful = ("compensation", "regulation")
    covered = {
        "travel": any(
            "travel-rules" in h or ("travel" in h and any(n in h for n in lawful)) for h in readings
        ),
        "irregular": any("irregular" in h and any(n in h for n in lawful) for h in readings),
    }
    for entry, parts in clauses:
        if entry.section not in WORK_SECTIONS or entry.has_tag("deputy"):
            continue
        for concept in ("travel", "irregular"):
            words = "" if covered[concept] else _mentions(parts, concept)
            if words:
                yield _at(ctx, me, entry, words, concept)


@rule("labour-amendment", "warning", RULES)
def labour_amendment(ctx: Context, me: Rule) -> Iterable[Finding]:
    """An amendment clause that lets the employer change the duties without the employee's consent (ст. 72, 74)."""
    for entry, _ in _clauses(ctx):
        if entry.section not in AMENDMENT_SECTIONS:
            continue
        hits = clause_hits(entry.text)
        if "change" not in hits or "change-object" not in hits:
            continue
        alone = "no-consent" in hits or ("unilateral" in hits and "amend-consent" not in hits)
        if alone:
            yield _at(ctx, me, entry, _quote(hits, "change", "unilateral", "no-consent"))
