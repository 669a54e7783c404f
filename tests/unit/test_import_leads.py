"""A document's own lead-in sentences are kept as their sections' leads and exported."""

from __future__ import annotations

from dataclasses import replace

from jdtui.core.importer import import_markdown
from jdtui.core.model import Item, Role, RoleSection
from jdtui.core.render import render_markdown
from jdtui.store.library import load_library
from jdtui.store.paths import shipped_library_files

LIBRARY = load_library(shipped_library_files())

RU = """# Должностная инструкция администратора гостиницы

## 2. Должностные обязанности

В течение рабочей смены администратор обязан:

- встречать и размещать гостей;
- вести журнал бронирования номеров;
- принимать оплату за проживание.

## 3. Права

Администратор имеет право:

- запрашивать у руководства сведения, нужные для работы;
- вносить предложения по улучшению обслуживания гостей.
"""

EN = """# Front Desk Coordinator

## Responsibilities

In this role, you will:

- Greet guests and handle check-in and check-out
- Keep the reservations log accurate
- Take payments and issue receipts

## Requirements

We'd love to hear from you if you have:

- Two years of experience at a hotel front desk
- Fluent English and German
"""


def _section(role: Role, section_id: str) -> RoleSection:
    section = role.section(section_id)
    assert section is not None
    return section


def test_a_russian_lead_in_is_the_sections_lead_and_comes_before_its_items_in_the_export():
    role = import_markdown(RU, LIBRARY).role
    duties = _section(role, "duties")
    assert duties.lead == "В течение рабочей смены администратор обязан:"
    assert len(duties.items) == 3
    exported = render_markdown(role, LIBRARY)
    lead_at = exported.index("В течение рабочей смены администратор обязан:")
    assert (
        exported.index("## 1. Должностные обязанности")
        < lead_at
        < exported.index("Встречать и размещать гостей")
    )
    # the custom lead-in takes the place of the standard one
    assert "выполняет следующие должностные обязанности" not in exported


def test_a_lead_in_that_is_jdtuis_own_standard_one_is_not_kept_as_a_lead():
    role = import_markdown(RU, LIBRARY).role
    assert _section(role, "rights").lead is None
    assert render_markdown(role, LIBRARY).count("Администратор имеет право:") == 1


def test_an_english_lead_in_is_the_sections_lead_and_comes_before_its_items_in_the_export():
    role = import_markdown(EN, LIBRARY).role
    assert _section(role, "duties").lead == "In this role, you will:"
    assert _section(role, "requirements").lead == "We'd love to hear from you if you have:"
    exported = render_markdown(role, LIBRARY)
    assert (
        exported.index("## Responsibilities")
        < exported.index("In this role, you will:")
        < exported.index("- Greet guests")
    )
    assert exported.index("We'd love to hear from you if you have:") < exported.index(
        "- Two years of experience"
    )


def test_leads_survive_export_and_import_again():
    for text in (RU, EN):
        first = render_markdown(import_markdown(text, LIBRARY).role, LIBRARY)
        assert render_markdown(import_markdown(first, LIBRARY).role, LIBRARY) == first


def test_a_lead_is_stored_only_when_set():
    plain = RoleSection("duties", (Item.link("x"),))
    assert "lead" not in plain.to_dict()
    led = replace(plain, lead="In this role, you will:")
    assert led.to_dict()["lead"] == "In this role, you will:"
    assert RoleSection.from_dict(led.to_dict()) == led
    assert RoleSection.from_dict(plain.to_dict()).lead is None


def test_a_lead_is_escaped_filled_and_stripped_of_controls_in_the_export():
    role = import_markdown(EN, LIBRARY).role
    sections = tuple(
        replace(s, lead="**{{organization}}** \x1b[31mneeds you to:") if s.id == "duties" else s
        for s in role.sections
    )
    role = replace(role, sections=sections, variables={**role.variables, "organization": "Northwind"})
    exported = render_markdown(role, LIBRARY)
    assert "\\*\\*Northwind\\*\\* \\[31mneeds you to:" in exported
    assert "\x1b" not in exported
