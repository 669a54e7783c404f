"""Roles to check: real samples with their details filled in, and ways to spoil them."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from jdtui.core.check import check
from jdtui.core.compose import role_from_template
from jdtui.core.model import Block, Item, Library, Role, RoleSection
from jdtui.store.library import load_library

DATA = Path(__file__).resolve().parents[2] / "data"
FILLED_RU = {
    "organization": "ООО «Ромашка»",
    "approver_title": "Генеральный директор",
    "approver_name": "И. И. Иванов",
    "approval_date": "01.12.2026",
    "doc_number": "15",
    "city": "Москва",
}
FILLED_EN = {"organization": "Acme Ltd", "city": "Leeds", "department": "Sales"}


@lru_cache(maxsize=1)
def library() -> Library:
    return load_library([DATA / "ru.json", DATA / "en.json"])


def sample(template_id: str) -> Role:
    """A sample role with every detail filled in, as ``jdtui new --set …`` makes it."""
    template = library().templates[template_id]
    filled = FILLED_RU if template.lang == "ru" else FILLED_EN
    return role_from_template(template, role_id="t", variables=filled)


def ru() -> Role:
    return sample("ru-sales-manager")


def en() -> Role:
    return sample("en-sales-manager")


def rules(role: Role, lib: Library | None = None) -> list[str]:
    """Rule ids of the role's findings."""
    return [f.rule for f in check(role, lib or library(), "en")]


def findings(role: Role, rule_id: str, lib: Library | None = None, lang: str = "en"):
    return [f for f in check(role, lib or library(), lang) if f.rule == rule_id]


def local(text: str, kind: str, lang: str, **meta) -> Item:
    """An item holding a local block (as an edit or an import makes)."""
    return Item.copy_of(Block(id=f"local-{abs(hash(text))}", kind=kind, lang=lang, text=text, **meta))


def set_section(role: Role, section_id: str, items) -> Role:
    """The role with a section's items replaced (the section added if absent)."""
    sections = list(role.sections)
    for index, section in enumerate(sections):
        if section.id == section_id:
            sections[index] = replace(section, items=tuple(items))
            return replace(role, sections=tuple(sections))
    return replace(role, sections=(*sections, RoleSection(section_id, tuple(items))))


def add(role: Role, section_id: str, *items: Item) -> Role:
    section = role.section(section_id)
    return set_section(role, section_id, (*(section.items if section else ()), *items))


def drop(role: Role, section_id: str, predicate) -> Role:
    """The role without the items of a section whose block matches ``predicate``."""
    lib = library()
    section = role.section(section_id)
    if section is None:
        return role
    kept = [i for i in section.items if not predicate(lib.resolve(i))]
    return set_section(role, section_id, kept)
