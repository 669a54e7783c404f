"""The outline of a role in Compose: sections with their headings as the
document shows them, lead-ins and clause counts; items with finding markers;
notes (paragraphs among the clauses) marked apart."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...core.model import Finding, Item, Library, Role, RoleSection
from ...core.section_wording import clause_count, shown_heading, shown_lead
from ...i18n import t
from .library_entries import one_line

#: Marks an item or section that has findings, by the worst severity.
MARKERS = {"error": ("●", "bold red"), "warning": ("●", "yellow"), "info": ("·", "cyan")}
LOCAL = "✎"
#: Marks a note: a paragraph of the document's own text among the clauses.
NOTE = "¶"
#: Marks a section's lead-in, on the line under its heading.
LEAD = "»"


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
        options = []
        for s_index, section in enumerate(role.sections):
            mine = [f for f in findings if f.section == section.id]
            options.append(
                Option(
                    section_row(role, section, worst(f for f in mine if f.item is None)),
                    id=section_option_id(s_index),
                )
            )
            for i_index, item in enumerate(section.items):
                row = item_row(item, library, worst(f for f in mine if f.item == i_index))
                options.append(Option(row, id=item_option_id(s_index, i_index)))
        self.set_options(options)
        if options:
            self.highlighted = min(highlighted or 0, len(options) - 1)

    def select(self, section: int, item: int | None) -> None:
        """Highlight a section or item row (the nearest that exists)."""
        for option_id in (
            item_option_id(section, item) if item is not None else None,
            section_option_id(section),
        ):
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


def section_row(role: Role, section: RoleSection, severity: str | None) -> Text:
    """A section's row: its heading as the document shows it, the clause count,
    and on a second line the lead-in (the standard one dimmed and so named)."""
    row = Text()
    row.append(_marker(severity))
    row.append(one_line(shown_heading(role, section), 60), style="bold")
    row.append(f" ({clause_count(section)})", style="dim")
    lead, standard = shown_lead(role, section)
    if lead:
        row.append(f"\n    {LEAD} ", style="dim")
        if standard:
            row.append(t("compose.lead.standard") + ": " + one_line(lead, 90), style="dim")
        else:
            row.append(one_line(lead, 90), style="italic")
    return row


def item_row(item: Item, library: Library, severity: str | None) -> Text:
    """An item's row: its finding marker, whether it is a note or a local copy, and its text."""
    block = library.resolve(item)
    row = Text("  ")
    row.append(_marker(severity))
    if item.is_note:
        row.append(NOTE + " ", style="bold magenta")
        text = one_line(block.text, 90) if block is not None else ""
        row.append(text or t("compose.note.empty"), style="italic" if text else "dim italic")
        return row
    if not item.linked:
        row.append(LOCAL + " ", style="italic")
    if block is None:
        row.append(t("compose.missing_block", id=item.ref or "?"), style="red")
    else:
        row.append(one_line(block.title or block.text, 90))
    return row


def _marker(severity: str | None) -> Text:
    if severity is None:
        return Text("  ")
    symbol, style = MARKERS[severity]
    return Text(symbol + " ", style=style)
