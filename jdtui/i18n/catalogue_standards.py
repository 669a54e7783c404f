"""Strings of the qualification-reference rules (professional standard, ЕКС,
qualification requirements set by law): messages, fix hints, titles, laws."""

from __future__ import annotations

from .catalogue_rules import _rule

STRINGS: dict[str, dict[str, str]] = {
    **_rule(
        "standard-reference",
        ("Профстандарт или ЕКС", "Professional standard or ЕКС"),
        {
            "": (
                (
                    "Инструкция не ссылается на профессиональный стандарт или квалификационный справочник (ЕКС)",
                    "The instruction cites no professional standard and no ЕКС position",
                ),
                (
                    "Укажите профессиональный стандарт (код по реестру Минтруда России, название, обобщённую "
                    "трудовую функцию, уровень квалификации) или должность по ЕКС; если ни один не применяется, "
                    "отметьте это и почему",
                    "Name the professional standard (registry code, name, generalised labour function, "
                    "qualification level) or the ЕКС position; if none applies, say so and why",
                ),
            )
        },
    ),
    **_rule(
        "legal-qualification",
        ("Требования, установленные законом", "Qualification set by law"),
        {
            "": (
                (
                    "Требования к квалификации по этой должности установлены законом ({law}), "
                    "а в инструкции их нет",
                    "The law sets the qualification requirements of this position ({law}); "
                    "the instruction does not state them",
                ),
                (
                    "Добавьте требования, установленные законом, например блок {block}",
                    "Add the requirements the law sets, e.g. the block {block}",
                ),
            )
        },
    ),
    "rule.legal-qualification.law.402-fz": {
        "ru": "ч. 4 ст. 7 Федерального закона от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте»",
        "en": "Federal Law No. 402-FZ of 6 December 2011 “On Accounting”, article 7 part 4",
    },
}
