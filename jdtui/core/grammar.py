"""Russian case forms of a position: the genitive and dative from the nominative.

A position is a noun phrase: adjectives and participles that agree with the
head noun, the head, then a dependent tail that never changes («менеджер по
работе с ключевыми клиентами», «заведующий складом», «заместитель
генерального директора»). Only the agreeing words and the head inflect; the
parts of a hyphenated head inflect where Russian inflects them
(«инженер-программист» → «инженера-программиста», but «офис-менеджер» →
«офис-менеджера», «HR-менеджер» → «HR-менеджера»).

The morphology comes from pymorphy3 with its Russian dictionary, loaded on
first use (≈ 0.3 s: callers that must stay quick ask :func:`analyser_loaded`
first or load it in a worker with :func:`load_analyser`). A form it cannot
derive with confidence (a word missing from the dictionary, parses that
disagree, a phrase whose head is not clear) comes back with ``sure=False``:
shown as "please check", never passed off as certain.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, NamedTuple

#: Each nominative variable and its case forms (variable, pymorphy grammeme).
FORMS: dict[str, tuple[tuple[str, str], ...]] = {
    "position": (("position_genitive", "gent"), ("position_dative", "datv")),
    "reports_to": (("reports_to_dative", "datv"),),
}
#: Each case-form variable and the nominative it is derived from.
NOMINATIVE_OF: dict[str, str] = {form: nom for nom, forms in FORMS.items() for form, _ in forms}

#: First parts of hyphenated positions that never inflect, though they are
#: nouns of their own («шеф-повара», «пресс-секретаря», «вице-президента»).
INVARIABLE_FIRST = frozenset(
    {"шеф", "вице", "экс", "обер", "унтер", "штаб", "лейб", "пресс", "премьер", "генерал", "топ", "арт"}
)
#: Words after which a second nominative would have to inflect too: not sure.
_COORDINATION = frozenset({"и", "или", "либо", ",", "/", ";"})

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_MODIFIER_POS = frozenset({"ADJF", "PRTF"})

_analyser: Any = None
_LOCKS: dict[str, Any] = {}  # dict.setdefault is atomic: one lock whoever asks first


def load_analyser() -> Any:
    """The pymorphy3 analyser, made once (thread-safe; ≈ 0.3 s the first time)."""
    global _analyser
    if _analyser is None:
        import threading  # (not at import: the check starts without it)

        with _LOCKS.setdefault("analyser", threading.Lock()):
            if _analyser is None:
                import pymorphy3

                _analyser = pymorphy3.MorphAnalyzer(lang="ru")
    return _analyser


def analyser_loaded() -> bool:
    """Whether :func:`load_analyser` has run (so a derivation costs microseconds)."""
    return _analyser is not None


class Declension(NamedTuple):  # a named tuple: cheaper than a dataclass at start-up
    """A phrase in the nominative and its genitive and dative.

    ``sure`` is false when a form is the analyser's best guess (an unknown
    word, parses that disagree): it must be shown as "please check".
    """

    nominative: str
    genitive: str
    dative: str
    sure: bool = True

    def form(self, case: str) -> str:
        return self.genitive if case == "gent" else self.dative


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


@lru_cache(maxsize=4096)
def decline(phrase: str) -> Declension | None:
    """The genitive and dative of a Russian position, or ``None`` when the
    phrase has no Russian head noun to inflect (empty, Latin only)."""
    forms = _inflect_phrase(phrase, "nomn", ("gent", "datv"))
    if forms is None:
        return None
    (genitive, dative), sure = forms
    return Declension(phrase, genitive, dative, sure)


@lru_cache(maxsize=1024)
def from_genitive(phrase: str) -> Declension | None:
    """The position whose genitive is ``phrase`` (as a document's title gives
    it: «ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ менеджера по продажам»), with its dative."""
    forms = _inflect_phrase(phrase, "gent", ("nomn", "datv"))
    if forms is None:
        return None
    (nominative, dative), sure = forms
    return Declension(nominative, phrase, dative, sure)


def _inflect_phrase(phrase: str, source: str, cases: tuple[str, ...]) -> tuple[tuple[str, ...], bool] | None:
    text = phrase.strip()
    if not text or not has_cyrillic(text):
        return None
    morph = load_analyser()
    spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(phrase)]
    plan = _plan(morph, phrase, spans, source)
    if plan is None:
        return None
    inflected, head_index, sure = plan
    results = []
    for case in cases:
        out, last = [], 0
        for index, (start, end, _word) in enumerate(spans[: head_index + 1]):
            new, ok = inflected[index](case)
            sure = sure and ok
            out += [phrase[last:start], new]
            last = end
        out.append(phrase[last:])
        results.append("".join(out))
    return tuple(results), sure


def _in_case(morph: Any, word: str, case: str) -> list[Any]:
    """The parses of a word in ``case`` (most likely first)."""
    return [p for p in morph.parse(word) if case in p.tag]


def _plan(morph: Any, phrase: str, spans: list[tuple[int, int, str]], source: str):
    """How each word up to the head inflects: ``(inflectors, head index, sure)``."""
    words: list[tuple[list[str], list[Any] | None]] = []  # parts, and modifier parses (None: kept)
    for index, (_start, end, word) in enumerate(spans):
        parts = word.split("-")
        last = parts[-1]
        found = _in_case(morph, last.lower(), source) if has_cyrillic(last) else []
        following = spans[index + 1][2] if index + 1 < len(spans) else None
        modifier = [p for p in found if p.tag.POS in _MODIFIER_POS]
        nouns = [p for p in found if p.tag.POS == "NOUN"]
        if modifier and following is not None and _agrees_with_next(morph, modifier, following, source):
            words.append((parts, modifier))
            continue
        if not nouns and not modifier:
            if index == 0 and not has_cyrillic(word):
                words.append((parts, None))  # «HR менеджер»: a Latin word before the head stays
                continue
            return None
        head = nouns or modifier
        inflectors = [
            _compound(morph, parts_, _agreeing(parses, head[0]), source, adjective=True)
            if parses is not None
            else _keep("-".join(parts_))
            for parts_, parses in words
        ]
        inflectors.append(_compound(morph, parts, head, source, adjective=not nouns))
        after = phrase[end:].lstrip()
        sure = not (after[:1] in _COORDINATION or (following or "").lower() in _COORDINATION)
        return inflectors, index, sure
    return None


def _agreeing(parses: list[Any], head: Any) -> list[Any]:
    """The parses of a modifier in the head's gender and number (all, if none is)."""
    same = [
        p
        for p in parses
        if p.tag.number == head.tag.number and (head.tag.number == "plur" or p.tag.gender == head.tag.gender)
    ]
    return same or parses


