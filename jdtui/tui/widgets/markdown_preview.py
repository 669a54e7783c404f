"""A preview of an exported document: rendered, or the raw Markdown as written."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.reactive import reactive
from textual.widgets import ContentSwitcher, Markdown, TextArea

from ...core.text import strip_controls


class MarkdownPreview(Vertical):
    """Shows one Markdown document. ``raw`` switches between the rendered view
    and the exact text the export writes (read-only).

    Links in the document are not followed: the text comes from blocks and
    files, and a click should never open whatever URL they carry.
    """

    DEFAULT_CSS = """
    MarkdownPreview { height: 1fr; }
    MarkdownPreview ContentSwitcher { height: 1fr; }
    MarkdownPreview #preview-rendered { height: 1fr; padding: 0 1; }
    MarkdownPreview #preview-raw { height: 1fr; border: none; }
    """

    raw: reactive[bool] = reactive(False, init=False)
    """Show the raw Markdown instead of the rendered document."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.markdown = ""
        #: the Markdown the views hold (``None``: not built yet)
        self._built: str | None = ""

    def compose(self) -> ComposeResult:
        with ContentSwitcher(initial="preview-rendered"):
            with VerticalScroll(id="preview-rendered"):
                yield Markdown("", open_links=False)
            yield TextArea("", id="preview-raw", read_only=True, soft_wrap=True, show_line_numbers=False)

    async def show(self, markdown: str, *, build: bool = True) -> None:
        """Display ``markdown`` (control characters removed for the screen).

        ``build=False`` keeps it until :meth:`build` (when the preview is looked
        at): the document of a long draft takes seconds to build, which nobody
        should wait for, quitting included, unless they look at it."""
        self.markdown = markdown
        if build:
            await self.build()

    async def build(self) -> None:
        """Build the views of the Markdown last shown, unless they hold it already."""
        if self._built == self.markdown:
            return
        self._built = self.markdown
        clean = strip_controls(self.markdown)
        await self.query_one(Markdown).update(clean)
        self.query_one(TextArea).load_text(clean)

    def watch_raw(self, raw: bool) -> None:
        self.query_one(ContentSwitcher).current = "preview-raw" if raw else "preview-rendered"
        if self.screen.focused is not None and self in self.screen.focused.ancestors_with_self:
            self.focus_view()

    def focus_view(self) -> None:
        """Give the shown view the focus, so PgDn, ↓ and Home scroll it at once."""
        view = self.query_one("#preview-raw" if self.raw else "#preview-rendered")
        self.screen.set_focus(view)
