"""Pick a library block of one kind, with search as you type."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ...core.model import Block, Library
from ...core.search import SearchIndex
from ...i18n import t
from ..widgets.library_entries import named, one_line, with_id_matches
from .library_loading import load_lemmas

#: Rows shown before a "more…" row: a library of 100,000 blocks stays fast to open and filter.
PAGE = 200
MORE_ID = "pick:more"


def _lang_kind(doc: Mapping | Block) -> tuple[str, str]:
    if type(doc) is Block:
        return doc.lang, doc.kind
    return str(doc.get("lang") or "ru"), str(doc.get("kind") or "")


def _folded_text(doc: Mapping | Block) -> str:
    """What a block is found by (title, text, goal), folded for the index."""
    if type(doc) is Block:
        text = f" {doc.title} {doc.text} {doc.goal}"
    else:
        text = f" {doc.get('title') or ''} {doc.get('text') or ''} {doc.get('goal') or ''}"
    return text.casefold().replace("ё", "е")


class PickBlockScreen(ModalScreen[str | None]):
    """Returns the chosen block id, or None.

    Works from the library's stored documents: only the rows shown become
    blocks, so opening it over 100,000 blocks does not build 100,000 objects.
    """

    BINDINGS = [
        Binding("escape", "dismiss_none", "key.cancel"),
        Binding("down", "move(1)", show=False),
        Binding("up", "move(-1)", show=False),
        Binding("ctrl+t", "toggle_lang", "key.all_langs", id="pick.langs"),
    ]

    def __init__(self, kind: str, lang: str, heading: str, library: Library) -> None:
        super().__init__()
        self._kind = kind
        self._lang = lang
        self._heading = heading
        self._all_langs = False
        self._library = library
        self._limit = PAGE
        #: ids of the blocks of this kind (and language), their language first
        self._ids: list[str] = []
        self._index: SearchIndex[int] = SearchIndex(warm=False, lemmas=True)
        self._build()

    def _build(self) -> None:
        rows: list[tuple[bool, str, Mapping | Block]] = []
        for block_id, doc in self._library.blocks.documents():
            lang, kind = _lang_kind(doc)
            if kind == self._kind and (self._all_langs or lang == self._lang):
                rows.append((lang != self._lang, block_id, doc))
        rows.sort(key=lambda row: row[:2])
        self._ids = [block_id for _, block_id, _ in rows]
        self._index = SearchIndex(warm=False, lemmas=True)
        self._index.add_folded(list(range(len(rows))), [_folded_text(doc) for _, _, doc in rows])

    def compose(self) -> ComposeResult:
        with Vertical(id="pick-dialog"):
            yield Static(Text(t("pick.title", heading=self._heading)), id="pick-title")
            yield Input(placeholder=t("pick.filter"), id="pick-filter", compact=True)
            yield OptionList(id="pick-results")
            yield Static(id="pick-preview")

    def on_mount(self) -> None:
        self._refilter()
        self.set_focus(self.query_one("#pick-filter", Input))

    def on_key(self, event: events.Key) -> None:
        """Letters typed before the filter had the focus still go into it."""
        field = self.query_one("#pick-filter", Input)
        if self.focused is None and event.is_printable and event.character:
            event.stop()
            self.set_focus(field)
            field.insert_text_at_cursor(event.character)

    @on(Input.Changed, "#pick-filter")
    def _filter_changed(self) -> None:
        self._limit = PAGE
        self._refilter()

    def _refilter(self) -> None:
        query = self.query_one("#pick-filter", Input).value
        if query:
            load_lemmas(self)
        found = self._index.search(query)
        if found is not None:
            found = with_id_matches(found, query, self._ids)
        positions = range(len(self._ids)) if found is None else found
        results = self.query_one("#pick-results", OptionList)
        blocks = self._library.blocks
        options = []
        for position in positions[: self._limit]:
            block = blocks[self._ids[position]]
            prompt = Text(one_line(block.title or block.text, 100))
            extra = f"  {block.lang}" if self._all_langs else ""
            prompt.append(f"{extra}  {named('source', block.source)}", style="dim")
            options.append(Option(prompt, id=block.id))
        if len(positions) > self._limit:
            options.append(Option(Text(t("library.more", count=len(positions) - self._limit)), id=MORE_ID))
        highlighted = results.highlighted
        results.set_options(options)
        results.highlighted = 0 if options else None
        if self._limit > PAGE and highlighted is not None and highlighted < len(options):
            results.highlighted = highlighted  # "more…" was chosen: stay where the list grew
        if not options:
            self.query_one("#pick-preview", Static).update(Text(t("library.nothing_found")))

    @on(OptionList.OptionHighlighted, "#pick-results")
    def _preview(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id == MORE_ID:
            self.query_one("#pick-preview", Static).update("")
            return
        block = self._library.block(event.option.id)
        self.query_one("#pick-preview", Static).update(Text(one_line(block.text, 400)) if block else "")

    @on(OptionList.OptionSelected, "#pick-results")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id)

    @on(Input.Submitted, "#pick-filter")
    def _submitted(self) -> None:
        option = self.query_one("#pick-results", OptionList).highlighted_option
        if option is not None:
            self._choose(option.id)

    def _choose(self, option_id: str | None) -> None:
        if option_id == MORE_ID:
            self._limit += PAGE
            self._refilter()
        else:
            self.dismiss(option_id)

    def action_move(self, delta: int) -> None:
        results = self.query_one("#pick-results", OptionList)
        if not results.has_focus:
            (results.action_cursor_down if delta > 0 else results.action_cursor_up)()

    def action_toggle_lang(self) -> None:
        self._all_langs = not self._all_langs
        self._limit = PAGE
        self._build()
        self._refilter()

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
