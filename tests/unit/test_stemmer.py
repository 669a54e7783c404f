"""The stemmers: snowballstemmer hands out PyStemmer's C stemmers when they are
installed (a dependency: duty areas by likeness stem every word of the library),
and they stem every word of the shipped library as the pure-Python ones do, so
search and duty areas give the same results either way."""

from __future__ import annotations

import re

import Stemmer
from snowballstemmer.english_stemmer import EnglishStemmer
from snowballstemmer.russian_stemmer import RussianStemmer

from jdtui.core import search
from jdtui.store.paths import shipped_data_dir


def test_search_stems_with_the_c_stemmers():
    russian, english = search._stemmers()
    assert isinstance(russian, Stemmer.Stemmer) and isinstance(english, Stemmer.Stemmer)
    assert search.stem("обязанности") == "обязан" and search.stem("responsibilities") == "respons"


def test_the_c_and_python_stemmers_agree_on_every_word_of_the_shipped_library():
    words: set[str] = set()
    for path in shipped_data_dir().glob("*.json"):
        words.update(search.words(path.read_text(encoding="utf-8")))
    assert len(words) > 3000
    pure = {"ru": RussianStemmer(), "en": EnglishStemmer()}
    c = {"ru": Stemmer.Stemmer("russian"), "en": Stemmer.Stemmer("english")}
    differ = [
        word
        for word in words
        for lang in ["ru" if re.search("[а-я]", word) else "en"]
        if pure[lang].stemWord(word) != c[lang].stemWord(word)
    ]
    assert differ == []
