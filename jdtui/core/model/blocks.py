"""Blocks: the reusable clauses (one duty, right, requirement, KPI, onboarding day…), and a table of them by id."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .tables import DocumentTable


@dataclass(frozen=True, slots=True)
class Block:
    """A reusable clause: one duty, right, requirement, KPI, onboarding day…"""

    id: str
    kind: str
    lang: str
    text: str
    title: str = ""
    tags: tuple[str, ...] = ()
    #: duty: the duty areas this duty belongs to
    areas: tuple[str, ...] = ()
    #: right: the duty areas this right enables
    covers: tuple[str, ...] = ()
    #: KPI: the duty areas this indicator measures
    measures: tuple[str, ...] = ()
    #: requirement: knowledge | experience | qualities
    group: str | None = None
    #: onboarding: the day of the plan and its goal
    day: int | None = None
    goal: str = ""
    #: provenance: online-template, company-standard, professional-association, own
    source: str = "own"
    #: where an own block came from, in words («импортировано из ДИ.docx»); "" when not said
    origin: str = ""

    def to_dict(self) -> dict:
        data = {
            "id": self.id,
            "kind": self.kind,
            "lang": self.lang,
            "title": self.title,
            "text": self.text,
            "tags": list(self.tags),
            "areas": list(self.areas),
            "covers": list(self.covers),
            "measures": list(self.measures),
            "group": self.group,
            "day": self.day,
            "goal": self.goal,
            "source": self.source,
        }
        if self.origin:  # only when set: libraries without one stay as they were
            data["origin"] = self.origin
        return data

    @classmethod
    def from_dict(cls, data: Mapping) -> Block:
        day = data.get("day")
        return cls(
            id=str(data["id"]),
            kind=str(data["kind"]),
            lang=str(data.get("lang") or "ru"),
            text=str(data.get("text") or ""),
            title=str(data.get("title") or ""),
            tags=tuple(data.get("tags") or ()),
            areas=tuple(data.get("areas") or ()),
            covers=tuple(data.get("covers") or ()),
            measures=tuple(data.get("measures") or ()),
            group=data.get("group") or None,
            day=int(day) if day not in (None, "") else None,
            goal=str(data.get("goal") or ""),
            source=str(data.get("source") or "own"),
            origin=str(data.get("origin") or ""),
        )


class BlockTable(DocumentTable[Block]):
    """Blocks by id. Blocks read from a file stay stored documents until first
    used, so a library of 100,000 blocks opens without building 100,000 objects.
    """

    __slots__ = ()
    kind = Block

    @staticmethod
    def make(document: Mapping) -> Block:
        return Block.from_dict(document)

    def duty_areas(self, lang: str) -> set[str]:
        """The duty areas the table's duties in ``lang`` list. A shelf answers from
        its summary (:func:`duty_areas_by_lang`, worked out when it was made) without
        being read; a duty a later layer replaces still counts its old areas there."""
        found: set[str] = set()
        for layer in self.layers():
            if isinstance(layer, dict):
                found.update(duty_areas_by_lang(layer.values()).get(lang, ()))
            else:
                summary = layer.summary(DUTY_AREAS)
                if not isinstance(summary, dict):  # a shelf without the summary: read
                    summary = duty_areas_by_lang(doc for _, doc in layer.documents())
                found.update(summary.get(lang, ()))
        return found


#: the name of a shelf's summary of :func:`duty_areas_by_lang`
DUTY_AREAS = "duty-areas"


def duty_areas_by_lang(documents: Iterable[Mapping | Block]) -> dict[str, list[str]]:
    """The duty areas the duties among ``documents`` (stored documents or blocks) list, by language."""
    found: dict[str, set[str]] = {}
    for doc in documents:
        if isinstance(doc, Block):
            if doc.kind == "duty" and doc.areas:
                found.setdefault(doc.lang, set()).update(doc.areas)
        elif doc.get("kind") == "duty" and doc.get("areas"):
            found.setdefault(doc.get("lang") or "ru", set()).update(doc["areas"])
    return {lang: sorted(areas) for lang, areas in found.items()}
