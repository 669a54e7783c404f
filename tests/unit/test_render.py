"""The exported document has the shape of its profile, checked by parsing it
with the project's one markdown-it configuration."""

from __future__ import annotations

from jdtui.core.compose import role_from_template
from jdtui.core.md import parser
from jdtui.core.model import Block, Item, Library, Role, RoleSection, Template, TemplateSection
from jdtui.core.profiles import EN_JD, RU_DI, normalise_sections
from jdtui.core.render import ACK_ROWS, render_markdown

FILLED_RU = {
    "organization": "ООО «Ромашка»",
    "position": "менеджер по работе с клиентами",
    "position_genitive": "менеджера по работе с клиентами",
    "reports_to_dative": "начальнику отдела продаж",
    "approver_title": "Генеральный директор",
    "approver_name": "И. И. Иванов",
    "approval_date": "01.12.2026",
    "doc_number": "15",
    "city": "Москва",
}


def _block(id_: str, kind: str, text: str, lang: str = "ru", **extra) -> Block:
    return Block(id=id_, kind=kind, lang=lang, text=text, **extra)


def ru_library() -> Library:
    blocks = [
        _block("g1", "general", "{{position}} относится к категории специалистов."),
        _block(
            "g2",
            "general",
            "{{position}} подчиняется непосредственно {{reports_to_dative}}.",
            tags=("reports-to",),
        ),
        _block("q1", "requirement", "Знание основ делопроизводства.", group="knowledge"),
        _block("q2", "requirement", "Высшее образование.", group="experience"),
        _block("q3", "requirement", "Опыт работы с клиентами от одного года.", group="experience"),
        _block("q4", "requirement", "Внимательность и аккуратность.", group="qualities"),
        _block("d1", "duty", "Ведёт переговоры с клиентами.", areas=("client-interaction",)),
        _block("d2", "duty", "Оформляет заказы клиентов.", areas=("order-management",)),
        _block("d3", "duty", "Готовит отчёты о работе с клиентами.", areas=("reporting",)),
        _block("r1", "right", "Получать информацию о клиентах.", covers=("client-interaction",)),
        _block("r2", "right", "Принимать решения по заказам.", covers=("order-management",)),
        _block(
            "s1", "responsibility", "За неисполнение должностных обязанностей.", tags=("non-performance",)
        ),
        _block("k1", "kpi", "Доля заказов, выполненных в срок.", measures=("order-management",)),
        _block("o1", "onboarding", "Знакомство с политиками и командой.", day=1, goal="понимает правила"),
        _block("o2", "onboarding", "Изучение продуктов.", day=2, goal="знает продукты"),
        _block("o3", "onboarding", "Работа в паре с наставником.", day=3, goal="выполняет первые задачи"),
        _block("f1", "final", "Инструкция утверждается {{approver_title}}.", tags=("approval-change",)),
    ]
    sections = {
        "general": ("g1", "g2"),
        "requirements": ("q1", "q2", "q3", "q4"),
        "duties": ("d1", "d2", "d3"),
        "rights": ("r1", "r2"),
        "responsibility": ("s1",),
        "kpi": ("k1",),
        "onboarding": ("o1", "o2", "o3"),
        "final": ("f1",),
    }
    template = Template(
        id="ru-t",
        title="Менеджер",
        lang="ru",
        profile="ru-di",
        sections=tuple(TemplateSection(k, v) for k, v in sections.items()),
    )
    return Library(blocks, [template])


def _headings(tokens, level: str) -> list[str]:
    out = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == level:
            out.append(tokens[index + 1].content)
    return out


def _by_section(tokens) -> dict[str, dict[str, int]]:
    """Per h2 section: paragraphs, list items and table body rows."""
    counts: dict[str, dict[str, int]] = {}
    current = None
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h2":
            current = tokens[index + 1].content
            counts[current] = {"paragraphs": 0, "items": 0, "rows": 0}
        elif current is None:
            continue
        elif token.type == "paragraph_open" and token.level == 0:
            counts[current]["paragraphs"] += 1
        elif token.type == "list_item_open":
            counts[current]["items"] += 1
        elif (token.type == "tr_open" and tokens[index - 1].type == "tbody_open") or (
            token.type == "tr_open" and tokens[index - 1].type == "tr_close" and _in_body(tokens, index)
        ):
            counts[current]["rows"] += 1
    return counts


