"""Templates: the sample roles of the library (read-only)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from .kinds import frozen_mapping
from .standards import Standard
from .tables import DocumentTable


class TemplateSection(NamedTuple):  # a named tuple: ≈ 10× cheaper to define at start-up than a dataclass
    """A section of a sample role: an ordered list of block ids."""

    id: str
    blocks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Template:
    """A sample role in the library. Read-only."""

    id: str
    title: str
    lang: str
    profile: str
    family: str = ""
    source: str = "own"
    variables: Mapping[str, str] = field(default_factory=dict)
    sections: tuple[TemplateSection, ...] = ()
    #: the professional standard or ЕКС position the role follows, or why none applies
    standard: Standard | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "variables", frozen_mapping(self.variables))

    def block_ids(self) -> Iterator[str]:
        for section in self.sections:
            yield from section.blocks

    def to_dict(self) -> dict:
        data = {
            "id": self.id,
            "title": self.title,
            "family": self.family,
            "lang": self.lang,
            "profile": self.profile,
            "source": self.source,
            "variables": dict(self.variables),
            "sections": [{"id": s.id, "blocks": list(s.blocks)} for s in self.sections],
        }
        if self.standard is not None:  # only when set: older files stay as they were
            data["standard"] = self.standard.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: Mapping) -> Template:
        return cls(
            id=str(data["id"]),
            title=str(data.get("title") or data["id"]),
            lang=str(data.get("lang") or "ru"),
            profile=str(data.get("profile") or "ru-di"),
            family=str(data.get("family") or ""),
            source=str(data.get("source") or "own"),
            variables={str(k): str(v) for k, v in (data.get("variables") or {}).items()},
            sections=tuple(
                TemplateSection(str(s["id"]), tuple(str(b) for b in s.get("blocks") or ()))
                for s in data.get("sections") or ()
            ),
            standard=Standard.from_dict(data.get("standard")),
        )


class TemplateTable(DocumentTable[Template]):
    """Templates by id, each made from its stored document when first read
    (``jdtui check`` of a draft reads none of them)."""

    __slots__ = ()
    kind = Template

    @staticmethod
    def make(document: Mapping) -> Template:
        return Template.from_dict(document)
