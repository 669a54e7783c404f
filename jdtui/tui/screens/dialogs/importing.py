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
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from ....core.model import Role
from ....core.text import strip_controls
from ....i18n import t
from ...widgets.path_input import PathInput
from .base import Dialog


@dataclass(frozen=True)
class ImportDone:
    """A finished import: the new draft (the first, when each role became one; None
    when the clauses went into the library instead) and the report lines."""

    role: Role | None
    report: tuple[str, ...]
    #: drafts made (one per role with "each role")
    count: int = 1
    #: the clauses added to the user's library ("clauses into my library")
    harvested: int = 0


@dataclass(frozen=True)
class RolesFound:
    """The document describes several roles: the user chooses one (or each) first."""

    names: tuple[str, ...]


#: the role choice that imports each role as its own draft
EACH = 0


class ForeignDocument(ValueError):
    """The document is in a language other than Russian or English: refused, and it
    would be imported with ``any_language`` (the message says so)."""


def import_file(
    workspace,
    path: Path,
    *,
    lang: str | None,
    title: str | None,
    role: int | None = None,
    to_library: bool = False,
    any_language: bool = False,
) -> ImportDone | RolesFound:
    """Read ``path``, import it against the library (duties, rights and KPIs given
    areas by likeness) and store the new draft; with ``to_library`` store its
    clauses the library lacks as the user's own blocks instead.

    A document of several roles and no ``role`` chosen gives the roles found,
    nothing stored; ``role`` N imports the N-th, ``EACH`` each as its own draft.
    Raises whatever the reader or importer raise (their messages are meant for
    the user); nothing is stored when the document has no recognisable structure.
    A document in a language other than Russian or English is refused unless
    ``any_language``; when that would import it, the refusal is a ForeignDocument.
    """
    from ....core.areas import report_line
    from ....core.importer import format_report
    from ....store.ingest import keep_import, read_import

    source = read_import(path, workspace.limit("import_limit_mb"))
    results = workspace.import_roles(source.text, lang=lang, title=title, any_language=any_language)
    if len(results) > 1 and role is None:
        return RolesFound(tuple(r.role.title or str(n) for n, (r, _) in enumerate(results, 1)))
    chosen = results if role == EACH else results[(role or 1) - 1 : role or 1]
    kept = [(r, c) for r, c in chosen if not r.empty]
    if not kept:
        report = chosen[0][0].report
        if any(r.report.anyway for r, _ in chosen):
            raise ForeignDocument(report.refusal(surface="app"))
        raise ValueError(report.refusal(surface="app") or t("import.nothing"))
    lines = list(source.notes)
    made, harvested = [], 0
    for result, classified in kept:
        done = keep_import(workspace, result, path, to_library=to_library)
        harvested += len(done.added)
        if done.role is not None:
            made.append(done.role)
        lines.extend(done.messages)
        lines.extend(format_report(result.report).splitlines())
        areas_line = report_line(classified)
        if areas_line:
            lines.append(areas_line)
    if to_library:
        return ImportDone(None, tuple(lines), 0, harvested)
    return ImportDone(made[0], tuple(lines), len(made))


def _distinct(names: list[str]) -> list[str]:
    """The names without the words they all begin with («Должностная инструкция
    кассира», «… кладовщика» → «кассира», «кладовщика»), so the choice tells them apart."""
    words = [name.split() for name in names]
    common = 0
    while all(len(w) > common + 1 for w in words) and len({w[common].casefold() for w in words}) == 1:
        common += 1
    return [" ".join(w[common:]) for w in words]


