"""How the parts fit together: duties ↔ rights, duties ↔ KPIs, requirement groups.

Coverage uses the metadata of resolved items (linked blocks and local copies
alike): duty ``areas``, right ``covers``, KPI ``measures``.
"""

from __future__ import annotations

from collections.abc import Iterable

from ...i18n import area_label
from ..model import REQUIREMENT_GROUPS, Block, Finding
from ..profiles import GROUP_HEADINGS
from .base import Rule, rule
from .context import Context
from .words import LazyPattern, fold

RULES: list[Rule] = []

#: how many library blocks a hint suggests
SUGGESTIONS = 3

#: wording that places an untagged requirement in a group (imported documents)
GROUP_WORDING: dict[str, LazyPattern] = {
    "knowledge": LazyPattern(
        r"\bзна(?:ни|ть|ет|ющ)|\bвладе|\bнавык|\bумени|\bуме(?:ть|ет)\b|\bknowledge|\bskill|\bproficien"
        r"|\bfamiliar|\bunderstanding\s+of|\bfluen|\bcommand\s+of|\bknow\b|\bable\s+to"
    ),
    "experience": LazyPattern(
        r"\bопыт|\bстаж|\bобразовани|\bквалификац|\bдиплом|\bсертифик|\bexperience|\bdegree|\bqualifi"
        r"|\bcertifi|\bbachelor|\bmaster'?s\b|\beducation|\btrack\s+record"
    ),
    "qualities": LazyPattern(
        r"\bкоммуникабел|\bответственн|\bвнимательн|\bстрессоустойч|\bорганизованн|\bпунктуал|\bаккуратн"
        r"|\bдоброжелат|\bвежлив|\bинициатив|\bклиентоориентир|\bисполнительн|\bличн\w*\s+качеств|\bусидчив"
        r"|\bcommunicat\w*\s+skills|\battention\s+to\s+detail|\bteam\s+player|\bproactive|\bresilien"
        r"|\bcalm\b|\bpositive\b|\bself-motivat|\bempath|\bintegrity|\breliab|\bpersonal\s+qualities"
        r"|\bcurious|\bcuriosity|\bownership|\bpatien(?:t|ce)\b|\bcourteous|\bfriendly|\bdetail-oriented"
        r"|\bcommunicat|\bcollaborat|\bself-starter|\bmindset|\bpassion|\bmotivat|\borgani[sz]ed|\bproblem-solv"
        r"|\bindependently|\badaptab|\beager|\bteam\s+spirit|\bwork\w*\s+well\s+in\s+a\s+team"
        r"|\bцелеустремл|\bобучаем|\bсамостоятельн|\bнацелен\w*\s+на\s+результат|\bработать\s+в\s+команде"
    ),
}


def _labels(ctx: Context, areas: Iterable[str]) -> str:
    """Areas as the UI language names them, comma-separated."""
    return ", ".join(area_label(area, ctx.lang) for area in areas)


def _suggest(ctx: Context, kind: str, field: str, area: str) -> str:
    """Up to three library blocks of the role's language whose ``field`` has ``area``."""
    used = {e.block.id for e in ctx.resolved} | {e.item.ref for e in ctx.entries if e.item.ref}
    found: list[Block] = [
        b
        for b in ctx.library.blocks.values()
        if b.kind == kind and b.lang == ctx.doc_lang and area in getattr(b, field) and b.id not in used
    ]
    found.sort(
        key=lambda b: (-len(set(getattr(b, field)) & set(ctx.duty_areas)), (b.title or b.id).casefold())
    )
    return "; ".join(f"«{b.title or b.text[:40]}» ({b.id})" for b in found[:SUGGESTIONS])


