"""Export: the format, where to write the document (and a client's Word
template for Word and PDF), and the explicit override while it has errors."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from ....core.text import safe_file_name
from ....formats import EXPORT_FORMATS, EXTENSIONS
from ....i18n import t
from ...widgets.path_input import PathInput
from .base import Dialog
from .confirm import ConfirmDialog


@dataclass(frozen=True)
class ExportChoice:
    """What to write and where, and whether the user agreed to replace the file there."""

    path: Path
    overwrite: bool = False
    #: one of formats.EXPORT_FORMATS
    format: str = "md"
    #: a client's Word template (Word and PDF only)
    template: Path | None = None


#: the formats a Word template applies to
TEMPLATE_FORMATS = frozenset({"docx", "pdf"})


#: where the default folder came from, for the line that says so in the dialog
FOLDER_ORIGINS = ("last", "documents", "start", "home")


def documents_folder() -> Path:
    """The user's documents folder (XDG_DOCUMENTS_DIR, else ~/Documents)."""
    from platformdirs import user_documents_path

    return user_documents_path()


def _can_hold(folder: Path) -> bool:
    """``folder`` is writable, or does not exist yet and could be made."""
    if folder.is_dir():
        return os.access(folder, os.W_OK)
    parent = next((p for p in folder.parents if p.exists()), None)
    return not folder.exists() and parent is not None and parent.is_dir() and os.access(parent, os.W_OK)


def default_export_folder(last: Path | str | None = None) -> tuple[Path, str]:
    """The folder an export goes to unless the user names another, and why:
    the folder of the last export ("last"), else the documents folder
    ("documents"; made when the first export goes there), else the folder
    jdtui was started in ("start"), else the home folder ("home")."""
    if last:
        folder = Path(last).expanduser()
        if folder.is_dir() and os.access(folder, os.W_OK):
            return folder, "last"
    documents = documents_folder()
    if _can_hold(documents):
        return documents, "documents"
    try:
        start = Path.cwd()
    except OSError:  # the folder it was started in is gone
        start = None
    if start is not None and os.access(start, os.W_OK):
        return start, "start"
    return Path.home(), "home"


def default_export_path(title: str, folder: Path | str | None = None) -> Path:
    """A safe file name from the role title, in the default export folder."""
    return default_export_folder(folder)[0] / safe_file_name(title)


#: a file name ending like this already has its extension; otherwise the format's is added
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,8}$")


def export_target(typed: str, folder: Path, file_name: str, extension: str = "md") -> Path:
    """The file a typed path names: ``~`` is the home folder, a relative path is
    relative to ``folder``, a folder gets ``file_name``, a name without an
    extension gets the format's (".md"; never a second one)."""
    typed = typed.strip()
    path = Path(typed).expanduser()
    if not path.is_absolute():
        path = folder / path
    if typed.endswith(("/", os.sep)) or path.is_dir():
        return path / file_name
    if not _EXTENSION.search(path.name):
        path = path.with_name(f"{path.name}.{extension}")
    return path


def with_format_extension(typed: str, fmt: str) -> str:
    """A typed path whose extension is an export format's, given ``fmt``'s
    instead ("role.md" → "role.docx"); any other path as it was."""
    stem, dot, extension = typed.rpartition(".")
    if dot and stem and "/" not in extension and extension.lower() in EXTENSIONS.values():
        return f"{stem}.{EXTENSIONS[fmt]}"
    return typed


def shown_path(path: Path) -> str:
    """A path as the user would type it: ``~`` for the home folder."""
    home = str(Path.home())
    text = str(path)
    return "~" + text[len(home) :] if home != "/" and (text == home or text.startswith(home + "/")) else text


