"""Near-duplicates found through the index are the ones comparing every pair finds.

The index (:func:`jdtui.core.rules.duplicates._near_pairs`) compares only the
clauses that share a rare word beginning; these tests compare it with the
plain loop over every pair, on drafts made to have many alike clauses.
"""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from jdtui.core.rules.duplicates import MIN_WORDS, NEAR, _near_pairs, near_ratio
from jdtui.core.rules.words import tokens

WORDS = [
    "ведёт",
    "учёт",
    "заказов",
    "клиентов",
    "отчёты",
    "отчёт",
    "продажах",
    "продаж",
    "руководителя",
    "ежедневно",
    "еженедельно",
    "готовит",
    "контролирует",
    "договоры",
    "договора",
    "поставщиками",
    "поставки",
    "сроки",
    "срок",
    "системе",
    "crm",
    "prepares",
    "monthly",
    "sales",
    "report",
    "reports",
    "head",
    "of",
    "the",
    "clients",
    "client",
    "orders",
    "order",
    "weekly",
    "checks",
    "contracts",
    "contract",
    "suppliers",
    "supply",
    "deadlines",
    "in",
    "for",
    "with",
    "and",
]


def _mutate(rng: random.Random, words: list[str]) -> list[str]:
    words = list(words)
    for _ in range(rng.randint(0, 3)):
        what = rng.randrange(5)
        at = rng.randrange(len(words))
        if what == 0 and len(words) > 1:  # two words change places
            other = rng.randrange(len(words))
            words[at], words[other] = words[other], words[at]
        elif what == 1:  # another ending
            words[at] = words[at][:-1] + rng.choice("аиыеsd")
        elif what == 2 and len(words) > 2:
            del words[at]
        elif what == 3:
            words.insert(at, rng.choice(WORDS))
        else:
            words[at] = rng.choice(WORDS)
    return words


def _draft(rng: random.Random, count: int) -> list[str]:
    """``count`` clauses: some new, most a few edits away from an earlier one."""
    texts: list[list[str]] = []
    for _ in range(count):
        if texts and rng.random() < 0.7:
            texts.append(_mutate(rng, rng.choice(texts)))
        else:
            texts.append([rng.choice(WORDS) for _ in range(rng.randint(2, 12))])
    return [" ".join(words).capitalize() + "." for words in texts]


class _Asked:
    def __init__(self) -> None:
        self.times = 0

    def stop_if_asked(self) -> None:
        self.times += 1


def _indexed(texts: list[str]) -> list[tuple[int, int, int]]:
    entries = [SimpleNamespace(text=text) for text in texts]
    return _near_pairs(entries, _Asked())  # type: ignore[arg-type]


def _plain_ratio(first: str, second: str) -> int | None:
    """The rule's definition, written out as it was before the index."""
    a, b = tokens(first), tokens(second)
    if a == b or min(len(a), len(b)) < MIN_WORDS:
        return None
    heads_a, heads_b = {w[:4] for w in a}, {w[:4] for w in b}
    if len(heads_a & heads_b) / max(len(heads_a), len(heads_b)) < 0.5:
        return None
    ratio = fuzz.token_sort_ratio(" ".join(a), " ".join(b))
    return round(ratio) if ratio >= NEAR else None


def _every_pair(texts: list[str]) -> list[tuple[int, int, int]]:
    """What the rule reported before the index: each clause against every earlier one."""
    found = []
    for j, later in enumerate(texts):
        for i in range(j):
            ratio = _plain_ratio(texts[i], later)
            if ratio is not None:
                found.append((i, j, ratio))
                break
    return sorted(found)


def test_the_index_finds_what_every_pair_finds_on_generated_drafts() -> None:
    rng = random.Random(18)
    reported = 0
    for _ in range(40):
        texts = _draft(rng, rng.randint(2, 80))
        expected = _every_pair(texts)
        assert _indexed(texts) == expected, texts
        reported += len(expected)
    assert reported > 100  # the drafts do have near-duplicates to find


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=2**32), st.integers(min_value=2, max_value=40))
def test_the_index_finds_what_every_pair_finds(seed: int, count: int) -> None:
    texts = _draft(random.Random(seed), count)
    assert _indexed(texts) == _every_pair(texts)


def test_near_ratio_is_the_rules_definition() -> None:
    rng = random.Random(7)
    pairs = [(a, b) for texts in (_draft(rng, 30) for _ in range(20)) for a in texts for b in texts]
    assert [near_ratio(a, b) for a, b in pairs] == [_plain_ratio(a, b) for a, b in pairs]
    assert sum(near_ratio(a, b) is not None for a, b in pairs) > 50


@pytest.mark.parametrize("count", [64, 300])
def test_a_long_comparison_asks_whether_to_stop(count: int) -> None:
    texts = _draft(random.Random(count), count)
    asked = _Asked()
    _near_pairs([SimpleNamespace(text=text) for text in texts], asked)  # type: ignore[arg-type]
    assert asked.times >= count // 64
