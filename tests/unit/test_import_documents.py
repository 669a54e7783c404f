"""Russian and English documents written in the styles people really use."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdtui.core.importer import detect_lang, import_markdown
from jdtui.core.render import PREFERRED_TAG, render_markdown
from jdtui.store.library import load_library
from jdtui.store.paths import shipped_library_files

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
LIBRARY = load_library(shipped_library_files())


def _import(name: str, **kwargs):
    return import_markdown((DATA / name).read_text(encoding="utf-8"), LIBRARY, **kwargs)


def _texts(result, section: str) -> list[str]:
    found = result.role.section(section)
    return [LIBRARY.resolve(i).text for i in found.items] if found else []


def _blocks(result, section: str):
    found = result.role.section(section)
    return [LIBRARY.resolve(i) for i in found.items] if found else []


# --- numbered headings, «Label: text» groups, tables of rights and onboarding ----
def test_numbered_document_fills_every_section_it_states():
    result = _import("ru_numbered.md")
    assert result.role.profile == "ru-di" and result.role.lang == "ru"
    assert {k: v for k, v in result.report.counts.items()} == {
        "general": 3,
        "requirements": 6,
        "duties": 5,
        "rights": 3,
        "responsibility": 2,
        "onboarding": 3,
        "final": 2,
    }


def test_lead_in_sentence_is_not_a_duty_and_names_the_position():
    result = _import("ru_numbered.md")
    assert _texts(result, "duties")[0] == "Ищет и привлекает новых клиентов."
    assert result.role.variables["position"] == "менеджер по продажам"
    assert result.role.variables["position_genitive"] == "менеджера по продажам"


def test_stamp_gives_approver_organisation_and_date():
    variables = _import("ru_numbered.md").role.variables
    assert variables["approver_title"] == "Генеральный директор"
    assert variables["organization"] == "ООО «Северный ветер»"
    assert variables["approver_name"] == "П. С. Громов"
    assert variables["approval_date"] == "«15» марта 2024 г."


def test_label_paragraphs_become_requirement_groups():
    blocks = _blocks(_import("ru_numbered.md"), "requirements")
    assert [(b.group, b.text) for b in blocks] == [
        ("knowledge", "основы маркетинга и техники продаж"),
        ("knowledge", "ассортимент и цены компании"),
        ("knowledge", "работа в CRM-системе."),
        ("experience", "высшее образование"),
        ("experience", "опыт работы в продажах не менее 1 года."),
        ("qualities", "коммуникабельность, стрессоустойчивость, клиентоориентированность."),
    ]


def test_two_column_table_of_rights_gives_one_right_per_row():
    assert _texts(_import("ru_numbered.md"), "rights") == [
        "Запрашивать информацию: у отделов компании, необходимую для работы с клиентами",
        "Предоставлять скидки: в пределах, установленных руководителем",
        "Вносить предложения: по улучшению работы отдела",
    ]


def test_three_day_onboarding_table_keeps_days_and_goals():
    blocks = _blocks(_import("ru_numbered.md"), "onboarding")
    assert [(b.day, b.goal) for b in blocks] == [
        (1, "Понять устройство компании"),
        (2, "Освоить продукты и процедуры"),
        (3, "Выполнить первые задачи"),
    ]
    assert blocks[0].text.startswith("Знакомство с командой")


def test_numbered_document_exports_in_the_russian_shape():
    text = render_markdown(_import("ru_numbered.md").role, LIBRARY)
    assert "# ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ менеджера по продажам" in text
    assert "## 3. Должностные обязанности" in text
    assert "3.1. Ищет и привлекает новых клиентов." in text
    assert (
        "| 2 | Изучение ассортимента, цен и порядка оформления заказов | Освоить продукты и процедуры |"
        in text
    )


# --- pasted from Word: plain-line headings, roman numbering, «–» and «•» bullets --
def test_plain_text_with_roman_numbered_capital_headings():
    result = _import("ru_plain.txt")
    assert [s for _, s in result.report.headings] == [
        "general",
        "duties",
        "rights",
        "responsibility",
        "requirements",
        "kpi",
        "conditions",  # ru-di's optional «Условия работы»
    ]
    assert result.report.other_headings == []


def test_dash_and_dot_bullets_are_items_and_lead_ins_are_not():
    result = _import("ru_plain.txt")
    duties = _texts(result, "duties")
    assert len(duties) == 5
    assert duties[0] == "консультировать клиентов по телефону и электронной почте;"
    assert duties[3] == "передавать жалобы клиентов руководителю;"
    assert len(_texts(result, "rights")) == 2


def test_clauses_without_trailing_dot_are_numbered_items():
    texts = _texts(_import("ru_plain.txt"), "general")
    assert texts[0] == "Специалист по работе с клиентами относится к категории специалистов."
    assert len(texts) == 3


def test_requirements_without_labels_are_grouped_by_keywords():
    blocks = _blocks(_import("ru_plain.txt"), "requirements")
    assert [b.group for b in blocks] == ["experience", "experience", "knowledge", "qualities"]


def test_title_split_over_two_lines_gives_the_position_in_the_genitive():
    result = _import("ru_plain.txt")
    assert result.role.variables["position_genitive"] == "специалиста по работе с клиентами"
    assert result.role.title == "Должностная инструкция специалиста по работе с клиентами"


def test_working_conditions_land_in_ru_dis_conditions_section():
    role = _import("ru_plain.txt").role
    assert not [s for s in role.sections if s.id == "other"]
    conditions = [s for s in role.sections if s.id == "conditions"]
    assert [[LIBRARY.resolve(i).text for i in s.items] for s in conditions] == [
        ["Режим работы: пятидневная рабочая неделя с 9:00 до 18:00."]
    ]


# --- setext and bold headings, a duties table, nested lists, labels over lists ---
def test_setext_title_and_header_labels():
    result = _import("ru_setext.md")
    assert result.role.variables["organization"] == "АО «Техносфера»"
    assert result.role.variables["city"] == "Казань"
    assert result.role.variables["position_genitive"] == "офис-менеджера"


def test_bold_line_headings_open_sections():
    sections = [s for _, s in _import("ru_setext.md").report.headings]
    assert sections == ["general", "duties", "requirements", "relationships", "kpi"]


def test_duties_table_rows_and_nested_list_are_duties():
    duties = _texts(_import("ru_setext.md"), "duties")
    assert duties == [
        "Приём посетителей: Встречает посетителей и организует переговоры",
        "Документооборот: Регистрирует входящую и исходящую корреспонденцию",
        "Хозяйственное обеспечение: Заказывает канцелярские товары и воду",
        "Организует работу офиса: контролирует уборку помещений; следит за исправностью оргтехники.",
        "Ведёт календарь встреч руководителя.",
    ]


def test_labels_over_lists_set_the_group_of_the_items_below():
    blocks = _blocks(_import("ru_setext.md"), "requirements")
    assert [b.group for b in blocks] == ["experience", "knowledge", "knowledge", "qualities", "qualities"]


# --- English ------------------------------------------------------------------------
def test_english_posting_with_nice_to_have_and_benefits():
    result = _import("en_mixed.md")
    assert result.role.profile == "en-jd"
    # Benefits is en-jd's "What we offer" section; "How to apply" has no place: other
    assert result.report.counts == {"summary": 1, "duties": 3, "requirements": 6, "offer": 2, "other": 1}
    preferred = [b.text for b in _blocks(result, "requirements") if PREFERRED_TAG in b.tags]
    assert preferred == ["Experience with Salesforce", "Spanish or German"]
    assert result.role.variables["organization"] == "Northwind Traders"
    assert result.role.variables["department"] == "Customer Success"


def test_nested_list_items_stay_with_their_duty():
    duties = _texts(_import("en_mixed.md"), "duties")
    assert (
        duties[1]
        == "Run onboarding calls for new clients — prepare the onboarding plan; track progress weekly"
    )


def test_preferred_requirements_keep_their_distinction_in_the_export():
    text = render_markdown(_import("en_mixed.md").role, LIBRARY)
    assert "### Preferred\n\n- Experience with Salesforce\n- Spanish or German" in text
    assert "## Benefits\n\n- 25 days of holiday" in text


def test_requirement_groups_follow_keywords():
    groups = [b.group for b in _blocks(_import("en_mixed.md"), "requirements")][:4]
    assert groups == ["experience", "experience", "knowledge", "qualities"]


# --- little documents ----------------------------------------------------------------
@pytest.mark.parametrize(
    "heading, section",
    [
        ("## 2.1. Должностные обязанности:", "duties"),
        ("## II. Права", "rights"),
        ("**ОТВЕТСТВЕННОСТЬ**", "responsibility"),
        ("### Key Responsibilities", "duties"),
        ("What you'll do:", "duties"),
        ("## Required Qualifications", "requirements"),
        ("## Показатели эффективности (KPI)", "kpi"),
        ("Связи по должности", "relationships"),
    ],
)
def test_heading_forms_open_the_section(heading, section):
    result = import_markdown(
        f"{heading}\n\n- Первый пункт текста\n- Second item of text\n", LIBRARY, lang="ru"
    )
    assert result.report.headings[0][1] == section
    assert result.report.counts[section] == 2


def test_inline_labels_in_one_paragraph_split_into_sections():
    text = "Analyst at Acme. Responsibilities: build models; write SQL. Requirements: 3+ years of SQL; Git."
    result = import_markdown(text, LIBRARY)
    assert _texts(result, "duties") == ["build models", "write SQL."]
    assert [b.text for b in _blocks(result, "requirements")] == ["3+ years of SQL", "Git."]


def test_language_is_detected_from_the_letters():
    assert detect_lang("Должностная инструкция менеджера, CRM, KPI") == "ru"
    assert detect_lang("Job description with a word: привет") == "en"


def test_library_text_is_linked_and_near_text_is_a_copy_of_the_block():
    block = LIBRARY.blocks["en.duty.register-orders"]
    near = block.text.replace("{{organization}}", "the company").rstrip(".") + " promptly."
    text = f"# Clerk\n\n## Responsibilities\n\n- {block.text}\n- {near}\n"
    result = import_markdown(text, LIBRARY)
    first, second = result.role.section("duties").items
    assert first.linked and first.ref == block.id
    assert second.ref == block.id and not second.linked
    assert second.local.areas == block.areas and second.local.text == near
    assert result.report.linked + result.report.forked == 2


def test_text_with_no_structure_is_reported_empty():
    result = import_markdown("Hello there.\n\nJust some words here.", LIBRARY)
    assert result.empty
    assert result.report.warnings[0][0] == "import.warn.no_structure"


def test_control_characters_and_bidi_overrides_never_reach_the_draft():
    text = "## Responsibilities\n\n- \x1b[31mred\x1b[0m text \u202ereversed\u202c here\n"
    result = import_markdown(text, LIBRARY, lang="en")
    (item,) = result.role.section("duties").items
    assert item.local.text == "[31mred[0m text reversed here"
