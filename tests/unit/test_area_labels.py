"""Duty areas are shown by name, not by slug, in both UI languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jdtui.i18n import CATALOGUE, area_label

from .rules_support import check, en, library, ru, set_section

DATA = Path(__file__).resolve().parents[2] / "data"


def _library_areas() -> set[str]:
    found: set[str] = set()
    for name in ("ru.json", "en.json"):
        for table in json.loads((DATA / name).read_text(encoding="utf-8")).values():
            for row in table.values():
                for field in ("areas", "covers", "measures"):
                    found.update(row.get(field) or ())
    return found


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_area_of_the_sample_library_has_a_name(lang):
    areas = _library_areas()
    assert areas
    assert not sorted(
        a for a in areas if f"area.{a}" not in CATALOGUE or not CATALOGUE[f"area.{a}"].get(lang)
    )
    assert all("-" not in area_label(a, lang) or " " in area_label(a, lang) for a in areas)


def test_names_read_as_words_and_a_user_area_shows_its_slug():
    assert area_label("order-management", "ru") == "управление заказами"
    assert area_label("order-management", "en") == "order management"
    assert area_label("refund-handling", "ru") == "refund-handling"


@pytest.mark.parametrize("make,lang,name", [(ru, "ru", "«воронка продаж»"), (en, "en", "“sales pipeline”")])
def test_coverage_messages_name_areas_not_slugs(make, lang, name):
    found = [
        f for f in check(set_section(make(), "rights", []), library(), lang) if f.rule == "rights-coverage"
    ]
    assert found and any(name in f.message for f in found)
    assert not any("sales-pipeline" in f.message for f in found)
