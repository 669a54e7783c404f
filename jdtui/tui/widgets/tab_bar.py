"""A one-line tab bar: the Library's Templates / Blocks / Drafts.

One widget that draws its labels itself. Textual's ``Tabs`` makes a widget per
tab plus an animated underline, and mounting it cost the Library's first paint
about 40 ms; this bar does the same job (click, ←/→ when focused, Ctrl+T from the
screen) in one line of text.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

#: Cells between two labels.
GAP = 2


class TabBar(Widget, can_focus=True):
    """Labelled tabs in one line; ``active`` is the id of the tab shown."""

    DEFAULT_CSS = """
    TabBar {
        height: 1;
        width: 1fr;
        padding: 0 1;
    }
    TabBar > .tab-bar--active {
        color: $block-cursor-foreground;
        background: $block-cursor-background;
        text-style: bold;
    }
    TabBar:blur > .tab-bar--active {
        color: $foreground;
        background: $surface;
        text-style: bold underline;
    }
    TabBar > .tab-bar--inactive {
        color: $text-muted;
    }
    """
    COMPONENT_CLASSES = {"tab-bar--active", "tab-bar--inactive"}
    BINDINGS = [
        Binding("left", "step(-1)", show=False),
        Binding("right", "step(1)", show=False),
    ]

    active: reactive[str] = reactive("")

    class Changed(Message):
        """The active tab changed (by key, click or code)."""

        def __init__(self, bar: TabBar, tab: str) -> None:
            super().__init__()
            self.bar = bar
            self.tab = tab

        @property
        def control(self) -> TabBar:
            return self.bar

    def __init__(
        self, tabs: list[tuple[str, str]], *, active: str | None = None, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self._tabs = list(tabs)
        self.set_reactive(TabBar.active, active or (self._tabs[0][0] if self._tabs else ""))

    @property
    def tab_ids(self) -> list[str]:
        return [tab for tab, _label in self._tabs]

    def set_labels(self, labels: dict[str, str]) -> None:
        """New labels (e.g. in another UI language), same tabs."""
        self._tabs = [(tab, labels.get(tab, label)) for tab, label in self._tabs]
        self.refresh()

    def label(self, tab: str) -> str:
        return dict(self._tabs)[tab]

    def watch_active(self, old: str, new: str) -> None:
        if old != new:
            self.post_message(self.Changed(self, new))

    def render(self) -> Content:
        active = self.get_visual_style("tab-bar--active", partial=True)
        inactive = self.get_visual_style("tab-bar--inactive", partial=True)
        parts: list[Content | str] = []
        for index, (tab, label) in enumerate(self._tabs):
            if index:
                parts.append(" " * GAP)
            parts.append(Content.styled(f" {label} ", active if tab == self.active else inactive))
        return Content.assemble(*parts)

    def action_step(self, delta: int) -> None:
        """The next (``1``) or previous (``-1``) tab, wrapping round."""
        ids = self.tab_ids
        if ids:
            at = ids.index(self.active) if self.active in ids else 0
            self.active = ids[(at + delta) % len(ids)]

    def tab_at(self, x: int) -> str | None:
        """The tab drawn at column ``x`` of the content area, if any."""
        left = 0
        for index, (tab, label) in enumerate(self._tabs):
            if index:
                left += GAP
            width = Content(f" {label} ").cell_length
            if left <= x < left + width:
                return tab
            left += width
        return None

    def on_click(self, event: events.Click) -> None:
        tab = self.tab_at(event.x - self.styles.padding.left)
        if tab is not None:
            self.active = tab
