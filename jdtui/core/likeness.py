"""How much one role reads like another: the share of its clauses the other has.

Used to say, when a document is imported, that it looks like a draft the user
already has (the same file imported twice, or a copy of it).
"""

from __future__ import annotations

from collections.abc import Iterable

from .model import Library, Role

#: from this share of clauses in common, an import is said to look like a draft
LOOKS_LIKE = 0.8


def _clauses(role: Role, library: Library) -> set[str]:
    found = set()
    for _, _, item in role.items():
        block = library.resolve(item)
        if block is not None and block.text.strip():
            found.add(" ".join(block.text.casefold().replace("ё", "е").split()))
    return found


def shared_share(role: Role, other: Role, library: Library) -> float:
    """The share of ``role``'s clauses (by text, any case and spacing) that ``other`` has."""
    return _share(_clauses(role, library), other, library)


def _share(mine: set[str], other: Role, library: Library) -> float:
    if not mine:
        return 0.0
    return len(mine & _clauses(other, library)) / len(mine)


def most_like(role: Role, drafts: Iterable[Role], library: Library) -> tuple[Role, float] | None:
    """The draft ``role`` reads most like, when it shares at least :data:`LOOKS_LIKE`
    of its clauses with it (same language only), else None. Each draft's clauses
    are read once: the work grows with the clauses of all drafts, not their product."""
    mine = _clauses(role, library)
    best: tuple[Role, float] | None = None
    for draft in drafts:
        if draft.id == role.id or draft.lang != role.lang:
            continue
        share = _share(mine, draft, library)
        if share >= LOOKS_LIKE and (best is None or share > best[1]):
            best = (draft, share)
    return best
