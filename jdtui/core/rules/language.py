"""The wording of clauses: placeholders, control characters, language, tone."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..model import Finding
from ..placeholders import VARIABLES
from ..text import has_controls
from .base import Rule, rule
from .context import Clause, Context
from .gender_words import is_feminine, is_masculine, is_ordinary, neutral_for
from .requisites import required
from .words import raw_words, script_shares, tokens

RULES: list[Rule] = []

#: a clause shorter than this (in letters) is too short to judge its language
MIN_LETTERS = 12
#: share of letters in the other script above which a clause is foreign
FOREIGN_SHARE = 0.5
#: ru-di is written in the third person: these words address the reader or
#: speak for the employer (every form of вы/ты/мы and their possessives, and
#: the verbs job advertisements use with them), as folded words
PERSON_WORDS = frozenset(
    [
        "вы",
        "вас",
        "вам",
        "вами",
        "ваш",
        "ваша",
        "ваше",
        "ваши",
        "вашего",
        "вашей",
        "вашему",
        "вашем",
        "вашим",
        "вашими",
        "ваших",
        "вашу",
        "ты",
        "тебя",
        "тебе",
        "тобой",
        "тобою",
        "твой",
        "твоя",
        "твое",
        "твои",
        "твоего",
        "твоей",
        "твоему",
        "твоем",
        "твоим",
        "твоими",
        "твоих",
        "твою",
        "мы",
        "нас",
        "нам",
        "нами",
        "наш",
        "наша",
        "наше",
        "наши",
        "нашего",
        "нашей",
        "нашему",
        "нашем",
        "нашим",
        "нашими",
        "наших",
        "нашу",
        "будете",
        "будешь",
        "будем",
        "можете",
        "можешь",
        "сможете",
        "сможешь",
        "хотите",
        "хочешь",
        "получите",
        "получишь",
        "предлагаем",
        "ищем",
        "ждем",
        "приглашаем",
        "гарантируем",
    ]
)


@rule("placeholder", "error", RULES)
def placeholder(ctx: Context, me: Rule) -> Iterable[Finding]:
    """A ``{{placeholder}}`` the role's variables leave empty: one finding per field.

    A known field is filled in once, in the details, so it gets one finding
    (at its first clause, counting the clauses that print it), and none when
    ``requisites`` already reports it. An unknown name no field can fill must
    be fixed in each clause, so it gets one finding per clause.
    """
    skip = set(required(ctx))
    for name, entries in ctx.unfilled_uses.items():
        if name in VARIABLES:
            if name not in skip:
                yield ctx.at(me, entries[0], field=name, name=ctx.label(name), count=len(entries))
            continue
        for entry in entries:
            yield ctx.at(me, entry, variant="unknown", name="{{" + name + "}}")


@rule("control-chars", "warning", RULES)
def control_chars(ctx: Context, me: Rule) -> Iterable[Finding]:
    """A clause holds control or bidi characters; export drops them."""
    for entry in ctx.resolved:
        if has_controls(entry.block.text) or has_controls(entry.block.goal):
            yield ctx.at(me, entry)
    for name, value in {"title": ctx.role.title, **ctx.role.variables}.items():
        if isinstance(value, str) and has_controls(value):
            yield ctx.finding(me, variant="variable", field=name, name=ctx.label(name))


@rule("foreign-language", "warning", RULES)
def foreign_language(ctx: Context, me: Rule) -> Iterable[Finding]:
    """A clause mostly in the other script than the document's language."""
    if ctx.doc_lang not in ("ru", "en"):
        return
    for entry in ctx.resolved:
        cyrillic, latin = script_shares(entry.text + " " + entry.goal)
        letters = cyrillic + latin
        other = latin if ctx.doc_lang == "ru" else cyrillic
        if letters >= MIN_LETTERS and other / letters > FOREIGN_SHARE:
            yield ctx.at(me, entry, lang=ctx.doc_lang)


@rule("person-tone", "warning", RULES)
def person_tone(ctx: Context, me: Rule) -> Iterable[Finding]:
    """ru-di: a clause addresses the reader (вы, ты) or speaks as the employer (мы)."""
    if ctx.profile.id != "ru-di" or ctx.doc_lang != "ru":
        return
    for entry in ctx.resolved:
        found = [w for w in tokens(entry.text + " " + entry.goal) if w in PERSON_WORDS]
        if found:
            yield ctx.at(me, entry, words=", ".join(dict.fromkeys(found)))


