"""Findings: the results of a completeness check."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    """One result of a completeness check."""

    rule: str
    severity: str
    message: str
    hint: str = ""
    section: str | None = None
    item: int | None = None
    #: the role variable (or "title") a whole-document finding is about, so the
    #: app can put the cursor in that field; not part of the JSON schema
    field: str | None = None

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "section": self.section,
            "item": self.item,
            "message": self.message,
            "hint": self.hint,
        }
