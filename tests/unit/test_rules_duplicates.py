"""The same clause twice, and nearly the same clause twice."""

from __future__ import annotations

import pytest

from jdtui.core.model import Item

from .rules_support import add, en, findings, local, ru, rules


@pytest.mark.parametrize("make", [ru, en])
def test_samples_have_no_duplicates(make):
    assert "duplicate" not in rules(make()) and "near-duplicate" not in rules(make())


@pytest.mark.parametrize("make", [ru, en])
def test_same_block_linked_twice_is_a_duplicate(make):
    role = make()
    first = role.section("duties").items[0]
    role = add(role, "duties", Item.link(first.ref))
    found = findings(role, "duplicate")
    assert len(found) == 1 and found[0].severity == "warning"
    assert found[0].item == len(role.section("duties").items) - 1 and "item 1" in found[0].message


def test_same_words_differently_spaced_and_cased_are_a_duplicate():
    role = add(en(), "kpi", local("Share of   repeat CLIENTS per quarter.", "kpi", "en", measures=("x",)))
    role = add(role, "kpi", local("share of repeat clients per quarter", "kpi", "en", measures=("x",)))
    assert len(findings(role, "duplicate")) == 1


@pytest.mark.parametrize(
    "lang,a,b",
    [
        (
            "ru",
            "Ведёт учёт заказов клиентов в CRM-системе ежедневно.",
            "Ежедневно ведёт учёт заказов клиентов в CRM-системе.",
        ),
        (
            "ru",
            "Готовит ежемесячный отчёт о продажах для руководителя.",
            "Готовит ежемесячные отчёты о продажах для руководителя.",
        ),
        (
            "en",
            "Prepares a monthly sales report for the head of sales.",
            "Prepares monthly sales reports for the head of sales.",
        ),
    ],
)
def test_reworded_clause_is_a_near_duplicate_info(lang, a, b):
    make = ru if lang == "ru" else en
    role = add(
        make(),
        "duties",
        local(a, "duty", lang, areas=("reporting",)),
        local(b, "duty", lang, areas=("reporting",)),
    )
    found = findings(role, "near-duplicate")
    assert [f.severity for f in found] == ["info"] and "%" in found[0].message
    assert "duplicate" not in rules(role)


def test_different_clauses_and_different_kinds_are_not_duplicates():
    role = add(
        en(),
        "duties",
        local("Prepares a monthly sales report for the head of sales.", "duty", "en", areas=("reporting",)),
    )
    role = add(
        role,
        "kpi",
        local("Prepares a monthly sales report for the head of sales.", "kpi", "en", measures=("reporting",)),
    )
    role = add(
        role,
        "duties",
        local("Negotiates prices and delivery terms with new clients.", "duty", "en", areas=("reporting",)),
    )
    found = rules(role)
    assert "duplicate" not in found and "near-duplicate" not in found
