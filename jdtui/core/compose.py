"""Making roles: a draft from a template, and the edits Compose applies."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from .model import Block, Item, Library, Role, RoleSection, Template
from .profiles import get_profile, normalise_sections
from .text import LazyPattern

#: «2.», «2.1.», «IV.», "3)" before a heading: the export numbers sections itself
_NUMBERING = LazyPattern(r"^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*)[.)]\s+", re.IGNORECASE)


def role_from_template(
    template: Template,
    *,
    role_id: str,
    now: str = "",
    title: str | None = None,
    variables: Mapping[str, str] | None = None,
) -> Role:
    """A new draft whose items link the template's blocks."""
    merged = dict(template.variables)
    merged.update({k: v for k, v in (variables or {}).items() if v is not None})
    role = Role(
        id=role_id,
        title=title or template.title,
        lang=template.lang,
        profile=template.profile,
        variables=merged,
        sections=tuple(RoleSection(s.id, tuple(Item.link(b) for b in s.blocks)) for s in template.sections),
        created=now,
        updated=now,
        based_on=template.id,
        standard=template.standard,
    )
    return normalise_sections(role)


def edit_item_text(role: Role, section_index: int, item_index: int, text: str, library: Library) -> Role:
    """The role with one item's text changed.

    A linked library block becomes a local copy forked from it, so the edit
    never changes the library and other roles are not affected.
    """
    section = role.sections[section_index]
    item = section.items[item_index]
    block = library.resolve(item)
    if block is None:
        spec = get_profile(role.profile).spec(section.id)
        block = Block(
            id=f"local-{section_index}-{item_index}",
            kind=spec.kind if spec else "general",
            lang=role.lang,
            text="",
        )
    if block.text == text and item.local is not None:
        return role
    local = replace(block, text=text)
    ref = item.ref if item.ref else None
    items = list(section.items)
    items[item_index] = replace(item, ref=ref, local=local)  # how its areas were assigned stays
    return role.with_items(section_index, items)


def insert_item(role: Role, section_index: int, position: int, item: Item) -> Role:
    items = list(role.sections[section_index].items)
    items.insert(max(0, min(position, len(items))), item)
    return role.with_items(section_index, items)


def append_to_kind(role: Role, block: Block) -> tuple[Role, int] | None:
    """The role with ``block`` linked at the end of the first section that holds
    its kind (the profile's section for it, added where the role lacks it), and
    that section's index; None when the role's profile has no place for the kind."""
    profile = get_profile(role.profile)
    for index, section in enumerate(role.sections):
        spec = profile.spec(section.id)
        if spec is not None and spec.kind == block.kind:
            return insert_item(role, index, len(section.items), Item.link(block.id)), index
    spec = profile.section_for_kind(block.kind)
    if spec is None:
        return None
    role = normalise_sections(role)
    index = next(i for i, s in enumerate(role.sections) if s.id == spec.id)
    return insert_item(role, index, len(role.sections[index].items), Item.link(block.id)), index


def remove_item(role: Role, section_index: int, item_index: int) -> Role:
    items = list(role.sections[section_index].items)
    del items[item_index]
    return role.with_items(section_index, items)


def remove_section(role: Role, section_index: int) -> Role:
    """The role without one section (its items go with it; undo brings them back)."""
    sections = list(role.sections)
    del sections[section_index]
    return replace(role, sections=tuple(sections))


def insert_clause(role: Role, section_index: int, position: int) -> Role:
    """The role with a clause of one's own, empty, of the section's kind, at
    ``position``: a local block no library has (an own id, ``own-N``)."""
    spec = get_profile(role.profile).spec(role.sections[section_index].id)
    taken = {i.local.id for s in role.sections for i in s.items if i.local is not None}
    number = 1
    while f"own-{number}" in taken:
        number += 1
    block = Block(id=f"own-{number}", kind=spec.kind if spec else "general", lang=role.lang, text="")
    return insert_item(role, section_index, position, Item.copy_of(block))


def relink_if_unchanged(role: Role, section_index: int, item_index: int, library: Library) -> Role:
    """A local copy whose text is again its library block's, linked back to the block."""
    item = role.sections[section_index].items[item_index]
    if item.local is None or not item.ref:
        return role
    block = library.block(item.ref)
    if block is None or item.local.text != block.text or item.local.goal != block.goal:
        return role
    if (item.local.areas, item.local.covers, item.local.measures) != (
        block.areas,
        block.covers,
        block.measures,
    ):
        return role  # areas of its own (the user's, or by likeness) would be lost
    items = list(role.sections[section_index].items)
    items[item_index] = Item.link(item.ref)
    return role.with_items(section_index, items)


def move_item(role: Role, section_index: int, item_index: int, delta: int) -> tuple[Role, int]:
    """The role with one item moved ``delta`` places, and the item's new index."""
    items = list(role.sections[section_index].items)
    target = max(0, min(len(items) - 1, item_index + delta))
    if target == item_index:
        return role, item_index
    items.insert(target, items.pop(item_index))
    return role.with_items(section_index, items), target


def own_heading(role: Role, section_id: str, wording: str | None) -> str | None:
    """A section heading as a role stores it: the wording without numbering,
    surrounding markup or trailing colon; None (the profile's heading) when it
    is empty or the profile's heading in any letter case."""
    text = " ".join((wording or "").split()).strip("*_#` ")
    text = _NUMBERING.sub("", text).rstrip(":：").strip()
    if not text:
        return None
    spec = get_profile(role.profile).spec(section_id)
    if spec is not None and text.casefold() == spec.heading(role.lang).casefold():
        return None
    return text


def set_heading(role: Role, section_index: int, wording: str | None) -> Role:
    """The role with a section's own heading set (see :func:`own_heading`)."""
    section = role.sections[section_index]
    return role.with_section(section_index, replace(section, heading=own_heading(role, section.id, wording)))


def set_lead(role: Role, section_index: int, lead: str | None) -> Role:
    """The role with a section's lead-in set; empty text restores the standard one."""
    text = " ".join((lead or "").split()) or None
    return role.with_section(section_index, replace(role.sections[section_index], lead=text))


def insert_note(role: Role, section_index: int, position: int, text: str) -> Role:
    """The role with a note (a paragraph in place, not a clause) inserted at ``position``."""
    items = role.sections[section_index].items
    taken = {i.local.id for i in items if i.local is not None}
    number = 1 + sum(1 for i in items if i.is_note)
    while f"note-{number}" in taken:
        number += 1
    return insert_item(
        role, section_index, position, Item.note(text, lang=role.lang, note_id=f"note-{number}")
    )


def template_as_role(template: Template) -> Role:
    """A template viewed as a role (for show, check and export of a template id)."""
    return role_from_template(template, role_id=template.id)
