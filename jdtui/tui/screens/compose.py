"""Compose: the role's outline, the selected row's text, and the role's details.

The outline (left) lists sections and items; the edit pane (right) holds the
selected item's text, or the selected section's heading and lead-in. Every edit
goes through the app (:meth:`JdtuiApp.apply_role`), so undo, redo and autosave
treat them alike.
"""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.lazy import Lazy
from textual.timer import Timer
from textual.widgets import Footer, Header, Static, TabbedContent, TabPane
from textual.worker import get_current_worker

from ...core.check import Stopped, check
from ...core.grammar import FORMS, analyser_loaded, derive_forms, load_analyser
from ...core.grammar import marks as grammar_marks
from ...core.model import Finding, Role
from ...i18n import t
from ..messages import RoleChanged, UiLangChanged
from ..widgets.details_form import DetailsForm
from ..widgets.edit_pane import EditPane
from ..widgets.library_entries import named, one_line
from ..widgets.outline import Outline
from .compose_editing import ComposeEditing

CHECK_DELAY = 0.3


class ComposeScreen(ComposeEditing):
    """Edit the open draft: add, remove, move and edit clauses; fill in details."""

    BINDINGS = [
        Binding("v", "details", "key.details", id="compose.details", priority=True),
        Binding("s", "section(1)", "key.next_section", id="compose.next_section", show=False),
        Binding("S", "section(-1)", "key.prev_section", id="compose.prev_section", show=False),
        # Tab moves on at once too: a fast Tab-and-type fills the next field, not this one
        Binding("tab", "app.focus_next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", show=False, priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._role_id: str | None = None
        self._check_timer: Timer | None = None
        #: the details field to focus once the (lazily mounted) form is ready
        self._focus_details: str | None = None
        #: nominatives typed while the dictionary loaded: each one's value before
        self._pending: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="compose-body"):
            with Vertical(id="outline-pane"):
                yield Static(id="role-line")
                yield Outline(id="outline")
            with TabbedContent(id="editor-tabs"):
                with TabPane(t("compose.tab.item"), id="tab-item"):
                    yield EditPane(id="edit-pane")
                with TabPane(t("compose.tab.details"), id="tab-details"):
                    # mounted just after the first paint: the outline shows sooner
                    yield Lazy(DetailsForm(id="details"))
        yield Static(t("compose.empty"), id="compose-empty")
        yield Footer(compact=True)

    # --- the app's hooks -----------------------------------------------------
    def on_mount(self) -> None:
        self.sub_title = t("screen.compose")
        self.app.flush_hooks.append(self.flush_for_save)  # type: ignore[attr-defined]
        self.refresh_role()

    def on_unmount(self) -> None:
        hooks = self.app.flush_hooks  # type: ignore[attr-defined]
        if self.flush_for_save in hooks:
            hooks.remove(self.flush_for_save)

    def on_screen_resume(self) -> None:
        self.sub_title = t("screen.compose")
        self.refresh_role()
        # back from another screen, keys act on the outline; a field keeping the
        # cursor would take a command letter (v, e) as text
        if self.session is not None and self.query("#outline"):
            self.set_focus(self.query_one("#outline", Outline))

    def on_role_changed(self, _message: RoleChanged) -> None:
        self.refresh_role()

    def _details(self) -> DetailsForm | None:
        """The details form, once mounted (it is mounted lazily)."""
        found = self.query("#details").results(DetailsForm)
        return next(found, None)

    @on(DetailsForm.Ready)
    def _details_ready(self) -> None:
        details = self._details()
        if details is not None and self.session is not None:
            details.show(self.session.role)
            self._mark_forms()
        if self._focus_details and details is not None:
            field, self._focus_details = self._focus_details, None
            self._focus_field(details, field)

    def refresh_role(self) -> None:
        """Show the session's role; a newly opened draft starts at its first item."""
        session = self.session
        self.set_class(session is None, "-no-draft")
        if session is None:
            return
        if not self.query("#section-lead"):  # the tabbed panes mount a moment after the screen
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
            self._mark_forms()
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
        """Check off the UI thread (core is pure); the findings come back to :meth:`_checked`.

        A newer check of the draft, or quitting, cancels the worker: the check
        asks it between rules and in its long loops and gives up at once."""
        worker = get_current_worker()
        workspace = getattr(self.app, "workspace", None)
        settings = workspace.rule_settings() if hasattr(workspace, "rule_settings") else None
        try:
            findings = check(role, library, settings=settings, should_stop=lambda: worker.is_cancelled)
        except Stopped:
            return
        self.app.call_from_thread(self._checked, role, findings)

    def _checked(self, role: Role, findings: list[Finding]) -> None:
        if self.session is None or self.session.role.id != role.id or not self.is_mounted:
            return
        self._findings = findings
        current = self.session.role
        self.query_one("#outline", Outline).show(current, self.library, self._findings)
        self._show_findings()

    # --- moving around -----------------------------------------------------------
    def action_section(self, delta: int) -> None:
        """Jump to the next or previous section of the outline."""
        outline = self.query_one("#outline", Outline)
        self.set_focus(outline)
        outline.next_section(delta)

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
        self._apply_detail(event.field, event.value)

    def _apply_detail(self, field: str, value: str) -> None:
        if self.session is None:
            return
        role = self.session.role
        if field in ("title", "lang", "status"):
            new = replace(role, **{field: value})
        else:
            new = role.with_variables(**{field: value})
            if field in FORMS and new.lang == "ru":
                new = self._follow(role, new, field)
        self.app.apply_role(new, coalesce=("field", role.id, field))  # type: ignore[attr-defined]
        details = self._details()
        if details is not None and field not in ("lang", "status"):
            details.applied(field, value)

    def flush_for_save(self) -> None:
        """The pane's text, and the details as typed, into the role: before a save,
        keys whose messages are still on their way are not lost."""
        self.flush_editor()
        details = self._details()
        if self.session is None or details is None or details.shown_id != self.session.role_id:
            return
        for field, value in details.typed().items():
            self._apply_detail(field, value)

    # --- case forms that follow the position (Russian) ---------------------------------
    def _template_variables(self, role: Role):
        template = self.library.templates.get(role.based_on) if role.based_on else None
        return template.variables if template is not None else None

    def _follow(self, old: Role, new: Role, field: str) -> Role:
        """``new`` with the case forms of ``field`` derived where they follow it; with
        the dictionary still loading, the change waits for it (see :meth:`_analyser_ready`)."""
        if not analyser_loaded():
            self._pending.setdefault(field, old.variables.get(field, ""))
            self._load_analyser()
            return new
        previous = {**old.variables, field: self._pending.pop(field, old.variables.get(field, ""))}
        variables, _changes = derive_forms(
            new.variables, previous, template=self._template_variables(new), only=frozenset({field})
        )
        return new.with_variables(**{name: variables.get(name, "") for name in {*new.variables, *variables}})

    @work(thread=True, exclusive=True, group="analyser")
    def _load_analyser(self) -> None:
        """Load the dictionary (≈ 0.3 s) off the UI thread, at its first need."""
        load_analyser()
        self.app.call_from_thread(self._analyser_ready)

    def _analyser_ready(self) -> None:
        """The dictionary is here: derive what typing left pending, and mark the forms."""
        session = self.session
        if session is not None and self._pending and session.role.lang == "ru":
            role = new = session.role
            fields = list(self._pending)
            for field in fields:
                new = self._follow(new, new, field)  # the value before typing is the pending one
            # one undo step with the typing that asked for it
            if self.app.apply_role(new, coalesce=("field", role.id, fields[-1])):  # type: ignore[attr-defined]
                return  # the role changed: the redraw marks the forms
        self._pending.clear()
        self._mark_forms()

    def _mark_forms(self) -> None:
        """Mark the case forms the machine filled in (once the dictionary is loaded)."""
        details = self._details()
        if details is None or self.session is None:
            return
        role = self.session.role
        if role.lang != "ru":
            details.mark({})
        elif analyser_loaded():
            details.mark(grammar_marks(role.variables, self._template_variables(role)))
        else:
            self._load_analyser()

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
