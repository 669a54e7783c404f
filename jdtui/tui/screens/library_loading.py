"""The Library's loading, off the UI thread: the library and drafts read, the
tabs' lists and search indexes made (a big library's from the cache), posted to
the screen with progress on the way."""

from __future__ import annotations

from dataclasses import dataclass

from textual import work
from textual.message import Message
from textual.widgets import OptionList, Static

from ... import settle
from ...core.search import warm_up
from ...i18n import t, ui_lang
from ...store.errors import StoreError
from ..widgets.library_entries import Catalogue, block_entries, block_rows, draft_entries, template_entries


@dataclass
class LibraryData:
    """Everything the Library lists, with search indexes."""

    catalogues: dict[str, Catalogue]


class Loaded(Message, namespace="library_screen"):
    """The library (or the drafts) finished loading in a worker."""

    def __init__(self, data: LibraryData | None, error: str | None = None) -> None:
        super().__init__()
        self.data = data
        self.error = error


class LoadProgress(Message, namespace="library_screen"):
    """How much of a big library the worker has read, in percent."""

    def __init__(self, percent: int) -> None:
        super().__init__()
        self.percent = percent


class LibraryLoading:
    """Loading for :class:`LibraryScreen` (which holds the messages and the lists)."""

    @work(thread=True, exclusive=True, group="library-load")
    def load(self, drafts_only: bool = False) -> None:
        """Read the library and drafts, build the search indexes, post them."""
        cache = self.app.workspace.cache  # type: ignore[attr-defined]
        cache.hold()  # a big library's cache is written once the list is on its way
        try:
            self.post_message(self._read(drafts_only))
        finally:
            cache.flush()
        warm_up()  # the stemmers, after the list is on its way and before the first query

    def _read(self, drafts_only: bool) -> Loaded:
        workspace = self.app.workspace  # type: ignore[attr-defined]
        try:
            if not drafts_only:
                workspace.load_library(progress=self._progress())
            catalogues = {} if drafts_only else self._library_catalogues()
            drafts, errors = workspace.list_drafts()
            catalogues["drafts"] = draft_entries(drafts)
            # files the workspace skipped (own blocks, team library, settings) are said once
            skipped = workspace.warnings[self._warnings_shown :]
            self._warnings_shown = len(workspace.warnings)
            error = "; ".join(str(e) for e in [*errors, *skipped]) or None
        except StoreError as problem:
            return self.Loaded(None, str(problem))
        return self.Loaded(LibraryData(catalogues), error)

    def _progress(self):
        """A progress callback for the worker: posts each new whole percent."""
        shown = [-1]

        def progress(read: int, total: int) -> None:
            percent = min(99, 100 * read // total) if total else 0
            if percent != shown[0]:
                shown[0] = percent
                self.post_message(self.LoadProgress(percent))

        return progress

    def on_library_screen_load_progress(self, message: LoadProgress) -> None:
        if self.query_one("#results", OptionList).loading:
            self.query_one("#library-status", Static).update(f"{t('library.loading')} {message.percent}%")

    def _library_catalogues(self) -> dict[str, Catalogue]:
        """The templates and blocks lists; made again only when the library
        (a new block, a restored file) or the UI language changed."""
        library = self.app.workspace.library  # type: ignore[attr-defined]
        built = self._built
        if built is not None and built[0] is library and built[1] == ui_lang():
            return dict(built[2])
        workspace = self.app.workspace  # type: ignore[attr-defined]
        rows = workspace.cached(f"library-blocks-tab:{ui_lang()}", lambda: block_rows(library))
        catalogues = {"templates": template_entries(library), "blocks": block_entries(library, rows)}
        self._built = (library, ui_lang(), catalogues)
        return catalogues

    def on_library_screen_loaded(self, message: Loaded) -> None:
        self.query_one("#results", OptionList).loading = False
        if message.error:
            self.notify(message.error, severity="error", timeout=15)
        if message.data is None:
            self.query_one("#library-status", Static).update(t("library.unavailable"))
            return
        self._catalogues.update(message.data.catalogues)
        # the list first; the preview (Markdown: imports, many widgets) a frame later
        self.refilter(keep=True, preview=False)
        self.call_after_refresh(self._show_preview)
        self.call_after_refresh(settle)  # the start is over (see jdtui.start_quietly)


def load_lemmas(node) -> None:
    """At the first query, load the dictionary search reads Russian words by
    (≈ 0.3 s, in a worker); until it is there, words match by their stems."""
    from ...core.grammar import analyser_loaded, load_analyser

    if not analyser_loaded():
        node.run_worker(load_analyser, thread=True, exclusive=True, group="analyser")
