"""A section's own heading, its lead and notes (paragraphs in place among the
clauses): the model, the Compose edits and the export."""

from __future__ import annotations

from dataclasses import replace

from jdtui.core.compose import insert_note, own_heading, role_from_template, set_heading, set_lead
from jdtui.core.md import parser
from jdtui.core.model import KINDS, NOTE, Block, Item, Library, Role, RoleSection
from jdtui.core.profiles import EN_JD, normalise_sections
from jdtui.core.render import render_markdown

from .test_render import FILLED_RU, ru_library


def _ru_role() -> tuple[Role, Library]:
    lib = ru_library()
    role = role_from_template(lib.templates["ru-t"], role_id="r1", variables=FILLED_RU)
    return role, lib


def _index(role: Role, section_id: str) -> int:
    return next(i for i, s in enumerate(role.sections) if s.id == section_id)


def _blocks(markdown: str) -> list[tuple[str, str]]:
    """(type, text) of the document's paragraphs, list items and headings, in order."""
    tokens = parser().parse(markdown)
    out = []
    for index, token in enumerate(tokens):
        if token.type == "inline":
            opener = tokens[index - 1].type
            inside_item = index >= 2 and tokens[index - 2].type == "list_item_open"
            kind = "item" if inside_item else ("heading" if opener == "heading_open" else "paragraph")
            out.append((kind, token.content))
    return out


def test_a_note_is_a_local_copy_of_kind_note_and_no_library_kind():
    item = Item.note("Обратите внимание на сроки.", lang="ru")
    assert item.is_note and not item.linked
    assert item.local.kind == NOTE and NOTE not in KINDS
    assert not Item.copy_of(Block("x", "duty", "ru", "т")).is_note
    assert not Item.link("d1").is_note


def test_headings_leads_and_notes_survive_to_dict_and_back():
    section = RoleSection(
        "duties",
        (Item.link("d1"), Item.note("Абзац.", lang="ru")),
        heading="Основные обязанности",
        lead="Менеджер обязан:",
    )
    assert RoleSection.from_dict(section.to_dict()) == section
    role = Role("r", "t", "ru", "ru-di", sections=(section,))
    assert Role.from_dict(role.to_dict()) == role


def test_an_old_draft_without_headings_leads_or_notes_loads_unchanged():
    old = {
        "id": "duties",
        "items": [{"ref": "d1"}, {"ref": None, "local": Block("x", "duty", "ru", "т").to_dict()}],
    }
    section = RoleSection.from_dict(old)
    assert section.heading is None and section.lead is None
    assert not any(i.is_note for i in section.items)
    assert section.to_dict() == old


def test_own_heading_drops_numbering_markup_colon_and_the_profiles_own_wording():
    role, _ = _ru_role()
    assert own_heading(role, "duties", "2. Основные обязанности:") == "Основные обязанности"
    assert own_heading(role, "duties", "**IV. Основные обязанности**") == "Основные обязанности"
    assert own_heading(role, "duties", "ДОЛЖНОСТНЫЕ ОБЯЗАННОСТИ") is None
    assert own_heading(role, "duties", "  ") is None
    en = Role("e", "t", "en", "en-jd")
    assert own_heading(en, "duties", "Key Responsibilities") == "Key Responsibilities"
    assert own_heading(en, "duties", "responsibilities:") is None


def test_ru_di_exports_the_own_heading_after_its_own_number():
    role, lib = _ru_role()
    role = set_heading(role, _index(role, "duties"), "Основные обязанности")
    headings = [text for kind, text in _blocks(render_markdown(role, lib)) if kind == "heading"]
    assert "3. Основные обязанности" in headings
    assert "3. Должностные обязанности" not in headings


def test_ru_di_numbers_clauses_across_a_note_and_gives_the_note_no_number():
    role, lib = _ru_role()
    duties = _index(role, "duties")
    role = insert_note(role, duties, 2, "Обязанности ниже выполняются по графику.")
    blocks = _blocks(render_markdown(role, lib))
    at = blocks.index(("paragraph", "Обязанности ниже выполняются по графику."))
    assert blocks[at - 2 : at + 2] == [
        ("paragraph", "3.1. Ведёт переговоры с клиентами."),
        ("paragraph", "3.2. Оформляет заказы клиентов."),
        ("paragraph", "Обязанности ниже выполняются по графику."),
        ("paragraph", "3.3. Готовит отчёты о работе с клиентами."),
    ]


def test_a_lead_replaces_the_standard_one_and_empty_restores_it():
    role, lib = _ru_role()
    duties = _index(role, "duties")
    led = set_lead(role, duties, "В течение смены  менеджер обязан:")
    assert led.sections[duties].lead == "В течение смены менеджер обязан:"
    text = render_markdown(led, lib)
    assert "В течение смены менеджер обязан:" in text
    assert "выполняет следующие должностные обязанности" not in text
    assert "выполняет следующие должностные обязанности" in render_markdown(set_lead(led, duties, " "), lib)


