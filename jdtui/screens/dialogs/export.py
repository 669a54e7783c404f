"""Export: where to write the document, and the explicit override while it has errors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Checkbox, Input, Label, Static
from textual.widgets.input import Selection

from ...core.text import safe_file_name
from ...i18n import t
from .base import Dialog
from .confirm import ConfirmDialog


@dataclass(frozen=True)
class ExportChoice:
    """Where to write, and whether the user agreed to replace the file there."""

    path: Path
    overwrite: bool = False


def default_export_path(title: str, folder: Path | str | None = None) -> Path:
    """A safe file name from the role title, in ``folder`` (else the current one)."""
    base = Path(folder).expanduser() if folder else Path.cwd()
    if not base.is_dir():
        base = Path.cwd()
    return base / safe_file_name(title)


def _shown(path: Path) -> str:
    """A path as the user would type it: ``~`` for the home folder."""
    home = str(Path.home())
    text = str(path)
    return "~" + text[len(home):] if home != "/" and (text == home or text.startswith(home + "/")) else text


class ExportDialog(Dialog[ExportChoice]):
    """Asks where to export; returns an :class:`ExportChoice` or None.

    While the document has errors, Export stays disabled until the user ticks
    the override box. An existing file is replaced only after a second question.
    """

    def __init__(self, default_path: Path, *, errors: int = 0, file_name: str | None = None) -> None:
        super().__init__()
        self.default_path = Path(default_path)
        self.errors = errors
        self.file_name = file_name or self.default_path.name

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("export.title"), classes="dialog-title")
            yield Label(t("export.path"), classes="field-label")
            yield Input(_shown(self.default_path), id="path", select_on_focus=False)
            yield Static("", id="export-message", classes="dialog-message")
            if self.errors:
                yield Static(Text(t("export.has_errors", count=self.errors)), id="errors-warning", classes="-warning")
                yield Checkbox(Text(t("export.override")), id="override")
            with Horizontal(classes="dialog-buttons"):
                yield Button(Text(t("export.do")), id="export", variant="primary", disabled=bool(self.errors))
                yield Button(Text(t("dialog.cancel")), id="cancel")

    def on_mount(self) -> None:
        self.say("export-message", "")
        field = self.query_one("#path", Input)
        field.focus()
        # select the file's stem, so typing a new name keeps folder and extension
        name_start = len(field.value) - len(self.default_path.name)
        stem_end = name_start + len(Path(self.default_path.name).stem)
        field.selection = Selection(name_start, stem_end) if name_start >= 0 else Selection(0, len(field.value))

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
        if problem:
            self.say("export-message", problem)
            return
        assert target is not None
        if target.exists():
            question = t("export.replace", path=_shown(target))

            def answered(replace: bool | None) -> None:
                if replace:
                    self.dismiss(ExportChoice(target, overwrite=True))

            self.app.push_screen(ConfirmDialog(question, yes=t("export.replace_yes"), no=t("dialog.no")), answered)
            return
        self.dismiss(ExportChoice(target))

    def target(self) -> tuple[Path | None, str]:
        """The file the path input names, or the reason it cannot be written."""
        typed = self.query_one("#path", Input).value.strip()
        if not typed:
            return None, t("export.no_path")
        path = Path(typed).expanduser()
        if not path.is_absolute():
            path = Path.cwd() / path
        if path.is_dir():
            path = path / self.file_name
        if not path.parent.is_dir():
            return None, t("export.no_folder", folder=_shown(path.parent))
        if path.exists() and not path.is_file():
            return None, t("export.not_a_file", path=_shown(path))
        return path, ""
