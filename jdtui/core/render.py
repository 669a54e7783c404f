"""Render a role as a Markdown document in the shape of its profile.

``ru-di`` follows Russian practice and office style (ГОСТ Р 7.0.97-2016): the
approval stamp («УТВЕРЖДАЮ» or «УТВЕРЖДЕНА приказом от … № …»), ДОЛЖНОСТНАЯ
ИНСТРУКЦИЯ with the position in the genitive, numbered sections and clauses
``1.1.``, the drafter's signature and «СОГЛАСОВАНО» when the draft names them,
the acknowledgement sheet, and the onboarding plan after it as an appendix
(«Приложение 1. План адаптации»), a table. ``en-jd`` is a
conventional English job description with bullet lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .md import escape
from .model import NOTE, REQUIREMENT_GROUPS, Block, Library, Role, RoleSection
from .placeholders import substitute
from .profiles import GROUP_HEADINGS, OTHER, Profile, get_profile
from .stamps import (
    agreement_stamp,
    approval_stamp,
    document_date,
    document_place,
    drafter_signature,
    stamp_markdown,
)
from .text import capitalise, strip_controls

#: Empty rows of the acknowledgement sheet.
ACK_ROWS = 8

TITLE_RU = "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ"
ACK_HEADING = {"ru": "Лист ознакомления", "en": "Acknowledgement sheet"}
ACK_COLUMNS = {
    "ru": ("№", "Фамилия, имя, отчество", "Дата", "Подпись"),
    "en": ("No.", "Full name", "Date", "Signature"),
}
ONBOARDING_COLUMNS = {"ru": ("День", "Мероприятия", "Цель"), "en": ("Day", "Activities", "Goal")}
#: Sentences that open a section, as Russian practice writes them.
LEADS = {
    ("ru", "duties"): "{{position}} выполняет следующие должностные обязанности:",
    ("ru", "rights"): "{{position}} имеет право:",
    ("ru", "responsibility"): "{{position}} несёт ответственность:",
    # the KPIs of a Russian instruction are the criteria its bonus regulation pays by
    ("ru", "kpi"): (
        "Работа {{position_genitive}} оценивается по следующим критериям; результаты оценки"
        " учитываются при премировании в порядке, установленном положением о премировании:"
    ),
}
#: Requirements tagged preferred ("nice to have") are listed last under this heading.
PREFERRED_TAG = "preferred"
PREFERRED_HEADINGS = {"ru": "Желательно", "en": "Preferred"}
#: en-jd: the requirements that are not preferred, under this heading when there are both
ESSENTIAL = "essential"
ESSENTIAL_HEADINGS = {"ru": "Обязательно", "en": "Essential"}
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

    @property
    def note(self) -> bool:
        """A paragraph in place among the clauses, not a clause (see model.NOTE)."""
        return self.block.kind == NOTE


def item_text(block: Block, role: Role) -> str:
    """The clause as it appears in the document."""
    return capitalise(strip_controls(substitute(block.text, role.variables, sentences=True)).strip())


def rendered_items(section: RoleSection, role: Role, library: Library) -> list[RenderedItem]:
    """The section's items that resolve to a block, texts filled in; notes
    included (``.note``), except empty ones, which show nothing."""
    out = []
    for item in section.items:
        block = library.resolve(item)
        if block is not None:
            entry = RenderedItem(block, item_text(block, role))
            if not (entry.note and not entry.text):
                out.append(entry)
    return out


def standard_items(section: RoleSection, role: Role) -> list[RenderedItem]:
    """The clause citing the professional standard or ЕКС position, closing a
    Russian document's general provisions (none when the role cites neither)."""
    sentence = role.standard.sentence() if role.standard and role.lang == "ru" else None
    if section.id != "general" or not sentence:
        return []
    return [RenderedItem(Block(id="standard", kind="general", lang=role.lang, text=sentence), sentence)]


def paragraph_sections(profile: Profile) -> frozenset[str]:
    """Sections whose items the export writes as paragraphs, not as clauses or
    list entries: in the others, a paragraph among the items is a note."""
    if profile.numbered:
        return frozenset({"other"})
    return frozenset({"summary", "conditions", "pay", "equal_opportunity", "other"})


def _paragraphs(entries: Iterable[RenderedItem]) -> list[str]:
    return [f"{escape(entry.text)}\n" for entry in entries]


def section_heading(profile: Profile, section: RoleSection, lang: str) -> str:
    """The heading a section is exported under: its own wording, else the profile's."""
    if section.id == "other" and not section.heading:
        return OTHER.heading(lang)
    return profile.heading(section, lang)


