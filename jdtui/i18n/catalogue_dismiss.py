"""Strings of dismissed findings, team rule settings and ``jdtui rules``, and of
the grounds of discrimination the English rules added (disability, pregnancy)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # grounds of discrimination
    "discrimination.disability": {"ru": "инвалидность", "en": "disability"},
    "discrimination.pregnancy": {"ru": "беременность", "en": "pregnancy"},
}
