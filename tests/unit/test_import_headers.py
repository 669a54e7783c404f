"""The top of a document (title, organisation, caption) and the shapes Word and
PDF give to headings and lists: numbered headings, lettered sub-points, Symbol bullets."""

from __future__ import annotations

from jdtui.core.importer import import_markdown
from jdtui.core.model import Library, Role

LIBRARY = Library()


def _texts(role: Role, section_id: str) -> list[str]:
    section = role.section(section_id)
    return [i.local.text for i in section.items if not i.is_note] if section else []


def test_a_job_boards_company_line_over_the_job_gives_title_and_organisation():
    text = (
        "acme\nData Engineer (m/w/d)\nBerlin\n\nResponsibilities\n\n- Build pipelines\n- Keep them running\n"
    )
    role = import_markdown(text, LIBRARY, lang="en").role
    assert role.title == "Data Engineer (m/w/d)"
    assert role.variables["organization"] == "acme"


def test_a_slogan_on_the_first_line_gives_way_to_the_position_the_prose_names():
    text = (
        "Grow With Us\n\nWe are looking for a Senior Data Engineer to join our platform team.\n\n"
        "Responsibilities\n\n- Build pipelines\n- Keep them running\n"
    )
    result = import_markdown(text, LIBRARY, lang="en")
    assert result.role.title == "Senior Data Engineer"
    assert "Grow With Us" in [i.local.text for s in result.role.sections if s.id == "other" for i in s.items]


def test_a_stated_position_wins_over_a_heading_like_first_line():
    text = "Position: Night Auditor\n\nShift & Pay\n- Nights, four a week\n\nResponsibilities\n- Balance the takings\n- Lock up\n"
    assert import_markdown(text, LIBRARY, lang="en").role.title == "Night Auditor"


def test_the_di_title_wins_over_the_organisations_full_name_above_the_stamp():
    text = (
        "Общество с ограниченной ответственностью «Вектор»\n\nУТВЕРЖДАЮ\nГенеральный директор\nООО «Вектор»\n"
        "____________ А. В. Корнилов\n«12» января 2024 г.\n\nДОЛЖНОСТНАЯ ИНСТРУКЦИЯ № 17\nинженера по охране труда\n\n"
        "## Должностные обязанности\n\n- Проводит инструктажи.\n- Ведёт журналы.\n"
    )
    role = import_markdown(text, LIBRARY).role
    assert role.title == "Должностная инструкция инженера по охране труда"
    assert role.variables["organization"] == "ООО «Вектор»"  # as the stamp names it
    assert role.variables["doc_number"] == "17"
    other = [i.local.text for s in role.sections if s.id == "other" for i in s.items]
    assert "Общество с ограниченной ответственностью «Вектор»" in other  # not lost


def test_a_position_in_capitals_under_the_di_title_is_read():
    text = "**ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ**\\\n**ЗАВЕДУЮЩЕГО БИБЛИОТЕКОЙ**\n\n## Обязанности\n\n- Ведёт учёт фонда.\n- Выдаёт книги.\n"
    role = import_markdown(text, LIBRARY).role
    assert role.variables["position_genitive"] == "заведующего библиотекой"


def test_a_job_description_caption_over_label_lines_is_no_summary_heading():
    text = (
        "NORTHGATE BOROUGH COUNCIL\nJOB DESCRIPTION\n\nJob title: Environmental Health Officer\n"
        "Reports to: Team Leader\n\n## Duties\n\n- Inspect food businesses.\n- Investigate complaints.\n"
    )
    role = import_markdown(text, LIBRARY, lang="en").role
    assert role.title == "Environmental Health Officer"
    assert role.variables["organization"] == "NORTHGATE BOROUGH COUNCIL"
    assert role.variables["reports_to"] == "Team Leader"
    assert not _texts(role, "summary")


def test_numbered_headings_written_as_a_list_open_their_sections():
    text = (
        "1. ОБЩИЕ ПОЛОЖЕНИЯ\n1.1. Мастер относится к категории руководителей.\n1.2. Второй пункт.\n\n"
        "2. ДОЛЖНОСТНЫЕ ОБЯЗАННОСТИ\n2.1. Организует выполнение задания:\nа) распределяет работников;\n"
        "б) проверяет оснастку.\n2.2. Ведёт табель.\n\n3. ПРАВА\n3.1. Отстранять от работы.\n"
    )
    role = import_markdown(text, LIBRARY).role
    assert _texts(role, "general") == ["Мастер относится к категории руководителей.", "Второй пункт."]
    assert _texts(role, "duties") == [
        "Организует выполнение задания: а) распределяет работников; б) проверяет оснастку.",
        "Ведёт табель.",
    ]
    assert _texts(role, "rights") == ["Отстранять от работы."]


def test_symbol_font_and_emoji_bullets_are_bullets():
    text = "## Requirements\n\n\uf0b7 Degree in environmental health\n\uf0b7 A driving licence\n\n## Обязанности\n"
    assert _texts(import_markdown(text, LIBRARY, lang="en").role, "requirements") == [
        "Degree in environmental health",
        "A driving licence",
    ]
    ru = "## Обязанности\n\n🔹 составление меню;\n🔹 управление кухней.\n"
    assert _texts(import_markdown(ru, LIBRARY).role, "duties") == ["составление меню;", "управление кухней."]


def test_a_hard_wrapped_paragraph_of_many_lines_is_one_text():
    lines = ["First line of the description"] + ["and it goes on over another line"] * 5000
    role = import_markdown("## Summary\n\n" + "\n".join(lines) + "\n", LIBRARY, lang="en").role
    assert _texts(role, "summary") == [" ".join(lines)]


