"""A section's wording as Compose shows it: the heading and lead-in the
document will show (own, else the profile's), and what a field's text stores."""

from __future__ import annotations

from jdtui.core.compose import set_heading, set_lead
from jdtui.core.model import Item, Role, RoleSection
from jdtui.core.section_wording import (
    clause_count,
    heading_value,
    lead_value,
    profile_heading,
    shown_heading,
    shown_lead,
    standard_lead_of,
)

NOTE = Item.note("Смена — 12 часов.", lang="ru")
DUTY = Item.link("d.one")
STANDARD = "Администратор выполняет следующие должностные обязанности:"


def ru_role(heading: str | None = None, lead: str | None = None, items=(NOTE, DUTY)) -> Role:
    duties = RoleSection("duties", tuple(items), heading=heading, lead=lead)
    return Role(
        "r1", "Администратор", "ru", "ru-di", {"position": "администратор"}, (RoleSection("general"), duties)
    )


def en_role() -> Role:
    sections = (RoleSection("duties", (DUTY,)), RoleSection("other", (DUTY,), heading="About us"))
    return Role("r2", "Coordinator", "en", "en-jd", {}, sections)


def test_own_heading_is_shown_else_the_profiles():
    role = ru_role(heading="Основные обязанности")
    assert shown_heading(role, role.sections[1]) == "Основные обязанности"
    assert profile_heading(role, role.sections[1]) == "Должностные обязанности"
    plain = set_heading(role, 1, "")
    assert shown_heading(plain, plain.sections[1]) == "Должностные обязанности"


def test_a_kept_as_written_section_without_heading_shows_other():
    role = en_role()
    assert shown_heading(role, role.sections[1]) == "About us"
    assert profile_heading(role, role.sections[1]) == "Other"
    emptied = set_heading(role, 1, "")
    assert shown_heading(emptied, emptied.sections[1]) == "Other"


def test_field_text_means_what_the_edit_stores():
    role = ru_role()
    for text in ("", "  ", "Должностные обязанности", "2. Основные обязанности:", "Основные\nобязанности"):
        assert heading_value(role, role.sections[1], text) == set_heading(role, 1, text).sections[1].heading
    for text in ("", " \n ", "В течение\nсмены:"):
        assert lead_value(text) == set_lead(role, 1, text).sections[1].lead


def test_standard_lead_is_the_numbered_profiles_filled_in():
    role = ru_role()
    assert standard_lead_of(role, role.sections[1]) == STANDARD
    assert shown_lead(role, role.sections[1]) == (STANDARD, True)
    english = en_role()
    assert standard_lead_of(english, english.sections[0]) is None
    assert shown_lead(english, english.sections[0]) == (None, True)


def test_own_lead_is_shown_in_place_of_the_standard_one_in_one_line():
    role = ru_role(lead="В течение смены\nадминистратор обязан:")
    assert shown_lead(role, role.sections[1]) == ("В течение смены администратор обязан:", False)


def test_a_section_of_notes_only_shows_no_standard_lead():
    role = ru_role(items=(NOTE,))
    assert shown_lead(role, role.sections[1]) == (None, True)


def test_notes_are_not_counted_as_clauses():
    role = ru_role(items=(NOTE, DUTY, NOTE, DUTY))
    assert clause_count(role.sections[1]) == 2
