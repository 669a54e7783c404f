"""Requisites in Russian office style (ru-di): real dates in an office form,
signatures with the initials first, an approval by order with its number and date.

See :mod:`jdtui.core.office_style` for the forms.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import Finding
from ..office_style import (
    APPROVAL_FORM,
    DATE_STYLE,
    DATE_STYLES,
    DATE_VARIABLES,
    ORDER,
    SIGNATORIES,
    initials_first,
    office_form,
    read_date,
)
from .base import Rule, rule
from .context import Context

RULES: list[Rule] = []

#: how much of a value a message quotes
_QUOTED = 40


def _quoted(value: str) -> str:
    return value if len(value) <= _QUOTED else value[: _QUOTED - 1] + "…"


def _dates(ctx: Context) -> Iterator[tuple[str, str, bool, bool]]:
    """``(name, value, shaped, real)`` of every date variable a Russian instruction fills."""
    if ctx.profile.id != "ru-di":
        return
    for name in DATE_VARIABLES:
        value = ctx.values.get(name, "")
        if value:
            shaped, real = read_date(value)
            yield name, value, shaped, real is not None


@rule("date-invalid", "error", RULES)
def date_invalid(ctx: Context, me: Rule) -> Iterable[Finding]:
    """ru-di: a date written as one that names no day of the calendar (31.11.2026)."""
    for name, value, shaped, real in _dates(ctx):
        if shaped and not real:
            yield ctx.finding(me, field=name, name=ctx.label(name), value=_quoted(value))


@rule("date-form", "warning", RULES)
def date_form(ctx: Context, me: Rule) -> Iterable[Finding]:
    """ru-di: a date the export prints in no office form: not readable as a date,
    or, with no date style chosen, written otherwise than 05.06.2016, 5 июня 2016 г.
    or «05» июня 2016 г."""
    styled = ctx.variable(DATE_STYLE) in DATE_STYLES
    for name, value, shaped, real in _dates(ctx):
        if shaped and not real:
            continue  # date-invalid
        if not real or (not styled and office_form(value) is None):
            yield ctx.finding(me, field=name, name=ctx.label(name), value=_quoted(value))


@rule("signatory-initials", "warning", RULES)
def signatory_initials(ctx: Context, me: Rule) -> Iterable[Finding]:
    """ru-di: a signatory's name written otherwise than initials, then the surname (И. И. Иванов)."""
    if ctx.profile.id != "ru-di":
        return
    for name in SIGNATORIES:
        value = ctx.values.get(name, "")
        if value and not initials_first(value):
            yield ctx.finding(me, field=name, name=ctx.label(name), value=_quoted(value))


@rule("approval-order", "error", RULES)
def approval_order(ctx: Context, me: Rule) -> Iterable[Finding]:
    """ru-di approved by an order: the order's number and date are given."""
    if ctx.profile.id != "ru-di" or ctx.variable(APPROVAL_FORM) != ORDER:
        return
    missing = [name for name in ("order_number", "approval_date") if not ctx.variable(name)]
    if missing:
        yield ctx.finding(me, field=missing[0], names=ctx.labels(missing))
