"""A section's wording as the document shows it and as Compose's fields hold it.

Pure functions over :class:`Role` (no Textual), so they are tested on their own.
The role stores a section's own heading and lead-in (``None``: the profile's
heading, the standard lead-in); the edits themselves are
:func:`jdtui.core.compose.set_heading` and :func:`~jdtui.core.compose.set_lead`.
"""

from __future__ import annotations

from dataclasses import replace

from .compose import own_heading
from .model import Role, RoleSection
from .profiles import get_profile
from .render import paragraph_sections, section_heading, standard_lead


def profile_heading(role: Role, section: RoleSection) -> str:
    """The heading the profile gives the section (a kept-as-written section: "Other")."""
    return section_heading(get_profile(role.profile), replace(section, heading=None), role.lang)


def shown_heading(role: Role, section: RoleSection) -> str:
    """The heading as the document shows it: the section's own, else the profile's."""
    return section_heading(get_profile(role.profile), section, role.lang)


def standard_lead_of(role: Role, section: RoleSection) -> str | None:
    """The standard lead-in the profile opens this section with, filled in;
    ``None`` where the profile has none (bulleted profiles, paragraph sections)."""
    profile = get_profile(role.profile)
    if not profile.numbered or section.id in paragraph_sections(profile):
        return None
    return standard_lead(section.id, role)


def shown_lead(role: Role, section: RoleSection) -> tuple[str | None, bool]:
    """The lead-in the document shows after the heading, and whether it is the
    standard one. The standard one announces clauses: a section of notes only
    (or of nothing) goes without it."""
    if section.lead:
        return " ".join(section.lead.split()), False
    if clause_count(section) == 0:
        return None, True
    return standard_lead_of(role, section), True


def heading_value(role: Role, section: RoleSection, text: str) -> str | None:
    """What the heading field's ``text`` stores (``None``: the profile's heading)."""
    return own_heading(role, section.id, text)


def lead_value(text: str) -> str | None:
    """What the lead-in field's ``text`` stores (``None``: the standard lead-in)."""
    return " ".join(text.split()) or None


def clause_count(section: RoleSection) -> int:
    """How many clauses a section has (its notes are not clauses)."""
    return sum(1 for item in section.items if not item.is_note)
