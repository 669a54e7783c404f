"""What the Library lists: templates, blocks and drafts as searchable entries.

Built in a worker (the search indexes too), then handed to the screen.
Pure Python apart from the ``EntryOption`` that carries an entry in the list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from rich.text import Text
from textual.widgets.option_list import Option

from ..core.md import escape
from ..core.model import Block, Library, Role, Template
from ..core.search import SearchIndex
from ..core.text import strip_controls
from ..i18n import CATALOGUE, t

Tab = Literal["templates", "blocks", "drafts"]
TABS: tuple[Tab, ...] = ("templates", "blocks", "drafts")


@dataclass(frozen=True)
class Entry:
    """One row of the Library: a template, a block or a draft."""

    kind: Tab
    id: str
    title: str
    lang: str
    group: str
    detail: str
    value: Template | Block | Role


@dataclass
class Catalogue:
    """The entries of one tab and their search index."""

    entries: list[Entry] = field(default_factory=list)
    index: SearchIndex[int] = field(default_factory=SearchIndex)

    def search(self, query: str) -> list[Entry]:
        """Entries whose words match; a query shaped like an id also finds by id."""
        found = self.index.search(query)
        if found is None:
            return list(self.entries)
        found = with_id_matches(found, query, [e.id for e in self.entries])
        return [self.entries[i] for i in found]


def looks_like_id(query: str) -> bool:
    """Whether a query is shaped like an id (``ru.duty.crm``, ``en-client-manager``).

    Ids are English slugs: searching them for every query would make "manager"
    find Russian templates, so they are searched only when asked for like this.
    """
    query = query.strip()
    return bool(query) and " " not in query and ("." in query or "-" in query)


def with_id_matches(found: list[int], query: str, ids: list[str]) -> list[int]:
    """``found`` plus the positions whose id contains an id-shaped ``query``, in order."""
    if not looks_like_id(query):
        return found
    needle = query.strip().casefold()
    return sorted(set(found) | {i for i, ident in enumerate(ids) if needle in ident.casefold()})


def one_line(text: str, limit: int = 120) -> str:
    """Text safe and short enough for a list row."""
    flat = " ".join(strip_controls(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def template_entries(library: Library) -> Catalogue:
    templates = sorted(library.templates.values(), key=lambda x: (x.family, x.lang, x.title.casefold()))
    entries = [Entry("templates", x.id, x.title, x.lang, x.family, x.source, x) for x in templates]
    texts = [(i, f"{e.title} {family_label(e.group)}") for i, e in enumerate(entries)]
    return Catalogue(entries, SearchIndex(texts))


def block_entries(library: Library) -> Catalogue:
    kinds = {"general": 0, "requirement": 1, "duty": 2, "right": 3, "responsibility": 4}
    blocks = sorted(library.blocks.values(), key=lambda b: (b.lang, kinds.get(b.kind, 9), b.kind, b.id))
    entries = [Entry("blocks", b.id, b.title or b.text, b.lang, b.kind, b.source, b) for b in blocks]
    texts = [(i, block_search_text(b) + " " + named("kind", b.kind)) for i, b in enumerate(blocks)]
    return Catalogue(entries, SearchIndex(texts))


def block_search_text(block: Block) -> str:
    """What a block is found by: its words (title, text, goal), not its slugs."""
    return f"{block.title} {block.text} {block.goal}"


def draft_entries(drafts: list[Role]) -> Catalogue:
    entries = [Entry("drafts", r.id, r.title or r.id, r.lang, r.status, r.updated[:10], r) for r in drafts]
    texts = [(i, f"{e.title} {named('status', e.group)}") for i, e in enumerate(entries)]
    return Catalogue(entries, SearchIndex(texts))


def named(prefix: str, value: str) -> str:
    """The catalogue name of a slug (``source.own``), or the slug itself."""
    key = f"{prefix}.{value}"
    return t(key) if key in CATALOGUE else value


def family_label(family: str) -> str:
    if f"family.{family}" in CATALOGUE:
        return t(f"family.{family}")
    return family.replace("-", " ").capitalize() or t("family.none")


class EntryOption(Option):
    """A list row that carries its entry."""

    def __init__(self, entry: Entry) -> None:
        self.entry = entry
        super().__init__(entry_prompt(entry), id=f"{entry.kind}:{entry.id}")


def entry_prompt(entry: Entry) -> Text:
    """The row: title, then language and provenance (or status), dimmed."""
    prompt = Text(one_line(entry.title), no_wrap=True, overflow="ellipsis")
    if entry.kind == "templates":
        extra = f"  {entry.lang} · {named('source', entry.detail)}"
    elif entry.kind == "blocks":
        extra = f"  {entry.lang} · {named('kind', entry.group)}"
    else:
        extra = f"  {entry.lang} · {named('status', entry.group)} · {entry.detail}"
    prompt.append(extra, style="dim")
    return prompt


def block_markdown(block: Block) -> str:
    """A block shown on its own: title, text, and what it links to."""
    lines = []
    if block.title:
        lines += [f"### {escape(block.title)}", ""]
    lines += [escape(strip_controls(block.text)), ""]
    if block.goal:
        lines += [f"*{escape(t('preview.goal'))}:* {escape(block.goal)}", ""]
    facts = [named("kind", block.kind), block.lang, named("source", block.source), block.id]
    lines.append(" · ".join(escape(f) for f in facts))
    for label, values in (("preview.areas", block.areas), ("preview.covers", block.covers),
                          ("preview.measures", block.measures), ("preview.tags", block.tags)):
        if values:
            lines += ["", f"*{escape(t(label))}:* " + escape(", ".join(values))]
    return "\n".join(lines) + "\n"
