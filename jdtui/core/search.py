"""Search as you type over texts in Russian and English.

Case-insensitive, «ё» = «е», and word forms match: each query word is reduced
to the shorter of itself and its Snowball stem, and it matches a text that has
a word starting with that (so «клиентами» finds «клиенту», «ключевой» finds
«ключевыми», and a word being typed matches as a prefix).

Why no inverted index: Snowball stems of Russian words, and of English words
but for a final «y» that becomes «i», are prefixes of the words themselves, so
"a text word starts with the query stem" needs no stemming of the texts at all.
Building an index of 100,000 texts is then one case-fold each, and a query is a
substring scan of pre-folded texts (C speed) that later keystrokes narrow to the
previous results.

Lemmas: an index made with ``lemmas=True`` (the Library, the block picker)
matches a Russian query word the analyser knows (:mod:`.grammar`, once it is
loaded; until then, and for words it does not know, the stemmer as above) by
the forms of its dictionary word: «отчёт» finds «отчётов» but not
«отчётности». The forms' common beginnings are scanned as above and the few
texts that have such a beginning are confirmed by the whole forms, so no
lemma index of the texts is built. Words of fewer than four letters are
taken as beginnings still being typed.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence
from functools import lru_cache
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)

_WORD = re.compile(r"\w+", re.UNICODE)
_CYRILLIC = re.compile(r"[а-я]")


@lru_cache(maxsize=1)
def _stemmers() -> tuple:
    """The Russian and English stemmers, imported on first use: snowballstemmer
    loads all of its thirty languages, which the app's first paint need not wait for."""
    import snowballstemmer

    return snowballstemmer.stemmer("russian"), snowballstemmer.stemmer("english")


def warm_up() -> None:
    """Load the stemmers (~25 ms of imports) ahead of the first query."""
    _stemmers()


def fold(text: str) -> str:
    """Lower case with «ё» folded to «е»."""
    return text.casefold().replace("ё", "е")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball stem of one folded word, Russian or English by its letters."""
    russian, english = _stemmers()
    return (russian if _CYRILLIC.search(word) else english).stemWord(word)


def words(text: str) -> list[str]:
    """The folded words of a text."""
    return _WORD.findall(fold(text))


def terms(text: str) -> set[str]:
    """The folded words of a text and their stems."""
    out: set[str] = set()
    for word in words(text):
        out.add(word)
        out.add(stem(word))
    return out


def query_terms(query: str) -> list[str]:
    """One term per query word: the shorter of the word and its stem."""
    return [min(word, stem(word), key=len) for word in words(query)]


def variants(term: str) -> tuple[str, ...]:
    """What a text word may start with to match ``term``.

    English stems turn a final «y» into «i» (company → compani), the one case
    where a stem is not a prefix of its word.
    """
    if term.endswith("i") and len(term) > 2 and term.isascii():
        return (term, term[:-1] + "y")
    return (term,)


@lru_cache(maxsize=256)
def _word_start(options: tuple[str, ...]) -> re.Pattern[str]:
    """A word starting with one of ``options``, in a text that starts with a space.

    The literal comes first and the look-behind after it, so the regex engine
    can skip ahead to the literal (several times faster than a look-behind first).
    """
    return re.compile("|".join(f"{re.escape(o)}(?<=\\W{re.escape(o)})" for o in options))


def _has_word_starting(options: tuple[str, ...], text: str) -> bool:
    """Whether a folded text (with a leading space) has a word starting with one of ``options``."""
    for option in options:
        if option in text and (" " + option in text or _word_start(options).search(text)):
            return True
    return False


def _scan(options: tuple[str, ...], texts: list[str], among: Sequence[int] | None) -> list[int]:
    """Positions of the texts (all, or ``among``) with a word starting with one of ``options``."""
    if len(options) == 1:
        # The hot loop of search as you type: a substring test in C rejects most
        # texts; a space before the term confirms a word start; the regex only
        # settles the rest («клиент» after a quote or a hyphen, or inside a word).
        term = options[0]
        spaced = " " + term
        pattern = _word_start(options)
        if among is None:
            return [
                i
                for i, text in enumerate(texts)
                if term in text and (spaced in text or pattern.search(text) is not None)
            ]
        return [
            i
            for i in among
            if term in (text := texts[i]) and (spaced in text or pattern.search(text) is not None)
        ]
    candidates = range(len(texts)) if among is None else among
    return [i for i in candidates if _has_word_starting(options, texts[i])]


#: a query word: a beginning ``str``, or the forms of a dictionary word ``frozenset``
Term = str | frozenset


def _narrower(old: Term, new: Term) -> bool:
    """Whether every text ``new`` matches is one ``old`` matches."""
    if isinstance(old, str):
        if isinstance(new, str):
            return new.startswith(old)
        return all(form.startswith(old) for form in new)
    return isinstance(new, frozenset) and new <= old


def _narrows(old: tuple[Term, ...], new: tuple[Term, ...]) -> bool:
    """Whether every text matching ``new`` also matches ``old`` (the user typed on)."""
    if not old or len(new) < len(old):
        return False
    return all(_narrower(o, n) for o, n in zip(old, new, strict=False))


#: shortest query word read by its dictionary forms (shorter ones are being typed)
LEMMA_MIN = 4


def lemma_forms(word: str) -> frozenset[str] | None:
    """The folded forms of the dictionary words a lower-case ``word`` may be (as
    typed, «ё» kept: the analyser reads «е» as «ё» where a word has one, not back), or
    ``None``: a short or non-Russian word, one the analyser does not know, or the
    analyser not loaded yet (it is never loaded here: a keystroke must not wait)."""
    if len(word) < LEMMA_MIN or not _CYRILLIC.search(word):
        return None
    from .grammar import analyser_loaded

    return _lexemes(word) if analyser_loaded() else None


@lru_cache(maxsize=4096)
def _lexemes(word: str) -> frozenset[str] | None:
    from .grammar import load_analyser

    forms: set[str] = set()
    for parse in load_analyser().parse(word):
        if parse.is_known:
            forms.update(fold(form.word) for form in parse.lexeme)
    # as typed: «отчё» (the start of «отчёт») is no form of «отец», though folded it
    # reads as «отче»; a word with «е» for «ё» is still found («отчет» is «отчёт»)
    return frozenset(forms) if fold(word) in forms else None


@lru_cache(maxsize=1024)
def _beginnings(forms: frozenset[str]) -> tuple[str, ...]:
    """Common beginnings of the forms (one per first three letters), to scan for."""
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(form[:3], []).append(form)
    out = []
    for members in groups.values():
        prefix = members[0]
        for member in members[1:]:
            while not member.startswith(prefix):
                prefix = prefix[:-1]
        out.append(prefix)
    return tuple(sorted(out))


@lru_cache(maxsize=1024)
def _whole_word(forms: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(f"(?<!\\w)(?:{alternatives})(?!\\w)")


def _scan_term(term: Term, texts: list[str], among: Sequence[int] | None) -> list[int]:
    """Positions of the texts matching one query term."""
    if isinstance(term, str):
        return _scan(variants(term), texts, among)
    found = _scan(_beginnings(term), texts, among)
    pattern = _whole_word(term)
    return [i for i in found if pattern.search(texts[i]) is not None]


def _query(query: str, lemmas: bool) -> tuple[Term, ...]:
    """The query's terms: by dictionary forms where ``lemmas`` and known, else beginnings."""
    out: list[Term] = []
    for typed in _WORD.findall(query.casefold()):  # ё kept: the analyser tells «отчё» from «отче»
        word = fold(typed)
        forms = lemma_forms(typed) if lemmas else None
        out.append(forms if forms is not None else min(word, stem(word), key=len))
    return tuple(out)


