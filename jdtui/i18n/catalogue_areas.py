"""Names of the duty areas the sample library uses (duty ``areas``, right
``covers``, KPI ``measures`` share this vocabulary): ``area.<slug>``.

Areas users make up have no entry; :func:`jdtui.i18n.area_label` shows their slug.
"""

from __future__ import annotations

_AREAS: dict[str, tuple[str, str]] = {
    "analytics": ("аналитика", "analytics"),
    "bookkeeping": ("бухгалтерский учёт", "bookkeeping"),
    "brand-content": ("контент и бренд", "brand and content"),
    "budget-control": ("контроль бюджета", "budget control"),
    "call-handling": ("обработка обращений по телефону", "call handling"),
    "client-feedback": ("работа с отзывами клиентов", "client feedback"),
    "client-interaction": ("взаимодействие с клиентами", "client interaction"),
    "compensation": ("оплата труда", "compensation"),
    "compliance": ("соблюдение требований", "compliance"),
    "contract-management": ("договорная работа", "contract management"),
    "document-management": ("документооборот", "document management"),
    "financial-reporting": ("финансовая отчётность", "financial reporting"),
    "hr-records": ("кадровый учёт", "HR records"),
    "inventory": ("учёт товарных запасов", "inventory"),
    "knowledge-base": ("база знаний", "knowledge base"),
    "market-research": ("исследование рынка", "market research"),
    "marketing-campaigns": ("маркетинговые кампании", "marketing campaigns"),
    "merchandising": ("мерчандайзинг", "merchandising"),
    "negotiation": ("переговоры", "negotiation"),
    "office-administration": ("административно-хозяйственное обеспечение", "office administration"),
    "order-management": ("управление заказами", "order management"),
    "payments": ("расчёты и платежи", "payments"),
    "process-improvement": ("совершенствование процессов", "process improvement"),
    "procurement": ("закупки", "procurement"),
    "project-planning": ("планирование проектов", "project planning"),
    "recruitment": ("подбор персонала", "recruitment"),
    "reporting": ("отчётность", "reporting"),
    "risk-management": ("управление рисками", "risk management"),
    "sales-pipeline": ("воронка продаж", "sales pipeline"),
    "service-integration": ("внедрение продуктов у клиентов", "service integration"),
    "service-quality": ("качество обслуживания", "service quality"),
    "stakeholder-communication": (
        "взаимодействие с заинтересованными сторонами",
        "stakeholder communication",
    ),
    "strategic-relationships": ("развитие стратегических отношений", "strategic relationships"),
    "supply-planning": ("планирование поставок", "supply planning"),
    "tailored-solutions": ("индивидуальные решения для клиентов", "tailored solutions"),
    "tax-reporting": ("налоговая отчётность", "tax reporting"),
    "team-leadership": ("руководство командой", "team leadership"),
    "ticket-resolution": ("решение заявок", "ticket resolution"),
    "training": ("обучение", "training"),
    "transport": ("транспортная логистика", "transport"),
    "warehouse": ("складская работа", "warehouse operations"),
    # areas of the roles in data/ru-roles.json
    "cash-handling": ("кассовые операции", "cash handling"),
    "cleaning": ("уборка помещений", "cleaning"),
    "delivery": ("доставка", "delivery"),
    "economic-planning": ("экономическое планирование", "economic planning"),
    "equipment-maintenance": ("техническое обслуживание оборудования", "equipment maintenance"),
    "food-production": ("приготовление продукции", "food production"),
    "food-safety": ("пищевая безопасность", "food safety"),
    "information-security": ("информационная безопасность", "information security"),
    "it-infrastructure": ("информационная инфраструктура", "IT infrastructure"),
    "legal-support": ("правовое обеспечение", "legal support"),
    "litigation": ("претензионно-исковая работа", "claims and litigation"),
    "loading-operations": ("погрузочно-разгрузочные работы", "loading and unloading"),
    "occupational-safety": ("охрана труда", "occupational safety"),
    "pricing": ("ценообразование", "pricing"),
    "retail-sales": ("розничные продажи", "retail sales"),
    "software-development": ("разработка программного обеспечения", "software development"),
    "software-quality": ("качество программного обеспечения", "software quality"),
    "strategic-management": ("стратегическое управление", "strategic management"),
    "vehicle-operation": ("эксплуатация транспортного средства", "vehicle operation"),
}

STRINGS: dict[str, dict[str, str]] = {
    f"area.{slug}": {"ru": ru, "en": en} for slug, (ru, en) in _AREAS.items()
}