def test_a_section_of_notes_only_is_exported_without_the_standard_lead():
    role, lib = _ru_role()
    duties = _index(role, "duties")
    role = role.with_items(duties, [Item.note("Обязанности определяются приказом.", lang="ru")])
    text = render_markdown(role, lib)
    assert "Обязанности определяются приказом." in text
    assert "выполняет следующие должностные обязанности" not in text


def _en_role(items: dict[str, tuple[Item, ...]]) -> tuple[Role, Library]:
    blocks = [
        Block("d1", "duty", "en", "Greet guests."),
        Block("d2", "duty", "en", "Keep the log."),
        Block("q1", "requirement", "en", "Fluent English.", group="knowledge"),
        Block("q2", "requirement", "en", "Two years at a front desk.", group="experience"),
        Block("q3", "requirement", "en", "German.", group="knowledge", tags=("preferred",)),
        Block("o1", "onboarding", "en", "Meet the team.", goal="Knows the team"),
        Block("o2", "onboarding", "en", "Shadow a shift.", goal="Knows the desk"),
    ]
    sections = tuple(RoleSection(k, v) for k, v in items.items())
    role = normalise_sections(Role("e", "Front desk", "en", EN_JD.id, sections=sections))
    return role, Library(blocks)


def test_en_jd_note_splits_the_list_in_place():
    note = Item.note("During the night shift:", lang="en")
    role, lib = _en_role({"duties": (Item.link("d1"), note, Item.link("d2"))})
    blocks = _blocks(render_markdown(role, lib))
    at = blocks.index(("paragraph", "During the night shift:"))
    assert blocks[at - 1] == ("item", "Greet guests.") and blocks[at + 1] == ("item", "Keep the log.")


def test_a_requirement_note_stays_with_the_clause_after_it_across_groups():
    before_preferred = Item.note("It helps if you speak:", lang="en")
    trailing = Item.note("Apply even if you miss one.", lang="en")
    role, lib = _en_role(
        {"requirements": (Item.link("q2"), before_preferred, Item.link("q3"), Item.link("q1"), trailing)}
    )
    blocks = _blocks(render_markdown(role, lib))
    texts = [text for _, text in blocks]
    assert texts.index("Preferred") < texts.index("It helps if you speak:") < texts.index("German.")
    # notes after the last clause close the section, whatever the group order
    assert texts[-1] == "Apply even if you miss one."
    # en-jd: Essential (in the order written), then Preferred
    assert (
        texts.index("Essential") < texts.index("Two years at a front desk.") < texts.index("Fluent English.")
    )
    assert texts.index("Fluent English.") < texts.index("Preferred")


def test_an_onboarding_note_stands_between_two_tables_and_days_keep_counting():
    role, lib = _en_role(
        {"onboarding": (Item.link("o1"), Item.note("After the first day:", lang="en"), Item.link("o2"))}
    )
    text = render_markdown(role, lib)
    assert text.count("| Day | Activities | Goal |") == 2
    assert (
        text.index("| 1 | Meet the team.")
        < text.index("After the first day:")
        < text.index("| 2 | Shadow a shift.")
    )


def test_notes_are_escaped_and_empty_notes_show_nothing():
    note = Item.note("**not bold** <b>", lang="en")
    empty = Item.note("   ", lang="en")
    role, lib = _en_role({"duties": (Item.link("d1"), note, empty)})
    text = render_markdown(role, lib)
    assert "\\*\\*not bold\\*\\* \\<b\\>" in text
    assert [k for k, t in _blocks(text) if t == ""] == []


def test_insert_note_gives_each_note_its_own_id():
    role, _ = _en_role({"duties": (Item.link("d1"),)})
    duties = _index(role, "duties")
    role = insert_note(insert_note(role, duties, 0, "First."), duties, 5, "Last.")
    notes = [i for i in role.sections[duties].items if i.is_note]
    assert [n.local.text for n in notes] == ["First.", "Last."]
    assert len({n.local.id for n in notes}) == 2
    assert role.sections[duties].items[-1].local.text == "Last."


def test_a_section_with_only_a_lead_is_exported():
    role, lib = _en_role({"duties": ()})
    role = set_lead(role, _index(role, "duties"), "Duties are agreed each week.")
    text = render_markdown(role, lib)
    assert text.index("## Responsibilities") < text.index("Duties are agreed each week.")


def test_an_unnamed_other_section_is_exported_as_other_in_the_documents_language():
    role, lib = _en_role({"duties": (Item.link("d1"),)})
    other = RoleSection("other", (Item.copy_of(Block("x", "general", "en", "Loose text.")),))
    role = replace(role, sections=(*role.sections, other))
    assert "## Other" in render_markdown(role, lib)
