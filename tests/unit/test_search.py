"""Search as you type: word forms, «ё», case, prefixes while typing, several words."""

from __future__ import annotations

import pytest

from jdtui.core.search import SearchIndex, filter_texts, fold, matches, query_terms, stem, terms

TEXTS = [
    ("kam", "Менеджер по работе с ключевыми клиентами"),
    ("orders", "Ведёт учёт заказов клиентов в CRM-системе"),
    ("report", "Готовит отчёты о продажах «Ежемесячно»"),
    ("en-orders", "Processes client orders and tracks their delivery"),
    ("en-company", "Represents the company at industry events"),
    ("en-complaints", "Handles customer complaints within two days"),
    ("quoted", "Работа с (клиентской) базой и «ключевыми» партнёрами"),
]


@pytest.fixture
def index() -> SearchIndex[str]:
    return SearchIndex(TEXTS)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("клиент", ["kam", "orders", "quoted"]),  # клиентами, клиентов, клиентской
        ("клиентами", ["kam", "orders", "quoted"]),  # the stem, not the exact form
        ("ключевой", ["kam", "quoted"]),  # «ключевой» finds «ключевыми»
        ("учет", ["orders"]),  # ё = е
        ("УЧЁТ", ["orders"]),  # and case
        ("отчет продажа", ["report"]),  # every word must match, in any form
        ("ежемесячный", ["report"]),  # a word after a quotation mark starts a word
        ("систем", ["orders"]),  # a word after a hyphen starts a word
        ("order", ["en-orders"]),
        ("ordering", ["en-orders"]),  # English stems
        ("companies", ["en-company"]),  # y → i: compani matches company
        ("complaint", ["en-complaints"]),
        ("client ord", ["en-orders"]),  # prefix of the word being typed
        ("клиент продаж", []),
        ("лиент", []),  # the middle of a word is not a match
        ("rders", []),
    ],
)
def test_search_finds_word_forms(index: SearchIndex[str], query: str, expected: list[str]) -> None:
    assert index.search(query) == expected


def test_empty_query_means_everything(index: SearchIndex[str]) -> None:
    assert index.search("") is None
    assert index.search("  ,.;  ") is None
    assert filter_texts("", TEXTS) == [key for key, _ in TEXTS]


def test_typing_letter_by_letter_narrows_correctly(index: SearchIndex[str]) -> None:
    """Each keystroke gives what a fresh index gives, whether the query grows or shrinks."""
    typed = "ключевыми клиентами"
    queries = [typed[:n] for n in range(1, len(typed) + 1)]
    queries += [*list(reversed(queries)), "отч", "отчёты", "о", "company", "compan", "companies"]
    for query in queries:
        assert index.search(query) == SearchIndex(TEXTS).search(query), query


def test_results_keep_insertion_order() -> None:
    entries = [(3, "клиент"), (1, "клиенты"), (2, "клиентов")]
    assert SearchIndex(entries).search("клиенты") == [3, 1, 2]


def test_add_all_extends_an_index() -> None:
    index = SearchIndex([(1, "client orders")])
    assert index.search("order") == [1]
    index.add_all([(2, "more orders")])
    assert index.search("order") == [1, 2]
    assert len(index) == 2


def test_matches_one_text() -> None:
    assert matches("ключевой клиент", "С КЛЮЧЕВЫМИ клиентами")
    assert matches("Ёлка", "елки")
    assert not matches("клиент", "пациент")
    assert not matches("ent", "client")
    assert matches("", "anything")


def test_fold_stem_and_terms() -> None:
    assert fold("ЁЛКА Straße") == "елка strasse"
    assert stem("клиентами") == "клиент"
    assert stem("orders") == "order"
    assert {"клиентами", "клиент"} <= terms("Клиентами")
    assert query_terms("Ключевыми клиентами") == ["ключев", "клиент"]
