"""Documents that describe several roles one after another.

An article with sample job descriptions, a Word file with three ДИ in a row:
each role starts with its own title («ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ кассира», "Sample
2: Barista", «Образец 2. Менеджер по продажам») and has its own sections. A
new role starts at a second ДИ title (with the approval stamp above it), or
at a title-like heading after which a section the current role already has
begins again ("Responsibilities" a second time). A heading that only repeats
a section ("Key responsibilities" after "Responsibilities and authority") is
no new role: a role is never split without a title of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import labels as lb
from .blocks import Unit
from .headings import group_of, target_of

#: sections whose second beginning, after a title, means a second role
_SECTIONS = frozenset(
    {"general", "duties", "requirements", "rights", "responsibility", "kpi", "onboarding", "final", "summary"}
)
#: more roles than this in one document: it is one text repeated, not a list of roles
MAX_ROLES = 30
#: «Образец 2», "Sample job description", "Example 3:" – how an article heads its samples
_SAMPLE = re.compile(r"^(?:образец|пример|шаблон|sample|example|template)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;,…]$")
#: «Образец 2. », "Sample 1: ", "Example job description 3 — ": what is left is the role
_SAMPLE_PREFIX = re.compile(
    r"^(?:образец|пример|шаблон|sample|example|template)(?:\s+(?:job description|должностной инструкции|вакансии))?"
    r"\s*(?:№\s*)?\d*\s*[:.—–-]?\s*",
    re.IGNORECASE,
)


def role_name(heading: str) -> str:
    """The role a sample's heading names: «Образец 2. Менеджер по продажам» → «Менеджер по продажам»."""
    rest = _SAMPLE_PREFIX.sub("", heading.strip(), count=1).strip()
    return rest if rest and rest != heading.strip() else ""


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """The units of one role: ``units[start:end]``, and the title that opened it."""

    start: int
    end: int
    heading: str = ""


def _title_rank(unit: Unit) -> int | None:
    """How a heading or short line names a role rather than a section: 0 for a sample's
    heading or a job title, the heading's level for another heading; None: no title."""
    text = unit.text.strip()
    if not text or len(text.split()) > 12 or _SENTENCE_END.search(text):
        return None
    if unit.kind == "line" and (unit.marker or unit.level):
        return None
    if target_of(text, max_words=6) is not None or group_of(text):
        return None
    if _SAMPLE.match(text) or lb.di_title(text) is not None:
        return 0
    if unit.kind != "heading":
        return None
    return 0 if lb.job_title_like(text) else unit.level


def _stamp_above(units: list[Unit], index: int, floor: int) -> int:
    """Where the approval block above a ДИ title starts («УТВЕРЖДАЮ», the
    approver, the date), or ``index`` when there is none."""
    for back in range(index - 1, max(floor, index - 8) - 1, -1):
        unit = units[back]
        if unit.kind != "line" or len(unit.text.split()) > 10:
            return index
        if lb.is_stamp(unit.text):
            return back
    return index


def split_roles(units: list[Unit]) -> list[RoleSpan]:
    """The roles the document describes, in order (one span for a document of one role)."""
    starts: list[tuple[int, str]] = [(0, "")]
    seen: set[str] = set()
    content = False  # the current role has text in a section already
    #: a title since the last section began: its index, text and rank (see _title_rank)
    title: tuple[int, str, int] | None = None
    first: tuple[int, str, int] | None = None  # the title over the first role's first section
    for index, unit in enumerate(units):
        if unit.kind == "table" or (unit.kind == "line" and not _heading_line(unit)):
            content = content or bool(seen)
            continue
        text = unit.text.strip()
        if lb.di_title(text) is not None:
            if content:
                starts.append((_stamp_above(units, index, starts[-1][0]), text))
                seen, content = set(), False
            title = (index, text, 0)
            continue
        target = target_of(text, max_words=6)
        if target in _SECTIONS:
            level = unit.level if unit.kind == "heading" else 7
            # a new role: its title outranks the section heading that begins again
            if target in seen and content and title is not None and title[2] < level:
                starts.append(title[:2])
                seen, content = set(), False
            elif not seen and len(starts) == 1 and first is None:
                first = title
            title = None
            seen.add(target or "")
        else:
            rank = _title_rank(unit)
            if rank is not None:
                title = (index, text, rank)
    if len(starts) > MAX_ROLES:  # no document lists so many roles: one text repeated, read as one
        starts = starts[:1]
    if len(starts) > 1 and first is not None and _SAMPLE.match(first[1]):
        starts[0] = first[:2]  # an article's introduction before its first sample is no part of a role
    spans = []
    for number, (start, heading) in enumerate(starts):
        end = starts[number + 1][0] if number + 1 < len(starts) else len(units)
        spans.append(RoleSpan(start, end, heading))
    return spans


def _heading_line(unit: Unit) -> bool:
    """A paragraph line short enough to be a plain heading or a role's title."""
    text = unit.text.strip()
    return (
        unit.marker == ""
        and unit.level == 0
        and 0 < len(text.split()) <= 12
        and not _SENTENCE_END.search(text)
    )
