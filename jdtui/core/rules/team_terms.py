"""Terms a team forbids or discourages (its rule settings, see
:mod:`jdtui.core.rule_settings`): ``forbidden-term`` (an error) and
``discouraged-term`` (a warning), in the document's language.

A term matches in any word form: its words and the clause's are compared by
their Snowball stems, in order ("rockstar" finds "rockstars", «стрессоустойчивость»
finds «стрессоустойчивостью»). Without settings these rules cost nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ..model import Finding
from .base import Rule, rule
from .context import Context
from .words import stem, tokens

RULES: list[Rule] = []


@lru_cache(maxsize=4096)
def _stems(text: str) -> tuple[str, ...]:
    return tuple(stem(word) for word in tokens(text))


def _contains(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    if not n or n > len(words):
        return False
    first = phrase[0]
    return any(words[i] == first and words[i : i + n] == phrase for i in range(len(words) - n + 1))


def _found(ctx: Context, kind: str, me: Rule) -> Iterable[Finding]:
    if ctx.settings is None:
        return
    terms = ctx.settings.terms_for(ctx.doc_lang, kind)
    if not terms:
        return
    phrases = [(term, _stems(term.text)) for term in terms]

    def matched(text: str) -> list:
        words = _stems(text)
        return [term for term, phrase in phrases if _contains(words, phrase)]

    def values(found: list) -> dict:
        from ...i18n import t

        hints = "; ".join(dict.fromkeys(term.hint for term in found if term.hint))
        sources = ", ".join(dict.fromkeys(t("rules.source." + term.source, ctx.lang) for term in found))
        return {
            "terms": ", ".join(f"«{term.text}»" for term in found),
            "advice": hints or t("rule.team-term.advice", ctx.lang),
            "source": sources,
        }

    for entry in ctx.resolved:
        found = matched(entry.text + "\n" + entry.goal)
        if found:
            yield ctx.at(me, entry, **values(found))
    for name, value in ctx.values.items():
        found = matched(value)
        if found:
            yield ctx.finding(me, variant="variable", field=name, name=ctx.label(name), **values(found))


@rule("forbidden-term", "error", RULES)
def forbidden_term(ctx: Context, me: Rule) -> Iterable[Finding]:
    """A clause (or a variable) uses a term the team's rule settings forbid."""
    yield from _found(ctx, "forbidden", me)


@rule("discouraged-term", "warning", RULES)
def discouraged_term(ctx: Context, me: Rule) -> Iterable[Finding]:
    """A clause (or a variable) uses a term the team's rule settings discourage."""
    yield from _found(ctx, "discouraged", me)
