"""Pick a library block of one kind, with search as you type."""

from __future__ import annotations

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ..core.model import Block, Library
from ..core.search import SearchIndex
from ..i18n import t
from ..widgets.library_entries import block_search_text, named, one_line, with_id_matches


class PickBlockScreen(ModalScreen[str | None]):
    """Returns the chosen block id, or None."""

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
        self._blocks: list[Block] = []
        self._index: SearchIndex[int] = SearchIndex()
        self._build()

    def _build(self) -> None:
        self._blocks = sorted(
            (b for b in self._library.blocks.values()
             if b.kind == self._kind and (self._all_langs or b.lang == self._lang)),
            key=lambda b: (b.lang != self._lang, b.id),
        )
        self._index = SearchIndex((i, block_search_text(b)) for i, b in enumerate(self._blocks))

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
    def _refilter(self) -> None:
        query = self.query_one("#pick-filter", Input).value
        found = self._index.search(query)
        if found is not None:
            found = with_id_matches(found, query, [b.id for b in self._blocks])
        blocks = self._blocks if found is None else [self._blocks[i] for i in found]
        results = self.query_one("#pick-results", OptionList)
        options = []
        for block in blocks:
            prompt = Text(one_line(block.title or block.text, 100))
            extra = f"  {block.lang}" if self._all_langs else ""
            prompt.append(f"{extra}  {named('source', block.source)}", style="dim")
            options.append(Option(prompt, id=block.id))
        results.set_options(options)
        results.highlighted = 0 if options else None
        if not options:
            self.query_one("#pick-preview", Static).update(Text(t("library.nothing_found")))

    @on(OptionList.OptionHighlighted, "#pick-results")
    def _preview(self, event: OptionList.OptionHighlighted) -> None:
        block = self._library.block(event.option.id)
        self.query_one("#pick-preview", Static).update(Text(one_line(block.text, 400)) if block else "")

    @on(OptionList.OptionSelected, "#pick-results")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    @on(Input.Submitted, "#pick-filter")
    def _submitted(self) -> None:
        option = self.query_one("#pick-results", OptionList).highlighted_option
        if option is not None:
            self.dismiss(option.id)

    def action_move(self, delta: int) -> None:
        results = self.query_one("#pick-results", OptionList)
        if not results.has_focus:
            (results.action_cursor_down if delta > 0 else results.action_cursor_up)()

    def action_toggle_lang(self) -> None:
        self._all_langs = not self._all_langs
        self._build()
        self._refilter()

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
