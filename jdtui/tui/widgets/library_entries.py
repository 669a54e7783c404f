"""What the Library lists: templates, blocks and drafts as searchable entries.

Built in a worker (the search indexes too), then handed to the screen.
Pure Python apart from the ``EntryOption`` that carries an entry in the list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Literal

from rich.text import Text
from textual.widgets.option_list import Option

from ...core.model import Block, Library, Role, Template
from ...core.search import SearchIndex
from ...core.text import strip_controls
from ...i18n import CATALOGUE, t

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


class Catalogue:
    """The entries of one tab and their search index.

    Entries are made when shown (:meth:`entry`): a tab of 100,000 blocks lists
    200 rows at a time, so it keeps ids and search texts, not 100,000 objects.
    """

    def __init__(
        self,
        ids: Sequence[str] = (),
        index: SearchIndex[int] | None = None,
        make: Callable[[int], Entry] | None = None,
    ) -> None:
        self.ids = ids
        self.index: SearchIndex[int] = index if index is not None else SearchIndex(warm=False, lemmas=True)
        self._make = make
        self._made: dict[int, Entry] = {}

    @classmethod
    def of_entries(cls, entries: list[Entry], texts: Iterable[str]) -> Catalogue:
        """A catalogue of entries already made, found by ``texts`` (one per entry).

        The stemmers are not loaded here (the first paint need not wait for
        them): the Library's loading worker loads them (:func:`warm_up`).
        """
        return cls(
            [e.id for e in entries],
            SearchIndex(enumerate(texts), warm=False, lemmas=True),
            entries.__getitem__,
        )

    def __len__(self) -> int:
        return len(self.ids)

    def entry(self, position: int) -> Entry:
        """The entry at ``position`` (made on first use)."""
        made = self._made.get(position)
        if made is None:
            assert self._make is not None
            made = self._made[position] = self._make(position)
        return made

    def search(self, query: str) -> Sequence[int]:
        """Positions of the entries whose words match; a query shaped like an id
        also finds by id. Every position for an empty query."""
        found = self.index.search(query)
        if found is None:
            return range(len(self.ids))
        return with_id_matches(found, query, self.ids)


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
    return Catalogue.of_entries(entries, (f"{e.title} {family_label(e.group)}" for e in entries))


#: The order of kinds in the blocks tab (the others follow, by name).
BLOCK_KIND_ORDER = {"general": 0, "requirement": 1, "duty": 2, "right": 3, "responsibility": 4}


def block_entries(library: Library, rows: tuple[list[str], list[str]] | None = None) -> Catalogue:
    """The blocks tab: by language, kind and id, found by words and kind name.

    ``rows`` are :func:`block_rows` of this library, when the caller kept them
    (in the cache: making them for 100,000 blocks is most of opening the tab).
    """
    ids, texts = rows if rows is not None else block_rows(library)
    index: SearchIndex[int] = SearchIndex(warm=False, lemmas=True)
    index.add_folded(list(range(len(ids))), texts)
    blocks = library.blocks

    def make(position: int) -> Entry:
        b = blocks[ids[position]]
        return Entry("blocks", b.id, b.title or b.text, b.lang, b.kind, b.source, b)

    return Catalogue(ids, index, make)


def block_rows(library: Library) -> tuple[list[str], list[str]]:
    """The blocks tab's ids in order and their folded search texts (plain values).

    Works from the stored documents (:meth:`BlockTable.documents`): a block is
    made only when its row is shown, and each kind's name is looked up once.
    """
    groups: dict[tuple[str, str], list[tuple[str, Mapping | Block]]] = {}
    for block_id, doc in library.blocks.documents():
        key = (doc.lang, doc.kind) if type(doc) is Block else (str(doc.get("lang") or "ru"), str(doc["kind"]))
        group = groups.get(key)
        if group is None:
            group = groups[key] = []
        group.append((block_id, doc))
    ids: list[str] = []
    texts: list[str] = []
    first = itemgetter(0)
    for lang, kind in sorted(groups, key=lambda k: (k[0], BLOCK_KIND_ORDER.get(k[1], 9), k[1])):
        rows = sorted(groups.pop((lang, kind)), key=first)
        label = named("kind", kind)
        ids += [block_id for block_id, _ in rows]
        # what block_search_text says, made in one go for 100,000 blocks, folded for the index
        texts += [
            (
                f" {block_search_text(doc)} {label}"
                if type(doc) is Block
                else f" {doc.get('title') or ''} {doc.get('text') or ''} {doc.get('goal') or ''} {label}"
            )
            .casefold()
            .replace("ё", "е")
            for _, doc in rows
        ]
    return ids, texts


def block_search_text(block: Block) -> str:
    """What a block is found by: its words (title, text, goal), not its slugs."""
    return f"{block.title} {block.text} {block.goal}"


def draft_entries(drafts: list[Role]) -> Catalogue:
    entries = [Entry("drafts", r.id, r.title or r.id, r.lang, r.status, r.updated[:10], r) for r in drafts]
    return Catalogue.of_entries(entries, (f"{e.title} {named('status', e.group)}" for e in entries))


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

    def __init__(self, entry: Entry, *, by_text: bool = False) -> None:
        self.entry = entry
        super().__init__(entry_prompt(entry, by_text=by_text), id=f"{entry.kind}:{entry.id}")


def entry_prompt(entry: Entry, *, by_text: bool = False) -> Text:
    """The row: title (``by_text``: a block's text, when several shown share its
    title), then language and family, kind or status, dimmed (where a text came
    from is in the preview)."""
    title = entry.title
    if by_text and isinstance(entry.value, Block):
        title = entry.value.text
    prompt = Text(one_line(title), no_wrap=True, overflow="ellipsis")
    if entry.kind == "templates":
        extra = f"  {entry.lang}"  # the family is the group's header
    elif entry.kind == "blocks":
        extra = f"  {entry.lang} · {named('kind', entry.group)}"
    else:
        extra = f"  {entry.lang} · {named('status', entry.group)} · {entry.detail}"
    prompt.append(extra, style="dim")
    return prompt


def block_markdown(block: Block) -> str:
    """A block shown on its own: title, text, and what it links to."""
    from ...core.md import escape  # markdown-it: imported when a preview is first shown

    lines = []
    if block.title:
        lines += [f"### {escape(block.title)}", ""]
    lines += [escape(strip_controls(block.text)), ""]
    if block.goal:
        lines += [f"*{escape(t('preview.goal'))}:* {escape(block.goal)}", ""]
    facts = [named("kind", block.kind), block.lang, named("source", block.source), block.id]
    if block.origin:  # where an own block came from («импортировано из ДИ.docx»)
        facts.insert(3, strip_controls(block.origin))
    lines.append(" · ".join(escape(f) for f in facts))
    for label, values in (
        ("preview.areas", block.areas),
        ("preview.covers", block.covers),
        ("preview.measures", block.measures),
        ("preview.tags", block.tags),
    ):
        if values:
            lines += ["", f"*{escape(t(label))}:* " + escape(", ".join(values))]
    return "\n".join(lines) + "\n"
