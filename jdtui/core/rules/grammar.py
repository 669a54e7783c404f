"""Grammar of the details: the stored case forms of the position and the
reporting line agree with their nominative.

The check must start fast, and the analyser's dictionary takes ≈ 0.3 s to
load: a form that reads as the common endings give it (:func:`quick_form`)
agrees without it; only a form that differs is judged by the analyser.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..grammar import FORMS, decline, has_cyrillic, quick_form
from ..model import Finding
from .base import Rule, rule
from .context import Context

RULES: list[Rule] = []


def _same(a: str, b: str) -> bool:
    """Equal but for letter case, «ё» and spacing (a title may capitalise the form)."""
    return " ".join(a.casefold().replace("ё", "е").split()) == " ".join(
        b.casefold().replace("ё", "е").split()
    )


@rule("case-form", "warning", RULES)
def case_form(ctx: Context, me: Rule) -> Iterable[Finding]:
    """ru-di: a stored genitive or dative that is not the nominative's form."""
    if ctx.role.lang != "ru":
        return
    for nominative, forms in FORMS.items():
        value = ctx.variable(nominative)
        if not value or not has_cyrillic(value):
            continue
        for name, case in forms:
            form = ctx.variable(name)
            if not form:
                continue  # an empty form is the requisites' or placeholders' to report
            quick = quick_form(value, case)
            if quick is not None and _same(quick, form):
                continue
            declined = decline(value)
            if declined is None or not declined.sure or _same(declined.form(case), form):
                continue  # a guess is never held against the user's form
            yield ctx.finding(
                me,
                field=name,
                name=name,
                field_label=ctx.label(name),
                value=form,
                source=ctx.label(nominative),
                nominative=value,
                expected=declined.form(case),
            )
