"""Search as you type over texts in Russian and English.

Case-insensitive, «ё» = «е», and word forms match: every word is reduced to
its Snowball stem, and a query word matches a text word when the text word (or
its stem) starts with the query word's stem.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Generic, Hashable, Iterable, Sequence, TypeVar

import snowballstemmer

K = TypeVar("K", bound=Hashable)

_WORD = re.compile(r"\w+", re.UNICODE)
_CYRILLIC = re.compile(r"[а-я]")
_RU = snowballstemmer.stemmer("russian")
_EN = snowballstemmer.stemmer("english")


def fold(text: str) -> str:
    """Lower case with «ё» folded to «е»."""
    return text.casefold().replace("ё", "е")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball stem of one folded word, Russian or English by its letters."""
    if _CYRILLIC.search(word):
        return _RU.stemWord(word)
    return _EN.stemWord(word)


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def terms(text: str) -> set[str]:
    """The searchable terms of a text: its folded words and their stems."""
    out: set[str] = set()
    for word in words(text):
        out.add(word)
        out.add(stem(word))
    return out


def query_terms(query: str) -> list[str]:
    """One term per query word: the shorter of the word and its stem."""
    return [min(word, stem(word), key=len) for word in words(query)]


class SearchIndex(Generic[K]):
    """An inverted index from terms to keys, with prefix look-up."""

    def __init__(self, entries: Iterable[tuple[K, str]] = ()) -> None:
        self._postings: dict[str, set[K]] = {}
        self._keys: list[K] = []
        self._sorted: list[str] | None = None
        self.add_all(entries)

    def add_all(self, entries: Iterable[tuple[K, str]]) -> None:
        postings = self._postings
        for key, text in entries:
            self._keys.append(key)
            for term in terms(text):
                bucket = postings.get(term)
                if bucket is None:
                    postings[term] = {key}
                else:
                    bucket.add(key)
        self._sorted = None

    def __len__(self) -> int:
        return len(self._keys)

    def _prefixed(self, prefix: str) -> set[K]:
        if self._sorted is None:
            self._sorted = sorted(self._postings)
        keys: set[K] = set()
        table = self._sorted
        index = bisect_left(table, prefix)
        while index < len(table) and table[index].startswith(prefix):
            keys |= self._postings[table[index]]
            index += 1
        return keys

    def search(self, query: str) -> list[K] | None:
        """Keys whose text matches every query word, in insertion order.

        ``None`` for an empty query (meaning: everything).
        """
        wanted = query_terms(query)
        if not wanted:
            return None
        found: set[K] | None = None
        for term in sorted(wanted, key=len, reverse=True):
            keys = self._prefixed(term)
            found = keys if found is None else found & keys
            if not found:
                return []
        assert found is not None
        return [key for key in self._keys if key in found]


def matches(query: str, text: str) -> bool:
    """Whether one text matches a query (for small lists)."""
    wanted = query_terms(query)
    have = terms(text)
    return all(any(t.startswith(w) for t in have) for w in wanted)


def filter_texts(query: str, entries: Sequence[tuple[K, str]]) -> list[K]:
    index = SearchIndex(entries)
    result = index.search(query)
    return [k for k, _ in entries] if result is None else result
