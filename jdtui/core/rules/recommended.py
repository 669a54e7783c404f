"""Sections a profile recommends (en-jd: summary, salary, what we offer, equal
opportunities): not required to publish, but what a candidate reads a posting
for. Each is found in its own section, or stated in other words elsewhere (an
imported posting often says "We are an equal opportunity employer" under
"Additional information", or gives the salary among the header's details).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Finding
from ..text import LazyPattern
from .base import Rule, rule
from .context import Context
from .words import fold

RULES: list[Rule] = []

#: a figure with a currency or a pay period: a pay range is stated
_PAY = LazyPattern(
    r"(?:[£€$]|\b(?:gbp|eur|usd|chf|sek|dkk|pln|aud|cad|sgd|ron)\b)\s?\d"
    r"|\d[\d,.\s]*(?:k\b|\s?(?:gbp|eur|usd|chf|sek|dkk|pln|aud|cad|sgd|ron|euros?|pounds?|dollars?)\b)"
    r"|\d[\d,.]*\s*(?:per|a|an|/)\s*(?:annum|year|month|hour|day)\b"
)
_OFFER = LazyPattern(
    r"\bbenefits?\b|\bwe offer\b|\bperks\b|\bpension\b|\bholidays?\b|\bannual leave\b|\bvacation\b"
    r"|\bhealth\s*(?:insurance|care)\b|\bparental leave\b|\blearning budget\b|\btraining budget\b"
)
_EQUALITY = LazyPattern(
    r"\bequal\s+(?:employment\s+)?opportunit|\breasonable\s+(?:adjustments?|accommodations?)\b"
    r"|\bregardless\s+of\b|\bwithout\s+regard\s+to\b|\bdo(?:es)?\s+not\s+discriminate\b"
    r"|\bcommitted\s+to\s+(?:\w+\s+){0,3}(?:diversity|inclusion|equality|equal)"
    r"|\bwelcome\s+applications?\s+from\b|\binclusive\s+(?:employer|workplace)\b|\bdiversity\b"
)
#: where a posting mentions pay, benefits or equality when it has no section for them
_ELSEWHERE = ("summary", "conditions", "other", "pay", "offer", "equal_opportunity")
_WORDING = {"pay": _PAY, "offer": _OFFER, "equal_opportunity": _EQUALITY}


def _stated_elsewhere(ctx: Context, section_id: str) -> bool:
    pattern = _WORDING.get(section_id)
    if pattern is None:
        return False
    texts = [e.text for e in ctx.in_section(*_ELSEWHERE)]
    texts += [s.heading for s in ctx.role.sections if s.heading and s.id == "other" and s.items]
    return any(pattern.search(fold(text)) for text in texts)


@rule("recommended-section", "warning", RULES)
def recommended_section(ctx: Context, me: Rule) -> Iterable[Finding]:
    """A section the profile recommends is missing (and not stated in other words)."""
    for spec in ctx.profile.sections:
        if not spec.recommended or any(e.text for e in ctx.in_section(spec.id)):
            continue
        if _stated_elsewhere(ctx, spec.id):
            continue
        yield ctx.finding(me, spec.id, variant=spec.id, heading=spec.heading(ctx.doc_lang))
