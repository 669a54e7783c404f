"""``{{placeholder}}`` substitution from a role's variables."""

from __future__ import annotations

import re
from collections.abc import Mapping

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

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


def placeholders(text: str) -> list[str]:
    """Names of the placeholders in ``text``, in order of appearance."""
    return [m.group(1) for m in PLACEHOLDER.finditer(text)]


def substitute(text: str, variables: Mapping[str, str]) -> str:
    """Fill placeholders from ``variables``; unfilled ones stay visible as ``{{name}}``."""

    def fill(match: re.Match[str]) -> str:
        value = variables.get(match.group(1), "")
        return value if value.strip() else "{{" + match.group(1) + "}}"

    return PLACEHOLDER.sub(fill, text)


def unfilled(text: str, variables: Mapping[str, str]) -> list[str]:
    """Placeholders in ``text`` that ``variables`` leave empty."""
    return [name for name in placeholders(text) if not (variables.get(name) or "").strip()]
