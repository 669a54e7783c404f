"""Duty areas given to clauses by likeness, the areas picker, harvesting a document into the library."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # the import report
    "areas.report": {
        "ru": "Области обязанностей по сходству с библиотекой: назначены {similar}, "
        "не определены {unmatched} (похожих пунктов нет; укажите их клавишей A в «Составлении»)",
        "en": "Duty areas by likeness to the library: {similar} assigned, {unmatched} left unclassified "
        "(nothing similar; choose them with A in Compose)",
    },
    "areas.report.all": {
        "ru": "Области обязанностей по сходству с библиотекой назначены {similar} пунктам",
        "en": "Duty areas by likeness to the library assigned to {similar} clauses",
    },
    # how an item's areas were assigned
    "areas.by.library": {"ru": "из библиотеки", "en": "from the library"},
    "areas.by.similar": {"ru": "по сходству, {percent}%", "en": "by likeness, {percent}%"},
    "areas.by.user": {"ru": "указаны вами", "en": "chosen by you"},
    "areas.by.unmatched": {
        "ru": "не определены: похожих в библиотеке нет ({percent}%)",
        "en": "not found: nothing similar in the library ({percent}%)",
    },
    "areas.none": {"ru": "не указаны", "en": "none"},
    "areas.generic": {
        "ru": "общее право — ни одну область в отдельности",
        "en": "a general right — no area in particular",
    },
    "areas.line.areas": {"ru": "Области: {areas}", "en": "Areas: {areas}"},
    "areas.line.covers": {"ru": "Обеспечивает: {areas}", "en": "Covers: {areas}"},
    "areas.line.measures": {"ru": "Измеряет: {areas}", "en": "Measures: {areas}"},
    "areas.line.hint": {"ru": "A — изменить", "en": "A to change"},
    # the picker
    "areas.title.areas": {"ru": "Области обязанности", "en": "Duty areas of the duty"},
    "areas.title.covers": {"ru": "Какие области обеспечивает право", "en": "Duty areas the right covers"},
    "areas.title.measures": {"ru": "Какие области измеряет показатель", "en": "Duty areas the KPI measures"},
    "areas.keys": {
        "ru": "Пробел — отметить, Enter — применить, Escape — отмена",
        "en": "Space to tick, Enter to apply, Escape to cancel",
    },
    "areas.apply": {"ru": "Применить", "en": "Apply"},
    "areas.not_clause": {
        "ru": "Области есть только у обязанностей, прав и показателей",
        "en": "Only duties, rights and KPIs have duty areas",
    },
    "areas.changed": {
        "ru": "Области пункта изменены (u — отменить)",
        "en": "The clause's areas changed (u to undo)",
    },
    "areas.unchanged": {"ru": "Области не изменились", "en": "The areas are unchanged"},
    "key.areas": {"ru": "Области", "en": "Areas"},
    "cmd.edit_areas": {"ru": "Области обязанностей пункта", "en": "Duty areas of the clause"},
    "cmd.edit_areas.help": {
        "ru": "A: какие области у обязанности, что обеспечивает право, что измеряет показатель",
        "en": "A: a duty's areas, what a right covers, what a KPI measures",
    },
    "key.areas.tip": {
        "ru": "Области обязанностей пункта (для проверки прав и показателей)",
        "en": "The clause's duty areas (for the rights and KPI checks)",
    },
    # harvesting a document into the library
    "harvest.origin": {"ru": "импортировано из {file}", "en": "imported from {file}"},
    "harvest.done": {
        "ru": "В мою библиотеку добавлено пунктов: {added}; пропущено (уже есть в библиотеке, "
        "точно или почти): {skipped}",
        "en": "Added to my library: {added} clauses; skipped (the library has them, exactly or nearly): {skipped}",
    },
    "harvest.none": {
        "ru": "В документе нет пунктов, которых нет в библиотеке (пропущено: {skipped})",
        "en": "The document has no clause the library lacks (skipped: {skipped})",
    },
    "harvest.title": {"ru": "Пункты добавлены в библиотеку", "en": "Clauses added to the library"},
    "import.to_library": {
        "ru": "В библиотеку, без черновика",
        "en": "Into my library, no draft",
    },
}