def _fill(text: str, role: Role) -> str:
    """A variable's value (or text around it) as stored."""
    return strip_controls(substitute(text, role.variables))


def _prose(text: str, role: Role) -> str:
    """Prose filled in: a value starting a sentence starts with a capital."""
    return strip_controls(substitute(text, role.variables, sentences=True))


def _table(columns: Iterable[str], rows: Iterable[Iterable[str]]) -> list[str]:
    columns = list(columns)
    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    for row in rows:
        cells = [escape(cell, table=True) if cell else " " for cell in row]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _onboarding(items: list[RenderedItem], role: Role, lang: str) -> list[str]:
    """The plan as a table; a note stands between two tables, in place (a day
    without its own number keeps counting across it)."""
    columns = ONBOARDING_COLUMNS[lang if lang in ONBOARDING_COLUMNS else "en"]
    lines: list[str] = []
    rows: list[tuple[str, str, str]] = []
    index = 0
    for entry in items:
        if entry.note:
            if rows:
                lines += [*_table(columns, rows), ""]
                rows = []
            lines += _paragraphs([entry])
            continue
        index += 1
        day = entry.block.day if entry.block.day is not None else index
        rows.append((str(day), entry.text, capitalise(_prose(entry.block.goal, role).strip())))
    if rows:
        lines += [*_table(columns, rows), ""]
    return lines


#: the group key of notes after the last requirement
_END = object()


def _group_key(block: Block) -> str | None:
    if PREFERRED_TAG in block.tags:
        return PREFERRED_TAG
    return block.group if block.group in REQUIREMENT_GROUPS else None


def _essential_key(block: Block) -> str:
    return PREFERRED_TAG if PREFERRED_TAG in block.tags else ESSENTIAL


def _grouped(
    items: list[RenderedItem], *, essential: bool = False
) -> list[tuple[str | None, list[RenderedItem]]]:
    """Requirements by group, in the canonical group order; ungrouped first,
    preferred ones (tag ``preferred``, e.g. imported "Nice to have") last.
    With ``essential`` (en-jd), two groups only: essential, then preferred,
    each in the order written.

    A note goes with the requirement after it (it introduces it); notes after
    the last requirement close the section, after every group."""
    key_of = _essential_key if essential else _group_key
    last = max((index for index, item in enumerate(items) if not item.note), default=-1)
    keys: list[object] = [_END] * len(items)
    following: str | None = None
    for index in range(last, -1, -1):
        if not items[index].note:
            following = key_of(items[index].block)
        keys[index] = following
    trailing = [item for item, key in zip(items, keys, strict=False) if key is _END]
    order = [ESSENTIAL, PREFERRED_TAG] if essential else [None, *REQUIREMENT_GROUPS, PREFERRED_TAG]
    groups = [(key, [item for item, k in zip(items, keys, strict=False) if k == key]) for key in order]
    groups = [(key, members) for key, members in groups if members]
    if trailing:
        if groups:
            groups[-1][1].extend(trailing)
        else:
            groups.append((None, trailing))
    return groups


def _group_heading(group: str, lang: str) -> str:
    if group == PREFERRED_TAG:
        headings = PREFERRED_HEADINGS
    elif group == ESSENTIAL:
        headings = ESSENTIAL_HEADINGS
    else:
        headings = GROUP_HEADINGS[group]
    return headings.get(lang, headings["en"])


def _requirement_groups(
    items: list[RenderedItem], essential: bool
) -> list[tuple[str | None, list[RenderedItem]]]:
    """The requirements in their groups; en-jd's essential ones get their
    heading only when preferred ones are listed apart after them."""
    groups = _grouped(items, essential=essential)
    if essential and len(groups) == 1 and groups[0][0] == ESSENTIAL:
        return [(None, groups[0][1])]
    return groups


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


#: an appendix's heading: «Приложение 1. План адаптации»
APPENDIX_WORD = {"ru": "Приложение", "en": "Appendix"}


@dataclass(frozen=True, slots=True)
class Appendix:
    """A section exported after the instruction, not as one of its numbered sections."""

    number: int
    #: «Приложение 1. План адаптации»
    heading: str
    section: RoleSection
    items: list[RenderedItem]


def appendices(role: Role, library: Library) -> list[Appendix]:
    """The profile's appendix sections that have something to show, numbered from 1."""
    profile = get_profile(role.profile)
    word = APPENDIX_WORD.get(role.lang, APPENDIX_WORD["en"])
    out: list[Appendix] = []
    for section in role.sections:
        if section.id not in profile.appendices:
            continue
        items = rendered_items(section, role, library)
        if items or section.lead:
            heading = f"{word} {len(out) + 1}. {section_heading(profile, section, role.lang)}"
            out.append(Appendix(len(out) + 1, heading, section, items))
    return out


