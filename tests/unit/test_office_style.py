"""Requisites in office style: the forms (dates, place of issue, signatures),
the Russian export's stamps and appendix, and the rules that check them."""

from __future__ import annotations

from datetime import date

import pytest

from jdtui.core.office_style import (
    bare_place,
    format_date,
    initials_first,
    office_form,
    place,
    read_date,
    styled_date,
)
from jdtui.core.render import (
    agreement_stamp,
    appendices,
    approval_stamp,
    drafter_signature,
    render_markdown,
)
from jdtui.i18n import t

from .rules_support import en, findings, library, ru, rules

# --- the forms ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("style", "expected"),
    [("numeric", "01.12.2026"), ("words", "1 декабря 2026 г."), ("quoted", "«01» декабря 2026 г.")],
)
def test_a_date_prints_in_each_office_form(style, expected):
    assert format_date(date(2026, 12, 1), style) == expected
    assert office_form(expected) == style


@pytest.mark.parametrize(
    "written",
    [
        "01.12.2026",
        "1.12.2026",
        "2026-12-01",
        "1 декабря 2026 г.",
        "«01» декабря 2026 г.",
        '"1" декабря 2026 года',
    ],
)
def test_every_way_of_writing_a_date_is_read_and_restyled(written):
    assert read_date(written) == (True, date(2026, 12, 1))
    assert styled_date(written, "words") == "1 декабря 2026 г."
    assert styled_date(written, "quoted") == "«01» декабря 2026 г."
    assert styled_date(written, "numeric") == "01.12.2026"


def test_without_a_style_a_date_prints_as_written():
    assert styled_date("1.12.2026", None) == "1.12.2026"
    assert styled_date("1.12.2026", "") == "1.12.2026"
    assert styled_date("к 1 декабря", "words") == "к 1 декабря"  # not a date jdtui reads: as written


@pytest.mark.parametrize(
    "near_miss", ["1.12.2026", "01.12.26", "05 июня 2016 г.", "5 июня 2016", "5 июня 2016 года", "2026-12-01"]
)
def test_near_misses_of_the_office_forms_are_no_office_form(near_miss):
    assert read_date(near_miss)[1] is not None
    assert office_form(near_miss) is None


@pytest.mark.parametrize("impossible", ["31.11.2026", "30 февраля 2026 г.", "00.12.2026", "12.13.2026"])
def test_an_impossible_date_is_shaped_but_not_real(impossible):
    assert read_date(impossible) == (True, None)
    assert styled_date(impossible, "words") == impossible


def test_place_of_issue_gets_its_type_once():
    assert place("Москва") == "г. Москва"
    assert place("г. Москва") == "г. Москва"
    assert place("с. Полтавка Омской области") == "с. Полтавка Омской области"
    assert place("пос. Ува") == "пос. Ува"
    assert bare_place("г. Москва") == "Москва" and bare_place("Москва") == "Москва"


@pytest.mark.parametrize(
    "name", ["И. И. Иванов", "И.И. Иванов", "И. Иванов", "А. С. Петрова-Водкина", "J. Smith"]
)
def test_initials_then_surname_is_a_signature(name):
    assert initials_first(name)


@pytest.mark.parametrize(
    "name", ["Иванов И. И.", "Иван Иванов", "Иванов Иван Иванович", "И И Иванов", "иванов"]
)
def test_surname_first_or_a_full_name_is_not(name):
    assert not initials_first(name)


# --- the export -----------------------------------------------------------------


def test_default_stamp_is_utverzhdayu_as_before():
    text = render_markdown(ru(), library())
    assert text.startswith(
        "**УТВЕРЖДАЮ**\\\nГенеральный директор\\\nООО «Ромашка»\\\n____________ И. И. Иванов\\\n01.12.2026\n"
    )
    assert "№ 15 · г. Москва · 01.12.2026\n" in text
    assert "СОГЛАСОВАНО" not in text and "Разработчик" not in text


def test_approval_by_order_replaces_the_approvers_stamp():
    role = ru().with_variables(approval_form="order", order_number="15-к")
    stamp = approval_stamp(role)
    assert (stamp.word, stamp.lines) == ("УТВЕРЖДЕНА", ("приказом от 01.12.2026 № 15-к",))
    text = render_markdown(role, library())
    assert text.startswith("**УТВЕРЖДЕНА**\\\nприказом от 01.12.2026 № 15-к\n")
    assert "И. И. Иванов" not in text


def test_order_without_its_number_shows_the_placeholder():
    text = render_markdown(ru().with_variables(approval_form="order"), library())
    assert text.startswith("**УТВЕРЖДЕНА**\\\nприказом от 01.12.2026 № {{order_number}}\n")


@pytest.mark.parametrize(
    ("style", "shown"),
    [("words", "1 декабря 2026 г."), ("quoted", "«01» декабря 2026 г."), ("numeric", "01.12.2026")],
)
def test_the_date_style_reaches_stamp_and_requisites_line(style, shown):
    text = render_markdown(ru().with_variables(date_style=style, approval_date="1.12.2026"), library())
    assert f"И. И. Иванов\\\n{shown}\n" in text
    assert f"№ 15 · г. Москва · {shown}\n" in text


