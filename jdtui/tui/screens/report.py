"""The portfolio: every draft at a glance — status, score, findings, last change."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static
from textual.worker import get_current_worker

from ...core.check import Stopped
from ...core.report import PortfolioRow, filter_rows, format_when, portfolio, sort_rows
from ...core.text import strip_controls
from ...i18n import t, ui_lang
from ...store.paths import styles_dir
from ..keys import localise_bindings


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


#: Below this width the language and info columns and the time of day are left
#: out, to leave the title room (at 80 columns).
LANG_COLUMN_MIN_WIDTH = 100
#: The organisation column is at most this wide (longer names end in "…").
ORGANIZATION_MAX_WIDTH = 14


#: Columns (``core.report`` sort keys) and the catalogue keys of their headings
COLUMNS = (
    ("title", "portfolio.col.title"),
    ("organization", "portfolio.col.organization"),
    ("lang", "portfolio.col.lang"),
    ("status", "portfolio.col.status"),
    ("score", "portfolio.col.score"),
    ("errors", "portfolio.col.errors"),
    ("warnings", "portfolio.col.warnings"),
    ("infos", "portfolio.col.infos"),
    ("updated", "portfolio.col.updated"),
)


class PortfolioScreen(Screen):
    """Every draft with status, score, counts by severity and last change.

    Rows sort in each column's natural direction (best score, newest change,
    most errors, A→Z first). ``s`` sorts by the next column, ``S`` reverses;
    a click on a heading sorts by it, a second click reverses. Enter opens the draft in Compose; Escape goes back.
    """

    CSS_PATH = str(styles_dir() / "check.tcss")
    BINDINGS = [
        Binding("escape", "close", "portfolio.key.close"),
        Binding("s", "sort_next", "portfolio.key.sort"),
        Binding("S", "sort_reverse", "portfolio.key.reverse"),
        Binding("r", "reload", "portfolio.key.reload", show=False),
        Binding("slash", "filter", "portfolio.key.filter"),
        Binding("x,delete", "delete", "portfolio.key.delete"),
        Binding("c", "duplicate", "portfolio.key.duplicate", show=False),
        Binding("e", "rename", "portfolio.key.rename", show=False),
        Binding("a", "archive", "portfolio.key.archive", show=False),
        Binding("A", "show_archived", "portfolio.key.show_archived", show=False),
        Binding("b", "bin", "portfolio.key.bin", show=False),
    ]

    class Loaded(Message):
        def __init__(self, rows: list[PortfolioRow], problems: list[str]) -> None:
            super().__init__()
            self.rows = rows
            self.problems = problems

    def __init__(self) -> None:
        super().__init__()
        localise_bindings(self)
        self.rows: list[PortfolioRow] = []
        self.sort_column = "updated"
        #: flip the column's natural direction
        self.reverse = False
        #: only drafts whose organisation or title contains this
        self.filter_text = ""
        self.show_archived = False
        #: what the store could not read, said under the summary
        self._problems: list[str] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text(t("portfolio.loading")), id="portfolio-summary")
        yield Input(id="portfolio-filter", compact=True, placeholder=t("portfolio.filter.placeholder"))
        yield DataTable(id="portfolio", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = t("portfolio.title")
        self.query_one("#portfolio-filter").display = False
        self._load()

    def action_reload(self) -> None:
        """Read the drafts and check them again."""
        self._load()

    @work(thread=True, exclusive=True, group="portfolio")
    def _load(self) -> None:
        worker = get_current_worker()  # cancelled by a reload or by quitting: the checks give up
        workspace = self.app.workspace
        roles, errors = workspace.list_drafts()
        settings = workspace.rule_settings() if hasattr(workspace, "rule_settings") else None
        try:
            rows = portfolio(roles, workspace.library, ui_lang(), settings, lambda: worker.is_cancelled)
        except Stopped:
            return
        self.post_message(self.Loaded(rows, [str(e) for e in errors]))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.rows = message.rows
        self._problems = message.problems
        self._fill()
        self.query_one(DataTable).focus()

    def _summarise(self) -> None:
        """The line above the table: the drafts it lists (and the archived ones it
        does not), how many have no errors, the store's problems."""
        shown = filter_rows(self.rows, "", archived=self.show_archived)
        ready = sum(1 for r in shown if r.errors == 0)
        summary = Text(t("portfolio.summary", drafts=len(shown), ready=ready))
        hidden = sum(1 for r in self.rows if r.archived) if not self.show_archived else 0
        if hidden:
            summary.append(" " + t("portfolio.archived_hidden", count=hidden))
        for problem in self._problems:
            summary.append("\n" + strip_controls(problem), style="red")
        self.query_one("#portfolio-summary", Static).update(summary)

    def sorted_rows(self) -> list[PortfolioRow]:
        """The rows shown (filtered; archived ones on request), in the current order."""
        shown = filter_rows(self.rows, self.filter_text, archived=self.show_archived)
        return sort_rows(shown, self.sort_column, self.reverse)

    def _fill(self) -> None:
        self._summarise()
        table = self.query_one(DataTable)
        table.clear(columns=True)
        total = table.size.width or self.app.size.width
        show_lang = total >= LANG_COLUMN_MIN_WIDTH
        rows = self.sorted_rows()
        lang = ui_lang()
        cells = [
            {
                "title": strip_controls(row.title),
                "organization": strip_controls(row.organization),
                "lang": row.lang,
                "status": t("portfolio.archived_mark")
                if row.archived
                else (t("status." + row.status) if row.status else ""),
                "score": str(row.score),
                "errors": str(row.errors),
                "warnings": str(row.warnings),
                "infos": str(row.infos),
                "updated": format_when(row.updated, lang)[: None if show_lang else 10],
            }
            for row in rows
        ]
        labels = {}
        for column, heading in COLUMNS:
            label = t(heading)
            if column == self.sort_column:
                label += " ↑" if self.reverse else " ↓"
            labels[column] = label
        columns = [c for c, _ in COLUMNS if show_lang or c not in ("lang", "infos")]
        widths = {c: max([len(labels[c])] + [len(r[c]) for r in cells]) for c in columns}
        widths["organization"] = min(widths["organization"], ORGANIZATION_MAX_WIDTH)
        # the title takes what the other columns leave (each cell has 2 columns of padding)
        others = sum(w for c, w in widths.items() if c != "title") + 2 * len(columns) + 2
        widths["title"] = max(12, min(widths["title"], total - others))
        for column in columns:
            table.add_column(Text(labels[column]), key=column, width=widths[column])
        for row, cell in zip(rows, cells, strict=False):
            score_style = "red" if row.errors else "yellow" if row.score < 90 else "green"
            values = [
                Text(_clip(cell["title"], widths["title"])),
                Text(_clip(cell["organization"], widths["organization"])),
                *([Text(cell["lang"])] if show_lang else []),
                Text(cell["status"]),
                Text(cell["score"], style=score_style, justify="right"),
                Text(cell["errors"], style="red" if row.errors else "dim", justify="right"),
                Text(cell["warnings"], style="yellow" if row.warnings else "dim", justify="right"),
                *([Text(cell["infos"], style="dim", justify="right")] if show_lang else []),
                Text(cell["updated"]),
            ]
            table.add_row(*values, key=row.id)

    def sort_by(self, column: str) -> None:
        """Sort by ``column``; the same column again reverses the order."""
        if column == self.sort_column:
            self.reverse = not self.reverse
        else:
            self.sort_column, self.reverse = column, False
        self._fill()

    def action_sort_next(self) -> None:
        """Sort by the next column."""
        names = [c[0] for c in COLUMNS]
        column = names[(names.index(self.sort_column) + 1) % len(names)]
        self.sort_column, self.reverse = column, False
        self._fill()

    def action_sort_reverse(self) -> None:
        """Reverse the order."""
        self.reverse = not self.reverse
        self._fill()

    @on(DataTable.HeaderSelected)
    def _header(self, event: DataTable.HeaderSelected) -> None:
        self.sort_by(str(event.column_key.value))

    @on(DataTable.RowSelected)
    def _open(self, event: DataTable.RowSelected) -> None:
        role_id = event.row_key.value
        if role_id:
            self.action_close()
            self.app.open_role(role_id)

    def action_close(self) -> None:
        """Go back to the previous screen."""
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()

    # --- filter ------------------------------------------------------------
    def action_filter(self) -> None:
        """Filter the drafts by organisation or title."""
        field = self.query_one("#portfolio-filter", Input)
        field.display = True
        self.set_focus(field)  # at once: keys typed right after "/" go to the filter

    @on(Input.Changed, "#portfolio-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        self._fill()

    @on(Input.Submitted, "#portfolio-filter")
    def _filter_done(self) -> None:
        self.query_one(DataTable).focus()

    def action_show_archived(self) -> None:
        """Show or hide archived drafts."""
        self.show_archived = not self.show_archived
        self._fill()

    # --- managing drafts ---------------------------------------------------
    def selected_row(self) -> PortfolioRow | None:
        """The draft under the cursor, if any."""
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((r for r in self.rows if r.id == key), None)

    def _chosen(self) -> PortfolioRow | None:
        row = self.selected_row()
        if row is None:
            self.notify(t("portfolio.no_row"), severity="warning")
        return row

    def action_delete(self) -> None:
        """Move the selected draft to the bin (after a question)."""
        from .dialogs import ConfirmDialog

        row = self._chosen()
        if row is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._change("delete", row, t("portfolio.deleted", title=row.title))

        self.app.push_screen(ConfirmDialog(t("portfolio.delete.question", title=row.title)), answered)

    def action_duplicate(self) -> None:
        """Copy the selected draft into a new one."""
        row = self._chosen()
        if row is not None:
            self._change("duplicate", row, "")

    def action_rename(self) -> None:
        """Give the selected draft a new title."""
        from .dialogs import PromptDialog

        row = self._chosen()
        if row is None:
            return

        def answered(title: str | None) -> None:
            if title and title != row.title:
                self._change("rename", row, "", title=title)

        dialog = PromptDialog(t("portfolio.rename.title"), t("portfolio.rename.label"), row.title)
        self.app.push_screen(dialog, answered)

    def action_archive(self) -> None:
        """Put the selected draft away, or take it back."""
        row = self._chosen()
        if row is not None:
            key = "portfolio.unarchived" if row.archived else "portfolio.archived"
            self._change("archive", row, t(key, title=row.title))

    def action_bin(self) -> None:
        """Deleted drafts; Enter brings one back."""
        from .dialogs import BinDialog

        def closed(draft_id: str | None) -> None:
            if draft_id:
                self.notify(t("portfolio.restored"))
                self._load()

        self.app.push_screen(BinDialog(), closed)

    @work(thread=True, group="portfolio-change")
    def _change(self, what: str, row: PortfolioRow, done: str, title: str = "") -> None:
        """Do ``what`` to the draft ``row`` off the UI thread, then read the list again."""
        workspace = self.app.workspace
        try:
            if what == "delete":
                workspace.delete_draft(row.id)
            elif what == "duplicate":
                done = t("portfolio.duplicated", title=workspace.duplicate_draft(row.id).title)
            elif what == "rename":
                workspace.rename_draft(row.id, title)
            elif what == "archive":
                workspace.archive_draft(row.id, not row.archived)
        except Exception as problem:  # a store error, said in one line
            self.app.call_from_thread(self.notify, strip_controls(str(problem)), severity="error")
            return
        if done:
            self.app.call_from_thread(self.notify, strip_controls(done))
        self.app.call_from_thread(self._after_change, row.id, what)

    def _after_change(self, role_id: str, what: str) -> None:
        session = self.app.session
        if what == "delete" and session is not None and session.role.id == role_id:
            self.app.close_role()
        self._load()
