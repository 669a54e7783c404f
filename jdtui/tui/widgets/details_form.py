"""The role's details: title, document language, status and the variables."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, VerticalScroll
from textual.message import Message
from textual.widgets import Input, Label, Select, Static

from ...core.model import LANGS, STATUSES, Role
from ...core.office_style import CHOICES
from ...core.placeholders import VARIABLES, variables_for
from ...i18n import t


class DetailsForm(VerticalScroll):
    """A compact form; every change posts :class:`DetailsForm.Changed`."""

    class Changed(Message):
        """The user changed a field: ``field`` is title, lang, status or a variable name."""

        def __init__(self, field: str, value: str) -> None:
            super().__init__()
            self.field = field
            self.value = value

    class Ready(Message):
        """The form is mounted (it may be mounted after its screen): fill it in now."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._applied = {}

    def on_mount(self) -> None:
        self.post_message(self.Ready())

    def compose(self) -> ComposeResult:
        with Grid(id="details-grid"):
            yield Label(t("field.title"), id="label-title")
            yield Input(id="field-title", compact=True)
            yield Label(t("field.lang"), id="label-lang")
            yield Select(self._lang_options(), id="field-lang", allow_blank=False, compact=True)
            yield Label(t("field.status"), id="label-status")
            yield Select(self._status_options(), id="field-status", allow_blank=False, compact=True)
            for name in VARIABLES:
                yield Label(t(f"var.{name}"), id=f"label-{name}")
                if name in CHOICES:  # a per-draft choice (office style): its values, "" the default
                    yield Select(_choice_options(name), id=f"field-{name}", allow_blank=False, compact=True)
                else:
                    yield Input(id=f"field-{name}", compact=True, placeholder=_example(name))
        # says in words what the marks of suggested case forms mean (shown only with a mark)
        yield Static(id="details-legend")
        yield Static(t("details.leave_hint"), id="details-hint")

    @staticmethod
    def _lang_options() -> list[tuple[str, str]]:
        return [(t(f"lang.{lang}"), lang) for lang in LANGS]

    @staticmethod
    def _status_options() -> list[tuple[str, str]]:
        return [(t(f"status.{status}"), status) for status in STATUSES]

    #: the id of the role the fields show (``None`` until one is shown)
    shown_id: str | None = None
    #: each text field's value as the role has it (shown, or typed and applied)
    _applied: dict[str, str]

    def show(self, role: Role) -> None:
        """Put the role's values in the fields (only those that differ)."""
        self.shown_id = role.id
        with self.prevent(Input.Changed, Select.Changed):
            self._set_input("title", role.title)
            for name in VARIABLES:
                if name in CHOICES:
                    self._set_choice(name, role.variables.get(name, ""))
                else:
                    self._set_input(name, role.variables.get(name, ""))
            for name, value in (("lang", role.lang), ("status", role.status)):
                select = self.query_one(f"#field-{name}", Select)
                if select.value != value:
                    select.value = value
        self._show_fields(role.lang)

    def typed(self) -> dict[str, str]:
        """Text fields (title, variables) typed in but not yet applied to the role
        :attr:`shown_id` (their Changed messages still on the way): what a save
        must take all the same."""
        names = ["title", *(name for name in VARIABLES if name not in CHOICES)]
        values = {name: self.query_one(f"#field-{name}", Input).value for name in names}
        return {name: value for name, value in values.items() if value != self._applied.get(name, value)}

    def applied(self, field: str, value: str) -> None:
        """``value`` of ``field`` is in the role now."""
        self._applied[field] = value

    def _show_fields(self, lang: str) -> None:
        """Only the details a document in ``lang`` uses (an English posting has no
        case forms or approval stamp); a value kept in a hidden field stays stored."""
        wanted = set(variables_for(lang))
        for name in VARIABLES:
            shown = name in wanted
            for widget in (self.query_one(f"#label-{name}"), self.query_one(f"#field-{name}")):
                if widget.display != shown:
                    widget.display = shown

    def _set_choice(self, name: str, value: str) -> None:
        select = self.query_one(f"#field-{name}", Select)
        value = value if value in CHOICES[name] else ""  # a value from elsewhere shows as the default
        if select.value != value:
            select.value = value

    def _set_input(self, name: str, value: str) -> None:
        self._applied[name] = value
        field = self.query_one(f"#field-{name}", Input)
        if field.value != value:
            field.value = value
            if not field.has_focus:
                field.cursor_position = 0  # a narrow field shows how the value begins

    #: each marked field and its mark: "suggested" or "check"
    _marks: dict[str, str] = {}

    def mark(self, marks: dict[str, str]) -> None:
        """Mark case forms the machine filled in: ``{field: "suggested" | "check"}``
        (a suggested form follows the nominative; "check": it may be wrong).
        Unlisted fields lose their mark."""
        if marks == self._marks:
            return
        before, self._marks = self._marks, dict(marks)
        for name in VARIABLES:
            state = marks.get(name)
            if state == before.get(name):
                continue  # untouched: a field being typed in keeps its cursor
            field = self.query_one(f"#field-{name}", Input)
            field.set_class(state == "suggested", "-suggested")
            field.set_class(state == "check", "-check")
            field.tooltip = (
                t("grammar.suggested" if state == "suggested" else "grammar.please_check") if state else None
            )
            label = self.query_one(f"#label-{name}", Label)
            label.update(_mark_symbol(state) + t(f"var.{name}"))
        legend = self.query_one("#details-legend", Static)
        shown = sorted(set(marks.values()), reverse=True)
        legend.update("   ".join(f"{_mark_symbol(state)}{t(_LEGEND[state])}" for state in shown))
        legend.display = bool(shown)

    def relabel(self) -> None:
        """Labels in the current UI language."""
        self.query_one("#label-title", Label).update(t("field.title"))
        self.query_one("#label-lang", Label).update(t("field.lang"))
        self.query_one("#label-status", Label).update(t("field.status"))
        self.query_one("#details-hint", Static).update(t("details.leave_hint"))
        choices = [(name, _choice_options(name)) for name in VARIABLES if name in CHOICES]
        for name in VARIABLES:
            self.query_one(f"#label-{name}", Label).update(t(f"var.{name}"))
            if name not in CHOICES:
                self.query_one(f"#field-{name}", Input).placeholder = _example(name)
        marks = self._marks
        self._marks = {name: "" for name in marks}  # every marked label is written again
        self.mark(marks)
        for name, options in (("lang", self._lang_options()), ("status", self._status_options()), *choices):
            select = self.query_one(f"#field-{name}", Select)
            value = select.value
            with self.prevent(Select.Changed):
                select.set_options(options)
                select.value = value

    @on(Input.Changed)
    def _input_changed(self, event: Input.Changed) -> None:
        if event.input.id and event.input.id.startswith("field-"):
            event.stop()
            self.post_message(self.Changed(event.input.id.removeprefix("field-"), event.value))

    @on(Input.Blurred)
    def _left_field(self, event: Input.Blurred) -> None:
        """A field left shows how its value begins (focus selected it all and
        scrolled to its end), as a field filled from the role does."""
        if event.input.id and event.input.id.startswith("field-"):
            event.input.cursor_position = 0

    @on(Select.Changed)
    def _select_changed(self, event: Select.Changed) -> None:
        # A Select reports its first value when it mounts: only the user's choices count.
        if event.select.id and isinstance(event.value, str) and event.select.has_focus_within:
            event.stop()
            self.post_message(self.Changed(event.select.id.removeprefix("field-"), event.value))


def _choice_options(name: str) -> list[tuple[str, str]]:
    """A choice's values as the form offers them, the default first."""
    return [(t(f"choice.{name}.{value}"), value) for value in CHOICES[name]]


_LEGEND = {"suggested": "grammar.legend.suggested", "check": "grammar.legend.check"}


def _mark_symbol(state: str | None) -> str:
    """The mark before a label: ``~`` suggested, ``?`` suggested but please check."""
    return {"suggested": "~ ", "check": "? "}.get(state or "", "")


def _example(name: str) -> str:
    """A field's placeholder: marked as an example, so an empty field never looks filled in."""
    hint = t(f"var.{name}.hint")
    return hint if hint.startswith("(") else t("field.example", example=hint)
