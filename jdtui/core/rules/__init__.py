"""Completeness rules: one module per family, each rule a small pure function.

A rule is ``Rule(id, severity, function)``; the function takes the shared
:class:`~jdtui.core.rules.context.Context` and yields findings for its own id
only, so the id and severity of every finding are fixed by the registry and
documented in ``docs/RULES.md``.
"""

from __future__ import annotations

from . import (
    coverage,
    discrimination,
    duplicates,
    grammar,
    labour,
    language,
    office_style,
    recommended,
    requisites,
    standards,
    structure,
)
from .base import Rule
from .team_terms import RULES as _TEAM_TERMS

#: Every rule, in the order findings of equal severity are listed.
RULES: tuple[Rule, ...] = (
    *structure.RULES,
    *requisites.RULES,
    *coverage.RULES,
    *language.RULES,
    *discrimination.RULES,
    *duplicates.RULES,
    *labour.RULES,
    *standards.RULES,
    *_TEAM_TERMS,
    *office_style.RULES,
    *recommended.RULES,
    *grammar.RULES,
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}

__all__ = ["RULES", "RULES_BY_ID", "Rule"]
