"""Check & Export (F4): what the draft lacks, its score, a preview, and the export.

The check and the rendering run in a worker; results arrive as a message, so a
large role never freezes the screen. The screen itself computes nothing: it
calls ``core.check`` and ``core.render`` and shows what they return.
"""

from __future__ import annotations

import contextlib
import inspect
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Static, TabbedContent, TabPane
from textual.worker import get_current_worker

from ...core.check import Review, Stopped, check, review, score
from ...core.model import Finding, Library, Role
from ...core.render import render_markdown
from ...core.text import safe_file_name, strip_controls
from ...i18n import t, ui_lang
from ...store.errors import StoreError
from ...store.export import ExportExists, why_not_written, write_export
from ...store.paths import styles_dir
from ..keys import localise_bindings
from ..widgets.findings import FindingsTable, finding_details
from ..widgets.markdown_preview import MarkdownPreview
from .dialogs.export import ExportChoice, ExportDialog, default_export_folder, shown_path
from .dialogs.prompt import PromptDialog

#: Actions that need an open draft.
DRAFT_ACTIONS = frozenset(
    {
        "export",
        "copy_markdown",
        "toggle_preview",
        "toggle_raw",
        "recheck",
        "dismiss_finding",
        "toggle_dismissed",
    }
)

#: The setting that remembers the folder of the last export.
EXPORT_DIR_SETTING = "export_dir"
#: The settings that remember the format of the last export and the client's Word template.
EXPORT_FORMAT_SETTING = "export_format"
EXPORT_TEMPLATE_SETTING = "export_template"


def run_check(role: Role, library: Library) -> list[Finding]:
    """``core.check.check`` with messages in the UI language when it can give them."""
    if "lang" in inspect.signature(check).parameters:
        return check(role, library, lang=ui_lang())
    return check(role, library)


def run_review(role: Role, library: Library, settings=None, should_stop=None) -> Review:
    """``core.check.review`` (findings that count, dismissed ones apart) in the UI language."""
    return review(role, library, lang=ui_lang(), settings=settings, should_stop=should_stop)


