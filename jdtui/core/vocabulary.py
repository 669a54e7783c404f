"""The duty-area vocabulary: slugs shared by duty ``areas``, right ``covers``
and KPI ``measures``, offered when the user makes a block of their own."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .model import Block, Library

#: an area slug: lower-case words joined by hyphens, e.g. ``client-feedback``
AREA_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def areas(library: Library, lang: str | None = None) -> list[str]:
    """Every area the library's blocks (of ``lang``, or all) use, sorted."""
    found: set[str] = set()
    for block in library.blocks.values():
        if lang in (None, block.lang):
            found.update(block.areas, block.covers, block.measures)
    return sorted(found)


def is_area_slug(value: str) -> bool:
    return bool(AREA_SLUG.match(value))


class BlockSpecError(ValueError):
    """A custom block that cannot be made; the message says why, in the UI language."""


#: which metadata field belongs to which kind of block
_FIELD_KIND = {
    "areas": "duty",
    "covers": "right",
    "measures": "kpi",
    "group": "requirement",
    "day": "onboarding",
    "goal": "onboarding",
}


def make_block(
    *,
    kind: str,
    lang: str,
    text: str,
    title: str = "",
    areas: Iterable[str] = (),
    covers: Iterable[str] = (),
    measures: Iterable[str] = (),
    group: str | None = None,
    day: int | None = None,
    goal: str = "",
    tags: Iterable[str] = (),
    known_areas: Iterable[str] = (),
    taken: Iterable[str] = (),
) -> tuple[Block, list[str]]:
    """A user's block, validated, and the area slugs it adds to the vocabulary.

    Area slugs are picked from ``known_areas`` or new (then returned, so the
    caller can say so). ``taken`` are ids already in use.
    """
    from ..i18n import t

    values: dict[str, Any] = {
        "areas": tuple(areas),
        "covers": tuple(covers),
        "measures": tuple(measures),
        "group": group,
        "day": day,
        "goal": goal.strip(),
    }
    for field, owner in _FIELD_KIND.items():
        if values[field] and kind != owner:
            raise BlockSpecError(t("block.field_not_for_kind", field=field, kind=kind))
    text = text.strip()
    if not text:
        raise BlockSpecError(t("block.empty_text"))
    if kind == "onboarding" and (day is None or not values["goal"]):
        raise BlockSpecError(t("block.day_goal"))
    slugs = [*values["areas"], *values["covers"], *values["measures"]]
    for slug in slugs:
        if not is_area_slug(slug):
            raise BlockSpecError(t("block.bad_area", area=slug))
    known = set(known_areas)
    new = list(dict.fromkeys(s for s in slugs if s not in known))
    taken = set(taken)
    base = f"user.{lang}.{kind}.{_slug(title or text)}"
    block_id, n = base, 2
    while block_id in taken:
        block_id, n = f"{base}-{n}", n + 1
    block = Block(
        id=block_id,
        kind=kind,
        lang=lang,
        text=text,
        title=title.strip(),
        tags=tuple(tags),
        areas=values["areas"],
        covers=values["covers"],
        measures=values["measures"],
        group=group,
        day=day,
        goal=values["goal"],
        source="own",
    )
    return block, new


def _slug(text: str, limit: int = 40) -> str:
    """A readable id part from a title: Latin letters kept, Cyrillic transliterated."""
    table = str.maketrans(
        {
            "а": "a",
            "б": "b",
            "в": "v",
            "г": "g",
            "д": "d",
            "е": "e",
            "ё": "e",
            "ж": "zh",
            "з": "z",
            "и": "i",
            "й": "i",
            "к": "k",
            "л": "l",
            "м": "m",
            "н": "n",
            "о": "o",
            "п": "p",
            "р": "r",
            "с": "s",
            "т": "t",
            "у": "u",
            "ф": "f",
            "х": "kh",
            "ц": "ts",
            "ч": "ch",
            "ш": "sh",
            "щ": "shch",
            "ъ": "",
            "ы": "y",
            "ь": "",
            "э": "e",
            "ю": "iu",
            "я": "ia",
        }
    )
    words = re.findall(r"[a-z0-9]+", text.casefold().translate(table))
    return "-".join(words)[:limit].strip("-") or "block"
