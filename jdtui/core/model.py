"""The domain of a job description: blocks, templates, roles and findings.

Values are immutable; a change produces a new value (``dataclasses.replace``).
Nothing here knows about storage or the terminal.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

#: Kinds of reusable clause, in the order a document usually lists them.
KINDS: tuple[str, ...] = (
    "general",
    "requirement",
    "duty",
    "right",
    "responsibility",
    "relationship",
    "kpi",
    "onboarding",
    "final",
)

#: The kind of a paragraph of a document's own text among a section's items
#: (prose an imported document had between its list items, a note the user
#: added). Not a clause: never in the library, never counted as a duty, right
#: or requirement, and not one of :data:`KINDS`, so nothing offers it as a
#: library kind.
NOTE = "note"

#: The three groups that qualification requirements must cover.
REQUIREMENT_GROUPS: tuple[str, ...] = ("knowledge", "experience", "qualities")

#: Where a sample came from.
PROVENANCES: tuple[str, ...] = (
    "online-template",
    "company-standard",
    "professional-association",
    "own",
)

#: Life cycle of a draft.
STATUSES: tuple[str, ...] = ("draft", "review", "approved")

LANGS: tuple[str, ...] = ("ru", "en")

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


def _frozen(mapping: Mapping[str, str] | None) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping or {}))


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

    def to_dict(self) -> dict:
        return {
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
        )


@dataclass(frozen=True, slots=True)
class TemplateSection:
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

    def __post_init__(self) -> None:
        object.__setattr__(self, "variables", _frozen(self.variables))

    def block_ids(self) -> Iterator[str]:
        for section in self.sections:
            yield from section.blocks

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "family": self.family,
            "lang": self.lang,
            "profile": self.profile,
            "source": self.source,
            "variables": dict(self.variables),
            "sections": [{"id": s.id, "blocks": list(s.blocks)} for s in self.sections],
        }

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
        )


@dataclass(frozen=True, slots=True)
class Item:
    """One clause of a role.

    An item either *links* a library block (``local is None``: a fix in the
    library reaches every role that links it) or holds a *local copy* the user
    edited (``local`` set; ``ref`` names the block it was forked from, if any).
    """

    ref: str | None = None
    local: Block | None = None

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
        if self.local is None:
            return {"ref": self.ref}
        return {"ref": self.ref, "local": self.local.to_dict()}

    @classmethod
    def from_dict(cls, data: Mapping) -> Item:
        local = data.get("local")
        return cls(ref=data.get("ref"), local=Block.from_dict(local) if local else None)


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

    def __post_init__(self) -> None:
        object.__setattr__(self, "variables", _frozen(self.variables))

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
        )


@dataclass(frozen=True, slots=True)
class Finding:
    """One result of a completeness check."""

    rule: str
    severity: str
    message: str
    hint: str = ""
    section: str | None = None
    item: int | None = None
    #: the role variable (or "title") a whole-document finding is about, so the
    #: app can put the cursor in that field; not part of the JSON schema
    field: str | None = None

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "section": self.section,
            "item": self.item,
            "message": self.message,
            "hint": self.hint,
        }


class BlockTable(Mapping[str, Block]):
    """Blocks by id. Blocks read from a file stay stored documents until first
    used, so a library of 100,000 blocks opens without building 100,000 objects.
    """

    __slots__ = ("_entries",)

    def __init__(self, blocks: Iterable[Block] = ()) -> None:
        self._entries: dict[str, Block | Mapping] = {b.id: b for b in blocks}

    @classmethod
    def of_documents(cls, documents: Mapping[str, Mapping]) -> BlockTable:
        """A table over stored documents keyed by block id (made into blocks when read)."""
        table = cls()
        table._entries = dict(documents)
        return table

    def __getitem__(self, block_id: str) -> Block:
        value = self._entries[block_id]
        if type(value) is not Block:
            value = Block.from_dict(value)  # type: ignore[arg-type]
            self._entries[block_id] = value
        return value  # type: ignore[return-value]

    def __contains__(self, block_id: object) -> bool:
        return block_id in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def documents(self) -> Iterator[tuple[str, Mapping | Block]]:
        """Each block id with its stored document (or the block, once made): for
        a fast pass over a big library that needs only a few fields."""
        return iter(self._entries.items())

    def merged(self, other: BlockTable) -> BlockTable:
        table = BlockTable()
        table._entries = {**self._entries, **other._entries}
        return table


class Library:
    """The blocks and templates a role can draw from (read-only)."""

    __slots__ = ("blocks", "templates")

    def __init__(self, blocks: Iterable[Block] | BlockTable = (), templates: Iterable[Template] = ()) -> None:
        self.blocks: BlockTable = blocks if isinstance(blocks, BlockTable) else BlockTable(blocks)
        self.templates: dict[str, Template] = {t.id: t for t in templates}

    def block(self, block_id: str | None) -> Block | None:
        return self.blocks.get(block_id) if block_id else None

    def merged(self, other: Library) -> Library:
        """A library with ``other``'s blocks and templates added (they win on clashes)."""
        merged = Library()
        merged.blocks = self.blocks.merged(other.blocks)
        merged.templates = {**self.templates, **other.templates}
        return merged

    def resolve(self, item: Item) -> Block | None:
        """The block an item stands for: its local copy, or the linked library block."""
        if item.local is not None:
            return item.local
        return self.blocks.get(item.ref or "")
