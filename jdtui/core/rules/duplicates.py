"""Clauses said twice: the same block or text twice, or nearly the same text.

Near-duplicates are compared with rapidfuzz's ``token_sort_ratio`` on the
filled texts of items of the same kind: only the pairs that an inverted index
of their word beginnings finds could be alike (see :func:`_near_pairs`), so a
long draft is not compared pair by pair. rapidfuzz is imported only when two
clauses could reach :data:`NEAR` (see :func:`_could_be_near`), so most checks
never load it (it costs ≈ 10 ms of ``jdtui check``'s start).
"""

from __future__ import annotations

import importlib
import math
import sys
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

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


class _Shape(NamedTuple):
    """What comparing a clause reads: its words, their beginnings, the words joined."""

    words: tuple[str, ...]
    heads: frozenset[str]
    text: str


@lru_cache(maxsize=8192)
def _shape(text: str) -> _Shape | None:
    """A clause as compared, or None when it is too short to be compared."""
    words = tokens(text)
    if len(words) < MIN_WORDS:
        return None
    return _Shape(words, frozenset(w[:4] for w in words), " ".join(words))


def _alike(a: _Shape, b: _Shape) -> bool:
    """The cheap tests first: close enough in length to reach :data:`NEAR` (the
    first bound of :func:`_could_be_near`), and at least half of the word
    beginnings of the richer one in common (a 90 % ratio needs most words in
    common, up to their endings)."""
    la, lb = len(a.text), len(b.text)
    if 200 * min(la, lb) < NEAR * (la + lb):
        return False
    return 2 * len(a.heads & b.heads) >= max(len(a.heads), len(b.heads))


def _ratio(a: _Shape, b: _Shape) -> int | None:
    """The token_sort_ratio of two clauses that are :func:`_alike`, when it reaches :data:`NEAR`."""
    if a.words == b.words:
        return None
    fuzz = sys.modules.get("rapidfuzz.fuzz")
    if fuzz is None:  # the bound until rapidfuzz is needed: most checks never load it
        if not _could_be_near(a.text, b.text):
            return None
        fuzz = importlib.import_module("rapidfuzz.fuzz")
    # once loaded, rapidfuzz is quicker than the bound, which never rules out a ratio ≥ NEAR
    ratio = fuzz.token_sort_ratio(a.text, b.text, score_cutoff=NEAR)
    return round(ratio) if ratio >= NEAR else None


def near_ratio(first: str, second: str) -> int | None:
    """The token_sort_ratio of two clauses when it reaches :data:`NEAR`, else None
    (None for the same words, and for clauses under :data:`MIN_WORDS` words)."""
    a, b = _shape(first), _shape(second)
    if a is None or b is None or not _alike(a, b):
        return None
    return _ratio(a, b)


#: the width of a length band, in log: a hair over the widest ratio of two lengths
#: that can reach :data:`NEAR`, so two such lengths are at most one band apart
_BAND = math.log(200 / NEAR - 1) * 1.001


def _band(length: int) -> int:
    return int(math.log(max(length, 1)) / _BAND)


def _near_pairs(entries: list[Clause], ctx: Context) -> list[tuple[int, int, int]]:
    """``(i, j, ratio)`` for each clause ``j`` that is a near-duplicate of an
    earlier one, ``i`` the earliest such, in the order of the pairs ``(i, j)``:
    what comparing every pair with :func:`near_ratio` gives, without comparing
    every pair.

    Two clauses are compared only if :func:`_alike`: they share at least half
    of the word beginnings of the richer one. So, with the beginnings of each
    clause sorted rarest first, two that could pass share one of the first
    ``n // 2 + 1`` of each (the prefix filter of set-similarity joins): an index
    of those gives the candidates, kept apart by length (:func:`_band`: only
    neighbouring bands can be close enough in length). A text met again is
    compared only with the texts first met since it was last met (the earlier
    ones gave their answer then), so many equal clauses cost no more than one.
    """
    shapes = [_shape(e.text) for e in entries]
    lengths = [len(shape.text) if shape else 0 for shape in shapes]
    frequency: Counter[str] = Counter()
    for shape in shapes:
        if shape is not None:
            frequency.update(shape.heads)
    index: dict[tuple[str, int], list[int]] = {}  # (word beginning, band) -> first places of texts
    met: dict[str, tuple[int, tuple[int, int] | None]] = {}  # text -> last place, its answer
    found: list[tuple[int, int, int]] = []
    for j, shape in enumerate(shapes):
        if shape is None:
            continue
        if j % 64 == 0:
            ctx.stop_if_asked()
        text = entries[j].text
        last, answer = met.get(text, (-1, None))
        if answer is None:
            prefix = sorted(shape.heads, key=lambda h: (frequency[h], h))[: len(shape.heads) // 2 + 1]
            band = _band(len(shape.text))
            candidates: set[int] = set()
            for head in prefix:
                for near in (band - 1, band, band + 1):
                    candidates.update(index.get((head, near), ()))
            length, heads, least, rest = len(shape.text), shape.heads, len(shape.heads), 200 - NEAR
            for i in sorted(candidates):
                if i <= last:
                    continue
                other = shapes[i]
                # _alike, written out: this loop is the rule's cost
                if rest * lengths[i] < NEAR * length or rest * length < NEAR * lengths[i]:
                    continue
                if 2 * len(heads & other.heads) < max(least, len(other.heads)):  # type: ignore[union-attr]
                    continue
                ratio = _ratio(other, shape)  # type: ignore[arg-type]  # indexed clauses have a shape
                if ratio is not None:
                    answer = (i, ratio)
                    break
            if last < 0:
                for head in prefix:
                    index.setdefault((head, band), []).append(j)
        if answer is not None:
            found.append((answer[0], j, answer[1]))
        met[text] = (j, answer)
    found.sort()
    return found


@rule("near-duplicate", "info", RULES)
def near_duplicate(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Two clauses of the same kind worded almost the same (token_sort_ratio ≥ 90)."""
    for entries in _by_kind(ctx).values():
        for i, j, ratio in _near_pairs(entries, ctx):
            yield ctx.at(me, entries[j], ratio=ratio, **_where(ctx, entries[i]))