def _header_ru(role: Role) -> list[str]:
    requisites = (
        _var("doc_number", role),
        escape(document_place(role)),
        escape(document_date("approval_date", role)),
    )
    return [
        stamp_markdown(approval_stamp(role)),
        "",
        f"# {TITLE_RU} {_var('position_genitive', role)}",
        "",
        _var("organization", role) + "\\",
        "№ {} · {} · {}".format(*requisites),
        "",
    ]


def standard_lead(section_id: str, role: Role) -> str | None:
    """The profile's lead-in sentence of a section, filled in, as the document shows it."""
    lead = LEADS.get((role.lang, section_id))
    return capitalise(_prose(lead, role)) if lead else None


def _lead(section: RoleSection, role: Role, *, standard: bool = True) -> list[str]:
    """The paragraph after a section heading: the section's own lead-in (kept
    as written, from an imported document), else the profile's standard one."""
    lead = " ".join(_prose(section.lead, role).split()) if section.lead else None  # one paragraph
    if not lead and standard:
        lead = standard_lead(section.id, role)
    return [escape(lead), ""] if lead else []


def _render_numbered(role: Role, library: Library, profile: Profile) -> list[str]:
    lines = _header_ru(role) if role.lang == "ru" else _header_en(role)
    number = 0
    paragraphs = paragraph_sections(profile)
    for section in role.sections:
        if section.id in profile.appendices:
            continue  # after the instruction (see appendices)
        items = rendered_items(section, role, library) + standard_items(section, role)
        if not items and not section.lead:
            continue
        heading = escape(section_heading(profile, section, role.lang))
        if section.id in paragraphs:
            lines += [f"## {heading}", ""]
            lines += _lead(section, role, standard=False)
            lines += _paragraphs(items)
            continue
        number += 1
        lines += [f"## {number}. {heading}", ""]
        # the standard lead-in announces clauses: not over a section of notes only
        lines += _lead(section, role, standard=any(not e.note for e in items))
        lines += _body(section.id, items, role, f"{number}.")
    for stamp in (drafter_signature(role), agreement_stamp(role)):
        if stamp is not None:
            lines += [stamp_markdown(stamp), ""]
    if profile.acknowledgement:
        lang = role.lang if role.lang in ACK_HEADING else "en"
        lines += [f"## {ACK_HEADING[lang]}", ""]
        lines += _table(ACK_COLUMNS[lang], [("", "", "", "")] * ACK_ROWS)
        lines.append("")
    for appendix in appendices(role, library):
        lines += [f"## {escape(appendix.heading)}", ""]
        lines += _lead(appendix.section, role, standard=False)
        lines += _body(appendix.section.id, appendix.items, role, None)
    return lines


def _body(
    section_id: str, items: list[RenderedItem], role: Role, prefix: str | None, *, essential: bool = False
) -> list[str]:
    """A section's items below its lead: the onboarding table, or clauses
    numbered ``prefix1.``, ``prefix2.`` (bullets when ``prefix`` is None), each
    group of requirements under its sub-heading (with ``essential``: Essential
    and Preferred). Notes are paragraphs where they stand; the numbering goes
    on across them."""
    if section_id == "onboarding":
        return _onboarding(items, role, role.lang)
    lines: list[str] = []
    clause = 0
    lang = role.lang if role.lang in ONBOARDING_COLUMNS else "en"
    groups = _requirement_groups(items, essential) if section_id == "requirements" else [(None, items)]
    for group, members in groups:
        if group is not None:
            lines += [f"### {_group_heading(group, lang)}", ""]
        in_list = False
        for entry in members:
            if entry.note:
                if in_list:
                    lines.append("")
                lines += _paragraphs([entry])
                in_list = False
            elif prefix is None:
                lines.append(f"- {escape(entry.text)}")
                in_list = True
            else:
                clause += 1
                lines += [f"{prefix}{clause}. {escape(entry.text)}", ""]
        if in_list:
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
    paragraphs = paragraph_sections(profile)
    for section in role.sections:
        items = rendered_items(section, role, library)
        if not items and not section.lead:
            continue
        lines += [f"## {escape(section_heading(profile, section, role.lang))}", ""]
        lines += _lead(section, role, standard=False)
        if section.id in paragraphs:
            lines += _paragraphs(items)
        else:
            lines += _body(section.id, items, role, None, essential=True)
    return lines
