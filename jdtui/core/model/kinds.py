"""The vocabularies of the domain: kinds of clause, requirement groups, provenances, statuses, languages, severities."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Kinds of reusable clause, in the order a document usually lists them.
KINDS: tuple[str, ...] = (
    "general",
    "requirement",
    "duty",
    "right",
    "responsibility",
    "relationship",
    "kpi",
    "onboarding",
    "final",
)

#: The kind of a paragraph of a document's own text among a section's items
#: (prose an imported document had between its list items, a note the user
#: added). Not a clause: never in the library, never counted as a duty, right
#: or requirement, and not one of :data:`KINDS`, so nothing offers it as a
#: library kind.
NOTE = "note"

#: The three groups that qualification requirements must cover.
REQUIREMENT_GROUPS: tuple[str, ...] = ("knowledge", "experience", "qualities")

#: Where a sample came from.
PROVENANCES: tuple[str, ...] = (
    "online-template",
    "company-standard",
    "professional-association",
    "own",
)

#: Life cycle of a draft.
STATUSES: tuple[str, ...] = ("draft", "review", "approved")

LANGS: tuple[str, ...] = ("ru", "en")

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


def frozen_mapping(mapping: Mapping[str, str] | None) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping or {}))
