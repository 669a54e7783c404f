"""Search by dictionary word: Russian query words the analyser knows match the
forms of their word, and only those; others fall back to the stemmer."""

from __future__ import annotations

import pytest

from jdtui.core.grammar import load_analyser
from jdtui.core.search import SearchIndex, matches

TEXTS = [
    ("reports", "Готовит ежемесячные отчёты о продажах"),
    ("reporting", "Ведёт бухгалтерскую отчётность"),
    ("one-report", "Составляет отчет для руководителя"),
    ("reports-gen", "Хранение отчётов и договоров"),
    ("clients", "Работа с ключевыми клиентами"),
    ("client-adj", "Ведёт клиентскую базу"),
    ("people", "Обучение людей работе с системой"),
    ("en", "Prepares monthly sales reports"),
]


@pytest.fixture(scope="module")
def index() -> SearchIndex[str]:
    load_analyser()
    return SearchIndex(TEXTS, lemmas=True)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("отчёт", ["reports", "one-report", "reports-gen"]),  # отчёты, отчет, отчётов; not отчётность
        ("отчет", ["reports", "one-report", "reports-gen"]),  # ё = е
        ("отчётов", ["reports", "one-report", "reports-gen"]),  # any form finds every form
        ("отчётность", ["reporting"]),
        ("ОТЧЁТНОСТИ", ["reporting"]),
        ("клиент", ["clients"]),  # not «клиентскую»: another word
        ("клиентский", ["client-adj"]),
        ("человек", ["people"]),  # «люди» is a form of «человек» in the dictionary
        ("отч", ["reports", "reporting", "one-report", "reports-gen"]),  # a beginning being typed
        # «отчё» is the start of «отчёт», not «отче» (a form of «отец») as folding ё would read it
        ("отчё", ["reports", "reporting", "one-report", "reports-gen"]),
        ("клиен", ["clients", "client-adj"]),  # not a word: the stemmer's beginning
        ("report", ["en"]),  # English: the stemmer
        ("отчёт продажа", ["reports"]),
    ],
)
def test_lemma_search(index, query, expected):
    assert index.search(query) == expected


def test_typing_on_narrows_correctly(index):
    """Each keystroke gives the same as a fresh search (narrowing never loses a match)."""
    for phrase in ("отчётности", "клиентами", "человеку"):
        for n in range(1, len(phrase) + 1):
            fresh = SearchIndex(TEXTS, lemmas=True).search(phrase[:n])
            assert index.search(phrase[:n]) == fresh, phrase[:n]


def test_without_lemmas_the_stemmer_reads_as_before():
    plain = SearchIndex(TEXTS)
    assert plain.search("отчёт") == ["reports", "reporting", "one-report", "reports-gen"]


def test_matches_reads_lemmas_too():
    load_analyser()
    assert matches("отчёт", "Хранение отчётов", lemmas=True)
    assert not matches("отчёт", "Ведёт отчётность", lemmas=True)