class ExportDialog(Dialog[ExportChoice]):
    """Asks where to export; returns an :class:`ExportChoice` or None.

    While the document has errors, Export stays disabled until the user ticks
    the override box. An existing file is replaced only after a second question.
    """

    def __init__(
        self,
        default_path: Path,
        *,
        errors: int = 0,
        file_name: str | None = None,
        origin: str = "start",
        fmt: str = "md",
        template: str = "",
    ) -> None:
        super().__init__()
        self.format = fmt if fmt in EXPORT_FORMATS else "md"
        self.template = template
        self.default_path = Path(with_format_extension(str(default_path), self.format))
        #: relative paths are relative to this folder (the one the dialog names)
        self.folder = self.default_path.parent
        self.origin = origin if origin in FOLDER_ORIGINS else "start"
        self.errors = errors
        self.file_name = file_name or self.default_path.name

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("export.title"), classes="dialog-title")
            folder = Text(t(f"export.folder.{self.origin}", folder=shown_path(self.folder)))
            yield Static(folder, id="export-folder", classes="dialog-note")
            yield Label(t("export.path"), classes="field-label")
            with Horizontal(id="export-target"):
                yield Select(
                    [(t(f"export.format.{fmt}"), fmt) for fmt in EXPORT_FORMATS],
                    value=self.format,
                    allow_blank=False,
                    id="format",
                )
                # the whole path, selected: typing replaces it, Ctrl+U clears it, End keeps it
                yield PathInput(shown_path(self.default_path), id="path", select_on_focus=True)
            template = Input(self.template, id="template", placeholder=t("export.template"), compact=True)
            template.display = self.format in TEMPLATE_FORMATS  # from the first paint: nothing moves after
            yield template
            yield Static("", id="export-message", classes="dialog-message")
            if self.errors:
                yield Static(
                    Text(t("export.has_errors", count=self.errors)), id="errors-warning", classes="-warning"
                )
                yield Checkbox(Text(t("export.override")), id="override")
            with Horizontal(classes="dialog-buttons"):
                yield Button(Text(t("export.do")), id="export", variant="primary", disabled=bool(self.errors))
                yield Button(Text(t("dialog.cancel")), id="cancel")

    def on_mount(self) -> None:
        self.say("export-message", "")
        self.query_one("#path", Input).focus()

    @on(Select.Changed, "#format")
    def _format_changed(self, event: Select.Changed) -> None:
        """Another format: the path's extension follows it, the template field shows for Word and PDF."""
        self.format = str(event.value)
        field = self.query_one("#path", Input)
        field.value = with_format_extension(field.value, self.format)
        self.query_one("#template", Input).display = self.format in TEMPLATE_FORMATS
        self.say("export-message", "")

    @property
    def overridden(self) -> bool:
        """No errors, or the user ticked "export despite errors"."""
        return not self.errors or self.query_one("#override", Checkbox).value

    @on(Checkbox.Changed, "#override")
    def _override_changed(self, event: Checkbox.Changed) -> None:
        self.query_one("#export", Button).disabled = not event.value
        self.say("export-message", "")

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted, "#path")
    @on(Button.Pressed, "#export")
    def _export(self) -> None:
        if not self.overridden:
            self.say("export-message", t("export.need_override"))
            self.query_one("#override", Checkbox).focus()
            return
        target, problem = self.target()
        template, template_problem = self.template_path()
        if problem or template_problem:
            self.say("export-message", problem or template_problem)
            return
        assert target is not None
        if not target.parent.is_dir():
            self._offer_folder(target, template)
            return
        if target.exists():
            question = t("export.replace", path=shown_path(target))

            def answered(replace: bool | None) -> None:
                if replace:
                    self.dismiss(ExportChoice(target, True, self.format, template))

            self.app.push_screen(
                ConfirmDialog(question, yes=t("export.replace_yes"), no=t("dialog.no")), answered
            )
            return
        self.dismiss(ExportChoice(target, False, self.format, template))

    def _offer_folder(self, target: Path, template: Path | None) -> None:
        """The folder is not there yet: ask, make it, then export into it."""
        folder = target.parent

        def answered(make: bool | None) -> None:
            if not make:
                return
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                self.say("export-message", t("export.folder_failed", folder=shown_path(folder), error=error))
                return
            self.dismiss(ExportChoice(target, False, self.format, template))

        question = t("export.make_folder", folder=shown_path(folder))
        self.app.push_screen(
            ConfirmDialog(question, yes=t("export.make_folder_yes"), no=t("dialog.no")), answered
        )

    def target(self) -> tuple[Path | None, str]:
        """The file the path input names, or the reason it cannot be written."""
        typed = self.query_one("#path", Input).value.strip()
        if not typed:
            return None, t("export.no_path")
        path = export_target(
            typed, self.folder, with_format_extension(self.file_name, self.format), EXTENSIONS[self.format]
        )
        if not path.parent.is_dir() and not _can_hold(path.parent):
            return None, t("export.no_folder", folder=shown_path(path.parent))
        if path.exists() and not path.is_file():
            return None, t("export.not_a_file", path=shown_path(path))
        return path, ""

    def template_path(self) -> tuple[Path | None, str]:
        """The client's template the field names (Word and PDF only), or why it cannot be used."""
        typed = self.query_one("#template", Input).value.strip()
        if not typed or self.format not in TEMPLATE_FORMATS:
            return None, ""
        path = Path(typed).expanduser()
        if not path.is_absolute():
            path = self.folder / path
        if not path.is_file():
            return None, t("word.err.template_missing", path=shown_path(path))
        return path, ""
