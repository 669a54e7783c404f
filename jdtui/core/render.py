"""Render a role as a Markdown document in the shape of its profile.

``ru-di`` follows Russian practice: the approval stamp, ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ
with the position in the genitive, numbered sections and clauses ``1.1.``, the
onboarding plan as a table and the acknowledgement sheet. ``en-jd`` is a
conventional English job description with bullet lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .md import escape
from .model import REQUIREMENT_GROUPS, Block, Library, Role, RoleSection
from .placeholders import substitute
from .profiles import GROUP_HEADINGS, Profile, get_profile
from .text import capitalise, strip_controls

#: Empty rows of the acknowledgement sheet.
ACK_ROWS = 8

TITLE_RU = "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ"
ACK_HEADING = {"ru": "Лист ознакомления", "en": "Acknowledgement sheet"}
ACK_COLUMNS = {"ru": ("№", "Фамилия, имя, отчество", "Дата", "Подпись"), "en": ("No.", "Full name", "Date", "Signature")}
ONBOARDING_COLUMNS = {"ru": ("День", "Мероприятия", "Цель"), "en": ("Day", "Activities", "Goal")}
#: Sentences that open a section, as Russian practice writes them.
LEADS = {
    ("ru", "duties"): "{{position}} выполняет следующие должностные обязанности:",
    ("ru", "rights"): "{{position}} имеет право:",
    ("ru", "responsibility"): "{{position}} несёт ответственность:",
}
#: Requirements tagged preferred ("nice to have") are listed last under this heading.
PREFERRED_TAG = "preferred"
PREFERRED_HEADINGS = {"ru": "Желательно", "en": "Preferred"}
HEADER_LABELS_EN = (
    ("organization", "Organisation"),
    ("department", "Department"),
    ("reports_to", "Reports to"),
    ("city", "Location"),
)


@dataclass(frozen=True, slots=True)
class RenderedItem:
    """An item ready for output: its block and the text with variables filled."""

    block: Block
    text: str


def item_text(block: Block, role: Role) -> str:
    """The clause as it appears in the document."""
    return capitalise(strip_controls(substitute(block.text, role.variables)).strip())


def rendered_items(section: RoleSection, role: Role, library: Library) -> list[RenderedItem]:
    """The section's items that resolve to a block, texts filled in."""
    out = []
    for item in section.items:
        block = library.resolve(item)
        if block is not None:
            out.append(RenderedItem(block, item_text(block, role)))
    return out


def _fill(text: str, role: Role) -> str:
    return strip_controls(substitute(text, role.variables))


def _table(columns: Iterable[str], rows: Iterable[Iterable[str]]) -> list[str]:
    columns = list(columns)
    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    for row in rows:
        cells = [escape(cell, table=True) if cell else " " for cell in row]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _onboarding_rows(items: list[RenderedItem], role: Role) -> list[tuple[str, str, str]]:
    rows = []
    for index, entry in enumerate(items, start=1):
        day = entry.block.day if entry.block.day is not None else index
        rows.append((str(day), entry.text, capitalise(_fill(entry.block.goal, role).strip())))
    return rows


def _grouped(items: list[RenderedItem]) -> list[tuple[str | None, list[RenderedItem]]]:
    """Requirements by group, in the canonical group order; ungrouped first,
    preferred ones (tag ``preferred``, e.g. imported "Nice to have") last."""
    groups: list[tuple[str | None, list[RenderedItem]]] = []
    preferred = [i for i in items if PREFERRED_TAG in i.block.tags]
    items = [i for i in items if PREFERRED_TAG not in i.block.tags]
    ungrouped = [i for i in items if i.block.group not in REQUIREMENT_GROUPS]
    if ungrouped:
        groups.append((None, ungrouped))
    for group in REQUIREMENT_GROUPS:
        members = [i for i in items if i.block.group == group]
        if members:
            groups.append((group, members))
    if preferred:
        groups.append((PREFERRED_TAG, preferred))
    return groups


def _group_heading(group: str, lang: str) -> str:
    headings = PREFERRED_HEADINGS if group == PREFERRED_TAG else GROUP_HEADINGS[group]
    return headings.get(lang, headings["en"])


