"""What the document must state about the post: requisites, subordination,
who stands in, acknowledgement, liability for non-performance.

Clauses are recognised by their block tag *or* by their wording, so an
imported document without tags is judged as fairly as one built from blocks.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Finding
from ..text import LazyPattern
from .base import Rule, rule
from .context import Clause, Context
from .words import fold

RULES: list[Rule] = []

#: ru-di: what the approval stamp and the title cannot do without
RU_REQUIRED = (
    "organization",
    "approver_title",
    "approver_name",
    "approval_date",
    "position",
    "position_genitive",
)
RU_WANTED = ("doc_number", "city")
EN_WANTED = ("organization", "department")

#: where a document states facts about the post rather than the work
GENERAL_SECTIONS = ("general", "summary", "other", "conditions", "final")

#: wording for what a tag usually states: compiled only for a clause without the tag
SUBORDINATION = LazyPattern(
    r"\bподчиня|\bподчинен[аоы]?\b|\bподотчет|\bнепосредственн\w*\s+руководител"
    r"|\breports?\s+(?:directly\s+)?to\b|\breporting\s+(?:directly\s+)?to\b|\breporting\s+line|\bline\s+manager"
)
DEPUTY = LazyPattern(
    r"\bотсутстви|\bзамещ|\bвременно\s+исполня"
    r"|\babsence|\bdeputi[sz]|\bdeputy|\bstands?\s+in\s+for|\bcovers?\s+for\b"
)
ACKNOWLEDGEMENT = LazyPattern(r"\bознакомл|\bпод\s+(?:личную\s+)?роспись|\backnowledg")
NON_PERFORMANCE = LazyPattern(
    r"\bне\s*исполнени|\bне\s*выполнени|\bненадлежащ\w*\s+(?:исполнени|выполнени)"
    r"|\bnon-?performance|\bfailure\s+to\s+(?:perform|carry|fulfil|meet|do|complete)"
    r"|\bfail(?:s|ing)?\s+to\s+(?:perform|carry|fulfil)"
    r"|\b(?:poor|unsatisfactory|improper)\s+(?:performance|execution)"
    r"|\b(?:responsible|accountable|liable)\s+for\s+(?:the\s+)?(?:proper\s+|timely\s+|due\s+)?"
    r"(?:performance|performing|carrying\s+out|fulfil)"
)


def _stated(entries: Iterable[Clause], tag: str, pattern: LazyPattern) -> bool:
    entries = list(entries)  # the tag first: the wording is read only where no block says it
    return any(e.has_tag(tag) for e in entries) or any(pattern.search(fold(e.text)) for e in entries)


#: ru-di approved by an order: the stamp names no approver (``approval-order`` asks for its number and date)
RU_REQUIRED_BY_ORDER = ("organization", "position", "position_genitive")


def required(ctx: Context) -> tuple[str, ...]:
    """The variables ``requisites`` reports when empty, for this role's profile."""
    if ctx.profile.id != "ru-di":
        return ()
    return RU_REQUIRED_BY_ORDER if ctx.variable("approval_form") == "order" else RU_REQUIRED


@rule("requisites", "error", RULES)
def requisites(ctx: Context, me: Rule) -> Iterable[Finding]:
    """ru-di: the approval stamp and title have approver, organisation, date, position."""
    missing = [name for name in required(ctx) if not ctx.variable(name)]
    if missing:
        yield ctx.finding(me, field=missing[0], names=ctx.labels(missing))


@rule("requisites-minor", "warning", RULES)
def requisites_minor(ctx: Context, me: Rule) -> Iterable[Finding]:
    """ru-di: document number and city; en-jd: organisation and department."""
    wanted = RU_WANTED if ctx.profile.id == "ru-di" else EN_WANTED
    # one a clause prints is an error of ``placeholder`` (it would print as {{name}})
    missing = [name for name in wanted if not ctx.variable(name) and name not in ctx.unfilled_uses]
    if missing:
        yield ctx.finding(me, field=missing[0], names=ctx.labels(missing))


@rule("subordination", "warning", RULES)
def subordination(ctx: Context, me: Rule) -> Iterable[Finding]:
    """The document says to whom the employee reports."""
    if ctx.profile.id != "ru-di" and ctx.variable("reports_to"):
        return  # the English header prints "Reports to"
    tagged = any(e.has_tag("reports-to") for e in ctx.resolved)
    if not tagged and not _stated(ctx.in_section(*GENERAL_SECTIONS), "reports-to", SUBORDINATION):
        yield ctx.finding(
            me, "general" if ctx.profile.id == "ru-di" else "summary", reports_to=ctx.label("reports_to")
        )


@rule("deputy", "warning", RULES)
def deputy(ctx: Context, me: Rule) -> Iterable[Finding]:
    """ru-di: the document says who stands in while the employee is absent."""
    if ctx.profile.id != "ru-di":
        return
    tagged = any(e.has_tag("deputy") for e in ctx.resolved)
    if not tagged and not _stated(ctx.in_section(*GENERAL_SECTIONS), "deputy", DEPUTY):
        yield ctx.finding(me, "general")


@rule("acknowledgement", "warning", RULES)
def acknowledgement(ctx: Context, me: Rule) -> Iterable[Finding]:
    """ru-di: the final provisions say the employee is acquainted under signature."""
    if not ctx.profile.acknowledgement:
        return
    if not _stated(ctx.resolved, "acknowledgement", ACKNOWLEDGEMENT):
        yield ctx.finding(me, "final")


@rule("non-performance", "warning", RULES)
def non_performance(ctx: Context, me: Rule) -> Iterable[Finding]:
    """The responsibility section covers failure to perform the duties.

    Silent when the section is empty: ``missing-section`` reports that already.
    """
    clauses = ctx.in_section("responsibility", "other")
    if not any(e.text for e in ctx.in_section("responsibility")):
        return
    tagged = any(e.has_tag("non-performance") for e in ctx.resolved)
    if not tagged and not _stated(clauses, "non-performance", NON_PERFORMANCE):
        yield ctx.finding(me, "responsibility")
