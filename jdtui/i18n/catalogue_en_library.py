"""Strings of the English job-description profile: the recommended sections."""

from __future__ import annotations

from .catalogue_rules import _rule

_HINTS = {
    "summary": (
        "Откройте описание двумя-тремя предложениями о том, зачем нужна должность и где она в организации",
        "Open with two or three sentences on why the role exists and where it sits in the organisation",
    ),
    "pay": (
        "Укажите вилку оплаты (от и до, за год, месяц или час); во многих странах кандидату её обязаны сообщить",
        "State the pay range (from and to, per year, month or hour); in many places candidates must be told it",
    ),
    "offer": (
        "Перечислите, что получает работник: отпуск, пенсия, обучение, гибкий график…",
        "List what the employee gets: holiday, pension, learning, flexible working…",
    ),
    "equal_opportunity": (
        "Добавьте заявление о равных возможностях и о разумных приспособлениях для кандидатов с инвалидностью",
        "Add an equal-opportunity statement and an offer of reasonable adjustments for disabled candidates",
    ),
}

STRINGS: dict[str, dict[str, str]] = _rule(
    "recommended-section",
    ("Рекомендуемый раздел", "Recommended section"),
    {
        section: (
            (
                "Нет раздела «{heading}»: его ищут читатели описания вакансии",
                "No “{heading}” section: readers of a job description look for one",
            ),
            hint,
        )
        for section, hint in _HINTS.items()
    },
)

#: duty areas the English library adds (see catalogue_areas for the rest)
_AREAS = {
    "cash-handling": ("работа с кассой", "cash handling"),
    "employee-relations": ("трудовые отношения", "employee relations"),
    "financial-analysis": ("финансовый анализ", "financial analysis"),
    "health-safety": ("охрана труда", "health and safety"),
    "it-support": ("сопровождение ИТ-систем", "IT support"),
    "legal-advice": ("правовое сопровождение", "legal advice"),
    "marketplaces": ("продажи на маркетплейсах", "marketplace sales"),
    "premises-care": ("уборка помещений", "premises care"),
    "software-development": ("разработка программ", "software development"),
    "store-sales": ("продажи в магазине", "in-store sales"),
    "strategy": ("стратегия и планирование", "strategy and planning"),
}
STRINGS.update({f"area.{slug}": {"ru": ru, "en": en} for slug, (ru, en) in _AREAS.items()})
