"""Harvest: an imported document's clauses as the user's own library blocks.

A consultancy grows its library from documents it already owns: each clause of
an imported role (a duty, right, requirement, KPI, onboarding day…) becomes an
own block with its kind, its duty areas (given by likeness, see
:mod:`.areas`), its requirement group or onboarding day, and where it came from
(``origin``). A clause the library already has — exactly, or nearly (a small
edit: :data:`NEAR_SCORE`) — is skipped, and so is one the document repeats.
The document's own names (its organisation, the position and its case forms,
the department) become placeholders again, so the block fits the next role.

Pure: the caller stores the blocks (``Workspace.harvest``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from .model import NOTE, Block, Library, Role
from .placeholders import substitute
from .profiles import get_profile
from .vocabulary import _slug as id_part  # one transliteration for ids

#: rapidfuzz's ratio (0-100) from which a clause counts as one the library has
NEAR_SCORE = 90
#: clauses longer than this are compared exactly only (fuzzy matching is bounded)
MAX_FUZZY_CHARS = 600
#: the details turned back into placeholders, longest value first
PLACEHOLDER_DETAILS = (
    "organization",
    "position_genitive",
    "position_dative",
    "position",
    "department",
    "reports_to_dative",
    "reports_to",
)


@dataclass(frozen=True, slots=True)
class Harvest:
    """The blocks to add, and how many clauses were skipped as already in the library."""

    blocks: tuple[Block, ...]
    skipped: int


def _key(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def as_placeholders(text: str, variables: Mapping[str, str]) -> str:
    """``text`` with the role's own names (:data:`PLACEHOLDER_DETAILS`) as placeholders."""
    pairs = [(variables.get(name, "").strip(), name) for name in PLACEHOLDER_DETAILS]
    for value, name in sorted(pairs, key=lambda pair: -len(pair[0])):
        if len(value) >= 4:
            pattern = rf"(?<!\w){re.escape(value)}(?!\w)"  # any case: «Менеджер…» opening a sentence
            text = re.sub(pattern, "{{" + name + "}}", text, flags=re.IGNORECASE)
    return text


class _Known:
    """The library's clauses of one language, by kind, as texts to compare with."""

    def __init__(self, library: Library, lang: str, variables: Mapping[str, str]) -> None:
        self.exact: set[tuple[str, str]] = set()
        self.texts: dict[str, list[str]] = {}
        for block in library.blocks.values():
            if block.lang != lang or not block.text.strip():
                continue
            for text in {block.text, substitute(block.text, variables)}:
                self.add(block.kind, text)

    def add(self, kind: str, text: str) -> None:
        key = _key(text)
        if (kind, key) not in self.exact:
            self.exact.add((kind, key))
            self.texts.setdefault(kind, []).append(key)

    def has(self, kind: str, text: str) -> bool:
        key = _key(text)
        if (kind, key) in self.exact:
            return True
        choices = self.texts.get(kind)
        if not choices or len(key) > MAX_FUZZY_CHARS:
            return False
        from rapidfuzz import fuzz, process

        found = process.extractOne(key, choices, scorer=fuzz.ratio, processor=None, score_cutoff=NEAR_SCORE)
        return found is not None


def harvest(role: Role, library: Library, *, origin: str) -> Harvest:
    """The clauses of ``role`` the library lacks, as own blocks (see the module's docstring).

    Linked items and those forked from a nearly identical block are in the
    library already; text of sections that fit no profile section (``other``)
    and notes are not clauses.
    """
    profile = get_profile(role.profile)
    known = _Known(library, role.lang, role.variables)
    taken = set(library.blocks.keys())
    blocks: list[Block] = []
    skipped = 0
    for section in role.sections:
        spec = profile.spec(section.id)
        if spec is None:
            continue
        for item in section.items:
            if item.is_note:
                continue
            block = library.resolve(item)
            if block is None or not block.text.strip() or block.kind == NOTE:
                continue
            if item.linked or item.ref or known.has(block.kind, block.text):
                skipped += 1
                continue
            text = as_placeholders(block.text.strip(), role.variables)
            if known.has(block.kind, text):
                skipped += 1
                continue
            known.add(block.kind, block.text)
            block_id = _new_id(f"user.{role.lang}.{block.kind}.{id_part(text) or 'clause'}", taken)
            blocks.append(
                replace(
                    block,
                    id=block_id,
                    lang=role.lang,
                    text=text,
                    title="",
                    source="own",
                    origin=origin,
                )
            )
    return Harvest(tuple(blocks), skipped)


def _new_id(base: str, taken: set[str]) -> str:
    block_id, number = base, 2
    while block_id in taken:
        block_id, number = f"{base}-{number}", number + 1
    taken.add(block_id)
    return block_id
