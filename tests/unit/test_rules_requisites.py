"""Requisites, reporting line, deputy, acknowledgement, liability for non-performance —
recognised by tag or by wording."""

from __future__ import annotations

import pytest

from jdtui.i18n import t

from .rules_support import add, drop, en, findings, local, ru, rules, set_section


def _untag(role, section_id, tag):
    return drop(role, section_id, lambda b: b is not None and tag in b.tags)


@pytest.mark.parametrize("name", ["approver_title", "approver_name", "organization", "approval_date"])
def test_ru_missing_approval_requisite_is_an_error(name):
    role = ru().with_variables(**{name: ""})
    found = findings(role, "requisites")
    assert len(found) == 1 and found[0].severity == "error" and found[0].field == name
    # named as the details form labels it, never by its id
    assert t(f"var.{name}", "en") in found[0].message and name not in found[0].message


@pytest.mark.parametrize("name", ["doc_number", "city"])
def test_ru_missing_number_or_city_is_a_warning(name):
    role = ru().with_variables(**{name: ""})
    assert "requisites" not in rules(role)
    found = findings(role, "requisites-minor")
    assert len(found) == 1 and found[0].severity == "warning" and found[0].field == name
    assert t(f"var.{name}", "en") in found[0].message and name not in found[0].message


def test_filled_requisites_are_silent():
    assert "requisites" not in rules(ru()) and "requisites-minor" not in rules(ru())


@pytest.mark.parametrize("name", ["organization", "department"])
def test_en_missing_organisation_or_department_is_a_warning(name):
    role = en().with_variables(**{name: ""})
    for section in en().sections:  # a clause printing it makes it a `placeholder` error instead
        role = drop(role, section.id, lambda block: "{{" + name + "}}" in block.text)
    assert "requisites" not in rules(role)
    assert t(f"var.{name}", "en") in findings(role, "requisites-minor")[0].message


def test_ru_subordination_by_tag_by_text_or_missing():
    role = _untag(ru(), "general", "reports-to")
    assert [f.severity for f in findings(role, "subordination")] == ["warning"]
    worded = add(role, "general", local("Менеджер подчиняется коммерческому директору.", "general", "ru"))
    assert "subordination" not in rules(worded)
    assert "subordination" not in rules(ru())


def test_en_reports_to_variable_or_wording_states_the_line():
    role = _untag(en(), "summary", "reports-to").with_variables(reports_to="")
    assert [f.severity for f in findings(role, "subordination")] == ["warning"]
    assert "subordination" not in rules(role.with_variables(reports_to="Head of Sales"))
    worded = add(role, "summary", local("The role reports directly to the Head of Sales.", "general", "en"))
    assert "subordination" not in rules(worded)
    assert "subordination" not in rules(en())


def test_ru_deputy_by_tag_by_text_or_missing():
    role = _untag(ru(), "general", "deputy")
    assert [f.severity for f in findings(role, "deputy")] == ["warning"]
    for text in (
        "В период временного отсутствия менеджера его обязанности исполняет старший менеджер.",
        "Менеджера замещает другой менеджер отдела.",
    ):
        assert "deputy" not in rules(add(role, "general", local(text, "general", "ru")))


def test_deputy_duty_to_stand_in_for_others_is_not_a_deputy_clause():
    role = _untag(ru(), "general", "deputy")
    role = add(
        role,
        "duties",
        local("Замещает отсутствующих коллег по указанию руководителя.", "duty", "ru", areas=("sales",)),
    )
    assert "deputy" in rules(role)


def test_en_has_no_deputy_rule():
    assert "deputy" not in rules(en())


def test_ru_acknowledgement_by_tag_by_text_or_missing():
    role = ru()
    role = _untag(role, "final", "acknowledgement")
    role = drop(role, "final", lambda b: b is not None and "ознаком" in b.text)
    assert [f.severity for f in findings(role, "acknowledgement")] == ["warning"]
    worded = add(role, "final", local("С инструкцией работник ознакомлен под роспись.", "final", "ru"))
    assert "acknowledgement" not in rules(worded)


@pytest.mark.parametrize(
    "make,lang,text",
    [
        (ru, "ru", "За ненадлежащее исполнение или неисполнение своих должностных обязанностей."),
        (ru, "ru", "За невыполнение поставленных задач в установленные сроки."),
        (
            en,
            "en",
            "Failure to perform the duties in this description is dealt with under the disciplinary policy.",
        ),
        (en, "en", "Non-performance of duties may lead to disciplinary action."),
    ],
)
def test_non_performance_by_wording_is_enough(make, lang, text):
    role = _untag(make(), "responsibility", "non-performance")
    if lang == "en":  # en-jd samples have no accountability section (optional in English practice)
        role = set_section(
            role, "responsibility", [local("Is accountable for the team budget.", "responsibility", "en")]
        )
    # a quality gap, not a defect: liability for non-performance follows from ТК РФ ст. 192 anyway
    assert [f.severity for f in findings(role, "non-performance")] == ["warning"]
    assert "non-performance" not in rules(add(role, "responsibility", local(text, "responsibility", lang)))


def test_responsibility_without_non_performance_wording_is_found():
    role = set_section(
        en(),
        "responsibility",
        [
            local("Is accountable for material damage caused through negligence.", "responsibility", "en"),
        ],
    )
    assert findings(role, "non-performance")[0].section == "responsibility"


def test_empty_responsibility_is_reported_once_as_missing_section():
    found = rules(set_section(ru(), "responsibility", []))
    assert "missing-section" in found and "non-performance" not in found


def test_en_filled_details_are_silent_and_no_ru_only_rule_applies():
    role = en().with_variables(approver_name="", approval_date="", doc_number="")
    found = rules(role)
    for rule_id in ("requisites", "requisites-minor", "deputy", "acknowledgement"):
        assert rule_id not in found


def test_ru_responsibility_without_non_performance_wording_is_a_warning():
    role = set_section(
        ru(),
        "responsibility",
        [
            local("За причинение материального ущерба работодателю.", "responsibility", "ru"),
        ],
    )
    found = findings(role, "non-performance")
    assert [(f.section, f.severity) for f in found] == [("responsibility", "warning")]
