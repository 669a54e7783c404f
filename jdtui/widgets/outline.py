"""The outline of a role in Compose: sections with counts, items with finding markers."""

from __future__ import annotations

from typing import Iterable

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..core.model import Finding, Library, Role
from ..core.profiles import get_profile
from ..i18n import t
from .library_entries import one_line

#: Marks an item or section that has findings, by the worst severity.
MARKERS = {"error": ("●", "bold red"), "warning": ("●", "yellow"), "info": ("·", "cyan")}
LOCAL = "✎"


def section_option_id(section: int) -> str:
    return f"s:{section}"


def item_option_id(section: int, item: int) -> str:
    return f"i:{section}:{item}"


def parse_option_id(option_id: str | None) -> tuple[int, int | None] | None:
    """(section, item) of an outline row; item is None for a section row."""
    if not option_id:
        return None
    parts = option_id.split(":")
    if parts[0] == "s":
        return int(parts[1]), None
    return int(parts[1]), int(parts[2])


def worst(findings: Iterable[Finding]) -> str | None:
    order = {"error": 0, "warning": 1, "info": 2}
    found = sorted((f.severity for f in findings), key=lambda s: order.get(s, 3))
    return found[0] if found else None


class Outline(OptionList):
    """Sections and items in document order."""

    def show(self, role: Role, library: Library, findings: list[Finding]) -> None:
        """Rebuild the rows, keeping the highlighted row where it was."""
        highlighted = self.highlighted
        profile = get_profile(role.profile)
        options = []
        for s_index, section in enumerate(role.sections):
            mine = [f for f in findings if f.section == section.id]
            heading = Text()
            heading.append(_marker(worst(f for f in mine if f.item is None)))
            heading.append(one_line(profile.heading(section, role.lang), 60), style="bold")
            heading.append(f" ({len(section.items)})", style="dim")
            options.append(Option(heading, id=section_option_id(s_index)))
            for i_index, item in enumerate(section.items):
                block = library.resolve(item)
                row = Text("  ")
                row.append(_marker(worst(f for f in mine if f.item == i_index)))
                if not item.linked:
                    row.append(LOCAL + " ", style="italic")
                if block is None:
                    row.append(t("compose.missing_block", id=item.ref or "?"), style="red")
                else:
                    row.append(one_line(block.title or block.text, 90))
                options.append(Option(row, id=item_option_id(s_index, i_index)))
        self.set_options(options)
        if options:
            self.highlighted = min(highlighted or 0, len(options) - 1)

    def select(self, section: int, item: int | None) -> None:
        """Highlight a section or item row (the nearest that exists)."""
        for option_id in (item_option_id(section, item) if item is not None else None, section_option_id(section)):
            if option_id is None:
                continue
            try:
                self.highlighted = self.get_option_index(option_id)
                return
            except Exception:  # no such row (removed meanwhile)
                continue

    def first_item(self) -> None:
        """Highlight the first item of the role (or the first row)."""
        for index in range(self.option_count):
            option_id = self.get_option_at_index(index).id or ""
            if option_id.startswith("i:"):
                self.highlighted = index
                return
        self.highlighted = 0 if self.option_count else None

    def next_section(self, delta: int) -> None:
        """Highlight the next (or previous) section row."""
        index = self.highlighted or 0
        while 0 <= index + delta < self.option_count:
            index += delta
            if (self.get_option_at_index(index).id or "").startswith("s:"):
                self.highlighted = index
                return

    @property
    def position(self) -> tuple[int, int | None] | None:
        option = self.highlighted_option
        return parse_option_id(option.id if option else None)


def _marker(severity: str | None) -> Text:
    if severity is None:
        return Text("  ")
    symbol, style = MARKERS[severity]
    return Text(symbol + " ", style=style)
