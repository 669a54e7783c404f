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
    """A finished import: the new draft and the report lines."""

    role: Role
    report: tuple[str, ...]


def import_file(workspace, path: Path, *, lang: str | None, title: str | None) -> ImportDone:
    """Read ``path``, import it against the library and store the new draft.

    Raises whatever the reader or importer raise (their messages are meant for
    the user); nothing is stored when the document has no recognisable structure.
    """
    from ....core.importer import format_report, import_markdown
    from ....store.ingest import read_import

    source = read_import(path, workspace.limit("import_limit_mb"))
    result = import_markdown(source.text, workspace.library, lang=lang, title=title)
    if result.empty:
        raise ValueError(t("import.nothing"))
    from ....core.likeness import most_like

    like = most_like(result.role, workspace.list_drafts()[0], workspace.library)
    role = workspace.create_draft(result.role)
    lines = [*source.notes, *format_report(result.report).splitlines()]
    if like is not None:
        draft, share = like
        lines.insert(
            0, t("cli.import.looks_like", id=draft.id, title=draft.title, percent=round(share * 100))
        )
    return ImportDone(role, tuple(lines))


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
        def __init__(self, done: ImportDone | None, error: str) -> None:
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
        self.query_one("#import", Button).disabled = True
        self.say("import-message", t("import.working"), error=False)
        self._run(path, None if lang == "auto" else str(lang), title)

    @work(thread=True, exclusive=True, group="import")
    def _run(self, path: Path, lang: str | None, title: str | None) -> None:
        try:
            done = import_file(self.app.workspace, path, lang=lang, title=title)
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
        self.done = message.done
        report = Text(t("import.created", title=strip_controls(self.done.role.title)) + "\n", style="bold")
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
