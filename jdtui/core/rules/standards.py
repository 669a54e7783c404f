"""Qualification references: the professional standard or ЕКС position a
Russian instruction follows, and the qualification requirements the law sets
for some positions.

A draft states its reference in its ``standard`` (from its template, or read
back from an exported document) or in a clause of its own wording («…
разработана с учётом профессионального стандарта…»); ``type`` ``none`` with a
note is a statement that none applies, not a gap.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from ...i18n import t
from ..model import Finding
from ..text import LazyPattern
from .base import Rule, rule
from .context import Context
from .requisites import GENERAL_SECTIONS
from .words import fold

RULES: list[Rule] = []

#: a clause that cites a professional standard or the ЕКС in its own words
REFERENCE_WORDING = LazyPattern(
    r"\bпрофессиональн\w*\s+стандарт|\bпрофстандарт|\bквалификационн\w*\s+(?:справочник|характеристик)"
    r"|\bеди\w*\s+квалификационн|\bекс\b"
)


class LegalQualification(NamedTuple):
    """A position whose qualification requirements a law sets, and how a document states them."""

    #: the catalogue key naming the law, e.g. «ч. 4 ст. 7 Федерального закона № 402-ФЗ»
    law: str
    #: the position, as the title or the ``position`` variable names it
    position: LazyPattern
    #: wordings that must all appear in the requirements (or general provisions)
    wording: tuple[LazyPattern, ...]
    #: the library block that states them
    block: str
    #: the tag of a block that states them (its wording then need not be checked)
    tag: str = "qualification-by-law"


#: positions whose qualification requirements Russian law sets
LEGAL_QUALIFICATIONS: tuple[LegalQualification, ...] = (
    LegalQualification(
        law="rule.legal-qualification.law.402-fz",
        position=LazyPattern(r"\bглавн\w*\s+бухгалтер"),
        # the experience alternatives and the criminal-record condition of 402-ФЗ ст. 7 ч. 4
        wording=(LazyPattern(r"\bстаж|\bопыт\w*\s+работ"), LazyPattern(r"\bсудимост")),
        block="ru.requirement.chief-accountant-402fz",
    ),
)


def _russian(ctx: Context) -> bool:
    return ctx.profile.id == "ru-di" and ctx.doc_lang == "ru"


@rule("standard-reference", "info", RULES)
def standard_reference(ctx: Context, me: Rule) -> Iterable[Finding]:
    """ru-di: the instruction names its professional standard or ЕКС position, or says none applies."""
    if not _russian(ctx):
        return
    if ctx.role.standard is not None and ctx.role.standard.stated:
        return
    if any(REFERENCE_WORDING.search(fold(e.text)) for e in ctx.in_section(*GENERAL_SECTIONS)):
        return
    yield ctx.finding(me, "general")


def _position(ctx: Context) -> str:
    return fold(" ".join((ctx.variable("position"), ctx.role.title)))


@rule("legal-qualification", "error", RULES)
def legal_qualification(ctx: Context, me: Rule) -> Iterable[Finding]:
    """ru-di: a position whose qualification requirements the law sets states them."""
    if not _russian(ctx):
        return
    position = _position(ctx)
    clauses = ctx.in_section("requirements", *GENERAL_SECTIONS)
    for law in LEGAL_QUALIFICATIONS:
        if not law.position.search(position):
            continue
        if any(e.has_tag(law.tag) for e in clauses):
            continue
        text = " ".join(fold(e.text) for e in clauses)
        if all(pattern.search(text) for pattern in law.wording):
            continue
        section = "requirements" if ctx.role.section("requirements") is not None else "general"
        yield ctx.finding(me, section, law=t(law.law, ctx.lang), block=law.block)