def _agrees_with_next(morph: Any, modifiers: list[Any], following: str, case: str) -> bool:
    """Whether the next word is a nominative an adjective here can agree with."""
    last = following.split("-")[-1].lower()
    if not has_cyrillic(last):
        return False
    for parse in _in_case(morph, last, case):
        if "Abbr" in parse.tag or parse.tag.POS not in {"NOUN", "ADJF", "PRTF"}:
            continue
        for modifier in modifiers:
            if parse.tag.number == modifier.tag.number and (
                parse.tag.number == "plur" or parse.tag.gender in (modifier.tag.gender, None)
            ):
                return True
    return False


def _keep(word: str):
    return lambda _case: (word, True)


def _compound(morph: Any, parts: list[str], parses: list[Any], source: str, *, adjective: bool):
    """An inflector of one (possibly hyphenated) word whose last part has ``parses``."""
    inflect_first = [not adjective and _inflects_as_first(morph, part, source) for part in parts[:-1]]

    def inflect(case: str) -> tuple[str, bool]:
        out = []
        ok = True
        for part, changes in zip(parts[:-1], inflect_first, strict=True):
            if changes:
                new, sure = _inflect_word(part, _in_case(morph, part.lower(), source), case, noun=True)
                ok = ok and sure
                out.append(new)
            else:
                out.append(part)
        new, sure = _inflect_word(parts[-1], parses, case, noun=not adjective)
        out.append(new)
        return "-".join(out), ok and sure

    return inflect


