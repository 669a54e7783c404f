"""An import keeps the document's own structure: its heading wording, its
lead-ins and the paragraphs between and after its lists, each where it stood."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jdtui.core.importer import import_markdown
from jdtui.core.model import Role, RoleSection
from jdtui.core.render import render_markdown
from jdtui.store.library import load_library
from jdtui.store.paths import shipped_library_files

LIBRARY = load_library(shipped_library_files())

EN = """# Night Auditor

## Key Responsibilities:

In this role, you will:

- Balance the day's takings against the front desk log
- Prepare the morning occupancy report

On top of that, during weekends you will:

- Cover the front desk between midnight and six
- Handle late check-ins

All of this happens in a quiet hotel of forty rooms, mostly on your own.

## Requirements

- Two years of experience in hotel accounting
- Calm under pressure

Bonus points for:

## Benefits

- Free meals on shift
"""

RU = """# ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ ночного администратора

## 1. ОБЩИЕ ПОЛОЖЕНИЯ

1.1. Ночной администратор относится к категории специалистов.

## 2. Основные обязанности:

В течение ночной смены администратор:

- сверяет выручку за день с журналом стойки регистрации;
- готовит утренний отчёт о загрузке номеров.

В выходные дни администратор дополнительно:

- заменяет администратора стойки регистрации;
- принимает поздние заезды.

## 3. Права