def _short(text: str, width: int = 25) -> str:
    """``text`` on one line of the role choice (its end cut with an ellipsis)."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


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
        def __init__(self, done: ImportDone | RolesFound | None, error: str, anyway: bool = False) -> None:
            super().__init__()
            self.done = done
            self.error = error
            #: the document was refused for its language and "Import anyway" would import it
            self.anyway = anyway

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
                with Horizontal(classes="field-row", id="import-options"):
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
                with Horizontal(classes="field-row"):
                    with Vertical(id="import-roles"):
                        yield Label(t("import.role"), classes="field-label")
                        yield Select(
                            [(t("import.role.each"), EACH)], value=EACH, allow_blank=False, id="role"
                        )
                    with Vertical(id="import-harvest"):
                        yield Label(" ", classes="field-label")
                        yield Checkbox(Text(t("import.to_library")), id="to-library")
            with VerticalScroll(id="import-report"):
                yield Static("", id="report")
            yield Static("", id="import-message", classes="dialog-message")
            with Horizontal(classes="dialog-buttons"):
                yield Button(Text(t("import.do")), id="import", variant="primary")
                yield Button(Text(t("import.anyway")), id="anyway")
                yield Button(Text(t("import.open")), id="open", variant="primary")
                yield Button(Text(t("dialog.cancel")), id="cancel")

    def on_mount(self) -> None:
        self.say("import-message", "")
        self.query_one("#import-report").display = False
        self.query_one("#import-roles").display = False
        self.query_one("#open", Button).display = False
        self.query_one("#anyway", Button).display = False
        self.query_one("#path", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#import")
    def _import(self) -> None:
        self._start()

    @on(Button.Pressed, "#anyway")
    def _import_anyway(self) -> None:
        """The document was refused for its language: the user asks for it all the same."""
        self._start(any_language=True)

    def _start(self, *, any_language: bool = False) -> None:
        if self.done is not None:
            return
        self.query_one("#anyway", Button).display = False
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
        to_library = self.query_one("#to-library", Checkbox).value
        chosen = role if isinstance(role, int) else None
        self._run(path, None if lang == "auto" else str(lang), title, chosen, to_library, any_language)

    @on(Input.Changed, "#path")
    def _other_file(self) -> None:
        """Another file: the roles chosen among were those of the last one, and a
        refusal of its language was the last one's."""
        self.query_one("#anyway", Button).display = False
        self.query_one("#import-roles").display = False
        self.query_one("#import-options").display = True

    @work(thread=True, exclusive=True, group="import")
    def _run(
        self,
        path: Path,
        lang: str | None,
        title: str | None,
        role: int | None,
        to_library: bool = False,
        any_language: bool = False,
    ) -> None:
        try:
            done = import_file(
                self.app.workspace,
                path,
                lang=lang,
                title=title,
                role=role,
                to_library=to_library,
                any_language=any_language,
            )
        except ForeignDocument as refusal:  # not a failure: the refusal says why and what to do
            self.post_message(self.Finished(None, str(refusal), anyway=True))
            return
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
            if message.anyway:  # refused for its language: one key away from importing it all the same
                # language and title (kept as set) make room for the refusal and the button at 80×24
                self.query_one("#import-options").display = False
                anyway = self.query_one("#anyway", Button)
                anyway.display = True
                anyway.focus()
            return
        if isinstance(message.done, RolesFound):
            names = message.done.names
            shown = _distinct([strip_controls(name) for name in names])
            options = [(Text(_short(f"{n}. {name}")), n) for n, name in enumerate(shown, 1)]
            select = self.query_one("#role", Select)
            select.set_options([*options, (Text(t("import.role.each")), EACH)])
            select.value = 1
            self.query_one("#import-roles").display = True
            # language and title were the document's; the roles take their place at 80×24
            self.query_one("#import-options").display = False
            self.say("import-message", t("import.roles_found", count=len(names)), error=False)
            select.focus()
            return
        self.done = message.done
        role = self.done.role
        if role is None:
            heading = t("harvest.title")
        elif self.done.count > 1:
            heading = t("import.created_each", count=self.done.count)
        else:
            heading = t("import.created", title=strip_controls(role.title))
        report = Text(heading + "\n", style="bold")
        for line in self.done.report:
            report.append(strip_controls(line) + "\n")
        self.query_one("#report", Static).update(report)
        self.query_one("#import-form").display = False
        self.query_one("#import-report").display = True
        self.query_one("#import", Button).display = False
        self.query_one("#cancel", Button).label = Text(t("dialog.close"))
        self.say("import-message", "")
        if role is None:  # the clauses went into the library: no draft to open
            self.query_one("#cancel", Button).focus()
            return
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
        self.dismiss(self.done.role.id if self.done and self.done.role else None)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
