"""Discriminatory requirements: age, sex, family status, origin, religion,
appearance, place of registration, orientation, health — in any word form.

Words are matched through Snowball stems and word beginnings (see
:mod:`.discrimination_terms`); ages and heights through regular expressions.
Sentences about equal opportunity ("regardless of age…", «независимо от пола…»)
and phrases about someone else («клиенты в возрасте 18–25 лет», "clothing for
men") are not findings.

An explicit term in a requirement (the requirements section, or the general
provisions and summary where requirements often stand) is an error,
``discrimination``; elsewhere, and for proxy terms anywhere, it is a warning,
``discrimination-risk``.

The role's variables are read once each, not in every clause that prints them:
the title and the position name the person wanted, so an explicit term there is
an error; in other variables (organisation, department…) it is a risk.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from ..model import Finding
from ..text import LazyPattern
from .base import Rule, rule
from .context import Context, Entry
from .discrimination_terms import (
    ACCOMMODATED,
    ADULT,
    AGE_PATTERNS_EN,
    AGE_PATTERNS_RU,
    AGE_WORDS_RU,
    EN,
    EQUAL_OPPORTUNITY_EN,
    EQUAL_OPPORTUNITY_RU,
    EXPERIENCE,
    EXPERIENCE_CAP,
    FOR_WORDS,
    HEIGHT,
    PHYSICAL,
    REGISTRATION,
    RU,
    THIRD_PARTY,
    TWO_DIGITS,
    Term,
)
from .words import fold, has_cyrillic, has_latin, sentences, stem, tokens

RULES: list[Rule] = []

#: sections whose clauses describe the person wanted
REQUIREMENT_SECTIONS = frozenset({"requirements", "general", "summary", "other"})
#: variables that name the person wanted, like a requirement does
PERSON_VARIABLES = frozenset({"title", "position", "position_genitive", "position_dative"})
#: "looking for", "hiring for": a term after these and "for" is the person wanted
SEEKING = frozenset({"looking", "searching", "seeking", "hiring", "recruiting", "ищем", "ищет", "требуется"})
#: how far (in tokens) a word about someone else cancels a term
WINDOW = 4
#: a gender pronoun for the employee; «he/she», "his or her" are fine (each has an "h":
#: a sentence without one is not scanned, so a Russian role seldom compiles these)
_INCLUSIVE = LazyPattern(
    r"\b(?:he|she|him|her|his)\s*(?:/|\bor\b|\band\b)\s*(?:he|she|him|her|hers|his)\b|\bs/he\b|\(s\)he\b|\bhe\(s\)"
)
_PRONOUN = LazyPattern(r"\b(?:he|him|his|himself|she|her|hers|herself)\b")


class Hit(NamedTuple):
    """One suspicious phrase in a clause."""

    category: str
    phrase: str
    proxy: bool


# --- token patterns ------------------------------------------------------------
Matcher = Callable[[str], bool]


def _element(spec: str) -> tuple[str, Any]:
    if spec == "…":
        return ("gap", 3)
    kind, body = spec[0], spec[1:]
    if kind in "=!":
        return ("exact" if kind == "=" else "not", frozenset(w.lstrip("=") for w in body.split("|")))
    return ("stem" if kind == "~" else "prefix", body)


def _matches(element: tuple[str, Any], word: str) -> bool:
    kind, value = element
    if kind == "exact":
        return word in value
    if kind == "prefix":
        return word.startswith(value)
    # a stem is a prefix of every form it stems from: test that before stemming
    return word.startswith(value) and stem(word) == value


def _match_at(pattern: tuple, words: tuple[str, ...], at: int) -> int | None:
    """The index after the match of ``pattern`` starting at ``words[at]``, or None."""
    if not pattern:
        return at
    element, rest = pattern[0], pattern[1:]
    kind, value = element
    if kind == "gap":
        for skip in range(value + 1):
            end = _match_at(rest, words, at + skip) if at + skip <= len(words) else None
            if end is not None:
                return end
        return None
    if kind == "not":
        return _match_at(rest, words, at) if at >= len(words) or words[at] not in value else None
    if at < len(words) and _matches(element, words[at]):
        return _match_at(rest, words, at + 1)
    return None


class _Index(NamedTuple):
    """Patterns by their first element, so each word is tried only against
    the few patterns that can start with it."""

    exact: dict[str, list[tuple[Term, tuple]]]
    starts: tuple[str, ...]
    by_start: list[tuple[str, Term, tuple]]


@lru_cache(maxsize=1)
def _index() -> _Index:
    exact: dict[str, list[tuple[Term, tuple]]] = {}
    by_start: list[tuple[str, Term, tuple]] = []
    for term in (*RU, *EN):
        pattern = tuple(_element(e) for e in term.pattern)
        kind, value = pattern[0]
        if kind == "exact":
            for word in value:
                exact.setdefault(word, []).append((term, pattern))
        else:  # a stem or a prefix: both are word beginnings
            by_start.append((value, term, pattern))
    return _Index(exact, tuple(v for v, _, _ in by_start), by_start)


def _candidates(word: str) -> Iterable[tuple[Term, tuple]]:
    index = _index()
    yield from index.exact.get(word, ())
    if word.startswith(index.starts):
        yield from ((term, pattern) for start, term, pattern in index.by_start if word.startswith(start))


def _near(words: tuple[str, ...], start: int, end: int, prefixes: Iterable[str]) -> bool:
    """Whether a word around ``words[start:end]`` (not inside it) starts with one of ``prefixes``."""
    exact = {p[1:] for p in prefixes if p.startswith("=")}
    starts = tuple(p for p in prefixes if not p.startswith("="))
    around = words[max(0, start - WINDOW) : start] + words[end : end + WINDOW]
    return any(w in exact or (starts and w.startswith(starts)) for w in around)


def _term_hits(words: tuple[str, ...]) -> Iterable[Hit]:
    for at, word in enumerate(words):
        for term, pattern in _candidates(word):
            end = _match_at(pattern, words, at)
            if end is None or end == at:
                continue
            if at > 0 and words[at - 1] in FOR_WORDS and not (at > 1 and words[at - 2] in SEEKING):
                continue  # «одежда для мужчин», "products for women" (but "looking for girls")
            if _near(words, at, end, THIRD_PARTY) or (term.unless and _near(words, at, end, term.unless)):
                continue
            yield Hit(term.category, " ".join(words[at:end]), term.proxy)


# --- numbers and shapes ---------------------------------------------------------
def _about_someone_else(text: str, start: int, end: int) -> bool:
    window = tokens(text[max(0, start - 40) : end + 40])
    return any(w.startswith(THIRD_PARTY) for w in window)


def _age_hits(folded: str, cyrillic: bool, latin: bool) -> Iterable[Hit]:
    patterns = (
        [p for p, words in zip(AGE_PATTERNS_RU, AGE_WORDS_RU, strict=True) if any(w in folded for w in words)]
        if cyrillic
        else []
    ) + (AGE_PATTERNS_EN if latin else [])
    for pattern, upper_group, lower_group in patterns:
        for match in pattern.finditer(folded):
            upper = int(match.group(upper_group)) if upper_group and match.group(upper_group) else None
            lower = int(match.group(lower_group)) if lower_group and match.group(lower_group) else None
            bounded = (upper is not None and ADULT < upper <= 80) or (
                lower is not None and ADULT < lower <= 80
            )
            if not bounded or EXPERIENCE.search(folded[max(0, match.start() - 30) : match.start()]):
                continue
            if EXPERIENCE.search(folded[match.end() : match.end() + 15]):
                continue
            if _about_someone_else(folded, match.start(), match.end()):
                continue
            yield Hit("age", match.group(0).strip(), False)


def _phrase_from(folded: str, start: int) -> str:
    """The words of ``folded`` from ``start`` to the end of its phrase (at most 6 words)."""
    phrase = re.split(r"[.,;:!?()]", folded[start : start + 80], maxsplit=1)[0]
    return " ".join(phrase.split()[:6])


@lru_cache(maxsize=8192)  # by text: a re-check reads again only the clauses that changed; read-only
def hits(text: str) -> list[Hit]:
    """Every discriminatory or risky phrase in ``text`` (either language)."""
    found: list[Hit] = []
    accommodated: bool | None = None  # the clause allows for reasonable accommodation
    for sentence in sentences(text):
        folded = fold(sentence)
        cyrillic, latin = has_cyrillic(folded), has_latin(folded)
        if (cyrillic and EQUAL_OPPORTUNITY_RU.search(folded)) or (
            latin and EQUAL_OPPORTUNITY_EN.search(folded)
        ):
            continue
        found += _term_hits(tokens(sentence))
        if TWO_DIGITS.search(folded):
            found += _age_hits(folded, cyrillic, latin)
        # the scans below run only where a word their patterns need is there
        if "рост" in folded or "height" in folded:
            for match in HEIGHT.finditer(folded):
                found.append(Hit("appearance", match.group(0), False))
        if "егистраци" in sentence:
            for match in REGISTRATION.finditer(sentence):
                if not _about_someone_else(folded, match.start(), match.end()):
                    found.append(Hit("registration", fold(match.group(0)), False))
        if "experience" in folded:
            cap = EXPERIENCE_CAP.search(folded)
            if cap:
                found.append(Hit("age", cap.group(0), True))
        if "abl" in folded:
            physical = PHYSICAL.search(folded)
            if physical and accommodated is None:
                accommodated = bool(ACCOMMODATED.search(fold(text)))
            if physical and not accommodated:
                found.append(Hit("disability", _phrase_from(folded, physical.start()), True))
        if "h" in folded:
            pronouns = _PRONOUN.findall(_INCLUSIVE.sub(" ", folded))
            if pronouns:
                found.append(Hit("sex", pronouns[0], True))
    unique: dict[tuple[str, str], Hit] = {}
    for hit in found:
        unique.setdefault((hit.category, hit.phrase), hit)
    return list(unique.values())


# --- rules ----------------------------------------------------------------------
def _in_requirement(entry: Entry) -> bool:
    return entry.section in REQUIREMENT_SECTIONS or entry.kind == "requirement"


def _entry_hits(ctx: Context) -> list[tuple[Entry, list[Hit]]]:
    if "discrimination" not in ctx.memo:  # both rules share one scan
        ctx.memo["discrimination"] = [(e, hits(e.text)) for e in ctx.resolved if e.text]
    return ctx.memo["discrimination"]  # type: ignore[return-value]


def _variable_hits(ctx: Context) -> list[tuple[str, list[Hit]]]:
    if "discrimination.variables" not in ctx.memo:
        found = [(name, hits(value)) for name, value in ctx.values.items()]
        ctx.memo["discrimination.variables"] = [(name, h) for name, h in found if h]
    return ctx.memo["discrimination.variables"]  # type: ignore[return-value]


def grounds(found: Iterable[Hit]) -> list[str]:
    """The grounds (categories) of ``found``, each once, in the order found."""
    return list(dict.fromkeys(h.category for h in found))


def _describe(ctx: Context, found: list[Hit]) -> str:
    """Every ground once, with its phrases: ``age: «young», «under 35»; sex: «male»``."""
    from ...i18n import t

    by_ground: dict[str, list[str]] = {}
    for hit in found:
        by_ground.setdefault(hit.category, []).append(f"«{hit.phrase}»")
    return "; ".join(
        f"{t('discrimination.' + ground, ctx.lang)}: {', '.join(phrases)}"
        for ground, phrases in by_ground.items()
    )


def _is_error(found: list[Hit], in_requirement: bool) -> bool:
    """An explicit term where the person wanted is described: the clause is an error,
    and its error names every ground it has (its proxies too), so it gets no warning."""
    return in_requirement and any(not h.proxy for h in found)


def _explicit_first(found: list[Hit]) -> list[Hit]:
    return sorted(found, key=lambda h: h.proxy)


@rule("discrimination", "error", RULES)
def discrimination(ctx: Context, me: Rule) -> Iterable[Finding]:
    """An explicit discriminatory requirement («мужчина до 35 лет», "young", "female")."""
    for entry, found in _entry_hits(ctx):
        if _is_error(found, _in_requirement(entry)):
            yield ctx.at(me, entry, phrases=_describe(ctx, _explicit_first(found)))
    for name, found in _variable_hits(ctx):
        if _is_error(found, name in PERSON_VARIABLES):
            yield ctx.finding(
                me,
                variant="variable",
                field=name,
                name=ctx.label(name),
                phrases=_describe(ctx, _explicit_first(found)),
            )


@rule("discrimination-risk", "warning", RULES)
def discrimination_risk(ctx: Context, me: Rule) -> Iterable[Finding]:
    """A phrase that often stands in for discrimination, or an explicit one outside the requirements."""
    for entry, found in _entry_hits(ctx):
        if found and not _is_error(found, _in_requirement(entry)):
            yield ctx.at(me, entry, phrases=_describe(ctx, _explicit_first(found)))
    for name, found in _variable_hits(ctx):
        risky = found if not _is_error(found, name in PERSON_VARIABLES) else []
        if risky:
            yield ctx.finding(
                me, variant="variable", field=name, name=ctx.label(name), phrases=_describe(ctx, risky)
            )