Администратор вправе по согласованию с руководителем:
"""


def _section(role: Role, section_id: str) -> RoleSection:
    section = role.section(section_id)
    assert section is not None, section_id
    return section


def _shape(section: RoleSection) -> list[str]:
    """Items as "note: text" or "item: text", in order."""
    return [("note: " if i.is_note else "item: ") + LIBRARY.resolve(i).text for i in section.items]


def test_a_recognised_heading_keeps_the_documents_wording_without_numbering_or_colon():
    en = import_markdown(EN, LIBRARY).role
    assert _section(en, "duties").heading == "Key Responsibilities"
    assert _section(en, "requirements").heading is None  # the profile's own wording
    ru = import_markdown(RU, LIBRARY).role
    assert _section(ru, "duties").heading == "Основные обязанности"
    assert _section(ru, "general").heading is None  # «ОБЩИЕ ПОЛОЖЕНИЯ» is the profile's, in capitals


def test_the_export_shows_the_own_heading_with_its_own_numbering():
    en = render_markdown(import_markdown(EN, LIBRARY).role, LIBRARY)
    assert "## Key Responsibilities\n" in en and "## Responsibilities\n" not in en
    ru = render_markdown(import_markdown(RU, LIBRARY).role, LIBRARY)
    assert "## 2. Основные обязанности\n" in ru


def test_the_first_lead_in_leads_the_section_and_the_next_ones_are_notes_in_place():
    duties = _section(import_markdown(EN, LIBRARY).role, "duties")
    assert duties.lead == "In this role, you will:"
    assert _shape(duties) == [
        "item: Balance the day's takings against the front desk log",
        "item: Prepare the morning occupancy report",
        "note: On top of that, during weekends you will:",
        "item: Cover the front desk between midnight and six",
        "item: Handle late check-ins",
        "note: All of this happens in a quiet hotel of forty rooms, mostly on your own.",
    ]
    ru = _section(import_markdown(RU, LIBRARY).role, "duties")
    assert ru.lead == "В течение ночной смены администратор:"
    assert [s.split(": ")[0] for s in _shape(ru)] == ["item", "item", "note", "item", "item"]


def test_a_lead_in_with_nothing_after_it_is_kept_as_a_note():
    requirements = _section(import_markdown(EN, LIBRARY).role, "requirements")
    assert _shape(requirements)[-1] == "note: Bonus points for:"
    rights = _section(import_markdown(RU, LIBRARY).role, "rights")
    assert rights.lead is None
    assert _shape(rights) == ["note: Администратор вправе по согласованию с руководителем:"]


def test_notes_are_no_items_in_the_report():
    report = import_markdown(EN, LIBRARY).report
    assert report.counts["duties"] == 4 and report.counts["requirements"] == 2
    assert report.notes == 3


def test_the_export_puts_lead_notes_and_items_in_the_documents_order():
    exported = render_markdown(import_markdown(EN, LIBRARY).role, LIBRARY)
    order = [
        "## Key Responsibilities",
        "In this role, you will:",
        "- Balance the day",
        "- Prepare the morning",
        "On top of that, during weekends you will:",
        "- Cover the front desk",
        "- Handle late check-ins",
        "All of this happens",
        "## Requirements",
        "Bonus points for:",
        "## Benefits",
    ]
    positions = [exported.index(text) for text in order]
    assert positions == sorted(positions)


@pytest.mark.parametrize("text", [EN, RU], ids=["en", "ru"])
def test_own_headings_leads_and_notes_survive_export_import_export(text):
    first = render_markdown(import_markdown(text, LIBRARY).role, LIBRARY)
    again = import_markdown(first, LIBRARY)
    assert render_markdown(again.role, LIBRARY) == first


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}


@pytest.mark.parametrize("text", [EN, RU], ids=["en", "ru"])
def test_no_word_is_lost(text):
    result = import_markdown(text, LIBRARY)
    exported = _words(render_markdown(result.role, LIBRARY))
    structure = _words(" ".join(h for h, _ in result.report.headings))
    assert _words(text) - exported - structure == set()


def test_an_own_exports_notes_are_read_back_as_notes_even_without_a_colon():
    role = import_markdown(EN, LIBRARY).role
    first = render_markdown(role, LIBRARY)
    again = import_markdown(first, LIBRARY).role
    assert _shape(_section(again, "duties")) == _shape(_section(role, "duties"))
    assert _section(again, "duties").lead == "In this role, you will:"


def test_a_requirements_list_under_an_unknown_heading_keeps_that_heading():
    text = (
        "# Analyst\n\n## Responsibilities\n\n- Build reports\n- Answer questions\n\n"
        "## What's the Scoop?\n\n- Strong SQL skills\n- Three years of experience in analytics\n"
        "- Knowledge of dbt\n"
    )
    requirements = _section(import_markdown(text, LIBRARY).role, "requirements")
    assert requirements.heading == "What's the Scoop?"
    assert len(requirements.items) == 3


def test_show_json_prints_headings_leads_and_notes_of_an_imported_draft(tmp_path, monkeypatch, capsys):
    import json

    from jdtui import cli
    from jdtui.i18n import set_ui_lang

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("JDTUI_TEAM_LIBRARY", raising=False)
    set_ui_lang("en")
    source = tmp_path / "auditor.md"
    source.write_text(EN, encoding="utf-8")
    assert cli.main(["import", str(source)]) == 0
    draft_id = capsys.readouterr().out.strip()
    assert cli.main(["show", draft_id, "--format", "json"]) == 0
    sections = {s["id"]: s for s in json.loads(capsys.readouterr().out)["sections"]}
    duties, requirements = sections["duties"], sections["requirements"]
    assert (duties["heading"], duties["lead"]) == ("Key Responsibilities", "In this role, you will:")
    assert "heading" not in requirements and "lead" not in requirements  # the profile's heading, no lead
    assert [(i["kind"], i["text"]) for i in duties["items"] if i["kind"] == "note"] == [
        ("note", "On top of that, during weekends you will:"),
        ("note", "All of this happens in a quiet hotel of forty rooms, mostly on your own."),
    ]
    assert [i["kind"] for i in requirements["items"]] == ["requirement", "requirement", "note"]


def test_notes_that_read_like_headings_or_labels_come_back_as_notes():
    from jdtui.core.compose import insert_note

    role = import_markdown(EN, LIBRARY).role
    duties = next(i for i, s in enumerate(role.sections) if s.id == "duties")
    role = insert_note(role, duties, 1, "Requirements:")
    role = insert_note(role, duties, 3, "Benefits")
    role = insert_note(role, duties, 5, "Note. Location: Berlin; Skills: none.")
    first = render_markdown(role, LIBRARY)
    again = import_markdown(first, LIBRARY).role
    assert _shape(_section(again, "duties")) == _shape(_section(role, "duties"))
    assert render_markdown(again, LIBRARY) == first


def test_a_document_with_a_few_of_jdtuis_header_labels_is_still_read_as_a_foreign_one():
    text = (
        "Night Auditor\n\nDepartment: Front office\nReports to: Hotel manager\nLocation: Leeds\n\n"
        "Responsibilities\n\n- Balance the takings\n- Prepare the occupancy report\n\n"
        "Requirements\n\n- Two years in hotel accounting\n- Calm under pressure\n"
    )
    role = import_markdown(text, LIBRARY).role
    assert len(_section(role, "duties").items) == 2
    assert len(_section(role, "requirements").items) == 2


@pytest.mark.parametrize(
    "path",
    sorted((Path(__file__).resolve().parents[1] / "data").glob("import*/*.*")),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_the_export_of_an_imported_document_imports_to_the_same_export(path):
    from jdtui.store.ingest import read_document

    # the German and French samples as imported when asked to import them anyway
    result = import_markdown(read_document(path), LIBRARY, any_language=True)
    first = render_markdown(result.role, LIBRARY)
    again = import_markdown(first, LIBRARY, lang=result.role.lang, any_language=True)
    assert render_markdown(again.role, LIBRARY) == first
