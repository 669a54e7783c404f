"""Clauses said twice: the same block or text twice, or nearly the same text.

Near-duplicates are compared with rapidfuzz's ``token_sort_ratio`` on the
filled texts of items of the same kind, only the pairs an inverted index of
their word beginnings finds could be alike (see :func:`_near_pairs`). rapidfuzz is imported only when two
clauses could reach :data:`NEAR` (see :func:`_could_be_near`), so most checks
never load it (it costs ≈ 10 ms of ``jdtui check``'s start).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..model import Finding
from .base import Rule, rule
from .context import Clause, Context
from .words import fold, tokens

RULES: list[Rule] = []

#: token_sort_ratio at or above which two clauses are near-duplicates
NEAR = 90
#: clauses shorter than this many words are not compared for near-duplicates
MIN_WORDS = 4


def _normal(text: str) -> str:
    return " ".join(tokens(text))


def _by_kind(ctx: Context) -> dict[str, list[Clause]]:
    """The items with text, by kind, in document order."""
    by_kind: dict[str, list[Clause]] = {}
    for entry in ctx.resolved:
        if entry.text:
            by_kind.setdefault(entry.block.kind, []).append(entry)
    return by_kind


def _could_be_near(a: str, b: str) -> bool:
    """Whether ``token_sort_ratio(a, b)`` can reach :data:`NEAR`, by an upper bound.

    The ratio is 200 · LCS / (len(a) + len(b)) over the sorted words, and a
    common subsequence uses each character at most as often as the poorer
    text has it: a bound that never says no to a real near-duplicate.
    """
    total = len(a) + len(b)
    if 200 * min(len(a), len(b)) < NEAR * total:
        return False
    common = sum((Counter(a) & Counter(b)).values())
    return 200 * common >= NEAR * total


def _where(ctx: Context, entry: Clause) -> dict[str, Any]:
    section = ctx.role.sections[entry.section_index]
    return {"other_section": ctx.profile.heading(section, ctx.doc_lang), "other_item": entry.index + 1}


@rule("duplicate", "warning", RULES)
def duplicate(ctx: Context, me: Rule) -> Iterable[Finding]:
    """The same clause twice: the same block linked twice or the same words.

    Each clause is compared, by its words and by its folded text, with the
    earliest clause of its kind that has the same (one pass, not every pair:
    a re-check of a 100-clause draft must stay within a frame).
    """
    for entries in _by_kind(ctx).values():
        earliest: dict[tuple[str, str], int] = {}
        pairs: list[tuple[int, int]] = []
        for position, entry in enumerate(entries):
            keys = (("words", _normal(entry.text)), ("folded", fold(entry.text)))
            before = [earliest[k] for k in keys if k in earliest]
            if before:
                pairs.append((min(before), position))
            for k in keys:
                earliest.setdefault(k, position)
        for first, second in sorted(pairs):  # in the order the pairs of the kind come
            yield ctx.at(me, entries[second], **_where(ctx, entries[first]))


@lru_cache(maxsize=8192)
def _shape(text: str) -> tuple[frozenset[str], int] | None:
    """The word beginnings of a clause and the length of its word text, or None
    when it is too short to be compared (what :func:`near_ratio` reads first)."""
    words = tokens(text)
    if len(words) < MIN_WORDS:
        return None
    return frozenset(w[:4] for w in words), len(" ".join(words))


def _near_pairs(entries: list[Clause], ctx: Context) -> list[tuple[int, int, int]]:
    """``(i, j, ratio)`` for each clause ``j`` that is a near-duplicate of an
    earlier one, ``i`` the earliest such, in the order of the pairs ``(i, j)``:
    what comparing every pair gives, without comparing every pair.

    :func:`near_ratio` says no unless two clauses share at least half of the
    word beginnings of the richer one. So, with the beginnings of each clause
    sorted rarest first, two clauses that could pass share one of the first
    ``n // 2 + 1`` of each (the prefix filter of set-similarity joins): only
    the clauses that share one of those, and are close enough in length to
    reach :data:`NEAR`, are compared.
    """
    shapes = [_shape(e.text) for e in entries]
    frequency: Counter[str] = Counter()
    for shape in shapes:
        if shape is not None:
            frequency.update(shape[0])
    index: dict[str, list[int]] = {}
    found: list[tuple[int, int, int]] = []
    for j, shape in enumerate(shapes):
        if shape is None:
            continue
        if j % 64 == 0:
            ctx.stop_if_asked()
        heads, length = shape
        prefix = sorted(heads, key=lambda h: (frequency[h], h))[: len(heads) // 2 + 1]
        candidates: set[int] = set()
        for head in prefix:
            candidates.update(index.get(head, ()))
        for i in sorted(candidates):
            other_heads, other = shapes[i]  # type: ignore[misc]  # only clauses with a shape are indexed
            # near_ratio's first two tests, on what is already at hand
            if 200 * min(length, other) < NEAR * (length + other):
                continue
            if 2 * len(heads & other_heads) < max(len(heads), len(other_heads)):
                continue
            ratio = near_ratio(entries[i].text, entries[j].text)
            if ratio is not None:
                found.append((i, j, ratio))
                break
        for head in prefix:
            index.setdefault(head, []).append(j)
    found.sort()
    return found


@lru_cache(maxsize=65536)
def near_ratio(first: str, second: str) -> int | None:
    """The token_sort_ratio of two clauses when it reaches :data:`NEAR`, else None
    (cached by the two texts: a re-check compares again only the clause that changed)."""
    a, b = tokens(first), tokens(second)
    if a == b or min(len(a), len(b)) < MIN_WORDS:
        return None
    # a 90 % token_sort_ratio needs most words in common, up to their
    # endings: compare word beginnings first, cheaply
    heads_a, heads_b = {w[:4] for w in a}, {w[:4] for w in b}
    if len(heads_a & heads_b) / max(len(heads_a), len(heads_b)) < 0.5:
        return None
    text_a, text_b = " ".join(a), " ".join(b)
    # the bound only until rapidfuzz is loaded (most checks never load it); then
    # rapidfuzz is quicker, and the bound never rules out a ratio ≥ NEAR anyway
    if "rapidfuzz.fuzz" not in sys.modules and not _could_be_near(text_a, text_b):
        return None
    from rapidfuzz import fuzz

    ratio = fuzz.token_sort_ratio(text_a, text_b, score_cutoff=NEAR)
    return round(ratio) if ratio >= NEAR else None


@rule("near-duplicate", "info", RULES)
def near_duplicate(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Two clauses of the same kind worded almost the same (token_sort_ratio ≥ 90)."""
    for entries in _by_kind(ctx).values():
        for i, j, ratio in _near_pairs(entries, ctx):
            yield ctx.at(me, entries[j], ratio=ratio, **_where(ctx, entries[i]))