def _inflects_as_first(morph: Any, part: str, source: str) -> bool:
    """A first part that inflects: a noun naming a person («инженер-», «врач-»)."""
    if not has_cyrillic(part) or part.lower() in INVARIABLE_FIRST:
        return False
    return any(
        p.tag.POS == "NOUN" and p.tag.animacy == "anim" and p.is_known
        for p in _in_case(morph, part.lower(), source)
    )


def _inflect_word(word: str, parses: list[Any], case: str, *, noun: bool) -> tuple[str, bool]:
    """The word in ``case`` (letter case and «е» for «ё» as the user wrote it), and
    whether every fitting parse agrees on it and the dictionary knows the word."""
    pos = {"NOUN"} if noun else _MODIFIER_POS
    fitting = [p for p in parses if p.tag.POS in pos]
    if not fitting:
        return word, False
    best = fitting[0]
    same = [p for p in fitting if p.tag.number == best.tag.number and p.tag.gender == best.tag.gender]
    forms = set()
    for parse in same:
        inflected = parse.inflect({case})
        if inflected is not None:
            forms.add(inflected.word)
    if not forms:
        return word, False
    first = best.inflect({case})
    chosen = first.word if first is not None else sorted(forms)[0]
    sure = len(forms) == 1 and all(p.is_known for p in same)
    return _like(word, chosen), sure


def _like(original: str, word: str) -> str:
    """``word`` written as ``original`` is: capitals, and «е» where it has no «ё»."""
    if "ё" not in original.lower():
        word = word.replace("ё", "е")
    if len(original) > 1 and original.isupper():
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


# --- the forms of a role's variables -------------------------------------------------


class FormChange(NamedTuple):
    """What happened to one case form when its nominative was set."""

    name: str  # the form's variable, e.g. position_genitive
    value: str  # its value now ("" when it could not be derived)
    derived: bool  # true: derived now; false: kept as it was (the user's own)
    sure: bool = True


def follows(
    form_value: str,
    previous_nominative: str,
    case: str,
    template_value: str | None = None,
) -> bool:
    """Whether a stored case form is the machine's and follows its nominative.

    It does when it is empty, when it reads as the previous nominative's
    derived form, or when it is the template's own form. Any other text is one
    the user wrote and is never overwritten.
    """
    value = form_value.strip()
    if not value:
        return True
    if template_value is not None and value == template_value.strip():
        return True
    old = decline(previous_nominative) if previous_nominative.strip() else None
    return old is not None and value == old.form(case)


def derive_forms(
    variables: Mapping[str, str],
    previous: Mapping[str, str],
    *,
    template: Mapping[str, str] | None = None,
    keep: frozenset[str] = frozenset(),
    only: frozenset[str] | None = None,
) -> tuple[dict[str, str], list[FormChange]]:
    """The variables with the case forms of every changed nominative derived.

    ``previous`` are the values before the change (the draft's, or the
    template's for a new draft); a nominative that differs from it has its
    forms derived where they :func:`follows` it. ``keep`` names forms the user
    set in the same change (never replaced); ``only``, the nominatives to look
    at (default: all). Forms that cannot be derived are
    emptied rather than left reading as another position's, and reported.
    """
    out = dict(variables)
    changes: list[FormChange] = []
    for nominative, forms in FORMS.items():
        if only is not None and nominative not in only:
            continue
        now = (out.get(nominative) or "").strip()
        before = (previous.get(nominative) or "").strip()
        if now == before and all((out.get(f) or "").strip() for f, _ in forms):
            continue
        if not now:
            continue
        declined = decline(now)
        for form, case in forms:
            if form in keep:
                continue
            current = out.get(form) or ""
            stamp = (template or {}).get(form)
            if not follows(current, before, case, stamp) and current.strip():
                if now != before:
                    changes.append(FormChange(form, current, derived=False))
                continue
            value = declined.form(case) if declined is not None else ""
            if value == current and current:
                continue
            if value:
                out[form] = value
            else:
                out.pop(form, None)
            changes.append(FormChange(form, value, derived=True, sure=declined is not None and declined.sure))
    return out, changes


# --- a quick reading of the common cases, for the check ------------------------------

