"""Library: find a template, block or draft by typing, preview it, open it."""

from __future__ import annotations

from collections import Counter

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from ...core.model import Block
from ...i18n import t, ui_lang
from ...store.errors import StoreError
from ..messages import UiLangChanged
from ..widgets.library_entries import TABS, Catalogue, Entry, EntryOption, block_markdown, family_label
from ..widgets.tab_bar import TabBar
from .library_loading import LibraryLoading, Loaded, LoadProgress, load_lemmas

__all__ = ["LibraryScreen"]

#: Rows shown before a "more…" row; large libraries stay fast to filter.
PAGE = 200
FILTER_DELAY = 0.12
PREVIEW_DELAY = 0.08
MORE_ID = "more"
#: Library files up to this size (the shipped samples are 0.5 MB) are read before
#: the first paint, so the Library appears filled; bigger ones load after it.
READ_AT_ONCE = 2_000_000


class LibraryScreen(LibraryLoading, Screen):
    """Templates, blocks and drafts with search as you type and a preview."""

    BINDINGS = [
        # priority, so that what is typed right after "/" reaches the filter; in the
        # filter itself "/" is not typed either (no title or id has one)
        Binding("slash", "focus_filter", "key.filter", id="library.filter", show=False, priority=True),
        Binding("n", "new", "key.new_draft", id="library.new"),
        Binding("ctrl+t", "next_tab", "key.next_tab", id="library.tab"),
        Binding("f7,ctrl+backslash,p", "toggle_preview", "key.preview", id="library.preview"),
        Binding("down", "move(1)", show=False),
        Binding("up", "move(-1)", show=False),
        Binding("pagedown", "move(10)", show=False),
        Binding("pageup", "move(-10)", show=False),
    ]

    Loaded = Loaded
    LoadProgress = LoadProgress

    def __init__(self) -> None:
        super().__init__()
        self._catalogues: dict[str, Catalogue] = {}
        #: the library and UI language the templates and blocks lists were made for
        self._built: tuple[object, str, dict[str, Catalogue]] | None = None
        self._left = False
        self._warnings_shown = 0
        self._tab = "templates"
        self._limit = PAGE
        self._filter_timer: Timer | None = None
        #: a key arrived while the filter was debounced: refilter when the timer fires
        self._filter_pending = False
        self._preview_timer: Timer | None = None
        self._previewed: str | None = None
        self._preview_paused = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield TabBar([(tab, t(f"library.tab.{tab}")) for tab in TABS], active=self._tab, id="tabs")
        yield Input(placeholder=t("library.filter"), id="filter", compact=True)
        with Horizontal(id="library-body"):
            yield OptionList(id="results")
            # the Markdown preview is mounted when first needed (it costs the
            # first paint ~40 ms of imports)
            yield VerticalScroll(id="preview-pane")
        yield Static(t("library.loading"), id="library-status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = t("screen.library")
        self.set_focus(self.query_one("#filter", Input))
        if self._small_library():
            # read now: the first paint shows the list (drafts follow from a worker)
            try:
                self._catalogues.update(self._library_catalogues())
            except StoreError:
                pass  # the worker below tries again and reports it
            else:
                self.refilter(preview=False)
                self.call_after_refresh(self._after_first_paint)
                return
        self.query_one("#results", OptionList).loading = True
        # after the first paint: parsing a big library holds the GIL, and the
        # screen should be on the terminal before that starts
        self.call_after_refresh(self.load)

    def _after_first_paint(self) -> None:
        self._show_preview()
        self.load(drafts_only=True)

    def _small_library(self) -> bool:
        workspace = self.app.workspace  # type: ignore[attr-defined]
        try:
            files = workspace.library_files()
            if workspace.team_library_path() in files:
                return False  # others can write it (a FIFO, a huge file): read only in the worker
            return sum(path.stat().st_size for path in files) <= READ_AT_ONCE
        except (OSError, StoreError):
            return False  # the worker reads it and reports what is wrong

    def on_screen_suspend(self) -> None:
        self._left = True

    def on_screen_resume(self) -> None:
        self.sub_title = t("screen.library")
        if self._left:  # drafts, imports and custom blocks may have changed meanwhile
            self._left = False
            self.load()

    # --- filtering -----------------------------------------------------------
    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        # the first key after a pause shows at once; keys that follow it
        # quickly are gathered until typing pauses for FILTER_DELAY
        if self._filter_timer is None:
            self._filter_pending = False
            self.refilter()
        else:
            self._filter_timer.stop()
            self._filter_pending = True
        self._filter_timer = self.set_timer(FILTER_DELAY, self._filter_due)

    def _filter_due(self) -> None:
        self._filter_timer = None
        if self._filter_pending:
            self._filter_pending = False
            self.refilter()

    def refilter(self, keep: bool = False, preview: bool = True) -> None:
        """Show the entries of the current tab that match the filter (and
        preview the first, unless ``preview`` is false)."""
        catalogue = self._catalogues.get(self._tab)
        results = self.query_one("#results", OptionList)
        if catalogue is None:
            return
        previous = results.highlighted_option.id if keep and results.highlighted_option else None
        query = self.query_one("#filter", Input).value
        if query:
            load_lemmas(self)
        found = catalogue.search(query)
        options: list[Option | None] = []
        group = None
        shown = _arranged([catalogue.entry(p) for p in found[: self._limit]])
        # blocks of one title (each role's «Основная задача должности») show their text
        titles = Counter(e.title for e in shown if e.kind == "blocks")
        for entry in shown:
            if entry.kind != "drafts" and entry.group != group:
                group = entry.group
                label = family_label(group) if entry.kind == "templates" else t(f"kinds.{group}")
                options.append(Option(_header(label), disabled=True))
            options.append(EntryOption(entry, by_text=titles[entry.title] > 1))
        if len(found) > self._limit:
            options.append(Option(t("library.more", count=len(found) - self._limit), id=MORE_ID))
        results.set_options(options)
        self._highlight(results, previous)
        status = t("library.count", shown=min(len(found), self._limit), total=len(catalogue))
        status += " · " + self._enter_does() + " · " + t("library.next_tab")
        if not found:
            status = t("library.nothing_found") if len(catalogue) else t(f"library.empty.{self._tab}")
        self.query_one("#library-status", Static).update(status)
        # the preview follows the new first result at once, never a stale one
        if preview:
            self._show_preview()

    def _highlight(self, results: OptionList, option_id: str | None) -> None:
        if option_id is not None:
            try:
                results.highlighted = results.get_option_index(option_id)
                return
            except Exception:  # the entry is filtered out now
                pass
        for index in range(results.option_count):
            if not results.get_option_at_index(index).disabled:
                results.highlighted = index
                return
        results.highlighted = None

    # --- tabs ------------------------------------------------------------------
    def show_tab(self, tab: str) -> None:
        """Switch to the templates, blocks or drafts list."""
        self.query_one("#tabs", TabBar).active = tab

    @on(TabBar.Changed, "#tabs")
    def _tab_activated(self, event: TabBar.Changed) -> None:
        if event.tab != self._tab:
            self._tab = event.tab
            self._limit = PAGE
            self.refilter()

    def action_next_tab(self) -> None:
        self.query_one("#tabs", TabBar).action_step(1)

    # --- moving and acting -----------------------------------------------------
    def action_focus_filter(self) -> None:
        # set_focus, not focus(): keys typed right after "/" must reach the input
        self.set_focus(self.query_one("#filter", Input))

    def action_move(self, delta: int) -> None:
        """Up/Down in the filter move through the results (as in fzf)."""
        results = self.query_one("#results", OptionList)
        if results.has_focus:
            return
        action = results.action_cursor_down if delta > 0 else results.action_cursor_up
        for _ in range(abs(delta)):
            action()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        if self._filter_timer is not None:  # act on what the user typed, not a stale list
            self._filter_timer.stop()
            self._filter_timer = None
            if self._filter_pending:
                self._filter_pending = False
                self._refilter_quietly()
        self.act(self.query_one("#results", OptionList).highlighted_option)

    def _refilter_quietly(self) -> None:
        """Refilter without rendering a preview that is about to be left behind."""
        self._preview_paused = True
        try:
            self.refilter()
        finally:
            self._preview_paused = False

    @on(OptionList.OptionSelected, "#results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.act(event.option)

    def action_new(self) -> None:
        self.act(self.query_one("#results", OptionList).highlighted_option)

    def act(self, option: Option | None) -> None:
        """Enter on a row: a template makes a draft, a draft opens."""
        if option is None:
            return
        if option.id == MORE_ID:
            self._limit += PAGE
            self.refilter(keep=True)
            return
        if not isinstance(option, EntryOption):
            return
        entry = option.entry
        if entry.kind == "blocks":
            self._block_chosen(entry.value)  # type: ignore[arg-type]
            return
        if self._preview_timer is not None:
            self._preview_timer.stop()
        self.app.open_role(entry.id)  # type: ignore[attr-defined]

    def _enter_does(self) -> str:
        """What Enter on a row of this tab does, as the status line says it."""
        if self._tab != "blocks":
            return t(f"library.enter.{self._tab}")
        session = self.app.session  # type: ignore[attr-defined]
        if session is None:
            return t("library.enter.preview")
        return t("library.enter.add", title=_shorten(session.role.title, 32))

    def _block_chosen(self, block: Block) -> None:
        """Enter on a block: added to the open draft (at the end of the section of its
        kind); with no draft open, its text is shown."""
        from ...core.compose import append_to_kind
        from ...core.profiles import get_profile

        app = self.app
        session = app.session  # type: ignore[attr-defined]
        if session is None:
            if not self.query_one("#preview-pane").display:
                self.action_toggle_preview()
            self.notify(t("library.block_no_draft"))
            return
        role = session.role
        if block.lang != role.lang:
            self.notify(t("library.block_other_lang", lang=block.lang, draft=role.lang), severity="warning")
            return
        placed = append_to_kind(role, block)
        if placed is None:
            self.notify(t("library.block_no_section"), severity="warning")
            return
        new, index = placed
        if app.apply_role(new):  # type: ignore[attr-defined]
            heading = get_profile(new.profile).heading(new.sections[index], new.lang)
            self.notify(t("library.block_added", title=_shorten(new.title, 40), section=heading))

    # --- preview -----------------------------------------------------------------
    @on(OptionList.OptionHighlighted, "#results")
    def _highlighted(self) -> None:
        self._schedule_preview()

    def _schedule_preview(self) -> None:
        if self._preview_timer is not None:
            self._preview_timer.stop()
        self._preview_timer = self.set_timer(PREVIEW_DELAY, self._show_preview)

    def _show_preview(self) -> None:
        if self._preview_timer is not None:
            self._preview_timer.stop()
            self._preview_timer = None
        if self._preview_paused or not self.query_one("#preview-pane").display:
            return  # hidden (narrow terminal): rendered when shown
        option = self.query_one("#results", OptionList).highlighted_option
        entry: Entry | None = option.entry if isinstance(option, EntryOption) else None
        key = f"{entry.kind}:{entry.id}" if entry else None
        if key == self._previewed:
            return
        self._previewed = key
        text = self._preview_text(entry)
        pane = self.query_one("#preview-pane", VerticalScroll)
        from textual.widgets import Markdown

        if pane.children:
            pane.query_one("#preview", Markdown).update(text)
        else:
            pane.mount(Markdown(text, id="preview"))
        pane.scroll_home(animate=False)

    def _preview_text(self, entry: Entry | None) -> str:
        if entry is None:
            return ""
        from ...core.compose import template_as_role
        from ...core.render import render_markdown

        library = self.app.workspace.library  # type: ignore[attr-defined]
        if entry.kind == "blocks":
            return block_markdown(entry.value)  # type: ignore[arg-type]
        role = template_as_role(entry.value) if entry.kind == "templates" else entry.value
        return render_markdown(role, library)  # type: ignore[arg-type]

    def action_toggle_preview(self) -> None:
        """Show or hide the preview (hidden by default below 100 columns, shown under the list)."""
        self.toggle_class("-preview-toggled")
        self.call_after_refresh(self._show_preview)

    def on_resize(self) -> None:
        # crossing the breakpoint may reveal a preview that was not rendered
        self.call_after_refresh(self._show_preview)

    # --- language ------------------------------------------------------------------
    def on_ui_lang_changed(self, _message: UiLangChanged) -> None:
        self.sub_title = t("screen.library")
        self.query_one("#tabs", TabBar).set_labels({tab: t(f"library.tab.{tab}") for tab in TABS})
        self.query_one("#filter", Input).placeholder = t("library.filter")
        self._previewed = None
        self.refilter(keep=True)
        self.load()  # family and status names are searched in the UI language


def _arranged(entries: list[Entry]) -> list[Entry]:
    """The results in groups (one header each), the groups and, within a group,
    the entries of the UI language first, otherwise in the order found."""
    if not entries or entries[0].kind == "drafts":
        return entries
    lang = ui_lang()
    rank: dict[str, tuple[bool, int]] = {}
    for index, entry in enumerate(entries):
        here = (entry.lang != lang, index)
        rank[entry.group] = min(rank.get(entry.group, here), here)
    order = sorted(range(len(entries)), key=lambda i: (rank[entries[i].group], entries[i].lang != lang, i))
    return [entries[i] for i in order]


def _header(label: str):
    from rich.text import Text

    return Text(f"— {label} —", style="bold")


def _shorten(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters with an ellipsis."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
