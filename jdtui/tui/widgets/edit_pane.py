"""Compose's right-hand pane: the selected row, to read and to edit.

On an item it holds the item's text; on a section row, the section's heading
and lead-in (:class:`SectionEditor`). Below either, the row's findings. The pane
only shows and collects text: the screen applies edits to the role.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static, TextArea

from ...core.model import Block, Finding, Item, Library, Role
from ...core.placeholders import placeholders, substitute
from ...core.section_wording import clause_count, shown_heading
from ...i18n import area_label, t
from .library_entries import named, one_line
from .outline import LOCAL, NOTE
from .section_editor import SectionEditor, WrappingArea

#: Findings shown under the text (the Check screen lists them all).
FINDINGS_SHOWN = 3


class ClauseArea(WrappingArea):
    """A clause's text. Ctrl+A selects it all (F7 too, as in any TextArea): typing
    or Delete then replaces or clears it; Home goes to the start of the line."""

    BINDINGS = [Binding("ctrl+a", "select_all", "key.select_all", id="editor.select_all")]


class EditPane(Vertical):
    """The selected item's text, or the selected section's wording, and their findings."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: (role id, section index, item index) whose text the editor holds
        self._shown: tuple[str, int, int] | None = None
        #: the editor's text as last loaded or applied to the role: text that
        #: differs from it is typing not applied yet, which a refresh keeps
        self._synced = ""

    def compose(self) -> ComposeResult:
        yield Static(id="item-info")
        # a duty's areas, a right's covers, a KPI's measures, and how they were assigned
        yield Static(id="item-areas")
        yield ClauseArea(id="item-text", soft_wrap=True, show_line_numbers=False)
        # the clause as the document prints it, when the details fill its placeholders
        yield Static(id="item-filled")
        yield SectionEditor(id="section-editor")
        yield Static(id="item-findings")

    @property
    def editor(self) -> TextArea:
        return self.query_one("#item-text", TextArea)

    @property
    def section_editor(self) -> SectionEditor:
        return self.query_one(SectionEditor)

    def show(self, role: Role, library: Library, position: tuple[int, int | None]) -> None:
        """Show the row at ``position``; text being typed stays as it is."""
        section_index, item_index = position
        section = role.sections[section_index]
        heading = shown_heading(role, section)
        info = self.query_one("#item-info", Static)
        editor = self.editor
        on_section = item_index is None
        editor.display = not on_section
        if on_section:
            self.query_one("#item-filled", Static).display = False
            self.query_one("#item-areas", Static).display = False
        self.section_editor.display = on_section
        if item_index is None:
            self._shown = None
            info.update(
                Text(
                    t("compose.section_info", heading=one_line(heading, 60), count=clause_count(section)),
                    style="bold",
                )
            )
            self.section_editor.show(role, section_index)
            return
        self.section_editor.forget()
        item = section.items[item_index]
        block = library.resolve(item)
        text = block.text if block else ""
        key = (role.id, section_index, item_index)
        editor.disabled = block is None
        editor.placeholder = t("compose.note.placeholder") if item.is_note else ""
        # reload on another row, or when the role changed under text already
        # applied (undo); keys typed but not yet applied stay
        if self._shown != key or (editor.text != text and editor.text == self._synced):
            self._shown = key
            editor.load_text(text)
            self._synced = text
        info.update(item_info(heading, item, block))
        line = areas_line(item, block)
        shown_areas = self.query_one("#item-areas", Static)
        shown_areas.display = line is not None
        if line is not None:
            shown_areas.update(line)
        self.show_filled(text, role)

    def show_filled(self, text: str, role: Role) -> None:
        """Under the text: the clause with the details filled in, if any placeholder is."""
        filled = self.query_one("#item-filled", Static)
        names = placeholders(text)
        shown = bool(names) and any((role.variables.get(name) or "").strip() for name in names)
        filled.display = shown
        if shown:
            line = Text(t("compose.filled") + " ", style="dim")
            line.append(one_line(substitute(text, role.variables), 400))
            filled.update(line)

    def forget(self) -> None:
        """The text shown no longer stands for a row (it was removed or moved)."""
        self._shown = None

    def pending_text(self) -> tuple[str, int, int, str] | None:
        """(role id, section index, item index, text) of the item as typed, or ``None``."""
        if self._shown is None:
            return None
        return (*self._shown, self.editor.text)

    def synced(self) -> None:
        """The text typed so far is applied to the role (see :meth:`show`)."""
        self._synced = self.editor.text
        self.section_editor.synced()

    def show_findings(self, findings: list[Finding], *, editing: bool) -> None:
        """The selected row's findings (the first few), and how to leave the editor."""
        text = Text()
        if editing:
            text.append(t("compose.editing") + "\n", style="italic")
        for finding in findings[:FINDINGS_SHOWN]:
            text.append(
                f"{named('severity', finding.severity)}: ",
                style="bold red" if finding.severity == "error" else "bold",
            )
            text.append(one_line(finding.message, 200) + "\n")
        self.query_one("#item-findings", Static).update(text)


def item_info(heading: str, item: Item, block: Block | None) -> Text:
    """The line above an item's text: its section, and where the text comes from."""
    info = Text(one_line(heading, 50), style="bold")
    if block is None:
        info.append("  " + t("compose.missing_block", id=item.ref or "?"), style="red")
    elif item.is_note:
        info.append(f"  {NOTE} " + t("compose.note"), style="italic")
    elif item.linked:
        info.append("  " + t("compose.linked", id=item.ref or ""), style="dim")
    else:
        label = t("compose.local_of", id=item.ref) if item.ref else t("compose.local")
        info.append(f"  {LOCAL} {label}", style="italic")
    return info


def areas_line(item: Item, block: Block | None) -> Text | None:
    """The line under the item's info: its duty areas (a right's covers, a KPI's
    measures) in the UI language, how they were assigned, and the key that
    changes them; None for a clause of another kind."""
    from ...core.areas import BY_NONE, BY_SIMILAR, FIELDS, GENERIC, areas_of, assigned_by

    field = FIELDS.get(block.kind) if block is not None and not item.is_note else None
    if block is None or field is None:
        return None
    given = areas_of(block)
    names = ", ".join(area_label(slug) for slug in given) if given else t("areas.none")
    if GENERIC in block.tags and block.kind == "right":
        names = t("areas.generic")  # enables no duty in particular: its long list says nothing
    line = Text(one_line(t("areas.line." + field, areas=names), 160))
    by = assigned_by(item, block)
    if by is not None:
        percent = round((item.confidence or 0.0) * 100)
        said = t("areas.by." + by, percent=percent) if by in (BY_SIMILAR, BY_NONE) else t("areas.by." + by)
        line.append(f" · {said}", style="italic")
    line.append(" · " + t("areas.line.hint"), style="dim")
    return line