def test_agreed_and_drafted_stamps_close_the_instruction_before_the_sheet():
    role = ru().with_variables(
        agreed_title="Начальник юридического отдела",
        agreed_name="А. С. Орлова",
        agreed_date="28.11.2026",
        date_style="words",
        drafter_title="Руководитель отдела кадров",
        drafter_name="Е. В. Смирнова",
    )
    assert agreement_stamp(role).word == "СОГЛАСОВАНО"
    assert drafter_signature(role).lines[0].name == "Е. В. Смирнова"
    text = render_markdown(role, library())
    drafted = "**Разработчик:**\\\nРуководитель отдела кадров ____________ Е. В. Смирнова\n"
    agreed = (
        "**СОГЛАСОВАНО**\\\nНачальник юридического отдела\\\n____________ А. С. Орлова\\\n28 ноября 2026 г.\n"
    )
    assert drafted in text and agreed in text
    final = text.index("Заключительные положения")
    assert final < text.index(drafted) < text.index(agreed) < text.index("## Лист ознакомления")


def test_onboarding_plan_is_appendix_one_after_the_sheet_not_a_numbered_section():
    role = ru()
    assert role.section("onboarding").items
    text = render_markdown(role, library())
    assert "## Приложение 1. План адаптации\n\n| День | Мероприятия | Цель |" in text
    assert text.index("## Лист ознакомления") < text.index("## Приложение 1. План адаптации")
    assert ". План адаптации\n" not in text.replace("Приложение 1. План адаптации\n", "")
    found = appendices(role, library())
    assert [(a.number, a.heading, a.section.id) for a in found] == [
        (1, "Приложение 1. План адаптации", "onboarding")
    ]


def test_kpis_are_assessment_criteria_for_the_bonus_regulation():
    text = render_markdown(ru(), library())
    heading = next(
        line for line in text.splitlines() if line.startswith("## ") and "Критерии оценки работы" in line
    )
    after = text[text.index(heading) :].split("\n\n")[1]
    assert "оценивается по следующим критериям" in after and "положением о премировании" in after


def test_english_export_is_unchanged_by_the_office_style_choices():
    role = en()
    before = render_markdown(role, library())
    after = render_markdown(
        role.with_variables(
            approval_form="order", date_style="words", agreed_name="A. Orlova", drafter_name="E. Smith"
        ),
        library(),
    )
    assert after == before
    assert "Appendix" not in before and "СОГЛАСОВАНО" not in before


# --- the rules ------------------------------------------------------------------


def test_filled_sample_passes_the_office_style_rules():
    found = set(rules(ru()))
    assert not found & {"date-invalid", "date-form", "signatory-initials", "approval-order"}


@pytest.mark.parametrize("value", ["31.11.2026", "30 февраля 2026 г."])
def test_an_impossible_date_is_an_error(value):
    found = findings(ru().with_variables(approval_date=value), "date-invalid")
    assert len(found) == 1 and found[0].severity == "error" and found[0].field == "approval_date"
    assert value in found[0].message and t("var.approval_date", "en") in found[0].message
    assert "date-form" not in rules(ru().with_variables(approval_date=value))


@pytest.mark.parametrize("value", ["1.12.2026", "01.12.26", "05 июня 2016 г.", "Dec 1, 2026", "2026-12-01"])
def test_a_date_in_no_office_form_is_a_warning(value):
    found = findings(ru().with_variables(approval_date=value), "date-form")
    assert len(found) == 1 and found[0].severity == "warning"
    assert "date-invalid" not in rules(ru().with_variables(approval_date=value))


@pytest.mark.parametrize("value", ["01.12.2026", "1 декабря 2026 г.", "«01» декабря 2026 г."])
def test_a_date_in_an_office_form_is_silent(value):
    assert "date-form" not in rules(ru().with_variables(approval_date=value, agreed_date=value))


def test_a_chosen_date_style_makes_any_readable_date_fine_but_not_an_unreadable_one():
    assert "date-form" not in rules(ru().with_variables(approval_date="1.12.2026", date_style="words"))
    assert "date-form" in rules(ru().with_variables(approval_date="1 дек. 2026", date_style="words"))


def test_the_agreed_date_is_checked_too():
    found = findings(
        ru().with_variables(agreed_name="А. С. Орлова", agreed_date="31.04.2026"), "date-invalid"
    )
    assert [f.field for f in found] == ["agreed_date"]


def test_date_rules_are_for_russian_instructions_only():
    assert "date-form" not in rules(en().with_variables(approval_date="1st December 2026"))


@pytest.mark.parametrize("name", ["approver_name", "agreed_name", "drafter_name"])
def test_a_signatory_written_surname_first_is_a_warning(name):
    found = findings(ru().with_variables(**{name: "Иванов И. И."}), "signatory-initials")
    assert len(found) == 1 and found[0].severity == "warning" and found[0].field == name
    assert "signatory-initials" not in rules(ru().with_variables(**{name: "И. И. Иванов"}))


def test_approval_by_order_needs_its_number_and_date_not_the_approver():
    role = ru().with_variables(approval_form="order", approver_title="", approver_name="", approval_date="")
    found = findings(role, "approval-order")
    assert len(found) == 1 and found[0].severity == "error" and found[0].field == "order_number"
    message = found[0].message
    assert t("var.order_number", "en") in message and t("var.approval_date", "en") in message
    assert "requisites" not in rules(role)  # no approver is needed
    done = role.with_variables(order_number="15-к", approval_date="01.12.2026")
    assert "approval-order" not in rules(done) and "requisites" not in rules(done)


def test_the_approver_stamp_still_needs_its_approver():
    role = ru().with_variables(approver_name="")
    assert "requisites" in rules(role) and "approval-order" not in rules(role)
