"""The language a document is written in, when it is neither Russian nor English.

jdtui reads Russian and English documents (its profiles, headings and checks
are for those). A document in another language is recognised as such, so the
import can say so instead of "no sections found": by its script (Greek, Arabic,
Chinese…), by the letters only some Cyrillic alphabets have (Ukrainian «ї»,
Serbian «ђ», Kazakh «ә»…), or, for Latin script, by the short words every text
of a language is full of ("und", "der"; "les", "des"; "que", "los").
"""

from __future__ import annotations

import re
import unicodedata

#: the first characters looked at: enough to tell, cheap on a huge file
_SAMPLE = 60_000
_WORD = re.compile(r"[^\W\d_]+")

#: words frequent in every text of the language and rare in the others (and in English)
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "with",
            "for",
            "you",
            "we",
            "our",
            "will",
            "are",
            "is",
            "this",
            "that",
            "in",
            "on",
            "be",
            "an",
            "as",
        ]
    ),
    "de": frozenset(
        [
            "und",
            "der",
            "die",
            "das",
            "mit",
            "für",
            "wir",
            "sie",
            "ist",
            "ein",
            "eine",
            "zu",
            "von",
            "auf",
            "den",
            "dem",
            "nicht",
            "bei",
            "sind",
            "du",
            "dich",
            "dein",
        ]
    ),
    "fr": frozenset(
        [
            "les",
            "des",
            "et",
            "pour",
            "avec",
            "nous",
            "vous",
            "est",
            "dans",
            "une",
            "sur",
            "qui",
            "que",
            "au",
            "du",
            "aux",
            "tu",
            "ton",
            "tes",
            "le",
            "la",
        ]
    ),
    "es": frozenset(
        [
            "los",
            "las",
            "y",
            "del",
            "para",
            "con",
            "por",
            "una",
            "es",
            "en",
            "que",
            "se",
            "el",
            "al",
            "su",
            "sus",
            "nuestro",
            "nuestra",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "di",
            "che",
            "per",
            "con",
            "una",
            "sono",
            "del",
            "della",
            "gli",
            "le",
            "nel",
            "alla",
            "dei",
            "delle",
            "nostro",
            "nostra",
        ]
    ),
    "pt": frozenset(
        [
            "os",
            "e",
            "do",
            "da",
            "para",
            "com",
            "uma",
            "não",
            "em",
            "que",
            "dos",
            "das",
            "nosso",
            "nossa",
            "você",
            "é",
            "ao",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "en",
            "van",
            "een",
            "voor",
            "met",
            "je",
            "wij",
            "we",
            "zijn",
            "op",
            "in",
            "te",
            "jij",
            "onze",
            "ons",
        ]
    ),
    "pl": frozenset(
        [
            "i",
            "w",
            "z",
            "na",
            "do",
            "się",
            "że",
            "nie",
            "jest",
            "dla",
            "oraz",
            "od",
            "po",
            "jak",
            "przez",
            "lub",
            "być",
        ]
    ),
}
#: letters of Cyrillic alphabets that Russian does not have
_CYRILLIC_MARKS = {
    "uk": frozenset("іїєґ"),
    "be": frozenset("ў"),
    "sr": frozenset("ђћџљњј"),
    "kk": frozenset("әғқңөұүһ"),
}
#: scripts by the first word of their Unicode character names
_SCRIPTS = {
    "GREEK": "el",
    "ARABIC": "ar",
    "HEBREW": "he",
    "CJK": "zh",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "THAI": "th",
    "ARMENIAN": "hy",
    "GEORGIAN": "ka",
    "DEVANAGARI": "hi",
}


_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile("[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u024f]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_MARK_LETTERS = {
    code: re.compile(f"[{''.join(sorted(letters | {c.upper() for c in letters}))}]")
    for code, letters in _CYRILLIC_MARKS.items()
}


def foreign_language(text: str) -> str | None:
    """The language code of a document in a language other than Russian or English
    (``"other"`` when it is none jdtui can name), or None for Russian or English."""
    sample = text[:_SAMPLE]
    # counted by the regex engine: a character loop in Python is slow on a big file
    letters = len(_LETTER.findall(sample))
    if not letters:
        return None
    latin = len(_LATIN.findall(sample))
    cyrillic = len(_CYRILLIC.findall(sample))
    if letters - latin - cyrillic > max(latin, cyrillic):
        others: dict[str, int] = {}
        for char in _LETTER.findall(sample):
            if char >= "\u0250" and not "\u0400" <= char <= "\u04ff":
                script = _SCRIPTS.get(unicodedata.name(char, "").split(" ", 1)[0], "other")
                others[script] = others.get(script, 0) + 1
        return max(others, key=lambda code: others[code])
    if cyrillic >= latin:
        marks = {code: len(pattern.findall(sample)) for code, pattern in _MARK_LETTERS.items()}
        code = max(marks, key=lambda c: marks[c])
        return code if marks[code] >= max(3, cyrillic * 0.005) else None
    return _latin_language(sample)


def _latin_language(sample: str) -> str | None:
    words = [w.casefold() for w in _WORD.findall(sample)]
    if len(words) < 12:
        return None
    hits = {code: sum(1 for w in words if w in stop) for code, stop in _STOPWORDS.items()}
    best = max((code for code in hits if code != "en"), key=lambda c: hits[c])
    if hits[best] > 1.5 * hits["en"] and hits[best] >= 0.08 * len(words):
        return best
    return None
