"""``case-form``: stored genitive and dative agree with the nominative."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .rules_support import en, findings, ru


def _with(**values):
    return ru().with_variables(**values)


def test_the_shipped_samples_agree():
    assert findings(ru(), "case-form") == []


def test_a_templates_genitive_left_for_another_position_is_named_with_the_expected_form():
    role = _with(position="главный бухгалтер")  # the genitive and dative still the sales manager's
    found = findings(role, "case-form")
    assert [f.field for f in found] == ["position_genitive", "position_dative"]
    assert "главного бухгалтера" in found[0].message and "главному бухгалтеру" in found[1].message
    assert found[0].severity == "warning"


@pytest.mark.parametrize(
    ("position", "genitive"),
    [
        ("инженер-программист", "инженер-программиста"),  # the first part inflects too
        ("заведующий складом", "заведующего склада"),  # the tail stays as it was
        ("старшая медицинская сестра", "старшей медицинской сестре"),  # dative for genitive
        ("главный бухгалтер", "главного бухгалтер"),  # the head left in the nominative
    ],
)
def test_near_misses_are_reported(position, genitive):
    role = _with(position=position, position_genitive=genitive, position_dative="")
    found = findings(role, "case-form")
    assert [f.field for f in found] == ["position_genitive"]


@pytest.mark.parametrize(
    ("position", "genitive"),
    [
        ("инженер-программист", "инженера-программиста"),
        ("Главный бухгалтер", "ГЛАВНОГО БУХГАЛТЕРА"),  # letter case is the title's business
        ("стажёр", "стажера"),  # ё = е
        ("кассир-операционист", "кассира-операциониста"),  # a guess of the analyser: never held against it
        ("бухгалтер и кассир", "бухгалтера и кассира"),  # not sure: not reported
        ("Project Manager", "Project Manager"),  # nothing Russian to inflect
    ],
)
def test_forms_that_agree_or_cannot_be_judged_are_not_reported(position, genitive):
    role = _with(position=position, position_genitive=genitive, position_dative="")
    assert findings(role, "case-form") == []


def test_reporting_line_dative():
    assert (
        findings(_with(reports_to="главный бухгалтер", reports_to_dative="главному бухгалтеру"), "case-form")
        == []
    )
    found = findings(
        _with(reports_to="главный бухгалтер", reports_to_dative="главного бухгалтера"), "case-form"
    )
    assert [f.field for f in found] == ["reports_to_dative"]


def test_english_roles_are_not_read():
    assert findings(en().with_variables(position_genitive="anything"), "case-form") == []


def test_agreeing_common_forms_are_checked_without_the_dictionary():
    """The check of a sample whose forms agree does not load pymorphy3 (start-up time)."""
    code = (
        "import sys\n"
        "from tests.unit.rules_support import ru, findings\n"
        "assert findings(ru(), 'case-form') == []\n"
        "print('pymorphy3' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
