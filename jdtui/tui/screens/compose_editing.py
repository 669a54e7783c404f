"""Compose's edits: what each editing key does to the open draft.

:class:`ComposeEditing` holds the actions on the selected row of the outline:
edit an item's text or a section's heading and lead-in, add a block or a
paragraph, remove, move. Each edit becomes the role's new value through the
app (:meth:`JdtuiApp.apply_role`), so undo, redo and autosave treat them alike.
:class:`~jdtui.tui.screens.compose.ComposeScreen` adds the layout, the details and
the checks.
"""

from __future__ import annotations

from textual import events, on
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input, OptionList, Select, TabbedContent, TextArea

from ...core.compose import (
    edit_item_text,
    insert_clause,
    insert_item,
    insert_note,
    move_item,
    relink_if_unchanged,
    remove_item,
    remove_section,
    set_heading,
    set_lead,
)
from ...core.model import Finding, Item, Role
from ...core.profiles import get_profile
from ...core.section_wording import shown_heading
from ...i18n import t
from ..widgets.edit_pane import EditPane
from ..widgets.library_entries import one_line
from ..widgets.outline import Outline
from ..widgets.section_editor import ParagraphArea, SectionEditor

#: Actions bound to plain letters with priority; not while a text field has the focus.
LETTER_ACTIONS = frozenset(
    {"edit_item", "add_block", "details", "edit_heading", "edit_lead", "add_note", "new_clause"}
)
#: Text fields of the edit pane, where Escape goes back to the outline.
EDIT_FIELDS = frozenset({"item-text", "section-heading", "section-lead"})


