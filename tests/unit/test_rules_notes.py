"""Notes (paragraphs among the clauses) are not duties, rights or requirements:
counting and coverage rules ignore them, text rules still read them."""

from __future__ import annotations

from jdtui.core.model import Item

from .rules_support import add, en, findings, ru, rules, set_section


def _note(text: str, lang: str = "ru") -> Item:
    return Item.note(text, lang=lang)


def test_a_required_section_of_notes_only_is_still_missing():
    role = set_section(ru(), "duties", [_note("Менеджер выполняет поручения руководителя.")])
    assert [f.section for f in findings(role, "missing-section")] == ["duties"]


def test_notes_in_a_complete_sample_add_no_findings():
    role = add(ru(), "duties", _note("Обязанности распределяются по графику смен."))
    role = add(role, "onboarding", _note("После третьего дня назначается наставник."))
    role = add(role, "requirements", _note("Все требования обязательны."))
    assert rules(role) == rules(ru())


def test_an_onboarding_note_is_no_day_without_a_goal():
    role = add(en(), "onboarding", _note("Then the buddy takes over.", "en"))
    assert findings(role, "onboarding-plan") == []


def test_a_note_that_names_a_requirement_group_does_not_cover_it():
    role = set_section(
        en(), "requirements", [_note("Personal qualities matter: be patient and friendly.", "en")]
    )
    assert "requirement-groups" in rules(role)


def test_text_rules_still_read_notes():
    placeholder = add(en(), "duties", _note("Report to {{manager_name}} weekly.", "en"))
    assert findings(placeholder, "placeholder")
    tone = add(ru(), "duties", _note("Ты отвечаешь за порядок на складе."))
    assert "person-tone" in rules(tone)
    controls = add(en(), "duties", _note("Greet \u202eguests.", "en"))
    assert "control-chars" in rules(controls)
    biased = add(en(), "requirements", _note("Candidates must be under 30 years old.", "en"))
    assert "discrimination" in rules(biased)
