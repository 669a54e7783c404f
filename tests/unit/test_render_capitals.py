"""A variable that starts a sentence starts with a capital letter in the export,
whatever case it is stored in; elsewhere it stays as stored."""

from __future__ import annotations

import pytest

from jdtui.core.model import Block, Item, Library, Role, RoleSection
from jdtui.core.placeholders import substitute
from jdtui.core.render import render_markdown

VARIABLES = {"position": "менеджер по продажам", "reports_to_dative": "начальнику отдела продаж"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{{position}} обеспечивает приём заказов.", "Менеджер по продажам обеспечивает приём заказов."),
        (
            "Заказы принимает отдел. {{position}} ведёт учёт.",
            "Заказы принимает отдел. Менеджер по продажам ведёт учёт.",
        ),
        ("Кто отвечает? {{position}}!", "Кто отвечает? Менеджер по продажам!"),
        ("«{{position}} подчиняется…»", "«Менеджер по продажам подчиняется…»"),
        ("Первая строка\n{{position}} ведёт учёт", "Первая строка\nМенеджер по продажам ведёт учёт"),
        # not at a sentence start: as stored
        (
            "Работу {{position}} оценивает руководитель.",
            "Работу менеджер по продажам оценивает руководитель.",
        ),
        ("Подчиняется: {{reports_to_dative}}.", "Подчиняется: начальнику отдела продаж."),
        ("и т. п., {{position}}", "и т. п., менеджер по продажам"),
    ],
)
def test_a_value_starting_a_sentence_gets_a_capital(text, expected):
    assert substitute(text, VARIABLES, sentences=True) == expected


def test_without_sentences_values_stay_as_stored():
    assert substitute("{{position}} обеспечивает", VARIABLES) == "менеджер по продажам обеспечивает"


def test_a_value_that_begins_with_capitals_or_latin_is_kept():
    values = {"position": "HR-менеджер"}
    assert substitute("Отдел создан. {{position}} ведёт учёт.", values, sentences=True).endswith(
        "HR-менеджер ведёт учёт."
    )


def test_the_export_never_starts_a_sentence_with_a_lowercase_position():
    block = Block(
        id="g",
        kind="general",
        lang="ru",
        text="Должность введена приказом. {{position}} подчиняется {{reports_to_dative}}.",
    )
    role = Role(
        id="r",
        title="t",
        lang="ru",
        profile="ru-di",
        variables={**VARIABLES, "position_genitive": "менеджера по продажам"},
        sections=(RoleSection("general", (Item.link("g"),)),),
    )
    text = render_markdown(role, Library(blocks=[block]))
    assert "приказом. Менеджер по продажам подчиняется начальнику отдела продаж." in text
    assert "# ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ менеджера по продажам" in text  # the title keeps the genitive's case


def test_a_value_that_is_a_placeholder_is_not_capitalised():
    assert (
        substitute("{{position}} ведёт учёт", {"position": "{{position}}"}, sentences=True)
        == "{{position}} ведёт учёт"
    )
