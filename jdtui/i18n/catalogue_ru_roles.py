"""Names of the role families the Russian roles of ``data/ru-roles.json`` bring
(the library groups templates by family: ``family.<slug>``)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "family.management": {"ru": "Управление", "en": "Management"},
    "family.retail": {"ru": "Розничная торговля", "en": "Retail"},
    "family.legal": {"ru": "Юридическая служба", "en": "Legal"},
    "family.safety": {"ru": "Охрана труда", "en": "Health and safety"},
    "family.it": {"ru": "Информационные технологии", "en": "IT"},
    "family.facilities": {"ru": "Хозяйственное обслуживание", "en": "Facilities"},
    "family.engineering": {"ru": "Инженерная служба", "en": "Engineering"},
    "family.catering": {"ru": "Общественное питание", "en": "Catering"},
}
