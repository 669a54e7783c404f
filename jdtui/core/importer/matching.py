"""Linking imported items to library blocks.

An item whose text is a block's text with the role's variables filled in is
*linked* to the block. An item that is nearly that text (small edits) becomes
a local copy forked from the block: it keeps the imported wording and the
block's areas, covers and measures, so the coverage checks work.

Blocks are indexed by kind and language; exact look-ups are dictionary hits
and fuzzy matching is bounded (score cutoff, text length, number of tries).
"""

from __future__ import annotations

from collections.abc import Mapping

from rapidfuzz import fuzz, process

from ..model import Block, Library
from ..placeholders import substitute
from ..text import capitalise, strip_controls

#: Similarity (0-100) above which an item counts as a small edit of a block.
NEAR_SCORE = 90
#: Items longer than this are not fuzzy-matched (a clause is rarely this long).
MAX_FUZZY_CHARS = 600
#: Fuzzy look-ups per import; a huge file stops fuzzy matching after this many.
MAX_FUZZY_TRIES = 3000


def _key(text: str) -> str:
    return " ".join(text.split())


def filled(block: Block, variables: Mapping[str, str]) -> str:
    """The block's text as a document would show it (see render.item_text)."""
    return capitalise(strip_controls(substitute(block.text, variables)).strip())


class BlockMatcher:
    """Finds the library block an imported text stands for."""

    def __init__(self, library: Library, lang: str, variables: Mapping[str, str]) -> None:
        self._exact: dict[tuple[str, str], Block] = {}
        self._choices: dict[str, list[str]] = {}
        self._blocks: dict[str, list[Block]] = {}
        self.fuzzy_tries = 0
        self.fuzzy_capped = False
        for block in library.blocks.values():
            if block.lang != lang:
                continue
            text = _key(filled(block, variables))
            self._exact.setdefault((block.kind, text), block)
            self._choices.setdefault(block.kind, []).append(text.casefold())
            self._blocks.setdefault(block.kind, []).append(block)

    def exact(self, kind: str, text: str) -> Block | None:
        """The block whose filled text is exactly ``text``."""
        return self._exact.get((kind, _key(text)))

    def near(self, kind: str, text: str) -> Block | None:
        """The block whose filled text is nearly ``text``, if any (bounded work)."""
        choices = self._choices.get(kind)
        if not choices or len(text) > MAX_FUZZY_CHARS:
            return None
        if self.fuzzy_tries >= MAX_FUZZY_TRIES:
            self.fuzzy_capped = True
            return None
        self.fuzzy_tries += 1
        found = process.extractOne(
            _key(text).casefold(), choices, scorer=fuzz.ratio, processor=None, score_cutoff=NEAR_SCORE
        )
        return self._blocks[kind][found[2]] if found else None
