"""Roles: the user's drafts, their sections and items (a linked block or a local copy)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from .blocks import Block
from .kinds import NOTE, frozen_mapping
from .standards import Standard

#: how an item's duty areas may have been assigned (see :attr:`Item.areas_by`)
AREAS_BY: tuple[str, ...] = ("library", "similar", "user", "unmatched")


@dataclass(frozen=True, slots=True)
class Item:
    """One clause of a role.

    An item either *links* a library block (``local is None``: a fix in the
    library reaches every role that links it) or holds a *local copy* the user
    edited (``local`` set; ``ref`` names the block it was forked from, if any).
    """

    ref: str | None = None
    local: Block | None = None
    #: how the clause's duty areas (areas, covers or measures) were assigned:
    #: "library" (the linked block's), "similar" (by likeness to library blocks,
    #: see :mod:`jdtui.core.areas`), "user", "unmatched" (likeness found nothing
    #: near enough); None when nobody assigned any
    areas_by: str | None = None
    #: the likeness (0…1) behind "similar" and "unmatched"
    confidence: float | None = None

    @property
    def linked(self) -> bool:
        return self.local is None

    @property
    def is_note(self) -> bool:
        """A paragraph of text among the clauses (kind :data:`NOTE`), not a clause."""
        return self.local is not None and self.local.kind == NOTE

    @classmethod
    def link(cls, block_id: str) -> Item:
        return cls(ref=block_id)

    @classmethod
    def note(cls, text: str, *, lang: str, note_id: str = "note") -> Item:
        """A note: a paragraph shown in place among the clauses (always a local copy)."""
        return cls(local=Block(id=note_id, kind=NOTE, lang=lang, text=text))

    @classmethod
    def copy_of(cls, block: Block, *, ref: str | None = None) -> Item:
        return cls(ref=ref, local=block)

    def to_dict(self) -> dict:
        data: dict = {"ref": self.ref}
        if self.local is not None:
            data["local"] = self.local.to_dict()
        if self.areas_by is not None:  # only when set: drafts without one stay as they were
            data["areas_by"] = self.areas_by
        if self.confidence is not None:
            data["confidence"] = self.confidence
        return data

    @classmethod
    def from_dict(cls, data: Mapping) -> Item:
        local = data.get("local")
        by = data.get("areas_by")
        confidence = data.get("confidence")
        return cls(
            ref=data.get("ref"),
            local=Block.from_dict(local) if local else None,
            areas_by=by if by in AREAS_BY else None,
            confidence=(
                float(confidence)
                if isinstance(confidence, (int, float))
                and not isinstance(confidence, bool)
                and 0 <= confidence <= 1  # NaN, infinities and nonsense from a file are dropped
                else None
            ),
        )


@dataclass(frozen=True, slots=True)
class RoleSection:
    """A section of a draft.

    ``heading`` is the document's own wording of the section's heading ("Key
    Responsibilities", «Основные обязанности»), without numbering, markup or
    trailing colon; ``None`` shows the profile's heading. Sections kept from an
    imported document that fit no profile section (id ``other``) carry their
    heading here too. ``lead`` is the text between the heading and the first
    item ("In this role, you will:"), shown in place of the profile's standard
    lead-in. Items may include notes (:attr:`Item.is_note`): paragraphs shown
    in place among the clauses.
    """

    id: str
    items: tuple[Item, ...] = ()
    heading: str | None = None
    lead: str | None = None

    def to_dict(self) -> dict:
        data: dict = {"id": self.id, "items": [i.to_dict() for i in self.items]}
        if self.heading is not None:
            data["heading"] = self.heading
        if self.lead is not None:  # only when set: drafts without one stay as they were
            data["lead"] = self.lead
        return data

    @classmethod
    def from_dict(cls, data: Mapping) -> RoleSection:
        return cls(
            id=str(data["id"]),
            items=tuple(Item.from_dict(i) for i in data.get("items") or ()),
            heading=data.get("heading"),
            lead=data.get("lead"),
        )


class Dismissal(NamedTuple):  # a named tuple: ≈ 10× cheaper to define at start-up than a dataclass
    """A finding the consultant dismissed in this draft, with the reason.

    It names the finding by rule and place: ``section`` and ``item`` (0-based)
    for a clause, ``field`` for a role variable, neither for the whole
    document. ``fingerprint`` is a hash of the clause's (or the variable's)
    text when it was dismissed: once the text changes, the dismissal no longer
    applies (see :mod:`jdtui.core.dismissals`).
    """

    rule: str
    section: str | None = None
    item: int | None = None
    field: str | None = None
    reason: str = ""
    fingerprint: str = ""
    when: str = ""

    def to_dict(self) -> dict:
        data: dict = {"rule": self.rule, "reason": self.reason}
        for key in ("section", "item", "field", "fingerprint", "when"):
            value = getattr(self, key)
            if value is not None and value != "":
                data[key] = value
        return data

    @classmethod
    def from_dict(cls, data: Mapping) -> Dismissal:
        item = data.get("item")
        return cls(
            rule=str(data["rule"]),
            section=str(data["section"]) if data.get("section") is not None else None,
            item=int(item) if isinstance(item, int) and not isinstance(item, bool) and item >= 0 else None,
            field=str(data["field"]) if data.get("field") is not None else None,
            reason=str(data.get("reason") or ""),
            fingerprint=str(data.get("fingerprint") or ""),
            when=str(data.get("when") or ""),
        )


def _dismissals(data: object) -> tuple[Dismissal, ...]:
    """The stored dismissals; an entry that is not one is left out, not an error."""
    if not isinstance(data, list):
        return ()
    out = []
    for entry in data:
        if isinstance(entry, Mapping) and isinstance(entry.get("rule"), str):
            out.append(Dismissal.from_dict(entry))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Role:
    """The user's draft of a job description."""

    id: str
    title: str
    lang: str
    profile: str
    variables: Mapping[str, str] = field(default_factory=dict)
    sections: tuple[RoleSection, ...] = ()
    status: str = "draft"
    revision: int = 0
    created: str = ""
    updated: str = ""
    based_on: str | None = None
    #: put away: kept, but left out of lists and the portfolio unless asked for
    archived: bool = False
    #: the professional standard or ЕКС position the draft follows (from its template or import)
    standard: Standard | None = None
    #: findings dismissed in this draft (:class:`Dismissal`), stored only when there are any
    dismissals: tuple[Dismissal, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "variables", frozen_mapping(self.variables))

    # --- queries -----------------------------------------------------------
    def section(self, section_id: str) -> RoleSection | None:
        for section in self.sections:
            if section.id == section_id:
                return section
        return None

    def items(self) -> Iterator[tuple[int, int, Item]]:
        """Every item with its section index and item index."""
        for s_index, section in enumerate(self.sections):
            for i_index, item in enumerate(section.items):
                yield s_index, i_index, item

    # --- changes (each returns a new Role) ---------------------------------
    def with_variables(self, **values: str) -> Role:
        merged = dict(self.variables)
        for key, value in values.items():
            if value is None or value == "":
                merged.pop(key, None)
            else:
                merged[key] = value
        return replace(self, variables=merged)

    def with_section(self, index: int, section: RoleSection) -> Role:
        sections = list(self.sections)
        sections[index] = section
        return replace(self, sections=tuple(sections))

    def with_items(self, index: int, items: Iterable[Item]) -> Role:
        return self.with_section(index, replace(self.sections[index], items=tuple(items)))

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "lang": self.lang,
            "profile": self.profile,
            "variables": dict(self.variables),
            "sections": [s.to_dict() for s in self.sections],
            "status": self.status,
            "revision": self.revision,
            "created": self.created,
            "updated": self.updated,
            "based_on": self.based_on,
            **({"archived": True} if self.archived else {}),
            **({"standard": self.standard.to_dict()} if self.standard is not None else {}),
            **({"dismissals": [d.to_dict() for d in self.dismissals]} if self.dismissals else {}),
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> Role:
        return cls(
            id=str(data["id"]),
            title=str(data.get("title") or ""),
            lang=str(data.get("lang") or "ru"),
            profile=str(data.get("profile") or "ru-di"),
            variables={str(k): str(v) for k, v in (data.get("variables") or {}).items()},
            sections=tuple(RoleSection.from_dict(s) for s in data.get("sections") or ()),
            status=str(data.get("status") or "draft"),
            revision=int(data.get("revision") or 0),
            created=str(data.get("created") or ""),
            updated=str(data.get("updated") or ""),
            based_on=data.get("based_on"),
            archived=data.get("archived") is True,
            standard=Standard.from_dict(data.get("standard")),
            dismissals=_dismissals(data.get("dismissals")),
        )
