"""Import derives the case forms a Russian document does not state."""

from __future__ import annotations

from jdtui.core.importer import import_markdown
from jdtui.core.model import Library

LIBRARY = Library()
DUTIES = "\n\n## Должностные обязанности\n\n- Проводит инструктажи.\n- Ведёт журналы.\n"


def test_the_position_and_its_dative_come_from_the_titles_genitive():
    role = import_markdown("# ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ главного бухгалтера" + DUTIES, LIBRARY).role
    assert role.variables["position_genitive"] == "главного бухгалтера"
    assert role.variables["position"] == "главный бухгалтер"
    assert role.variables["position_dative"] == "главному бухгалтеру"


def test_a_position_in_capitals_under_the_title_gets_its_forms():
    text = "**ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ**\\\n**ЗАВЕДУЮЩЕГО БИБЛИОТЕКОЙ**" + DUTIES
    role = import_markdown(text, LIBRARY).role
    assert role.variables["position"] == "заведующий библиотекой"
    assert role.variables["position_dative"] == "заведующему библиотекой"


def test_a_guess_is_reported_for_checking():
    result = import_markdown("# ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ кассира-операциониста" + DUTIES, LIBRARY)
    assert result.role.variables["position"] == "кассир-операционист"
    assert ("import.warn.forms_check", {"names": "position, position_dative"}) in result.report.warnings


def test_english_documents_get_no_russian_forms():
    role = import_markdown("# Cashier\n\n## Responsibilities\n\n- Handles cash.\n- Counts.\n", LIBRARY).role
    assert "position_genitive" not in role.variables and "position_dative" not in role.variables