def _rarity(term: Term) -> int:
    return len(term) if isinstance(term, str) else min(map(len, _beginnings(term)))


class SearchIndex(Generic[K]):
    """Texts by key, folded once, searched by word prefix and stem.

    It remembers the last query and its results: when the next query only
    extends it (another letter, another word), only those results are scanned.
    """

    def __init__(
        self, entries: Iterable[tuple[K, str]] = (), *, warm: bool = True, lemmas: bool = False
    ) -> None:
        """``warm``: load the stemmers now (often in a worker thread), not on the
        first keystroke; false where a first paint should not wait for them.
        ``lemmas``: match Russian words by their dictionary forms once the
        analyser is loaded (see the module's doc)."""
        self._keys: list[K] = []
        self._texts: list[str] = []
        self._last: tuple[tuple[Term, ...], list[int]] | None = None
        self.lemmas = lemmas
        if warm:
            warm_up()
        self.add_all(entries)

    def add_all(self, entries: Iterable[tuple[K, str]]) -> None:
        """Add texts; a leading space makes the first word a word start like the others."""
        pairs = entries if isinstance(entries, (list, tuple)) else list(entries)
        self._keys.extend([key for key, _ in pairs])
        self._texts.extend([(" " + text).casefold().replace("ё", "е") for _, text in pairs])
        self._last = None

    def add_folded(self, keys: list[K], texts: list[str]) -> None:
        """Add texts folded already: ``fold(" " + text)`` (saves a copy of each
        when the caller builds its texts anyway)."""
        self._keys.extend(keys)
        self._texts.extend(texts)
        self._last = None

    def __len__(self) -> int:
        return len(self._keys)

    def positions(self, query: str) -> list[int] | None:
        """Positions (in insertion order) of the texts matching every query word.

        ``None`` for an empty query (meaning: everything).
        """
        wanted = _query(query, self.lemmas)
        if not wanted:
            return None
        among: list[int] | None = None
        if self._last is not None and _narrows(self._last[0], wanted):
            among = self._last[1]
        # Longest terms first: they are the rarest, so the others scan fewer texts.
        for term in sorted(set(wanted), key=_rarity, reverse=True):
            among = _scan_term(term, self._texts, among)
            if not among:
                break
        found = among or []
        self._last = (wanted, found)
        return found

    def search(self, query: str) -> list[K] | None:
        """Keys whose text matches every query word, in insertion order.

        ``None`` for an empty query (meaning: everything).
        """
        found = self.positions(query)
        if found is None:
            return None
        keys = self._keys
        return [keys[i] for i in found]


def matches(query: str, text: str, *, lemmas: bool = False) -> bool:
    """Whether one text matches a query (for small lists)."""
    return bool(_scan_all(_query(query, lemmas), [fold(" " + text)]))


def _scan_all(terms: tuple[Term, ...], texts: list[str]) -> list[int]:
    among: list[int] | None = None
    for term in terms:
        among = _scan_term(term, texts, among)
        if not among:
            return []
    return list(range(len(texts))) if among is None else among


def filter_texts(query: str, entries: Sequence[tuple[K, str]]) -> list[K]:
    """The keys of the entries whose text matches ``query`` (all of them for an empty query)."""
    result = SearchIndex(entries).search(query)
    return [k for k, _ in entries] if result is None else result
