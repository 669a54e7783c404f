"""Every shipped block has a title of its own: a short name for what the clause
is about (shown in the Library's Blocks tab, the add-block dialog and the
Compose outline at 80 columns), not the first characters of its text cut off
in the middle of a word, and not a title another block of its language and
kind already has (the add-block dialog could not tell the two apart)."""

from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest

from jdtui.store.paths import shipped_library_files

FILES = shipped_library_files()
LONGEST_TITLE = 60
# a title that repeats the opening of its text is tolerated up to this length
# (a short clause may well be its own name: "Reliable and punctual.")
LONGEST_PREFIX = 40
# an onboarding day's title is labelled with its day: "Day 2: …", "День 2: …"
DAY_LABEL = re.compile(r"^(?:Day|День) \d+: ")


def _blocks() -> list[tuple[str, str, dict]]:
    found = []
    for path in FILES:
        data = json.loads(path.read_text(encoding="utf-8"))
        for key, doc in data.get("blocks", {}).items():
            found.append((path.name, key, doc))
    return found


BLOCKS = _blocks()


def _named(where: str, key: str, doc: dict) -> str:
    return f"{where} #{key} {doc.get('id')}: «{doc.get('title')}»"


def _head(title: str) -> str:
    return DAY_LABEL.sub("", title, count=1)


def _repeats_opening(title: str, text: str) -> bool:
    """The title is the text's first words, cut well before the text ends."""
    head = _head(title).rstrip(" .…")
    body = text.rstrip(" .")
    return len(head) > LONGEST_PREFIX and body.startswith(head) and len(body) > len(head)


def _ends_inside_word(title: str, text: str) -> bool:
    """The title is a piece of the text that stops inside one of its words
    ("…each clien" for "…each client's terms"): it occurs in the text only
    as the start of a longer word. (The whole title is looked for, not only
    its last word, so that a Russian title in another case than the text's
    words, «Кухонное оборудование» for «…кухонным оборудованием», is a name.)"""
    head = _head(title).rstrip()
    if not head or not head[-1].isalnum():
        return False
    places = [m.end() for m in re.finditer(re.escape(head), text)]
    if not places:
        return False
    return all(end < len(text) and text[end].isalnum() for end in places)


@pytest.mark.parametrize(
    ("title", "text", "cut"),
    [
        ("Check that deliveries match each clien", "Check that deliveries match each client's terms.", True),
        (
            "Answer customer enquiries by phone, email and chat within the",
            "Answer customer enquiries by phone, email and chat within the service-level times.",
            True,
        ),
        (
            "Day 3: Listens in on calls and chats with an ex",
            "Listens in on calls and chats with an experienced colleague.",
            True,
        ),
        (
            "Check deliveries against agreed terms",
            "Check that deliveries match each client's agreed terms.",
            False,
        ),
        ("Reliable and punctual", "Reliable and punctual.", False),
        ("Day 3: Meets the main budget holders", "Meets the main budget holders.", False),
        ("Кухонное оборудование", "Навыки работы с кухонным оборудованием.", False),
        ("День 2: Изучает зоны приёмки и отгр", "Изучает зоны приёмки и отгрузки.", True),
    ],
)
def test_the_checks_tell_a_cut_title_from_a_name(title, text, cut):
    assert (_repeats_opening(title, text) or _ends_inside_word(title, text)) is cut


def test_no_title_is_the_opening_of_its_text_cut_off():
    cut = [
        _named(w, k, d) for w, k, d in BLOCKS if _repeats_opening(d.get("title") or "", d.get("text") or "")
    ]
    assert not cut, f"{len(cut)} titles are the first words of their text:\n" + "\n".join(cut[:40])


def test_no_title_ends_inside_a_word_of_its_text():
    cut = [
        _named(w, k, d) for w, k, d in BLOCKS if _ends_inside_word(d.get("title") or "", d.get("text") or "")
    ]
    assert not cut, f"{len(cut)} titles stop inside a word:\n" + "\n".join(cut[:40])


def test_every_block_has_a_title_that_fits_the_outline():
    bad = [
        _named(w, k, d)
        for w, k, d in BLOCKS
        if not (d.get("title") or "").strip() or len(d["title"]) > LONGEST_TITLE
    ]
    assert not bad, f"titles empty or longer than {LONGEST_TITLE} characters:\n" + "\n".join(bad)


def test_no_two_blocks_of_one_language_and_kind_share_a_title():
    by_title: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for where, key, doc in BLOCKS:
        by_title[(doc.get("lang"), doc.get("kind"), (doc.get("title") or "").strip().casefold())].append(
            _named(where, key, doc)
        )
    shared = ["\n  ".join(names) for names in by_title.values() if len(names) > 1]
    assert not shared, f"{len(shared)} titles are shared:\n  " + "\n  ".join(shared)
