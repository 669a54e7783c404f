"""Words, stems, sentences and scripts: the text helpers the rules share.

Snowball stems come from :mod:`jdtui.core.search` (the same stemming search
uses), imported only when a rule needs them so that ``jdtui check`` starts fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

#: a word: letters with inner hyphens or apostrophes; or a run of digits
_TOKEN = re.compile(r"\d+|[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
#: things in a clause that are not prose: placeholders, addresses, e-mails
_NOT_PROSE = re.compile(r"\{\{[^}]*\}\}|https?://\S+|www\.\S+|\S+@\S+")


def fold(text: str) -> str:
    """Lower case with «ё» folded to «е»."""
    return text.casefold().replace("ё", "е")


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """The folded words and numbers of ``text``, in order (cached: rules share them)."""
    return tuple(_TOKEN.findall(fold(text)))


def raw_words(text: str) -> list[tuple[str, str]]:
    """The words and numbers of ``text`` as written and folded: ``[("Lead", "lead"), …]``."""
    return [(word, fold(word)) for word in _TOKEN.findall(text)]


def stem(word: str) -> str:
    """The Snowball stem of one folded word (Russian or English by its letters)."""
    from ..search import stem as snowball

    return snowball(word)


def stems(words: Iterable[str]) -> list[str]:
    return [stem(w) for w in words]


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences (and lines, and «;»-separated clauses)."""
    return [s for s in (part.strip() for part in _SENTENCE.split(text)) if s]


@lru_cache(maxsize=8192)
def script_shares(text: str) -> tuple[int, int]:
    """How many Cyrillic and how many Latin letters ``text`` has, prose only."""
    prose = _NOT_PROSE.sub(" ", text)
    return len(_CYRILLIC.findall(prose)), len(_LATIN.findall(prose))


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` has a Cyrillic letter (a Russian pattern can match only then)."""
    return _CYRILLIC.search(text) is not None


def has_latin(text: str) -> bool:
    """Whether ``text`` has a Latin letter (an English pattern can match only then)."""
    return _LATIN.search(text) is not None


def mentions(text: str, pattern: re.Pattern[str]) -> bool:
    """Whether the folded ``text`` matches ``pattern`` (patterns are folded too)."""
    return bool(pattern.search(fold(text)))
