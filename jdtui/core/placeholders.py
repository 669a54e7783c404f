"""``{{placeholder}}`` substitution from a role's variables."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .text import LazyPattern

#: Variables a role can define, in the order forms show them.
VARIABLES: tuple[str, ...] = (
    "organization",
    "position",
    "position_genitive",
    "position_dative",
    "department",
    "reports_to",
    "reports_to_dative",
    "approver_title",
    "approver_name",
    "approval_date",
    "doc_number",
    "city",
    # office style (see office_style): how the instruction is approved, how dates print,
    # who agreed it and who drafted it
    "approval_form",
    "order_number",
    "date_style",
    "agreed_title",
    "agreed_name",
    "agreed_date",
    "drafter_title",
    "drafter_name",
)

#: the details an English job description has (its header: organisation,
#: department, reports to, location; the position in its text); the rest are
#: a Russian instruction's case forms and requisites
EN_VARIABLES: frozenset[str] = frozenset({"organization", "position", "department", "reports_to", "city"})


def variables_for(lang: str) -> tuple[str, ...]:
    """The details a document in ``lang`` uses, in the form's order."""
    return VARIABLES if lang == "ru" else tuple(v for v in VARIABLES if v in EN_VARIABLES)


PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


def placeholders(text: str) -> list[str]:
    """Names of the placeholders in ``text``, in order of appearance."""
    return [m.group(1) for m in PLACEHOLDER.finditer(text)]


#: what may end the text before a sentence start: nothing, or a full stop (!, ?, …) or a
#: line break, then spaces and opening quotes or brackets
_SENTENCE_BEFORE = LazyPattern(r"(?:^|[.!?…]\s|\n)[\s«\"'(„“]*$")


def substitute(text: str, variables: Mapping[str, str], *, sentences: bool = False) -> str:
    """Fill placeholders from ``variables``; unfilled ones stay visible as ``{{name}}``.

    ``sentences``: ``text`` is prose, so a value that starts a sentence starts
    with a capital letter whatever case it is stored in («{{position}}
    обеспечивает…» → «Менеджер обеспечивает…»); elsewhere it stays as stored.
    """

    def fill(match: re.Match[str]) -> str:
        value = variables.get(match.group(1), "")
        if not value.strip():
            return "{{" + match.group(1) + "}}"
        if sentences and _SENTENCE_BEFORE.search(text, 0, match.start()):
            return _capital(value)
        return value

    return PLACEHOLDER.sub(fill, text)


def _capital(value: str) -> str:
    """The first letter upper-cased («менеджер» → «Менеджер», «HR-менеджер» stays);
    a value that is itself a placeholder («{{position}}», read from a template) stays."""
    if value.lstrip().startswith("{{"):
        return value
    for index, char in enumerate(value):
        if char.isalpha():
            return value[:index] + char.upper() + value[index + 1 :]
    return value


def unfilled(text: str, variables: Mapping[str, str]) -> list[str]:
    """Placeholders in ``text`` that ``variables`` leave empty."""
    return [name for name in placeholders(text) if not (variables.get(name) or "").strip()]
