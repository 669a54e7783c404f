"""The one catalogue of user-visible strings, in Russian and English.

``t("key", **values)`` gives the string in the current UI language. The UI
language comes from the settings, else from LC_ALL / LC_MESSAGES / LANG.
"""

from __future__ import annotations

import os

from .catalogue_areas import STRINGS as _AREAS
from .catalogue_classify import STRINGS as _CLASSIFY
from .catalogue_cli import STRINGS as _CLI
from .catalogue_dismiss import STRINGS as _DISMISS
from .catalogue_drafts import STRINGS as _DRAFTS
from .catalogue_en_library import STRINGS as _EN_LIBRARY
from .catalogue_grammar import STRINGS as _GRAMMAR
from .catalogue_import import STRINGS as _IMPORT
from .catalogue_labour import STRINGS as _LABOUR
from .catalogue_palette import STRINGS as _PALETTE
from .catalogue_reliability import STRINGS as _RELIABILITY
from .catalogue_requisites import STRINGS as _REQUISITES
from .catalogue_ru_roles import STRINGS as _RU_ROLES
from .catalogue_rules import STRINGS as _RULES
from .catalogue_standards import STRINGS as _STANDARDS
from .catalogue_store import STRINGS as _STORE
from .catalogue_ui import STRINGS as _UI
from .catalogue_word import STRINGS as _WORD

UI_LANGS = ("ru", "en")
_current: str | None = None

#: key -> {"ru": ..., "en": ...}; one catalogue, kept in a file per area.
CATALOGUE: dict[str, dict[str, str]] = {
    **_CLI,
    **_UI,
    **_RULES,
    **_IMPORT,
    **_STORE,
    **_AREAS,
    **_DRAFTS,
    **_PALETTE,
    **_LABOUR,
    **_STANDARDS,
    **_RU_ROLES,
    **_DISMISS,
    **_REQUISITES,
    **_WORD,
    **_EN_LIBRARY,
    **_GRAMMAR,
    **_RELIABILITY,
    **_CLASSIFY,
}


def lang_from_env(environ: dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = (env.get(name) or "").strip()
        if value:
            return "ru" if value.lower().startswith("ru") else "en"
    return "en"


def ui_lang() -> str:
    global _current
    if _current is None:
        _current = lang_from_env()
    return _current


def set_ui_lang(lang: str) -> None:
    global _current
    _current = lang if lang in UI_LANGS else "en"


def t(key: str, lang: str | None = None, /, **values: object) -> str:
    """The string ``key`` in ``lang`` (default: the UI language), filled with ``values``."""
    entry = CATALOGUE.get(key)
    if entry is None:
        return key
    text = entry.get(lang or ui_lang()) or entry.get("en") or key
    return text.format(**values) if values else text


def area_label(slug: str, lang: str | None = None) -> str:
    """A duty area (``order-management``) as people say it («управление заказами»);
    an area a user made up has no name in the catalogue and shows as its slug."""
    key = f"area.{slug}"
    label = t(key, lang)
    return slug if label == key else label
