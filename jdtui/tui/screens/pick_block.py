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
from ..widgets.library_entries import one_line, with_id_matches
from .library_loading import load_lemmas

#: Rows shown before a "more…" row: a library of 100,000 blocks stays fast to open and filter.
PAGE = 200
MORE_ID = "pick:more"
NONE_ID = "pick:none"
#: before a block's title: marked to be added, already in the document
MARKED, USED = "✓ ", "● "


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


class PickBlockScreen(ModalScreen[list[str] | None]):
    """Returns the ids of the blocks to add (the marked ones, else the one
    chosen), or None. Blocks the document already has are marked as such.

    Works from the library's stored documents: only the rows shown become
    blocks, so opening it over 100,000 blocks does not build 100,000 objects.
    """

    BINDINGS = [
        Binding("escape", "dismiss_none", "key.cancel"),
        Binding("down", "move(1)", show=False),
        Binding("up", "move(-1)", show=False),
        Binding("ctrl+t", "toggle_lang", "key.all_langs", id="pick.langs"),
        # Insert marks, as in a file manager; Ctrl+Space where Insert is far
        Binding("insert,ctrl+space,ctrl+@", "mark", "key.mark", id="pick.mark"),
    ]

    def __init__(
        self, kind: str, lang: str, heading: str, library: Library, used: frozenset[str] = frozenset()
    ) -> None:
        super().__init__()
        #: blocks the document already links or copies
        self._used = used
        #: blocks marked to be added, in the order marked
        self._marked: list[str] = []
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
            yield Static(id="pick-status")
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
            options.append(Option(self._prompt(blocks[self._ids[position]]), id=self._ids[position]))
        if len(positions) > self._limit:
            options.append(Option(Text(t("library.more", count=len(positions) - self._limit)), id=MORE_ID))
        highlighted = results.highlighted
        results.set_options(options)
        results.highlighted = 0 if options else None
        if self._limit > PAGE and highlighted is not None and highlighted < len(options):
            results.highlighted = highlighted  # "more…" was chosen: stay where the list grew
        if not options:
            options = [Option(Text(t("pick.nothing_found")), id=NONE_ID, disabled=True)]
            results.set_options(options)
            self.query_one("#pick-preview", Static).update("")
        self._show_status()

    def _prompt(self, block: Block) -> Text:
        prompt = Text()
        if block.id in self._marked:
            prompt.append(MARKED, style="bold green")
        elif block.id in self._used:
            prompt.append(USED, style="dim")
        prompt.append(one_line(block.title or block.text, 100))
        if self._all_langs:
            prompt.append(f"  {block.lang}", style="dim")
        if block.id in self._used:
            prompt.append("  " + t("pick.used"), style="dim italic")
        return prompt

    def _show_status(self) -> None:
        text = t("pick.marked", count=len(self._marked)) if self._marked else t("pick.hint")
        self.query_one("#pick-status", Static).update(Text(text, style="dim"))

    def action_mark(self) -> None:
        """Mark the highlighted block to be added (or unmark it), then go to the next."""
        results = self.query_one("#pick-results", OptionList)
        option = results.highlighted_option
        if option is None or option.id in (MORE_ID, NONE_ID, None):
            self.app.bell()
            return
        if option.id in self._marked:
            self._marked.remove(option.id)
        else:
            self._marked.append(option.id)
        block = self._library.block(option.id)
        if block is not None:
            results.replace_option_prompt(option.id, self._prompt(block))
        results.action_cursor_down()
        self._show_status()

    @on(OptionList.OptionHighlighted, "#pick-results")
    def _preview(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id in (MORE_ID, NONE_ID):
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
        elif self._marked:
            self.dismiss(list(self._marked))
        elif option_id and option_id != NONE_ID:
            self.dismiss([option_id])

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