def render_markdown(role: Role, library: Library) -> str:
    """The role as a Markdown document."""
    profile = get_profile(role.profile)
    if profile.numbered:
        lines = _render_numbered(role, library, profile)
    else:
        lines = _render_bulleted(role, library, profile)
    return "\n".join(lines).rstrip() + "\n"


def _var(name: str, role: Role) -> str:
    """A role variable as Markdown; ``{{name}}`` when unfilled."""
    return escape(_fill("{{" + name + "}}", role))


def _header_ru(role: Role) -> list[str]:
    stamp = (
        "**УТВЕРЖДАЮ**",
        _var("approver_title", role),
        _var("organization", role),
        "____________ " + _var("approver_name", role),
        _var("approval_date", role),
    )
    return [
        "\\\n".join(stamp),
        "",
        f"# {TITLE_RU} {_var('position_genitive', role)}",
        "",
        _var("organization", role) + "\\",
        f"№ {_var('doc_number', role)} · {_var('city', role)} · {_var('approval_date', role)}",
        "",
    ]


def standard_lead(section_id: str, role: Role) -> str | None:
    """The profile's lead-in sentence of a section, filled in, as the document shows it."""
    lead = LEADS.get((role.lang, section_id))
    return capitalise(_fill(lead, role)) if lead else None


def _lead(section: RoleSection, role: Role, *, standard: bool = True) -> list[str]:
    """The paragraph after a section heading: the section's own lead-in (kept
    as written, from an imported document), else the profile's standard one."""
    lead = " ".join(_fill(section.lead, role).split()) if section.lead else None  # one paragraph
    if not lead and standard:
        lead = standard_lead(section.id, role)
    return [escape(lead), ""] if lead else []


def _render_numbered(role: Role, library: Library, profile: Profile) -> list[str]:
    lines = _header_ru(role) if role.lang == "ru" else _header_en(role)
    number = 0
    for section in role.sections:
        items = rendered_items(section, role, library)
        if not items:
            continue
        heading = escape(profile.heading(section, role.lang))
        if section.id == "other":
            lines += [f"## {heading}", ""]
            lines += [f"{escape(entry.text)}\n" for entry in items]
            continue
        number += 1
        lines += [f"## {number}. {heading}", ""]
        lines += _lead(section, role)
        if section.id == "onboarding":
            lines += _table(ONBOARDING_COLUMNS[role.lang if role.lang in ONBOARDING_COLUMNS else "en"], _onboarding_rows(items, role))
            lines.append("")
            continue
        clause = 0
        for group, members in _grouped(items) if section.id == "requirements" else [(None, items)]:
            if group is not None:
                lines += [f"### {_group_heading(group, role.lang)}", ""]
            for entry in members:
                clause += 1
                lines += [f"{number}.{clause}. {escape(entry.text)}", ""]
    if profile.acknowledgement:
        lang = role.lang if role.lang in ACK_HEADING else "en"
        lines += [f"## {ACK_HEADING[lang]}", ""]
        lines += _table(ACK_COLUMNS[lang], [("", "", "", "")] * ACK_ROWS)
        lines.append("")
    return lines


def _header_en(role: Role) -> list[str]:
    title = escape(strip_controls(role.title) or _fill("{{position}}", role))
    lines = [f"# {title}", ""]
    details = [f"**{label}:** {_var(key, role)}" for key, label in HEADER_LABELS_EN]
    lines.append("\\\n".join(details))
    lines.append("")
    return lines


def _render_bulleted(role: Role, library: Library, profile: Profile) -> list[str]:
    lines = _header_en(role)
    lang = role.lang if role.lang in ONBOARDING_COLUMNS else "en"
    for section in role.sections:
        items = rendered_items(section, role, library)
        if not items:
            continue
        lines += [f"## {escape(profile.heading(section, role.lang))}", ""]
        lines += _lead(section, role, standard=False)
        if section.id in ("summary", "conditions", "other"):
            lines += [f"{escape(entry.text)}\n" for entry in items]
            continue
        if section.id == "onboarding":
            lines += _table(ONBOARDING_COLUMNS[lang], _onboarding_rows(items, role))
            lines.append("")
            continue
        for group, members in _grouped(items) if section.id == "requirements" else [(None, items)]:
            if group is not None:
                lines += [f"### {_group_heading(group, lang)}", ""]
            lines += [f"- {escape(entry.text)}" for entry in members]
            lines.append("")
    return lines