#: variables that name the role: "lead" there is a rank ("Team Lead"), not a trait
TITLE_VARIABLES = frozenset({"title", "position", "position_genitive", "position_dative"})
#: "lead" next to these is a sales lead ("lead generation", "qualified leads")
_SALES_LEAD = frozenset(
    {
        "generation",
        "gen",
        "sales",
        "qualified",
        "inbound",
        "outbound",
        "warm",
        "cold",
        "new",
        "management",
        "nurturing",
    }
)


def _is_rank_or_sales_lead(words: list[tuple[str, str]], at: int, title: bool) -> bool:
    """Whether the "lead" at ``words[at]`` names a rank ("Team Lead", "Lead Engineer"
    in a title, or capitalised after a capitalised word) or a sales lead."""
    raw = words[at][0]
    before = words[at - 1][1] if at else ""
    after = words[at + 1][1] if at + 1 < len(words) else ""
    if title or (raw[0].isupper() and at and words[at - 1][0][0].isupper()):
        return True
    return before in _SALES_LEAD or after in _SALES_LEAD


def _coded_compound(word: str) -> bool:
    """A hyphenated word ("self-reliant", "analytics-engineer", "decision-ready"):
    coded if the whole is on the list, or one of its parts is a trait word
    ("lead" inside a compound is a rank: "lead-engineer")."""
    parts = word.split("-")
    if is_masculine(word) and parts[0] not in ("lead", "leads"):  # "lead*" matches "lead-engineer" whole
        return not is_ordinary(word)
    return any(
        is_masculine(part) and not is_ordinary(part) and part not in ("lead", "leads") for part in parts
    )


def _masculine_words(text: str, title: bool) -> list[str]:
    """The masculine-coded words of ``text`` (folded) that are used as traits:
    the ordinary job words (:func:`is_ordinary`) and "lead" as a rank or a sales
    lead are not."""
    found: list[str] = []
    words = raw_words(text)
    for at, (_, word) in enumerate(words):
        if "-" in word:
            if _coded_compound(word):
                found.append(word)
            continue
        if not is_masculine(word) or is_ordinary(word):
            continue
        if word in ("lead", "leads") and _is_rank_or_sales_lead(words, at, title):
            continue
        found.append(word)
    return found


@rule("gender-coded", "info", RULES)
def gender_coded(ctx: Context, me: Rule) -> Iterable[Finding]:
    """English wording leans on masculine-coded words (Gaucher, Friesen & Kay 2011)."""
    if ctx.doc_lang != "en":
        return
    masculine: dict[str, int] = {}
    feminine = 0
    first: Clause | None = None
    # the clauses, then each variable once (not once per clause that prints it)
    texts: list[tuple[Clause | None, str, bool]] = [(entry, entry.text, False) for entry in ctx.resolved]
    texts += [(None, value, name in TITLE_VARIABLES) for name, value in ctx.values.items()]
    for entry, text, title in texts:
        coded = _masculine_words(text, title)
        for word in coded:
            masculine[word] = masculine.get(word, 0) + 1
        if coded:
            first = first or entry
        feminine += sum(1 for word in tokens(text) if is_feminine(word) and not is_masculine(word))
    total = sum(masculine.values())
    if total > feminine:
        values: dict[str, Any] = {
            "words": ", ".join(sorted(masculine)),
            "masculine": total,
            "feminine": feminine,
            "suggestions": _suggestions(masculine),
        }
        yield ctx.at(me, first, **values) if first is not None else ctx.finding(me, **values)


def _suggestions(masculine: dict[str, int]) -> str:
    """ "competitive → strong, driven → motivated": the most used coded words first, at most three."""
    pairs: list[str] = []
    seen: set[str] = set()
    for word in sorted(masculine, key=lambda w: (-masculine[w], w)):
        suggestion = neutral_for(word)
        if suggestion and suggestion not in seen:
            seen.add(suggestion)
            pairs.append(f"{word} → {suggestion}")
        if len(pairs) == 3:
            break
    return ", ".join(pairs) or "—"
