"""The shape of the document: sections, items, the onboarding plan."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from ..model import Finding
from .base import Rule, rule
from .context import SCAN_LIMIT, Context

RULES: list[Rule] = []


@rule("missing-section", "error", RULES)
def missing_section(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Every required section of the profile is present and has text in it."""
    for spec in ctx.profile.sections:
        if not spec.required:
            continue
        if not any(e.text for e in ctx.in_section(spec.id)):
            yield ctx.finding(me, spec.id, heading=spec.heading(ctx.doc_lang))


@rule("section-order", "warning", RULES)
def section_order(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Sections follow the profile's order; sections unknown to it are ignored."""
    known = [s for s in ctx.role.sections if ctx.profile.spec(s.id) is not None and s.items]
    for before, after in itertools.pairwise(known):
        if ctx.profile.order(after.id) < ctx.profile.order(before.id):
            yield ctx.finding(
                me,
                after.id,
                section_heading=ctx.profile.heading(after, ctx.doc_lang),
                before_heading=ctx.profile.heading(before, ctx.doc_lang),
            )


@rule("missing-block", "warning", RULES)
def missing_block(ctx: Context, me: Rule) -> Iterable[Finding]:
    """An item links a block the library no longer has: export leaves it out."""
    for entry in ctx.entries:
        if entry.block is None:
            yield ctx.at(me, entry, block=entry.item.ref or "?")


@rule("empty-item", "warning", RULES)
def empty_item(ctx: Context, me: Rule) -> Iterable[Finding]:
    """An item with no text: it adds an empty clause."""
    for entry in ctx.resolved:
        if not entry.text:
            yield ctx.at(me, entry)


@rule("onboarding-plan", "warning", RULES)
def onboarding_plan(ctx: Context, me: Rule) -> Iterable[Finding]:
    """Every day of the onboarding plan has activities and a goal."""
    for entry in ctx.in_section("onboarding"):
        missing = []
        if not entry.text:
            missing.append("activities")
        if not entry.goal:
            missing.append("goal")
        if missing:
            day = entry.block.day if entry.block.day is not None else entry.index + 1
            yield ctx.at(me, entry, variant="+".join(missing), day=day)


@rule("too-long", "warning", RULES)
def too_long(ctx: Context, me: Rule) -> Iterable[Finding]:
    """A clause or variable longer than the wording rules read (``SCAN_LIMIT``)."""
    for entry in ctx.resolved:
        if entry.length > SCAN_LIMIT:
            yield ctx.at(me, entry, length=entry.length, limit=SCAN_LIMIT)
    for name, value in {"title": ctx.role.title, **ctx.role.variables}.items():
        if isinstance(value, str) and len(value) > SCAN_LIMIT:
            yield ctx.finding(
                me, variant="variable", field=name, name=ctx.label(name), length=len(value), limit=SCAN_LIMIT
            )