class CheckScreen(Screen):
    """Findings and score of the open draft, a preview of the export, and export."""

    CSS_PATH = str(styles_dir() / "check.tcss")
    #: the findings get the keys first: arrows move, Enter jumps
    AUTO_FOCUS = "#findings"
    BINDINGS = [
        Binding("e", "export", "check.key.export"),
        Binding("c", "copy_markdown", "check.key.copy"),
        Binding("p", "toggle_preview", "check.key.preview"),
        Binding("m", "toggle_raw", "check.key.raw", show=False),
        Binding("r", "recheck", "check.key.recheck", show=False),
        # a letter, not an F-key: it works over SSH and in every terminal
        Binding("d", "dismiss_finding", "check.key.dismiss", show=False),
        Binding("v", "toggle_dismissed", "check.key.dismissed", show=False),
    ]

    class Checked(Message):
        """A check finished (in a worker)."""

        def __init__(
            self,
            role: Role,
            findings: list[Finding],
            markdown: str,
            error: str = "",
            dismissed: list | None = None,
        ) -> None:
            super().__init__()
            self.role = role
            self.findings = findings
            self.markdown = markdown
            self.error = error
            #: (finding, dismissal) pairs: findings the draft dismissed
            self.dismissed = dismissed or []

    class Exported(Message):
        """An export finished: ``path`` written, or ``error`` says why not."""

        def __init__(self, path: Path, error: str = "") -> None:
            super().__init__()
            self.path = path
            self.error = error

    def __init__(self) -> None:
        super().__init__()
        localise_bindings(self)
        #: the role the findings below belong to
        self.checked_role: Role | None = None
        self.findings: list[Finding] = []
        #: the dismissed findings with their dismissals (listed apart, not counted)
        self.dismissed: list = []
        self.markdown = ""
        self._export_after_check = False
        #: the draft whose findings were last shown (a new one opens on its errors)
        self._shown_id: str | None = None

    # --- layout ------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="check-summary")
        yield Static(Text(t("check.no_draft")), id="check-empty")
        with TabbedContent(id="check-tabs"):
            with TabPane(t("check.tab.findings"), id="tab-findings"):
                yield FindingsTable(id="findings")
                yield Static("", id="no-findings")
                yield Static("", id="finding-details")
            with TabPane(t("check.tab.preview"), id="tab-preview"):
                yield MarkdownPreview(id="preview")
            with TabPane(t("check.tab.dismissed_n", count=0), id="tab-dismissed"):
                yield FindingsTable(id="dismissed")
                yield Static("", id="no-dismissed")
                yield Static("", id="dismissed-details")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.recheck()

    def on_screen_resume(self) -> None:
        """Shown again: a draft with errors opens on its findings, not on the preview."""
        self._shown_id = None
        self.recheck()
        if self.checked_role is not None and self.checked_role == self.current_role():
            self._shown_id = self.checked_role.id
            self._errors_first()

    def _errors_first(self) -> bool:
        """With errors among the findings, show the findings (the cursor on them)."""
        if not any(f.severity == "error" for f in self.findings):
            return False
        self.query_one(TabbedContent).active = "tab-findings"
        self.set_focus(self.query_one(FindingsTable))
        return True

    def on_role_changed(self, message) -> None:
        """The app's RoleChanged: check the new value."""
        self.recheck(message.role)

    async def on_ui_lang_changed(self, message) -> None:
        """The UI language changed: rebuild the labels, check again (messages too)."""
        localise_bindings(self)
        self.checked_role = None
        await self.recompose()
        self.recheck()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Without an open draft, the export keys are left out of the footer."""
        return not (action in DRAFT_ACTIONS and self.current_role() is None)

    # --- checking ----------------------------------------------------------
    def current_role(self) -> Role | None:
        """The role open in the app, if any."""
        session = getattr(self.app, "session", None)
        return session.role if session is not None else None

    def recheck(self, role: Role | None = None) -> None:
        """Check ``role`` (default: the open draft) unless it is already shown."""
        role = role or self.current_role()
        self.set_class(role is None, "-empty")
        self.refresh_bindings()
        if role is None:
            self.checked_role = None
            self.sub_title = ""
            return
        self.sub_title = strip_controls(role.title)
        if role == self.checked_role:
            return
        self._check(role, self.app.workspace)

    def action_recheck(self) -> None:
        """Check the draft again."""
        self.checked_role = None
        self.recheck()

    @work(thread=True, exclusive=True, group="check")
    def _check(self, role: Role, workspace) -> None:
        worker = get_current_worker()  # cancelled by a newer check or by quitting: the check gives up
        try:
            library = workspace.library
            settings = workspace.rule_settings() if hasattr(workspace, "rule_settings") else None
            result = run_review(role, library, settings, should_stop=lambda: worker.is_cancelled)
            markdown = render_markdown(role, library)
        except Stopped:
            return
        except Exception as error:  # an engine bug must not take the user's session down
            self.post_message(self.Checked(role, [], "", error=f"{type(error).__name__}: {error}"))
            return
        self.post_message(self.Checked(role, result.active, markdown, dismissed=result.dismissed))

    @on(Checked)
    async def _checked(self, message: Checked) -> None:
        if message.role != self.current_role() and self.current_role() is not None:
            return  # a newer check is on its way
        if message.error:
            self.notify(t("check.failed", error=message.error), severity="error", timeout=10, markup=False)
            return
        self.checked_role = message.role
        self.findings = list(message.findings)
        self.dismissed = list(message.dismissed)
        self.markdown = message.markdown
        self._show_summary()
        table = self.query_one(FindingsTable)
        table.show(message.role, self.findings)
        self.query_one("#no-findings").display = not self.findings
        self.query_one("#no-findings", Static).update(Text(t("check.no_findings")))
        table.display = bool(self.findings)
        tabs = self.query_one(TabbedContent)
        tabs.get_tab("tab-findings").label = Text(t("check.tab.findings_n", count=len(self.findings)))
        self._show_dismissed()
        # the preview is built when it is looked at (a long draft's takes seconds)
        await self.query_one(MarkdownPreview).show(self.markdown, build=tabs.active == "tab-preview")
        first_look = self._shown_id != message.role.id
        self._shown_id = message.role.id
        # errors first: a draft that cannot be exported opens on why
        if first_look and self._errors_first():
            pass
        elif self.focused is None and self.findings and tabs.active == "tab-findings":
            table.focus()
        if self._export_after_check:
            self._export_after_check = False
            self._open_export_dialog()

    def _show_summary(self) -> None:
        counts = {s: sum(f.severity == s for f in self.findings) for s in ("error", "warning", "info")}
        value = score(self.findings)
        style = "bold red" if counts["error"] else "bold yellow" if value < 90 else "bold green"
        line = Text()
        line.append(t("check.score", score=value), style=style)
        line.append("   ")
        line.append(
            f"✖ {t('check.count.error', count=counts['error'])}", style="red" if counts["error"] else "dim"
        )
        line.append("  ")
        line.append(
            f"▲ {t('check.count.warning', count=counts['warning'])}",
            style="yellow" if counts["warning"] else "dim",
        )
        line.append("  ")
        line.append(
            f"ℹ {t('check.count.info', count=counts['info'])}", style="cyan" if counts["info"] else "dim"
        )
        line.append("\n")
        if counts["error"]:
            line.append(t("check.blocked"), style="red")
        else:
            line.append(t("check.ready"), style="green")
        self.query_one("#check-summary", Static).update(line)

    # --- findings ----------------------------------------------------------
    @on(FindingsTable.Highlighted)
    def _highlighted(self, message: FindingsTable.Highlighted) -> None:
        if message.table is not None and message.table.id == "dismissed":
            self._dismissed_highlighted(message.finding)
            return
        details = self.query_one("#finding-details", Static)
        details.update(finding_details(self.checked_role, message.finding))
        details.display = message.finding is not None

    # --- dismissed findings ------------------------------------------------
    def _show_dismissed(self) -> None:
        table = self.query_one("#dismissed", FindingsTable)
        table.show(self.checked_role, [finding for finding, _ in self.dismissed])
        table.display = bool(self.dismissed)
        empty = self.query_one("#no-dismissed", Static)
        empty.update(Text(t("check.no_dismissed")))
        empty.display = not self.dismissed
        self.query_one("#dismissed-details").display = bool(self.dismissed)
        tabs = self.query_one(TabbedContent)
        tabs.get_tab("tab-dismissed").label = Text(t("check.tab.dismissed_n", count=len(self.dismissed)))

    def _dismissed_highlighted(self, finding: Finding | None) -> None:
        details = self.query_one("#dismissed-details", Static)
        pair = next((p for p in self.dismissed if p[0] is finding), None)
        text = finding_details(self.checked_role, finding)
        if pair is not None:
            text.append("\n")
            text.append(t("check.dismissed_detail", reason=strip_controls(pair[1].reason)), style="italic")
        details.update(text)
        details.display = finding is not None

    def action_dismiss_finding(self) -> None:
        """Dismiss the finding under the cursor with a reason; on the Dismissed
        tab, count the dismissed finding under the cursor again."""
        role = self.current_role()
        if role is None:
            return
        if role != self.checked_role:  # the list on screen is not the current one
            self.action_recheck()
            self.notify(t("check.nothing_to_dismiss"), markup=False)
            return
        tabs = self.query_one(TabbedContent)
        if tabs.active == "tab-dismissed":
            self._undismiss_current(role)
            return
        finding = self.query_one("#findings", FindingsTable).current
        if finding is None:
            self.notify(t("check.nothing_to_dismiss"), markup=False)
            return
        dialog = PromptDialog(
            t("check.dismiss_title"),
            f"{t('check.dismiss_prompt')}\n{finding.rule}: {finding.message}",
            empty=t("dismiss.no_reason_ui"),
        )
        self.app.push_screen(dialog, lambda reason: self._dismiss_with(finding, reason))

    def _dismiss_with(self, finding: Finding, reason: str | None) -> None:
        from ...core.dismissals import with_dismissed
        from ...store.drafts import now_iso

        role = self.current_role()
        if not reason or role is None or role != self.checked_role:
            return
        self._apply(with_dismissed(role, self.app.workspace.library, finding, reason, when=now_iso()))
        self.notify(t("check.dismissed", reason=reason), markup=False)

    def _undismiss_current(self, role: Role) -> None:
        from ...core.dismissals import without_dismissal

        finding = self.query_one("#dismissed", FindingsTable).current
        pair = next((p for p in self.dismissed if p[0] is finding), None)
        if pair is None:
            self.notify(t("check.nothing_to_dismiss"), markup=False)
            return
        self._apply(without_dismissal(role, pair[1]))
        self.notify(t("check.undismissed"), markup=False)

    def _apply(self, role: Role) -> None:
        """Make ``role`` the open draft (undoable, saved by autosave) and check it."""
        apply_role = getattr(self.app, "apply_role", None)
        if apply_role is not None:
            apply_role(role)
        self.recheck(role)

    @on(FindingsTable.Chosen)
    def _chosen(self, message: FindingsTable.Chosen) -> None:
        finding = message.finding
        field = getattr(finding, "field", None)
        if field:  # a role variable: the fix is in the details form
            self.app.open_details(field)
            return
        if finding.section is None:
            self.notify(t("check.whole_document"), markup=False)
            return
        self.app.open_item(finding.section, finding.item)

    def action_toggle_preview(self) -> None:
        """Switch between the findings and the preview."""
        tabs = self.query_one(TabbedContent)
        tabs.active = "tab-preview" if tabs.active == "tab-findings" else "tab-findings"
        if tabs.active == "tab-findings":
            self.query_one(FindingsTable).focus()
        else:
            self.query_one(MarkdownPreview).focus_view()

    @on(TabbedContent.TabActivated, "#check-tabs")
    async def _tab_shown(self, event: TabbedContent.TabActivated) -> None:
        """Whichever way a tab is shown, its content takes the keys (and the
        preview is built, if it was not yet)."""
        if event.pane.id == "tab-preview":
            preview = self.query_one(MarkdownPreview)
            preview.focus_view()
            await preview.build()
        elif event.pane.id == "tab-findings" and self.findings:
            self.query_one("#findings", FindingsTable).focus()

    def action_toggle_dismissed(self) -> None:
        """Switch between the findings and the dismissed findings."""
        tabs = self.query_one(TabbedContent)
        tabs.active = "tab-dismissed" if tabs.active != "tab-dismissed" else "tab-findings"
        self.query_one("#dismissed" if tabs.active == "tab-dismissed" else "#findings", FindingsTable).focus()

    def action_toggle_raw(self) -> None:
        """Show the raw Markdown instead of the rendered preview, or back."""
        self.query_one(TabbedContent).active = "tab-preview"
        preview = self.query_one(MarkdownPreview)
        preview.raw = not preview.raw
        preview.focus_view()

    # --- export and copy ---------------------------------------------------
    def action_copy_markdown(self) -> None:
        """Copy the exported Markdown to the clipboard through the terminal (OSC 52)."""
        role = self.current_role()
        if role is None:
            self.notify(t("check.no_draft_short"), severity="warning", markup=False)
            return
        markdown = (
            self.markdown if role == self.checked_role else render_markdown(role, self.app.workspace.library)
        )
        self.app.copy_to_clipboard(markdown)
        self.notify(t("check.copied", lines=markdown.count("\n")), timeout=6, markup=False)

    def action_export(self) -> None:
        """Export the draft (asks the format and where, and asks again if it has errors)."""
        role = self.current_role()
        if role is None:
            self.notify(t("check.no_draft_short"), severity="warning", markup=False)
            return
        if role != self.checked_role:
            # the findings on screen are not the current ones: check first
            self._export_after_check = True
            self.recheck(role)
            return
        self._open_export_dialog()

    def _open_export_dialog(self) -> None:
        role = self.checked_role
        if role is None:
            return
        folder = None
        fmt, template = "md", ""
        with contextlib.suppress(StoreError):
            settings = self.app.workspace.settings
            folder = settings.get(EXPORT_DIR_SETTING)
            fmt = str(settings.get(EXPORT_FORMAT_SETTING) or "md")
            template = str(settings.get(EXPORT_TEMPLATE_SETTING) or "")
        errors = sum(f.severity == "error" for f in self.findings)
        where, origin = default_export_folder(folder)
        dialog = ExportDialog(
            where / safe_file_name(role.title), errors=errors, origin=origin, fmt=fmt, template=template
        )
        self.app.push_screen(dialog, self._export_chosen)

    def _export_chosen(self, choice: ExportChoice | None) -> None:
        role = self.current_role()
        if choice is None or role is None:
            return
        self._write(role, self.app.workspace.library, choice)

    @work(thread=True, group="export")
    def _write(self, role: Role, library: Library, choice: ExportChoice) -> None:
        from ...formats.package import WordFileError
        from ...formats.pdf import PdfUnavailable
        from ...formats.writers import export_bytes
        from ...store.ingest import read_template

        try:
            template = read_template(choice.template) if choice.template else None
            data = export_bytes(role, library, choice.format, template=template)
            write_export(choice.path, data, overwrite=choice.overwrite)
        except ExportExists:
            self.post_message(self.Exported(choice.path, t("export.why.exists")))
            return
        except OSError as error:
            self.post_message(self.Exported(choice.path, why_not_written(error)))
            return
        except (WordFileError, PdfUnavailable, StoreError, ValueError) as error:
            self.post_message(self.Exported(choice.path, strip_controls(str(error))))
            return
        with contextlib.suppress(StoreError, OSError):
            settings = self.app.workspace.settings
            settings.set(EXPORT_DIR_SETTING, str(choice.path.parent))
            settings.set(EXPORT_FORMAT_SETTING, choice.format)
            settings.set(EXPORT_TEMPLATE_SETTING, str(choice.template or ""))
        self.post_message(self.Exported(choice.path))

    @on(Exported)
    def _exported(self, message: Exported) -> None:
        path = strip_controls(shown_path(message.path))
        if message.error:
            self.notify(
                t("export.failed", path=path, reason=message.error),
                severity="error",
                timeout=12,
                markup=False,
            )
        else:
            self.notify(t("export.done", path=path), timeout=8, markup=False)