def test_a_lead_in_that_names_another_section_opens_it():
    text = (
        "Backend Engineer\n\nWhat you'll do:\n- Build services in Go\n- Design APIs\n\n"
        "What you'll need:\n- Several years of backend experience\n- A good understanding of databases\n\n"
        "It would be great if you also have:\n- Worked on payments systems\n"
    )
    role = import_markdown(text, LIBRARY, lang="en").role
    assert _texts(role, "duties") == ["Build services in Go", "Design APIs"]
    requirements = [i.local for i in role.section("requirements").items if not i.is_note]
    assert [(b.text, "preferred" in b.tags) for b in requirements] == [
        ("Several years of backend experience", False),
        ("A good understanding of databases", False),
        ("Worked on payments systems", True),
    ]


def test_someone_must_know_is_a_knowledge_label():
    text = (
        "## Общие положения\n\n1.1. Кладовщик относится к категории рабочих.\n\nКладовщик должен знать\n\n"
        "- правила приёмки товаров;\n- порядок учёта.\n"
    )
    role = import_markdown(text, LIBRARY).role
    assert _texts(role, "general") == ["Кладовщик относится к категории рабочих."]
    assert [(i.local.text, i.local.group) for i in role.section("requirements").items] == [
        ("правила приёмки товаров;", "knowledge"),
        ("порядок учёта.", "knowledge"),
    ]


def test_the_report_names_sections_as_the_drafts_profile_does():
    from jdtui.core.importer import format_report

    ru = import_markdown("## Права\n\n- Запрашивать сведения.\n- Вносить предложения.\n", LIBRARY)
    assert "rights: 2" in format_report(ru.report, "en")
    en = import_markdown("## Authority\n\n- Approve refunds\n- Sign contracts\n", LIBRARY, lang="en")
    assert "authority: 2" in format_report(en.report, "en")


def test_a_provision_keeps_its_dash_list_and_a_duty_clause_over_dashes_leads_them():
    text = (
        "## 1. Общие положения\n\n1.1. В своей деятельности инженер руководствуется:\n—\tТрудовым кодексом;\n"
        "—\tуставом общества.\n\n## 2. Должностные обязанности\n\n2.1. Инженер обязан:\n– проводить инструктажи;\n"
        "– вести журналы.\n\n## 3. Лист ознакомления\n\nС инструкцией ознакомлен(а):\n____________ / ____________ /\n"
    )
    role = import_markdown(text, LIBRARY).role
    assert _texts(role, "general") == [
        "В своей деятельности инженер руководствуется: Трудовым кодексом; уставом общества."
    ]
    duties = role.section("duties")
    assert duties.lead == "Инженер обязан:"
    assert _texts(role, "duties") == ["проводить инструктажи;", "вести журналы."]
    assert not _texts(role, "responsibility")


def test_acknowledgement_lines_without_a_heading_are_no_responsibility():
    text = (
        "## Ответственность\n\n- За ненадлежащее исполнение обязанностей.\n- За причинение ущерба.\n\n"
        "С инструкцией ознакомлен(а):\n____________ / ____________ /\n«___» ____________ 20__ г.\n"
    )
    role = import_markdown(text, LIBRARY).role
    assert _texts(role, "responsibility") == [
        "За ненадлежащее исполнение обязанностей.",
        "За причинение ущерба.",
    ]


def test_words_sub_bullets_and_a_person_specification():
    text = (
        "Main duties\n\n- Lead the shift team\n\to\tcoach operatives\n\to\tescalate issues\n- Keep the floor safe\n\n"
        "Person specification\n\nEssential\n\n- A forklift licence\n- Two years in a warehouse\n\nDesirable\n\n- First aid training\n"
    )
    role = import_markdown(text, LIBRARY, lang="en").role
    duties = _texts(role, "duties")
    assert (
        duties[0].startswith("Lead the shift team")
        and "coach operatives" in duties[0]
        and "\to" not in duties[0]
    )
    requirements = [
        (i.local.text, "preferred" in i.local.tags)
        for i in role.section("requirements").items
        if not i.is_note
    ]
    assert requirements == [
        ("A forklift licence", False),
        ("Two years in a warehouse", False),
        ("First aid training", True),
    ]


def test_a_word_requisites_line_gives_city_and_number_however_it_is_spaced():
    text = (
        "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ\nкладовщика\n\nг. Нижний Новгород\t\t\t№ 5-ДИ\n\n"
        "1. Общие положения\n\n1.1. Кладовщик относится к категории рабочих.\n"
    )
    variables = import_markdown(text, LIBRARY, lang="ru").role.variables
    assert variables["city"] == "Нижний Новгород"
    assert variables["doc_number"] == "5-ДИ"


def test_a_line_with_more_than_requisites_is_not_read_as_requisites():
    from jdtui.core.importer.labels import spaced_requisites

    assert spaced_requisites("г. Москва, ул. Ленина, 5") is None
    assert spaced_requisites("Москва") is None
    assert spaced_requisites("№ 12   г. Тула   01.02.2024") == ("12", "Тула", "01.02.2024")


def test_a_title_at_a_company_gives_the_job_and_the_organisation_without_its_emoji():
    text = "# 🚀 Data Analyst @ Northwind ✨\n\n## Responsibilities\n\n- Build reports\n- Answer questions\n"
    result = import_markdown(text, LIBRARY, lang="en")
    assert result.role.title == "Data Analyst"
    assert result.role.variables["organization"] == "Northwind"
    assert ("# 🚀 Data Analyst @ Northwind ✨".lstrip("# "), "title") in result.report.labels
