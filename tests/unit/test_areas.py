"""Duty areas for imported clauses, by likeness to the library's classified blocks."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from jdtui.core import areas
from jdtui.core.check import check
from jdtui.core.importer import import_markdown
from jdtui.core.model import Block, Item
from jdtui.store.library import load_library
from jdtui.store.paths import shipped_library_files
from jdtui.store.workspace import Workspace

from .rules_support import add, en, library, local

DOCS = Path(__file__).resolve().parents[1] / "data" / "areas"


def _clauses(role, lib):
    """(kind, text, areas of its kind, item) of each duty, right and KPI."""
    out = []
    for _, _, item in role.items():
        block = lib.resolve(item)
        if block is not None and block.kind in areas.FIELDS:
            out.append((block.kind, block.text, areas.areas_of(block), item))
    return out


def _rules(role, lib):
    return {f.rule for f in check(role, lib, "en")}


def test_word_forms_and_synonyms_count_as_one_word():
    assert areas.keys("отчётов") == areas.keys("отчёты")
    assert areas.keys("покупателей") == areas.keys("клиентам")
    assert areas.keys("customers") == areas.keys("client")
    assert areas.keys("reports") == areas.keys("reporting")
    # placeholders and words that say nothing are left out
    assert areas.keys("обеспечивать {{organization}} для") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "ru_store.md",
            {
                "Участвует в инвентаризации товарных запасов.": "inventory",
                "Комплектует и отгружает заказы покупателей.": "warehouse",
                "Расхождения по итогам инвентаризаций.": "inventory",
            },
        ),
        (
            "en_support.md",
            {
                "Keep the knowledge base articles up to date.": "knowledge-base",
                "Answer customer calls and emails politely and on time.": "client-interaction",
                "Customer satisfaction score.": "service-quality",
            },
        ),
    ],
)
def test_imported_document_gets_areas_and_coverage_speaks(tmp_path, name, expected):
    ws = Workspace(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    text = (DOCS / name).read_text(encoding="utf-8")
    plain = import_markdown(text, ws.library).role
    result, classified = ws.import_text(text)
    role = result.role
    # without the classification the coverage rules say nothing about an imported role
    assert not {"rights-coverage", "kpi-coverage"} & _rules(plain, ws.library)
    found = _rules(role, ws.library)
    assert {"rights-coverage", "kpi-coverage"} & found
    clauses = _clauses(role, ws.library)
    given = [c for c in clauses if c[2]]
    assert classified.similar == len(given) >= 0.75 * len(clauses)
    by_text = {text: (given_areas, item) for _, text, given_areas, item in clauses}
    for clause, area in expected.items():
        given_areas, item = by_text[clause]
        assert area in given_areas, (clause, given_areas)
        assert item.areas_by == areas.BY_SIMILAR
        assert areas.THRESHOLD <= item.confidence <= 1
    for _, _, given_areas, item in clauses:  # nothing near enough: unclassified, and said so
        assert bool(given_areas) == (item.areas_by == areas.BY_SIMILAR)


def test_a_clause_like_nothing_in_the_library_stays_unclassified_and_the_check_says_so():
    lib = library()
    role = add(en(), "duties", local("Waters the cactus on the windowsill every Tuesday.", "duty", "en"))
    done = areas.classify_role(role, lib)
    item = done.role.sections[next(i for i, s in enumerate(role.sections) if s.id == "duties")].items[-1]
    assert item.areas_by == areas.BY_NONE and item.local is not None and not item.local.areas
    assert item.confidence is not None and item.confidence < areas.THRESHOLD
    assert done.unmatched == 1
    messages = [f.message for f in check(done.role, lib, "en") if f.rule == "unclassified-duty"]
    assert any("no duty in the library reads like it" in m for m in messages), messages


def test_linked_clauses_and_the_users_choice_are_left_as_they_are():
    lib = library()
    role = en()
    chosen = Item(local=Block("own-1", "duty", "en", "Sells things."), areas_by=areas.BY_USER)
    role = add(role, "duties", chosen)
    done = areas.classify_role(role, lib)
    for (_, _, before), (_, _, after) in zip(role.items(), done.role.items(), strict=True):
        assert after == before
    linked = next(item for _, _, item in done.role.items() if item.linked and item.ref.startswith("en.duty"))
    assert areas.assigned_by(linked, lib.resolve(linked)) == areas.BY_LIBRARY
    assert areas.assigned_by(chosen, chosen.local) == areas.BY_USER


def test_item_keeps_how_its_areas_were_assigned_and_older_drafts_stay_as_they_were():
    plain = Item(local=Block("imp-1", "duty", "ru", "Ведёт учёт."))
    assert "areas_by" not in plain.to_dict() and "confidence" not in plain.to_dict()
    assert Item.from_dict(plain.to_dict()) == plain
    given = replace(plain, areas_by=areas.BY_SIMILAR, confidence=0.42)
    assert given.to_dict()["areas_by"] == "similar" and given.to_dict()["confidence"] == 0.42
    assert Item.from_dict(given.to_dict()) == given
    assert Item.from_dict({"ref": None, "confidence": "high", "areas_by": 3}).areas_by is None
    assert Item.from_dict({"ref": None, "areas_by": "[b]evil[/b]"}).areas_by is None
    for nonsense in ("high", float("nan"), float("inf"), -1, 7, True):
        assert Item.from_dict({"ref": None, "confidence": nonsense}).confidence is None


@pytest.mark.parametrize(("lang", "given", "right"), [("ru", 0.75, 0.68), ("en", 0.75, 0.6)])
def test_the_threshold_holds_on_the_shipped_library_each_block_left_out(lang, given, right):
    """Each classified block of the shipped library classified by the others: most
    are given areas, and the first area given is mostly one the block has."""
    given_share, right_share = areas.leave_one_out(load_library(shipped_library_files()), lang)
    assert given_share >= given
    assert right_share >= right


def test_set_areas_makes_a_local_copy_chosen_by_the_user():
    lib = library()
    role = en()
    s_index = next(i for i, s in enumerate(role.sections) if s.id == "duties")
    new = areas.set_areas(role, s_index, 0, ("negotiation",), lib)
    item = new.sections[s_index].items[0]
    assert item.areas_by == areas.BY_USER and item.confidence is None
    assert item.local is not None and item.local.areas == ("negotiation",)
    assert item.ref == role.sections[s_index].items[0].ref  # still says which block it came from
    assert item.local.text == lib.resolve(role.sections[s_index].items[0]).text
    assert areas.set_areas(new, s_index, 0, ("negotiation",), lib) is new  # nothing changed


def test_an_index_kept_as_plain_values_classifies_as_the_one_made():
    """A big library's index is kept in the cache as plain values (marshal) between runs."""
    import marshal

    lib = load_library(shipped_library_files())
    made = areas.index_for(lib, "ru")
    kept = areas.AreaIndex.from_plain(marshal.loads(marshal.dumps(made.to_plain())))
    for text in ("Участвует в инвентаризации товарных запасов.", "Проводит переговоры с поставщиками."):
        assert areas.guess(kept, text, "duty") == areas.guess(made, text, "duty")
    assert areas.guess(made, "Участвует в инвентаризации товарных запасов.", "duty").sure