def _in_body(tokens, index: int) -> bool:
    for back in range(index, -1, -1):
        if tokens[back].type == "tbody_open":
            return True
        if tokens[back].type == "thead_open":
            return False
    return False


def test_ru_di_has_stamp_title_numbered_sections_and_clauses():
    library = ru_library()
    role = role_from_template(library.templates["ru-t"], role_id="x", variables=FILLED_RU)
    text = render_markdown(role, library)
    tokens = parser().parse(text)

    assert text.startswith(
        "**УТВЕРЖДАЮ**\\\nГенеральный директор\\\nООО «Ромашка»\\\n____________ И. И. Иванов\\\n01.12.2026\n"
    )
    assert _headings(tokens, "h1") == ["ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ менеджера по работе с клиентами"]
    assert _headings(tokens, "h2") == [
        "1. Общие положения",
        "2. Требования к квалификации",
        "3. Должностные обязанности",
        "4. Права",
        "5. Ответственность",
        "6. Критерии оценки работы",
        "7. Заключительные положения",
        "Лист ознакомления",
        "Приложение 1. План адаптации",
    ]
    assert _headings(tokens, "h3") == ["Знания и навыки", "Опыт и квалификация", "Личные качества"]
    counts = _by_section(tokens)
    assert counts["1. Общие положения"]["paragraphs"] == 2
    # lead-in sentence + clauses
    assert counts["3. Должностные обязанности"]["paragraphs"] == 1 + 3
    assert counts["4. Права"]["paragraphs"] == 1 + 2
    assert counts["Приложение 1. План адаптации"]["rows"] == 3
    assert counts["Лист ознакомления"]["rows"] == ACK_ROWS
    assert "1.2. Менеджер по работе с клиентами подчиняется непосредственно начальнику отдела продаж." in text
    assert "2.4. Внимательность и аккуратность." in text
    assert "| 1 | Знакомство с политиками и командой. | Понимает правила |" in text


def test_ru_di_clause_numbers_follow_rendered_sections_only():
    library = ru_library()
    role = role_from_template(library.templates["ru-t"], role_id="x", variables=FILLED_RU)
    role = role.with_items(1, ())  # no requirements: sections renumber
    text = render_markdown(role, library)
    assert "## 2. Должностные обязанности" in text
    assert "2.1. Ведёт переговоры с клиентами." in text


def test_unfilled_placeholders_stay_visible():
    library = ru_library()
    role = role_from_template(library.templates["ru-t"], role_id="x")
    text = render_markdown(role, library)
    assert "{{approver_title}}" in text
    assert "{{reports_to_dative}}" in text
    assert "# ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ {{position_genitive}}" in text


def test_user_text_is_literal_markdown():
    library = ru_library()
    hostile = _block("d9", "duty", "# не заголовок *не курсив* [ссылка](http://x) <b>тег</b> 1. не список")
    library = library.merged(Library([hostile]))
    role = role_from_template(library.templates["ru-t"], role_id="x", variables=FILLED_RU)
    role = role.with_items(2, (*role.sections[2].items, Item.link("d9")))
    tokens = parser().parse(render_markdown(role, library))
    inline = next(t for t in tokens if t.type == "inline" and "не заголовок" in t.content)
    kinds = {child.type for child in inline.children}
    assert kinds == {"text"}
    assert "".join(child.content for child in inline.children).endswith(
        "# не заголовок *не курсив* [ссылка](http://x) <b>тег</b> 1. не список"
    )


def test_onboarding_cells_escape_pipes():
    library = ru_library().merged(
        Library([_block("o1", "onboarding", "Политики | команда", day=1, goal="a|b")])
    )
    role = role_from_template(library.templates["ru-t"], role_id="x", variables=FILLED_RU)
    tokens = parser().parse(render_markdown(role, library))
    cells = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "td_open"]
    assert "Политики \\| команда" in cells or "Политики | команда" in [c.replace("\\|", "|") for c in cells]
    body_rows = sum(1 for i, t in enumerate(tokens) if t.type == "tr_open" and _in_body(tokens, i))
    assert body_rows == 3 + ACK_ROWS


