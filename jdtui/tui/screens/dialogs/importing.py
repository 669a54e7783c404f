"""Import a Markdown, text or Word file as a new draft, and show what was recognised."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Input, Label, Select, Static

from ....core.model import Role
from ....core.text import strip_controls
from ....i18n import t
from ...widgets.path_input import PathInput
from .base import Dialog


@dataclass(frozen=True)
class ImportDone:
    """A finished import: the new draft (the first, when each role became one) and the report lines."""

    role: Role
    report: tuple[str, ...]
    #: drafts made (one per role with "each role")
    count: int = 1


@dataclass(frozen=True)
class RolesFound:
    """The document describes several roles: the user chooses one (or each) first."""

    names: tuple[str, ...]


#: the role choice that imports each role as its own draft
EACH = 0


def import_file(
    workspace, path: Path, *, lang: str | None, title: str | None, role: int | None = None
) -> ImportDone | RolesFound:
    """Read ``path``, import it against the library and store the new draft.

    A document of several roles and no ``role`` chosen gives the roles found,
    nothing stored; ``role`` N imports the N-th, ``EACH`` each as its own draft.
    Raises whatever the reader or importer raise (their messages are meant for
    the user); nothing is stored when the document has no recognisable structure.
    """
    from ....core.importer import format_report, import_roles
    from ....store.ingest import read_import

    source = read_import(path)
    results = import_roles(source.text, workspace.library, lang=lang, title=title)
    if len(results) > 1 and role is None:
        return RolesFound(tuple(r.role.title or str(n) for n, r in enumerate(results, 1)))
    chosen = results if role == EACH else results[(role or 1) - 1 : role or 1]
    kept = [r for r in chosen if not r.empty]
    if not kept:
        raise ValueError(chosen[0].report.refusal() or t("import.nothing"))
    from ....core.likeness import most_like

    lines = list(source.notes)
    made = []
    for result in kept:
        like = most_like(result.role, workspace.list_drafts()[0], workspace.library)
        made.append(workspace.create_draft(result.role))
        if like is not None:
            draft, share = like
            lines.append(
                t("cli.import.looks_like", id=draft.id, title=draft.title, percent=round(share * 100))
            )
        lines.extend(format_report(result.report).splitlines())
    return ImportDone(made[0], tuple(lines), len(made))


class ImportDialog(Dialog[str]):
    """Asks for a file, imports it as a new draft and shows the report.

    Returns the new draft's id when the user chooses to open it, else None
    (the draft is kept either way and appears under "my drafts").
    """

    #: the report scrolls with these keys wherever the focus is (the buttons take none of them)
    BINDINGS = [
        Binding("down", "scroll_report(1)", show=False),
        Binding("up", "scroll_report(-1)", show=False),
        Binding("pagedown", "scroll_report(10)", show=False),
        Binding("pageup", "scroll_report(-10)", show=False),
    ]

    class Finished(Message):
        def __init__(self, done: ImportDone | RolesFound | None, error: str) -> None:
            super().__init__()
            self.done = done
            self.error = error

    def __init__(self, folder: Path | str | None = None) -> None:
        super().__init__()
        start = Path(folder).expanduser() if folder else Path.cwd()
        self.folder = start if start.is_dir() else Path.cwd()
        self.done: ImportDone | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("import.title"), classes="dialog-title")
            with Vertical(id="import-form"):
                yield Label(t("import.path"), classes="field-label")
                yield PathInput(str(self.folder) + "/", id="path", select_on_focus=False)
                with Horizontal(classes="field-row"):
                    with Vertical():
                        yield Label(t("import.lang"), classes="field-label")
                        yield Select(
                            [(t("import.lang.auto"), "auto"), ("Русский", "ru"), ("English", "en")],
                            value="auto",
                            allow_blank=False,
                            id="lang",
                        )
                    with Vertical():
                        yield Label(t("import.name"), classes="field-label")
                        yield Input("", id="title", placeholder=t("import.name.placeholder"))
                with Vertical(id="import-roles"):
                    yield Label(t("import.role"), classes="field-label")
                    yield Select([(t("import.role.each"), EACH)], value=EACH, allow_blank=False, id="role")
            with VerticalScroll(id="import-report"):
                yield Static("", id="report")
            yield Static("", id="import-message", classes="dialog-message")
            with Horizontal(classes="dialog-buttons"):
                yield Button(Text(t("import.do")), id="import", variant="primary")
                yield Button(Text(t("import.open")), id="open", variant="primary")
                yield Button(Text(t("dialog.cancel")), id="cancel")

    def on_mount(self) -> None:
        self.say("import-message", "")
        self.query_one("#import-report").display = False
        self.query_one("#import-roles").display = False
        self.query_one("#open", Button).display = False
        self.query_one("#path", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#import")
    def _import(self) -> None:
        if self.done is not None:
            return
        typed = self.query_one("#path", Input).value.strip()
        path = Path(typed).expanduser() if typed else None
        if path is None or path.is_dir():
            self.say("import-message", t("import.choose_file"))
            return
        if not path.is_file():
            self.say("import-message", t("import.no_file", path=typed))
            return
        lang = self.query_one("#lang", Select).value
        title = self.query_one("#title", Input).value.strip() or None
        role = self.query_one("#role", Select).value if self.query_one("#import-roles").display else None
        self.query_one("#import", Button).disabled = True
        self.say("import-message", t("import.working"), error=False)
        self._run(path, None if lang == "auto" else str(lang), title, role if isinstance(role, int) else None)

    @on(Input.Changed, "#path")
    def _other_file(self) -> None:
        """Another file: the roles chosen among were those of the last one."""
        self.query_one("#import-roles").display = False

    @work(thread=True, exclusive=True, group="import")
    def _run(self, path: Path, lang: str | None, title: str | None, role: int | None) -> None:
        try:
            done = import_file(self.app.workspace, path, lang=lang, title=title, role=role)
        except Exception as error:  # shown to the user in words, never a traceback
            self.post_message(
                self.Finished(None, t("import.failed", error=str(error) or type(error).__name__))
            )
            return
        self.post_message(self.Finished(done, ""))

    @on(Finished)
    def _finished(self, message: Finished) -> None:
        self.query_one("#import", Button).disabled = False
        if message.done is None:
            self.say("import-message", message.error)
            return
        if isinstance(message.done, RolesFound):
            names = message.done.names
            options = [(Text(f"{n}. {strip_controls(name)}"), n) for n, name in enumerate(names, 1)]
            select = self.query_one("#role", Select)
            select.set_options([*options, (Text(t("import.role.each")), EACH)])
            select.value = 1
            self.query_one("#import-roles").display = True
            self.say("import-message", t("import.roles_found", count=len(names)), error=False)
            select.focus()
            return
        self.done = message.done
        created = (
            t("import.created_each", count=self.done.count)
            if self.done.count > 1
            else t("import.created", title=strip_controls(self.done.role.title))
        )
        report = Text(created + "\n", style="bold")
        for line in self.done.report:
            report.append(strip_controls(line) + "\n")
        self.query_one("#report", Static).update(report)
        self.query_one("#import-form").display = False
        self.query_one("#import-report").display = True
        self.query_one("#import", Button).display = False
        self.query_one("#cancel", Button).label = Text(t("dialog.close"))
        self.say("import-message", "")
        self.query_one("#open", Button).display = True
        self.query_one("#open", Button).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The scroll keys belong to the report once it is shown (before, to the form)."""
        if action == "scroll_report":
            return self.done is not None
        return True

    def action_scroll_report(self, lines: int) -> None:
        self.query_one("#import-report", VerticalScroll).scroll_relative(y=lines, animate=False)

    @on(Button.Pressed, "#open")
    def _open(self) -> None:
        self.dismiss(self.done.role.id if self.done else None)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