def test_a_kpi_like_nothing_in_the_library_is_reported_as_unclassified():
    lib = library()
    kpi = local("Number of cactuses watered on windowsills.", "kpi", "en")
    done = areas.classify_role(add(en(), "kpi", kpi), lib)
    unmatched = [item for _, _, item in done.role.items() if item.areas_by == areas.BY_NONE]
    assert len(unmatched) == 1
    found = [f for f in check(done.role, lib, "en") if f.rule == "unclassified-kpi"]
    assert len(found) == 1 and found[0].severity == "info" and "no KPI in the library" in found[0].message
    # a KPI without areas that likeness was not tried on is left alone, as before
    assert not [f for f in check(add(en(), "kpi", kpi), lib, "en") if f.rule == "unclassified-kpi"]


def test_the_rules_name_an_unmatched_clause_as_the_classification_does():
    from jdtui.core.model.roles import AREAS_BY
    from jdtui.core.rules import coverage

    assert coverage.BY_NONE == areas.BY_NONE
    assert {areas.BY_LIBRARY, areas.BY_SIMILAR, areas.BY_USER, areas.BY_NONE} == set(AREAS_BY)


def test_the_workspace_keeps_the_index_in_the_cache_for_the_next_run(tmp_path, monkeypatch):
    text = (DOCS / "ru_store.md").read_text(encoding="utf-8")
    first, classified = Workspace(data_dir=tmp_path / "data", config_dir=tmp_path / "config").import_text(
        text
    )
    made: list[str] = []
    original = areas.index_for

    def spy(library, lang, build=None):
        kept = areas._indexes
        if build is None and (kept is None or kept[0] is not library or lang not in kept[1]):
            made.append(lang)  # an index made from the blocks, not read back
        return original(library, lang, build)

    monkeypatch.setattr(areas, "index_for", spy)
    monkeypatch.setattr(areas, "_indexes", None)  # as in a new process
    again, reclassified = Workspace(data_dir=tmp_path / "data", config_dir=tmp_path / "config").import_text(
        text
    )
    assert made == []
    assert again.role == first.role and reclassified.similar == classified.similar > 0
    # a change to the user's blocks makes it again
    ws = Workspace(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    ws.save_block(Block("user.ru.duty.x", "duty", "ru", "Ведёт складской учёт.", areas=("warehouse",)))
    ws.import_text(text)
    assert made == ["ru"]