def en_library() -> Library:
    blocks = [
        _block("s", "general", "The {{position}} looks after clients.", lang="en", tags=("purpose",)),
        _block("d1", "duty", "Handles client requests.", lang="en", areas=("client-interaction",)),
        _block("d2", "duty", "Manages orders.", lang="en", areas=("order-management",)),
        _block("q1", "requirement", "CRM skills.", lang="en", group="knowledge"),
        _block("q2", "requirement", "Two years in client service.", lang="en", group="experience"),
        _block("r1", "right", "Access client records.", lang="en", covers=("client-interaction",)),
        _block("a1", "responsibility", "Accountable for performing the duties.", lang="en"),
        _block("k1", "kpi", "Client satisfaction score.", lang="en", measures=("client-interaction",)),
        _block("o1", "onboarding", "Policies and team.", lang="en", day=1, goal="Knows the rules"),
    ]
    sections = {
        "summary": ("s",),
        "duties": ("d1", "d2"),
        "requirements": ("q1", "q2"),
        "rights": ("r1",),
        "responsibility": ("a1",),
        "kpi": ("k1",),
        "onboarding": ("o1",),
    }
    template = Template(
        id="en-t",
        title="Client Manager",
        lang="en",
        profile="en-jd",
        sections=tuple(TemplateSection(k, v) for k, v in sections.items()),
    )
    return Library(blocks, [template])


def test_en_jd_shape():
    library = en_library()
    role = role_from_template(
        library.templates["en-t"],
        role_id="x",
        variables={
            "position": "Client Manager",
            "organization": "Acme Ltd",
            "department": "Sales",
            "reports_to": "Head of Sales",
            "city": "Leeds",
        },
    )
    text = render_markdown(role, library)
    tokens = parser().parse(text)
    assert _headings(tokens, "h1") == ["Client Manager"]
    assert _headings(tokens, "h2") == [
        "Summary",
        "Responsibilities",
        "Requirements",
        "Authority",
        "Accountability",
        "Performance indicators",
        "Onboarding plan",
    ]
    # en-jd: requirements in the order written; Essential / Preferred only when both are there
    assert _headings(tokens, "h3") == []
    counts = _by_section(tokens)
    assert counts["Responsibilities"]["items"] == 2
    assert counts["Requirements"]["items"] == 2
    assert counts["Onboarding plan"]["rows"] == 1
    assert counts["Summary"]["paragraphs"] == 1
    assert (
        "**Organisation:** Acme Ltd\\\n**Department:** Sales\\\n**Reports to:** Head of Sales\\\n**Location:** Leeds"
        in text
    )
    assert "Лист" not in text


def test_other_sections_keep_their_heading():
    library = en_library()
    role = role_from_template(library.templates["en-t"], role_id="x")
    extra = RoleSection(
        "other", (Item.copy_of(Block("b1", "general", "en", "Free lunch on Fridays.")),), heading="Benefits"
    )
    role = normalise_sections(
        Role(
            **{
                **{f: getattr(role, f) for f in ("id", "title", "lang", "profile")},
                "sections": (*role.sections, extra),
            }
        )
    )
    text = render_markdown(role, library)
    assert "## Benefits\n\nFree lunch on Fridays.\n" in text


def test_profiles_order_and_required_sections():
    assert [s.id for s in RU_DI.sections][:5] == [
        "general",
        "requirements",
        "duties",
        "rights",
        "responsibility",
    ]
    assert RU_DI.sections[-1].id == "final"
    assert set(RU_DI.required_ids()) == {"general", "duties", "rights", "responsibility", "final"}
    assert RU_DI.numbered and RU_DI.acknowledgement
    assert not EN_JD.numbered and "duties" in EN_JD.required_ids()
    for profile in (RU_DI, EN_JD):
        for spec in profile.sections:
            assert spec.heading("ru") and spec.heading("en")
