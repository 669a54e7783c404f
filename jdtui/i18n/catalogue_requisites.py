"""Strings of the requisites in office style: the details form's new fields and
choices, the command line's check of a choice, and the office-style rules."""

from __future__ import annotations

from .catalogue_rules import _rule

STRINGS: dict[str, dict[str, str]] = {
    # --- fields of the details form -------------------------------------------------
    "var.approval_form": {"ru": "Утверждение", "en": "Approval"},
    "var.approval_form.hint": {"ru": "(выбор)", "en": "(a choice)"},
    "var.order_number": {"ru": "№ приказа", "en": "Order number"},
    "var.order_number.hint": {"ru": "15-к", "en": "15"},
    "var.date_style": {"ru": "Формат дат", "en": "Date style"},
    "var.date_style.hint": {"ru": "(выбор)", "en": "(a choice)"},
    "var.agreed_title": {"ru": "Согласовано: должность", "en": "Agreed by: position"},
    "var.agreed_title.hint": {"ru": "Начальник юридического отдела", "en": "Head of Legal"},
    "var.agreed_name": {"ru": "Согласовано: ФИО", "en": "Agreed by: name"},
    "var.agreed_name.hint": {"ru": "А. С. Орлова", "en": "(Russian documents)"},
    "var.agreed_date": {"ru": "Дата согласования", "en": "Date agreed"},
    "var.agreed_date.hint": {"ru": "28.11.2026", "en": "(Russian documents)"},
    "var.drafter_title": {"ru": "Разработчик: должность", "en": "Drafted by: position"},
    "var.drafter_title.hint": {"ru": "Руководитель отдела кадров", "en": "HR Manager"},
    "var.drafter_name": {"ru": "Разработчик: ФИО", "en": "Drafted by: name"},
    "var.drafter_name.hint": {"ru": "Е. В. Смирнова", "en": "(Russian documents)"},
    # --- the choices ------------------------------------------------------------------
    "choice.approval_form.": {"ru": "«УТВЕРЖДАЮ»", "en": "«УТВЕРЖДАЮ», signed"},
    "choice.approval_form.order": {"ru": "приказом", "en": "by an order"},
    "choice.date_style.": {"ru": "как введена", "en": "as entered"},
    "choice.date_style.numeric": {"ru": "01.12.2026", "en": "01.12.2026"},
    "choice.date_style.words": {"ru": "1 декабря 2026 г.", "en": "1 декабря 2026 г."},
    "choice.date_style.quoted": {"ru": "«01» декабря 2026 г.", "en": "«01» декабря 2026 г."},
    "cli.bad_choice": {
        "ru": "{name}: значения «{value}» нет; возможные: {values}",
        "en": "{name}: there is no value “{value}”; possible: {values}",
    },
    # --- rules ------------------------------------------------------------------------
    **_rule(
        "date-invalid",
        ("Несуществующая дата", "Not a real date"),
        {
            "": (
                ("{name}: даты «{value}» не существует", "{name}: “{value}” is not a real date"),
                (
                    "Проверьте день, месяц и год, например 01.12.2026.",
                    "Check the day, month and year, e.g. 01.12.2026.",
                ),
            )
        },
    ),
    **_rule(
        "date-form",
        ("Дата не по форме", "Date not in an office form"),
        {
            "": (
                (
                    "{name}: «{value}» записана не в форме, принятой в делопроизводстве",
                    "{name}: “{value}” is not written in a Russian office form",
                ),
                (
                    "Запишите 01.12.2026 или 1 декабря 2026 г. (ГОСТ Р 7.0.97-2016, п. 5.10) "
                    "либо выберите формат дат в реквизитах.",
                    "Write 01.12.2026 or 1 декабря 2026 г. (ГОСТ Р 7.0.97-2016, cl. 5.10), "
                    "or choose a date style in the details.",
                ),
            )
        },
    ),
    **_rule(
        "signatory-initials",
        ("Инициалы в подписи", "Initials in a signature"),
        {
            "": (
                (
                    "{name}: «{value}» — в расшифровке подписи пишут инициалы, затем фамилию",
                    "{name}: “{value}” — a Russian signature line gives the initials, then the surname",
                ),
                ("Например: И. И. Иванов.", "For example: И. И. Иванов."),
            )
        },
    ),
    **_rule(
        "approval-order",
        ("Приказ без номера или даты", "Order without number or date"),
        {
            "": (
                (
                    "Инструкция утверждается приказом, но не указаны: {names}",
                    "The instruction is approved by an order, but these are missing: {names}",
                ),
                (
                    "Заполните их в реквизитах или выберите утверждение «УТВЕРЖДАЮ».",
                    "Fill them in the details, or choose approval «УТВЕРЖДАЮ».",
                ),
            )
        },
    ),
}
