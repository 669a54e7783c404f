"""What every rule needs, computed once per check: resolved blocks and their texts.

Rules read a clause as written, with its ``{{placeholders}}`` left in, and read
the role's variables once each (:attr:`Context.values`), not once per clause
that prints them: a variable of a megabyte would otherwise be scanned in every
clause. And they read at most :data:`SCAN_LIMIT` characters of any one text,
so the cost of a check is bounded by the number of items, not their size; the
``too-long`` rule reports texts longer than that.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, cast

from ...i18n import t
from ..model import NOTE, Block, Finding, Item, Library, Role
from ..placeholders import placeholders
from ..profiles import Profile, get_profile
from ..text import strip_controls

if TYPE_CHECKING:
    from ..rule_settings import RuleSettings


class RuleRef(Protocol):
    """What a finding needs of its rule (a :class:`~.base.Rule`): its id and severity."""

    @property
    def id(self) -> str: ...
    @property
    def severity(self) -> str: ...


#: how many characters of one clause, goal or variable the wording rules read
#: (a clause of a job description is rarely over 1,000; this is about 4 pages)
SCAN_LIMIT = 10_000


class Entry(NamedTuple):  # a named tuple, not a dataclass: ≈ 10× cheaper to define at start-up
    """One item of the role, resolved: where it is, its block and its filled text."""

    section: str
    section_index: int
    index: int  # type: ignore[assignment]  # the item's place, not tuple.index
    item: Item
    #: ``None`` when the item links a block the library does not have
    block: Block | None
    #: the clause as written (placeholders left in), without control
    #: characters, cut to :data:`SCAN_LIMIT` characters
    text: str
    #: an onboarding step's goal, read the same way
    goal: str
    #: the length of the clause (or of its goal, if longer) before the cut
    length: int = 0

    @property
    def kind(self) -> str | None:
        return self.block.kind if self.block else None

    def has_tag(self, *tags: str) -> bool:
        return bool(self.block and set(tags) & set(self.block.tags))


class Clause(Protocol):
    """An :class:`Entry` whose block exists (what :attr:`Context.resolved` yields)."""

    @property
    def section(self) -> str: ...
    @property
    def section_index(self) -> int: ...
    @property
    def index(self) -> int: ...
    @property
    def item(self) -> Item: ...
    @property
    def block(self) -> Block: ...
    @property
    def text(self) -> str: ...
    @property
    def goal(self) -> str: ...
    @property
    def length(self) -> int: ...
    @property
    def kind(self) -> str | None: ...
    def has_tag(self, *tags: str) -> bool: ...


@lru_cache(maxsize=8192)  # by text: a re-check reads again only the clauses that changed
def _placeholder_names(text: str, goal: str) -> tuple[str, ...]:
    """The placeholders of a clause and its goal, each once, in order."""
    return tuple(dict.fromkeys(placeholders(text + " " + goal)))


@lru_cache(maxsize=8192)  # a re-check cleans again only the clauses that changed
def _scanned(text: str) -> str:
    # cut before cleaning, generously (controls are dropped), then to the limit
    return strip_controls(text[: 2 * SCAN_LIMIT]).strip()[:SCAN_LIMIT]


class Context:
    """A role prepared for checking. Rules read it and never change it."""

    def __init__(
        self,
        role: Role,
        library: Library,
        lang: str,
        settings: RuleSettings | None = None,
        stop_if_asked: Callable[[], None] | None = None,
    ) -> None:
        self.role = role
        #: what :meth:`stop_if_asked` calls (given by the check; raises to give it up)
        self._stop = stop_if_asked
        #: the team's and the user's rule settings (extra terms), if any
        self.settings = settings
        self.library = library
        #: the UI language, for messages
        self.lang = lang
        #: the document language
        self.doc_lang = role.lang
        self.profile: Profile = get_profile(role.profile)
        self.entries: list[Entry] = list(self._entries())
        #: the role's filled variables (and its title), read as clauses are:
        #: without control characters, cut to :data:`SCAN_LIMIT`
        self.values: dict[str, str] = {
            name: _scanned(value)
            for name, value in {"title": role.title, **role.variables}.items()
            if isinstance(value, str) and value.strip()
        }
        #: results several rules share (e.g. one discrimination scan), by name
        self.memo: dict[str, object] = {}

    def stop_if_asked(self) -> None:
        """Raises (``core.check.Stopped``) when the caller wants the check given up;
        rules call it now and then in their long loops."""
        if self._stop is not None:
            self._stop()

    def _entries(self) -> Iterator[Entry]:
        for s_index, section in enumerate(self.role.sections):
            for i_index, item in enumerate(section.items):
                block = self.library.resolve(item)
                yield Entry(
                    section=section.id,
                    section_index=s_index,
                    index=i_index,
                    item=item,
                    block=block,
                    text=_scanned(block.text) if block else "",
                    goal=_scanned(block.goal) if block else "",
                    length=max(len(block.text), len(block.goal)) if block else 0,
                )

    # --- queries -----------------------------------------------------------
    @property
    def resolved(self) -> Iterator[Clause]:
        """Entries whose block exists."""
        return cast("Iterator[Clause]", (e for e in self.entries if e.block is not None))

    def in_section(self, *section_ids: str) -> list[Clause]:
        """The clauses of these sections; notes (paragraphs among them) are not clauses."""
        return [e for e in self.resolved if e.section in section_ids and e.block.kind != NOTE]

    def of_kind(self, kind: str) -> list[Clause]:
        """Entries holding blocks of ``kind``, wherever they stand."""
        return [e for e in self.resolved if e.block.kind == kind]

    @cached_property
    def duty_areas(self) -> dict[str, list[Clause]]:
        """Every duty area of the role with the duties that belong to it."""
        areas: dict[str, list[Clause]] = {}
        for entry in self.of_kind("duty"):
            for area in entry.block.areas:
                areas.setdefault(area, []).append(entry)
        return areas

    @cached_property
    def unfilled_uses(self) -> dict[str, list[Clause]]:
        """Every placeholder the role's variables leave empty, with the clauses
        (or onboarding goals) that use it, in document order."""
        uses: dict[str, list[Clause]] = {}
        variables = self.role.variables
        for entry in self.resolved:
            # the whole text, not the scanned cut: export prints every placeholder
            for name in _placeholder_names(entry.block.text, entry.block.goal):
                if not (variables.get(name) or "").strip():
                    uses.setdefault(name, []).append(entry)
        return uses

    def variable(self, name: str) -> str:
        return (self.role.variables.get(name) or "").strip()

    def label(self, name: str) -> str:
        """A variable (or "title") as the details form names it, quoted: «Организация»."""
        key = "field.title" if name == "title" else f"var.{name}"
        label = t(key, self.lang)
        return t("rule.field_name", self.lang, label=name if label == key else label)

    def labels(self, names: Iterable[str]) -> str:
        """Several variables as the details form names them, comma-separated."""
        return ", ".join(self.label(name) for name in names)

    # --- findings ----------------------------------------------------------
    def finding(
        self,
        rule: RuleRef,
        section: str | None = None,
        item: int | None = None,
        variant: str = "",
        field: str | None = None,
        **values: Any,
    ) -> Finding:
        """A finding of ``rule`` with its message and hint from the catalogue."""
        key = f"rule.{rule.id}{'.' + variant if variant else ''}"
        return Finding(
            rule=rule.id,
            severity=rule.severity,
            message=t(key + ".message", self.lang, **values),
            hint=t(key + ".hint", self.lang, **values),
            section=section,
            item=item,
            field=field,
        )

    def at(self, rule: RuleRef, entry: Entry | Clause, variant: str = "", **values: Any) -> Finding:
        """A finding pointing at one item."""
        return self.finding(rule, entry.section, entry.index, variant, **values)