class ComposeEditing(Screen):
    """The editing half of Compose (needs an ``#outline`` and an ``#edit-pane``)."""

    BINDINGS = [
        # e, a and v move the focus: as priority bindings they act when the key
        # arrives, so keys typed right after them land in the new place
        # (check_action lets them through to text fields as plain letters)
        Binding("e", "edit_item", "key.edit", id="compose.edit", priority=True),
        Binding("a", "add_block", "key.add", id="compose.add", priority=True),
        # n is in F1 help, the palette and the section row's hint (the footer is full at 80 columns)
        Binding("n", "new_clause", "key.new_clause", id="compose.new_clause", show=False, priority=True),
        # x removes an item, or on a section row the section; the footer names it
        # on item rows only (the first binding), so the footer fits 80 columns
        Binding("x,delete", "remove_item('footer')", "key.remove", id="compose.remove"),
        Binding("x,delete", "remove_item", "key.remove", id="compose.remove_any", show=False),
        # p adds a paragraph wherever the cursor is; the footer names it (the
        # first binding) on section rows only, in the room x leaves free there
        Binding("p", "add_note('footer')", "key.add_note", id="compose.note", priority=True),
        Binding("p", "add_note", "key.add_note", id="compose.note_anywhere", show=False, priority=True),
        # A: the clause's duty areas (in F1 help; the footer is full at 80 columns)
        Binding("A", "edit_areas", "key.areas", id="compose.areas", show=False),
        Binding("h", "edit_heading", "key.heading", id="compose.heading", show=False, priority=True),
        Binding("l", "edit_lead", "key.lead", id="compose.lead", show=False, priority=True),
        Binding("shift+up,left_square_bracket", "move(-1)", "key.move_up", id="compose.up", show=False),
        Binding("shift+down,right_square_bracket", "move(1)", "key.move_down", id="compose.down", show=False),
        Binding("ctrl+z,u", "app.undo", "key.undo", id="compose.undo", show=False),
        Binding("ctrl+y,r", "app.redo", "key.redo", id="compose.redo", show=False),
        Binding("escape", "leave_editor", "key.leave", id="compose.leave", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._findings: list[Finding] = []
        #: the sections right after ``p`` added an empty paragraph (see _drop_untouched_note)
        self._new_note: tuple | None = None

    @property
    def session(self):
        return self.app.session  # type: ignore[attr-defined]

    @property
    def library(self):
        return self.app.workspace.library  # type: ignore[attr-defined]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Letter keys type into text fields rather than act; x removes an item or,
        on a section row, the section; the footer names p on section rows."""
        if action in LETTER_ACTIONS and self._typing():
            return False
        if action in ("remove_item", "add_note") and parameters:
            if self.session is None:
                return False
            return self._on_item() == (action == "remove_item")
        if action == "remove_item":
            return self.session is not None and bool(self.query("#outline")) and self._position() is not None
        return True

    def _on_item(self) -> bool:
        if not self.query("#outline"):
            return False
        position = self._position()
        return position is not None and position[1] is not None

    def _typing(self) -> bool:
        focused = self.focused
        if isinstance(focused, (Input, TextArea)):
            return True
        return focused is not None and any(isinstance(node, Select) for node in focused.ancestors)

    # --- the selected row ----------------------------------------------------------
    @on(OptionList.OptionHighlighted, "#outline")
    def _outline_moved(self) -> None:
        self._show_selected()
        self.refresh_bindings()  # x and p in the footer depend on the row

    @on(OptionList.OptionSelected, "#outline")
    def _outline_selected(self) -> None:
        self.action_edit_item()

    def select_item(self, section_id: str, item: int | None) -> None:
        """Select an item (or a section) by section id, as findings name them."""
        if self.session is None:
            return
        role = self.session.role
        for index, section in enumerate(role.sections):
            if section.id == section_id:
                self.query_one("#outline", Outline).select(index, item)
                self.set_focus(self.query_one("#outline", Outline))
                return
        # a finding about a section the document has not (removed, or never had):
        # say so rather than leave the cursor where it was without a word
        spec = get_profile(role.profile).spec(section_id)
        heading = spec.heading(role.lang) if spec is not None else section_id
        self.notify(t("compose.section_absent", heading=heading), timeout=8)

    def _position(self) -> tuple[int, int | None] | None:
        return self.query_one("#outline", Outline).position

    def place(self) -> tuple[str | None, int | None]:
        """The selected section (by id, as :meth:`select_item` takes it) and item."""
        position = self._position()
        if self.session is None or position is None:
            return None, None
        section_index, item = position
        sections = self.session.role.sections
        return (sections[section_index].id if section_index < len(sections) else None), item

    def _pane(self) -> EditPane:
        return self.query_one("#edit-pane", EditPane)

    def _show_selected(self) -> None:
        """Show the selected row in the edit pane (text being typed stays)."""
        position = self._position()
        if self.session is None or position is None:
            return
        self._pane().show(self.session.role, self.library, position)
        self._show_findings()

    def _show_findings(self) -> None:
        position = self._position()
        if self.session is None or position is None:
            self._pane().show_findings([], editing=False)
            return
        section_id = self.session.role.sections[position[0]].id
        mine = [f for f in self._findings if f.section == section_id and f.item == position[1]]
        self._pane().show_findings(mine, editing=self.has_class("-editing"))

    # --- editing text --------------------------------------------------------------
    def action_edit_item(self) -> None:
        """Put the cursor in the selected item's text (on a section row: its heading)."""
        position = self._position()
        if position is None:
            return
        if position[1] is None:
            self.action_edit_heading()
            return
        self.query_one("#editor-tabs", TabbedContent).active = "tab-item"
        editor = self._pane().editor
        if not editor.disabled:
            # a consultant most often adds to a clause: start at its end
            editor.move_cursor(editor.document.end)
            # set_focus acts now; focus() would wait, and the next keys go astray
            self.set_focus(editor)

    def action_edit_heading(self) -> None:
        """Put the cursor in the selected section's heading (empty: the profile's)."""
        editor = self._select_section()
        if editor is not None:
            self.set_focus(editor.heading_field())

    def action_edit_lead(self) -> None:
        """Put the cursor in the selected section's lead-in (empty: the standard one)."""
        editor = self._select_section()
        if editor is not None:
            self.set_focus(editor.lead_field())

    def _select_section(self) -> SectionEditor | None:
        """Select the row of the selected item's section, its wording in the pane."""
        position = self._position()
        if self.session is None or position is None:
            return None
        self.query_one("#editor-tabs", TabbedContent).active = "tab-item"
        self.query_one("#outline", Outline).select(position[0], None)
        self._show_selected()
        return self._pane().section_editor

    def action_leave_editor(self) -> None:
        """Back to the outline, with the selected item's pane shown: what has the
        keys is what is on screen (the details stay behind their tab)."""
        self.session and self.session.end_coalescing()
        self.query_one("#editor-tabs", TabbedContent).active = "tab-item"
        self.set_focus(self.query_one("#outline", Outline))

    @on(Input.Submitted, "#section-heading")
    @on(ParagraphArea.Finished, "#section-lead")
    def _section_field_done(self) -> None:
        self.action_leave_editor()

    @on(events.DescendantFocus)
    @on(events.DescendantBlur)
    def _editing_state(self) -> None:
        """While a text of the pane has the cursor, say how to get out of it."""
        editing = self.focused is not None and self.focused.id in EDIT_FIELDS
        self.set_class(editing, "-editing")
        if not editing:
            self._drop_untouched_note()
        self._show_findings()

    @on(TextArea.Changed, "#item-text")
    @on(SectionEditor.Edited)
    def _text_changed(self) -> None:
        self.flush_editor()

    def flush_editor(self) -> None:
        """Apply the pane's text to the role (also called before saving)."""
        if self.session is None or not self.is_mounted or not self.query("#edit-pane"):
            return
        self._flush_item()
        self._flush_section()
        self._pane().synced()

    def _flush_item(self) -> None:
        pending = self._pane().pending_text()
        role = self.session.role
        if pending is None or pending[0] != role.id:
            return
        _role_id, section_index, item_index, text = pending
        if section_index >= len(role.sections) or item_index >= len(role.sections[section_index].items):
            return
        item = role.sections[section_index].items[item_index]
        block = self.library.resolve(item)
        if block is None or block.text == text:
            return
        new = edit_item_text(role, section_index, item_index, text, self.library)
        # typed back to its library text: linked to the block again
        new = relink_if_unchanged(new, section_index, item_index, self.library)
        relinked = not item.linked and new.sections[section_index].items[item_index].linked
        applied = self.app.apply_role(new, coalesce=("text", role.id, section_index, item_index))  # type: ignore[attr-defined]
        if applied and item.linked and not relinked:
            self.notify(t("compose.forked", id=item.ref or ""), timeout=6)
        elif applied and relinked:
            self.notify(t("compose.relinked", id=item.ref or ""), timeout=6)

    def _flush_section(self) -> None:
        pending = self._pane().section_editor.pending()
        role = self.session.role
        if pending is None or pending[0] != role.id or pending[1] >= len(role.sections):
            return
        _role_id, index, heading, lead = pending
        # each field is its own undo step: typing a heading, then a lead-in, undoes in two
        new = set_heading(role, index, heading)
        if new != role:
            self.app.apply_role(new, coalesce=("heading", role.id, index))  # type: ignore[attr-defined]
            role = self.session.role
        new = set_lead(role, index, lead)
        if new != role:
            self.app.apply_role(new, coalesce=("lead", role.id, index))  # type: ignore[attr-defined]

    # --- adding, removing, moving ---------------------------------------------------
    def selected_kind(self) -> str:
        """The block kind of the selected section."""
        if self.session is None:
            return "duty"
        role = self.session.role
        section = role.sections[(self._position() or (0, None))[0]]
        spec = get_profile(role.profile).spec(section.id)
        return spec.kind if spec else "general"

    def action_add_block(self) -> None:
        """Pick a block of the selected section's kind and insert it after the selection."""
        if self.session is None:
            return
        from .pick_block import PickBlockScreen

        role = self.session.role
        section = role.sections[(self._position() or (0, None))[0]]
        heading = shown_heading(role, section)
        used = frozenset(i.ref for s in role.sections for i in s.items if i.ref)
        picker = PickBlockScreen(self.selected_kind(), role.lang, heading, self.library, used)
        self.app.push_screen(picker, lambda block_ids: block_ids and self.insert_blocks(block_ids))

    def insert_block(self, block_id: str) -> None:
        """Link a library block after the selected item (or at the end of the selected section)."""
        self.insert_blocks([block_id])

    def insert_blocks(self, block_ids: list[str]) -> None:
        """Link library blocks, in order, after the selected item (or at the end of
        the selected section): one undo step."""
        if self.session is None or not block_ids:
            return
        section_index, item_index = self._position() or (0, None)
        new = current = self.session.role
        used = {i.ref for s in current.sections for i in s.items if i.ref}
        again = sum(1 for block_id in block_ids if block_id in used)
        after = item_index + 1 if item_index is not None else len(current.sections[section_index].items)
        for offset, block_id in enumerate(block_ids):
            new = insert_item(new, section_index, after + offset, Item.link(block_id))
        if self.app.apply_role(new):  # type: ignore[attr-defined]
            self._select_new(new, section_index, after + len(block_ids) - 1)
            said = t("compose.added_n", count=len(block_ids)) if len(block_ids) > 1 else t("compose.added")
            if again:  # a block marked «already in the document» is there twice now
                said += " " + t("compose.added_again", count=again)
            self.notify(said)

    def _select_new(self, role: Role, section_index: int, item_index: int) -> None:
        outline = self.query_one("#outline", Outline)
        outline.show(role, self.library, self._findings)
        outline.select(section_index, item_index)

    def action_add_note(self, _footer: str = "") -> None:
        """Add a paragraph of text after the cursor (on a section row: first in the
        section) and put the cursor in it. (``_footer``: the key as the footer shows it.)"""
        position = self._position()
        if self.session is None or position is None:
            self.app.bell()
            return
        section_index, item_index = position
        at = 0 if item_index is None else item_index + 1
        new = insert_note(self.session.role, section_index, at, "")
        if self.app.apply_role(new):  # type: ignore[attr-defined]
            self._select_new(new, section_index, at)
            self._show_selected()  # now: the keys typed next go into the new paragraph
            self._new_note = new.sections
            self.action_edit_item()

    def action_new_clause(self) -> None:
        """Write a clause of one's own: an empty one of the section's kind after the
        cursor (on a section row: first in the section), the cursor in its text."""
        position = self._position()
        if self.session is None or position is None:
            self.app.bell()
            return
        section_index, item_index = position
        at = 0 if item_index is None else item_index + 1
        new = insert_clause(self.session.role, section_index, at)
        if self.app.apply_role(new):  # type: ignore[attr-defined]
            self._select_new(new, section_index, at)
            self._show_selected()
            self._new_note = new.sections  # left without a word, it goes again
            self.action_edit_item()

    def _drop_untouched_note(self) -> None:
        """A paragraph added and left without a word is taken back (as undo would)."""
        added, self._new_note = self._new_note, None
        untouched = added is not None and self.session is not None and self.session.role.sections == added
        if untouched and self.session is not None and self.session.undo():
            self.app.role_changed()  # type: ignore[attr-defined]

    def action_remove_item(self, _footer: str = "") -> None:
        """Remove the selected item (the cursor stays where it was: on the next item,
        the previous one, or the section), or on a section row the whole section.
        (``_footer``: the key as the footer shows it.)"""
        position = self._position()
        if self.session is None or position is None:
            self.app.bell()
            return
        section_index, item_index = position
        role = self.session.role
        self._pane().forget()
        if item_index is None:
            heading = shown_heading(role, role.sections[section_index])
            new = remove_section(role, section_index)
            if self.app.apply_role(new):  # type: ignore[attr-defined]
                if new.sections:
                    self._select_new(new, min(section_index, len(new.sections) - 1), None)
                self.notify(t("compose.section_removed", heading=heading))
            return
        new = remove_item(role, section_index, item_index)
        if self.app.apply_role(new):  # type: ignore[attr-defined]
            left = len(new.sections[section_index].items)
            self._select_new(new, section_index, min(item_index, left - 1) if left else None)
            self._show_selected()
            self.notify(t("compose.removed"))

    # --- duty areas ----------------------------------------------------------------
    def action_edit_areas(self) -> None:
        """Choose the selected clause's duty areas (a right's covers, a KPI's measures)."""
        position = self._position()
        if self.session is None or position is None or position[1] is None:
            self.app.bell()
            return
        from ...core.areas import FIELDS, areas_of
        from ...core.vocabulary import areas
        from .dialogs import AreasDialog

        self.flush_editor()  # the text typed so far is the clause's
        section_index, item_index = position
        role = self.session.role
        item = role.sections[section_index].items[item_index]
        block = self.library.resolve(item)
        field = FIELDS.get(block.kind) if block is not None and not item.is_note else None
        if block is None or field is None:
            self.notify(t("areas.not_clause"), timeout=4)
            return
        dialog = AreasDialog(
            field, areas_of(block), areas(self.library, role.lang), one_line(block.text, 160)
        )

        def chosen(picked: tuple[str, ...] | None) -> None:
            if picked is not None:
                self._set_areas(role.id, section_index, item_index, picked)

        self.app.push_screen(dialog, chosen)

    def _set_areas(self, role_id: str, section_index: int, item_index: int, picked: tuple[str, ...]) -> None:
        from ...core.areas import set_areas

        role = self.session.role if self.session is not None else None
        if role is None or role.id != role_id or section_index >= len(role.sections):
            return
        if item_index >= len(role.sections[section_index].items):
            return
        new = set_areas(role, section_index, item_index, picked, self.library)
        if new is role:
            self.notify(t("areas.unchanged"), timeout=3)
        elif self.app.apply_role(new):  # type: ignore[attr-defined]
            self.notify(t("areas.changed"), timeout=4)

    def action_move(self, delta: int) -> None:
        position = self._position()
        if self.session is None or position is None or position[1] is None:
            self.app.bell()
            return
        new, index = move_item(self.session.role, position[0], position[1], delta)
        if index == position[1]:
            self.app.bell()
            return
        self._pane().forget()
        self.app.apply_role(new)  # type: ignore[attr-defined]
        self._select_new(new, position[0], index)