_ADJECTIVE = re.compile(r"(ый|ой|ий|ая|яя)$")
#: endings of a word in an oblique case: a word ending so is no nominative head
_OBLIQUE = ("ом", "ем", "ам", "ям", "ой", "ей", "ах", "ях", "ов", "ев", "ым", "им", "ию")
_QUICK_INVARIABLE = INVARIABLE_FIRST | {"офис", "бизнес", "контент", "бренд", "веб", "аккаунт", "контакт"}
#: first parts of hyphenated positions that inflect like the second («секретаря-референта»)
_QUICK_INFLECTING = frozenset(
    {"инженер", "секретарь", "врач", "педагог", "учитель", "повар", "кассир", "мастер", "техник", "слесарь"}
)
_PREPOSITIONS = frozenset({"по", "с", "со", "в", "во", "на", "для", "за", "при"})
_HARD_CONSONANTS = set("бвгджзклмнпрстфхчшщ")


def quick_form(phrase: str, case: str) -> str | None:
    """The genitive (``gent``) or dative (``datv``) of a common position read by its
    endings alone, without the dictionary; ``None`` whenever the endings do not
    settle it (the caller then asks :func:`decline`). Only for a quick "agrees":
    a form that differs from it is judged by the analyser."""
    spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(phrase)]
    out, last = [], 0
    for index, (start, end, word) in enumerate(spans):
        parts = word.split("-")
        firsts = []
        for part in parts[:-1]:
            lowered = part.lower()
            if not has_cyrillic(part) or lowered in _QUICK_INVARIABLE:
                firsts.append(part)
            elif lowered in _QUICK_INFLECTING and (inflected := _quick_noun(lowered, case)) is not None:
                firsts.append(_like(part, inflected))
            else:
                return None  # whether this first part inflects needs the dictionary
        tail = parts[-1].lower()
        adjective = _ADJECTIVE.search(tail)
        new = _quick_adjective(tail, case) if adjective else _quick_noun(tail, case)
        if new is None:
            return None
        out += [phrase[last:start], "-".join([*firsts, _like(parts[-1], new)])]
        last = end
        following = spans[index + 1][2].lower() if index + 1 < len(spans) else ""
        # «заведующий складом», «дежурный по залу»: a word like an adjective heads the phrase
        head = not adjective or following in _PREPOSITIONS or following.endswith(_OBLIQUE)
        if head:
            return "".join(out) + phrase[last:]
    return None


def _quick_adjective(word: str, case: str) -> str | None:
    stem, ending = word[:-2], word[-2:]
    if len(stem) < 2:
        return None
    if ending == "ая":
        return stem + ("ей" if stem[-1] in "жшчщ" else "ой")
    if ending == "яя":
        return stem + "ей"
    soft = ending == "ий" and stem[-1] not in "гкх"
    return stem + ("е" if soft else "о") + ("го" if case == "gent" else "му")


def _quick_noun(word: str, case: str) -> str | None:
    if len(word) < 3 or not has_cyrillic(word) or word.endswith(_OBLIQUE) or word.endswith("ец"):
        return None
    final = word[-1]
    if final in _HARD_CONSONANTS:
        return word + ("а" if case == "gent" else "у")
    if final in "ьй":
        return word[:-1] + ("я" if case == "gent" else "ю")
    if final == "а":
        velar = word[-2] in "гкхжшчщ"
        return word[:-1] + (("и" if velar else "ы") if case == "gent" else "е")
    return None


def marks(variables: Mapping[str, str], template: Mapping[str, str] | None = None) -> dict[str, str]:
    """Which case forms are the machine's: ``{form: "suggested" | "check"}``.

    A form is suggested when it follows its nominative (:func:`follows`: it
    reads as the nominative's derived form, or it is the template's);
    "check" when that form is a guess or is not the nominative's. Needs the
    analyser (cheap once it is loaded)."""
    out: dict[str, str] = {}
    for nominative, forms in FORMS.items():
        value = (variables.get(nominative) or "").strip()
        declined = decline(value) if value else None
        for form, case in forms:
            stored = (variables.get(form) or "").strip()
            if not stored or not follows(stored, value, case, (template or {}).get(form)):
                continue
            agrees = declined is not None and declined.sure and stored == declined.form(case)
            out[form] = "suggested" if agrees else "check"
    return out
