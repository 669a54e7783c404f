"""A check can be given up: ``should_stop`` is asked between rules and inside
the long loops, and a True ends the check with ``Stopped``."""

from __future__ import annotations

import pytest

from jdtui.core.check import Stopped, check, review
from jdtui.core.model import Block, Item
from jdtui.core.report import portfolio
from jdtui.core.rules import RULES

from .rules_support import add, library, ru


def _long_draft(clauses: int = 400):
    """A Russian sample with ``clauses`` more duties, most alike."""
    role = ru()
    objects = ("заказов", "отчётов", "договоров", "претензий", "поставок", "платежей", "счетов", "актов")
    items = [
        Item.copy_of(
            Block(
                id=f"local-{n}",
                kind="duty",
                lang="ru",
                text=f"Ведёт учёт {objects[n % 8]} клиентов {objects[n // 8 % 8]} в системе номер {n}.",
                areas=("reporting",),
            )
        )
        for n in range(clauses)
    ]
    return add(role, "duties", *items)


class _Asker:
    """Says stop from its ``after``-th question on, and counts the questions."""

    def __init__(self, after: int | None = None) -> None:
        self.after = after
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.after is not None and self.asked >= self.after


def test_a_check_told_to_stop_gives_up() -> None:
    with pytest.raises(Stopped):
        check(ru(), library(), "en", should_stop=lambda: True)


def test_a_check_never_told_to_stop_finds_what_a_plain_check_finds() -> None:
    role = _long_draft()
    asker = _Asker()
    assert check(role, library(), "en", should_stop=asker) == check(role, library(), "en")
    assert asker.asked > 0


def test_the_long_comparison_of_a_big_draft_asks_too() -> None:
    """Asked more often than once a rule: inside the near-duplicate loop as well."""
    asker = _Asker()
    review(_long_draft(), library(), "en", should_stop=asker)
    assert asker.asked > len(RULES) + 400 // 64 - 1


def test_a_check_told_to_stop_midway_stops_there() -> None:
    asker = _Asker(after=len(RULES) + 2)  # past the rules before, inside the comparison
    with pytest.raises(Stopped):
        review(_long_draft(), library(), "en", should_stop=asker)
    assert asker.asked == asker.after  # not asked again once it said stop


def test_the_portfolio_passes_the_question_on() -> None:
    with pytest.raises(Stopped):
        portfolio([ru(), ru()], library(), "en", should_stop=lambda: True)
