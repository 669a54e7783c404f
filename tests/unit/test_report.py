"""The portfolio: a row per draft with status, score, counts; sortable by any column."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jdtui.core.check import check, score
from jdtui.core.report import SORT_KEYS, portfolio, sort_rows
from jdtui.core.vocabulary import BlockSpecError, areas, make_block

from .rules_support import add, drop, en, library, ru, set_section


def _roles():
    # without the one-sided amendment clause the library is rewriting (labour-amendment, issue 12)
    clean = drop(ru(), "final", lambda b: b is not None and b.id == "ru.final.approval-change")
    good = replace(clean, id="good", title="Бухгалтер", status="approved", updated="2026-01-03")
    # no duties: a required section missing is an error (rights coverage is a warning)
    bad = replace(
        set_section(en(), "duties", []), id="bad", title="Analyst", status="draft", updated="2026-01-05"
    )
    # the same clause twice: a warning, no error
    twice = add(en(), "summary", en().section("summary").items[0])
    mid = replace(twice, id="mid", title="Clerk", status="review", updated="2026-01-01")
    return [good, bad, mid]


def test_rows_carry_score_and_counts_from_the_checker():
    rows = {r.id: r for r in portfolio(_roles(), library(), "en")}
    bad = _roles()[1]
    found = check(bad, library(), "en")
    assert rows["bad"].score == score(found)
    assert rows["bad"].errors == sum(f.severity == "error" for f in found) > 0
    assert not rows["bad"].ready and rows["good"].ready and rows["good"].errors == 0
    assert rows["mid"].warnings >= 1 and rows["mid"].lang == "en"
    assert rows["good"].to_dict()["ready"] is True


@pytest.mark.parametrize(
    ("by", "expected"),
    [
        ("score", ["good", "mid", "bad"]),
        ("errors", ["bad"]),  # most errors first
        ("updated", ["bad", "good", "mid"]),  # newest first
        ("title", ["bad", "mid", "good"]),  # Analyst, Clerk, Бухгалтер
        ("status", ["bad", "mid", "good"]),  # draft, review, approved
    ],
)
def test_sorting_by_each_column(by, expected):
    ids = [r.id for r in sort_rows(portfolio(_roles(), library(), "en"), by)]
    assert ids[: len(expected)] == expected


def test_reverse_flips_the_order_and_every_column_sorts():
    rows = portfolio(_roles(), library(), "en")
    assert [r.id for r in sort_rows(rows, "score", reverse=True)] == ["bad", "mid", "good"]
    for column in SORT_KEYS:
        assert len(sort_rows(rows, column)) == 3


def test_vocabulary_is_sorted_and_per_language():
    ru_areas, en_areas = areas(library(), "ru"), areas(library(), "en")
    assert ru_areas == sorted(ru_areas) and "client-interaction" in en_areas
    assert set(areas(library())) == set(ru_areas) | set(en_areas)


def test_custom_block_validates_fields_and_reports_new_areas():
    block, new = make_block(
        kind="duty",
        lang="ru",
        text="Ведёт реестр рекламаций.",
        title="Реестр рекламаций",
        areas=("client-feedback", "claims"),
        known_areas=areas(library()),
        taken=(),
    )
    assert new == ["claims"] and block.areas == ("client-feedback", "claims")
    assert block.id == "user.ru.duty.reestr-reklamatsii"
    with pytest.raises(BlockSpecError):
        make_block(kind="right", lang="en", text="May approve.", areas=("x",))
    with pytest.raises(BlockSpecError):
        make_block(kind="duty", lang="en", text="Does.", areas=("Not A Slug",))
    with pytest.raises(BlockSpecError):
        make_block(kind="onboarding", lang="en", text="Meets the team.", day=1)
    again, _ = make_block(kind="duty", lang="ru", text="x", title="Реестр рекламаций", taken={block.id})
    assert again.id == block.id + "-2"
