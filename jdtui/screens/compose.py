"""Compose: the role's outline, the selected item's text, and the role's details."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.lazy import Lazy
from textual.widgets import Footer, Header, Input, OptionList, Select, Static, TabbedContent, TabPane, TextArea

from ..core.check import check
from ..core.compose import edit_item_text, insert_item, move_item, remove_item
from ..core.model import Finding, Item, Role
from ..core.profiles import get_profile
from ..i18n import t
from ..messages import RoleChanged, UiLangChanged
from ..widgets.details_form import DetailsForm
from ..widgets.library_entries import named, one_line
from ..widgets.outline import LOCAL, Outline

CHECK_DELAY = 0.3
#: Actions bound to plain letters with priority; not while a text field has the focus.
LETTER_ACTIONS = frozenset({"edit_item", "add_block", "details"})


class ComposeScreen(Screen):
    """Edit the open draft: add, remove, move and edit clauses; fill in details."""

    BINDINGS = [
        # e, a and v move the focus: as priority bindings they act when the key
        # arrives, so keys typed right after them land in the new place
        # (check_action lets them through to text fields as plain letters)
        Binding("e", "edit_item", "key.edit", id="compose.edit", priority=True),
        Binding("a", "add_block", "key.add", id="compose.add", priority=True),
        Binding("x,delete", "remove_item", "key.remove", id="compose.remove"),
        Binding("shift+up,left_square_bracket", "move(-1)", "key.move_up", id="compose.up", show=False),
        Binding("shift+down,right_square_bracket", "move(1)", "key.move_down", id="compose.down", show=False),
        Binding("ctrl+z,u", "app.undo", "key.undo", id="compose.undo", show=False),
        Binding("ctrl+y,r", "app.redo", "key.redo", id="compose.redo", show=False),
        Binding("v", "details", "key.details", id="compose.details", priority=True),
        Binding("s", "section(1)", "key.next_section", id="compose.next_section", show=False),
        Binding("S", "section(-1)", "key.prev_section", id="compose.prev_section", show=False),
        Binding("escape", "leave_editor", "key.leave", id="compose.leave", show=False),
        # Tab moves on at once too: a fast Tab-and-type fills the next field, not this one
        Binding("tab", "app.focus_next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", show=False, priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._role_id: str | None = None
        self._findings: list[Finding] = []
        self._check_timer: Timer | None = None
        self._shown: tuple[str, int, int] | None = None
        #: the details field to focus once the (lazily mounted) form is ready
        self._focus_details: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="compose-body"):
            with Vertical(id="outline-pane"):
                yield Static(id="role-line")
                yield Outline(id="outline")
            with TabbedContent(id="editor-tabs"):
                with TabPane(t("compose.tab.item"), id="tab-item"):
                    yield Static(id="item-info")
                    yield TextArea(id="item-text", soft_wrap=True, show_line_numbers=False)
                    yield Static(id="item-findings")
                with TabPane(t("compose.tab.details"), id="tab-details"):
                    # mounted just after the first paint: the outline shows sooner
                    yield Lazy(DetailsForm(id="details"))
        yield Static(t("compose.empty"), id="compose-empty")
        yield Footer(compact=True)

    # --- the app's hooks -----------------------------------------------------
    @property
    def session(self):
        return self.app.session  # type: ignore[attr-defined]

    @property
    def library(self):
        return self.app.workspace.library  # type: ignore[attr-defined]

    def on_mount(self) -> None:
        self.sub_title = t("screen.compose")
        self.app.flush_hooks.append(self.flush_editor)  # type: ignore[attr-defined]
        self.refresh_role()

    def on_unmount(self) -> None:
        hooks = self.app.flush_hooks  # type: ignore[attr-defined]
        if self.flush_editor in hooks:
            hooks.remove(self.flush_editor)

    def on_screen_resume(self) -> None:
        self.sub_title = t("screen.compose")
        self.refresh_role()
        # back from another screen, keys act on the outline; a field keeping the
        # cursor would take a command letter (v, e) as text
        if self.session is not None and self.query("#outline"):
            self.set_focus(self.query_one("#outline", Outline))

    def on_role_changed(self, _message: RoleChanged) -> None:
        self.refresh_role()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Letter keys type into text fields rather than act."""
        if action in LETTER_ACTIONS and self._typing():
            return False
        return True

    def _typing(self) -> bool:
        focused = self.focused
        if isinstance(focused, (Input, TextArea)):
            return True
        return focused is not None and any(isinstance(node, Select) for node in focused.ancestors)

    def _details(self) -> DetailsForm | None:
        """The details form, once mounted (it is mounted lazily)."""
        found = self.query("#details").results(DetailsForm)
        return next(found, None)

    @on(DetailsForm.Ready)
    def _details_ready(self) -> None:
        details = self._details()
        if details is not None and self.session is not None:
            details.show(self.session.role)
        if self._focus_details and details is not None:
            field, self._focus_details = self._focus_details, None
            self._focus_field(details, field)

    def refresh_role(self) -> None:
        """Show the session's role; a newly opened draft starts at its first item."""
        session = self.session
        self.set_class(session is None, "-no-draft")
        if session is None:
            return
        if not self.query("#item-text"):  # the tabbed panes mount a moment after the screen
            self.call_after_refresh(self.refresh_role)
            return
        role = session.role
        outline = self.query_one("#outline", Outline)
        opened = role.id != self._role_id
        self._role_id = role.id
        if opened:
            self._findings = []  # the first check runs in a worker, just below
        outline.show(role, self.library, self._findings)
        if opened:
            outline.first_item()
            self.set_focus(outline)
        details = self._details()
        if details is not None:
            details.show(role)
        self._show_role_line(role)
        self._show_selected()
        self._schedule_check(0.0 if opened else None)

    def _show_role_line(self, role: Role) -> None:
        dirty = self.session.dirty
        line = Text("● " if dirty else "✓ ", style="bold yellow" if dirty else "green")
        line.append(one_line(role.title, 60), style="bold")
        state = t("compose.unsaved") if dirty else t("compose.saved", revision=role.revision)
        line.append(f" · {role.lang} · {named('status', role.status)} · {state}", style="dim")
        self.query_one("#role-line", Static).update(line)

    # --- findings (debounced: typing should stay smooth) --------------------------
    def _schedule_check(self, delay: float | None = None) -> None:
        if self._check_timer is not None:
            self._check_timer.stop()
        self._check_timer = self.set_timer(CHECK_DELAY if delay is None else delay, self._run_check)

    def _run_check(self) -> None:
        self._check_timer = None
        if self.session is not None:
            self._check_in_background(self.session.role, self.library)

    @work(thread=True, exclusive=True, group="compose-check")
    def _check_in_background(self, role: Role, library) -> None:
        """Check off the UI thread (core is pure); the findings come back to :meth:`_checked`."""
        findings = check(role, library)
        self.app.call_from_thread(self._checked, role, findings)

    def _checked(self, role: Role, findings: list[Finding]) -> None:
        if self.session is None or self.session.role.id != role.id or not self.is_mounted:
            return
        self._findings = findings
        current = self.session.role
        self.query_one("#outline", Outline).show(current, self.library, self._findings)
        self._show_findings()

    # --- the selected item -------------------------------------------------------
    @on(OptionList.OptionHighlighted, "#outline")
    def _outline_moved(self) -> None:
        self._show_selected()

    @on(OptionList.OptionSelected, "#outline")
    def _outline_selected(self) -> None:
        self.action_edit_item()

    def select_item(self, section_id: str, item: int | None) -> None:
        """Select an item (or a section) by section id, as findings name them."""
        if self.session is None:
            return
        for index, section in enumerate(self.session.role.sections):
            if section.id == section_id:
                self.query_one("#outline", Outline).select(index, item)
                self.set_focus(self.query_one("#outline", Outline))
                return

    def _position(self) -> tuple[int, int | None] | None:
        return self.query_one("#outline", Outline).position

    def _show_selected(self) -> None:
        """Put the selected item's text in the editor, unless it is already there."""
        editor = self.query_one("#item-text", TextArea)
        info = self.query_one("#item-info", Static)
        position = self._position()
        if self.session is None or position is None:
            return
        role = self.session.role
        section_index, item_index = position
        section = role.sections[section_index]
        heading = get_profile(role.profile).heading(section, role.lang)
        if item_index is None:
            self._shown = None
            editor.disabled = True
            editor.load_text("")
            info.update(Text(t("compose.section_info", heading=heading, count=len(section.items))))
            self._show_findings()
            return
        item = section.items[item_index]
        block = self.library.resolve(item)
        text = block.text if block else ""
        key = (role.id, section_index, item_index)
        editor.disabled = block is None
        if self._shown != key or editor.text != text:
            self._shown = key
            editor.load_text(text)
        info.update(self._item_info(heading, item, block))
        self._show_findings()

    def _item_info(self, heading: str, item: Item, block) -> Text:
        info = Text(one_line(heading, 50), style="bold")
        if block is None:
            info.append("  " + t("compose.missing_block", id=item.ref or "?"), style="red")
        elif item.linked:
            info.append("  " + t("compose.linked", id=item.ref or ""), style="dim")
        else:
            label = t("compose.local_of", id=item.ref) if item.ref else t("compose.local")
            info.append(f"  {LOCAL} {label}", style="italic")
        return info

    def _show_findings(self) -> None:
        position = self._position()
        panel = self.query_one("#item-findings", Static)
        if self.session is None or position is None:
            panel.update("")
            return
        section_id = self.session.role.sections[position[0]].id
        mine = [f for f in self._findings if f.section == section_id and f.item == position[1]]
        text = Text()
        if self.has_class("-editing"):
            text.append(t("compose.editing") + "\n", style="italic")
        for finding in mine[:3]:
            text.append(f"{named('severity', finding.severity)}: ", style="bold red" if finding.severity == "error" else "bold")
            text.append(one_line(finding.message, 200) + "\n")
        panel.update(text)

    # --- editing text --------------------------------------------------------------
    def action_edit_item(self) -> None:
        """Put the cursor in the selected item's text."""
        editor = self.query_one("#item-text", TextArea)
        self.query_one("#editor-tabs", TabbedContent).active = "tab-item"
        if self._position() is None or self._position()[1] is None:
            self.action_add_block()
            return
        if not editor.disabled:
            # a consultant most often adds to a clause: start at its end
            editor.move_cursor(editor.document.end)
            # set_focus acts now; focus() would wait, and the next keys go astray
            self.set_focus(editor)

    def action_section(self, delta: int) -> None:
        """Jump to the next or previous section of the outline."""
        outline = self.query_one("#outline", Outline)
        self.set_focus(outline)
        outline.next_section(delta)

    def action_leave_editor(self) -> None:
        self.session and self.session.end_coalescing()
        self.set_focus(self.query_one("#outline", Outline))

    @on(events.DescendantFocus)
    @on(events.DescendantBlur)
    def _editing_state(self) -> None:
        """While the text has the cursor, say how to get out of it."""
        editing = isinstance(self.focused, TextArea) and self.focused.id == "item-text"
        self.set_class(editing, "-editing")
        self._show_findings()

    @on(TextArea.Changed, "#item-text")
    def _text_changed(self) -> None:
        self.flush_editor()

    def flush_editor(self) -> None:
        """Apply the editor's text to the role (also called before saving)."""
        if self.session is None or self._shown is None or not self.is_mounted:
            return
        role_id, section_index, item_index = self._shown
        role = self.session.role
        if role.id != role_id or section_index >= len(role.sections):
            return
        items = role.sections[section_index].items
        if item_index >= len(items):
            return
        text = self.query_one("#item-text", TextArea).text
        item = items[item_index]
        block = self.library.resolve(item)
        if block is None or block.text == text:
            return
        new = edit_item_text(role, section_index, item_index, text, self.library)
        if self.app.apply_role(new, coalesce=("text", role_id, section_index, item_index)):  # type: ignore[attr-defined]
            if item.linked:
                self.notify(t("compose.forked", id=item.ref or ""), timeout=6)

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
        heading = get_profile(role.profile).heading(section, role.lang)
        picker = PickBlockScreen(self.selected_kind(), role.lang, heading, self.library)
        self.app.push_screen(picker, lambda block_id: block_id and self.insert_block(block_id))

    def insert_block(self, block_id: str) -> None:
        """Link a library block after the selected item (or at the end of the selected section)."""
        if self.session is None:
            return
        section_index, item_index = self._position() or (0, None)
        current = self.session.role
        after = item_index + 1 if item_index is not None else len(current.sections[section_index].items)
        new = insert_item(current, section_index, after, Item.link(block_id))
        if self.app.apply_role(new):  # type: ignore[attr-defined]
            self.query_one("#outline", Outline).show(new, self.library, self._findings)
            self.query_one("#outline", Outline).select(section_index, after)
            self.notify(t("compose.added"))

    def action_remove_item(self) -> None:
        position = self._position()
        if self.session is None or position is None or position[1] is None:
            self.app.bell()
            return
        self._shown = None
        new = remove_item(self.session.role, position[0], position[1])
        if self.app.apply_role(new):  # type: ignore[attr-defined]
            self.notify(t("compose.removed"))

    def action_move(self, delta: int) -> None:
        position = self._position()
        if self.session is None or position is None or position[1] is None:
            self.app.bell()
            return
        new, index = move_item(self.session.role, position[0], position[1], delta)
        if index == position[1]:
            self.app.bell()
            return
        self._shown = None
        self.app.apply_role(new)  # type: ignore[attr-defined]
        self.query_one("#outline", Outline).show(new, self.library, self._findings)
        self.query_one("#outline", Outline).select(position[0], index)

    # --- details -------------------------------------------------------------------
    def action_details(self, field: str = "organization") -> None:
        """Show the role's details and put the cursor in ``field`` (a variable, or title)."""
        self.query_one("#editor-tabs", TabbedContent).active = "tab-details"
        details = self._details()
        if details is None:  # not mounted yet: focus it when it is
            self._focus_details = field
            return
        self._focus_field(details, field)

    def _focus_field(self, details: DetailsForm, field: str) -> None:
        found = details.query(f"#field-{field}")
        target = found.first() if found else details.query_one("#field-organization")
        self.set_focus(target)
        target.scroll_visible(animate=False)

    @on(DetailsForm.Changed)
    def _details_changed(self, event: DetailsForm.Changed) -> None:
        if self.session is None:
            return
        role = self.session.role
        if event.field in ("title", "lang", "status"):
            new = replace(role, **{event.field: event.value})
        else:
            new = role.with_variables(**{event.field: event.value})
        self.app.apply_role(new, coalesce=("field", role.id, event.field))  # type: ignore[attr-defined]

    # --- language --------------------------------------------------------------------
    def on_ui_lang_changed(self, _message: UiLangChanged) -> None:
        self.sub_title = t("screen.compose")
        tabs = self.query_one("#editor-tabs", TabbedContent)
        tabs.get_tab("tab-item").label = t("compose.tab.item")
        tabs.get_tab("tab-details").label = t("compose.tab.details")
        self.query_one("#compose-empty", Static).update(t("compose.empty"))
        details = self._details()
        if details is not None:
            details.relabel()
        self.refresh_role()