def _coverage(ctx: Context, me: Rule, kind: str, field: str) -> Iterable[Finding]:
    covered = {area for e in ctx.of_kind(kind) for area in getattr(e.block, field)}
    for area, duties in ctx.duty_areas.items():
        if area in covered:
            continue
        suggestions = _suggest(ctx, kind, field, area)
        yield ctx.at(
            me,
            duties[0],
            variant="" if suggestions else "none",
            area=area_label(area, ctx.lang),
            duties=", ".join(str(d.index + 1) for d in duties),
            suggestions=suggestions,
        )


@rule("rights-coverage", "error", RULES)
def rights_coverage(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Every duty area is covered by at least one right of the role."""
    yield from _coverage(ctx, me, "right", "covers")


@rule("idle-right", "info", RULES)
def idle_right(ctx: Context, me: Rule) -> Iterable[Finding]:
    """A right that covers none of the role's duty areas."""
    if not ctx.duty_areas:
        return  # nothing to cover: unclassified-duty says why
    for entry in ctx.of_kind("right"):
        if entry.text and not set(entry.block.covers) & set(ctx.duty_areas):
            variant = "" if entry.block.covers else "unclassified"
            yield ctx.at(me, entry, variant=variant, covers=_labels(ctx, entry.block.covers))


@rule("idle-kpi", "warning", RULES)
def idle_kpi(ctx: Context, me: Rule) -> Iterable[Finding]:
    """A KPI that measures only areas none of the role's duties have (left over
    after a duty was removed, or from another role): it would assess work the
    employee is not given. KPIs that name no area are left alone."""
    if not ctx.duty_areas:
        return  # nothing to measure against: unclassified-duty says why
    for entry in ctx.of_kind("kpi"):
        measures = entry.block.measures
        if entry.text and measures and not set(measures) & set(ctx.duty_areas):
            yield ctx.at(me, entry, measures=_labels(ctx, measures))


@rule("kpi-coverage", "warning", RULES)
def kpi_coverage(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Every duty area is measured by at least one KPI."""
    if ctx.duty_areas and not ctx.of_kind("kpi"):
        yield ctx.finding(me, "kpi", variant="absent", areas=_labels(ctx, sorted(ctx.duty_areas)))
        return
    yield from _coverage(ctx, me, "kpi", "measures")


@rule("unclassified-duty", "info", RULES)
def unclassified_duty(ctx: Context, me: Rule) -> Iterable[Finding]:
    """A duty with no area: its coverage by rights and KPIs cannot be checked."""
    for entry in ctx.of_kind("duty"):
        if entry.text and not entry.block.areas:
            yield ctx.at(me, entry)


def requirement_groups_of(ctx: Context) -> set[str]:
    """The requirement groups the role covers: by block group, and for local
    copies (edited or imported clauses, often mixing groups) also by wording."""
    groups: set[str] = set()
    material = ctx.of_kind("requirement")
    for entry in ctx.in_section("general", "summary"):
        if entry.has_tag("must-know"):
            groups.add("knowledge")
        elif entry.has_tag("appointment", "category"):
            material.append(entry)
    groups.update(e.block.group for e in material if e.block.group in REQUIREMENT_GROUPS)
    for entry in material:
        if entry.item.linked and entry.block.group in REQUIREMENT_GROUPS:
            continue  # a library block's group is curated; local text may say more
        # wording only for the groups still missing (a shipped sample usually has none)
        text = fold(entry.text)
        groups.update(g for g, pattern in GROUP_WORDING.items() if g not in groups and pattern.search(text))
    return groups


@rule("requirement-groups", "warning", RULES)
def requirement_groups(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Requirements cover knowledge and skills, experience and qualification, personal qualities."""
    missing = [g for g in REQUIREMENT_GROUPS if g not in requirement_groups_of(ctx)]
    if missing:
        names = ", ".join(GROUP_HEADINGS[g].get(ctx.lang, GROUP_HEADINGS[g]["en"]) for g in missing)
        section = "requirements" if ctx.profile.spec("requirements") else None
        yield ctx.finding(me, section, groups=names)
