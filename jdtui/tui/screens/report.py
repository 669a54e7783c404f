"""The portfolio: every draft at a glance — status, score, findings, last change."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from ...core.report import PortfolioRow, portfolio, sort_rows
from ...core.text import strip_controls
from ...i18n import t, ui_lang
from ...store.paths import styles_dir
from ..keys import localise_bindings


def _when(stamp: str) -> str:
    """A change time, local, short enough for an 80-column table."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d.%m.%y %H:%M")


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


#: Below this width the language column is left out, to leave the title room.
LANG_COLUMN_MIN_WIDTH = 100


#: Columns (``core.report`` sort keys) and the catalogue keys of their headings
COLUMNS = (
    ("title", "portfolio.col.title"),
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

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text(t("portfolio.loading")), id="portfolio-summary")
        yield DataTable(id="portfolio", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = t("portfolio.title")
        self._load()

    def action_reload(self) -> None:
        """Read the drafts and check them again."""
        self._load()

    @work(thread=True, exclusive=True, group="portfolio")
    def _load(self) -> None:
        workspace = self.app.workspace
        roles, errors = workspace.list_drafts()
        rows = portfolio(roles, workspace.library, ui_lang())
        self.post_message(self.Loaded(rows, [str(e) for e in errors]))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.rows = message.rows
        ready = sum(1 for r in self.rows if r.errors == 0)
        summary = Text(t("portfolio.summary", drafts=len(self.rows), ready=ready))
        for problem in message.problems:
            summary.append("\n" + strip_controls(problem), style="red")
        self.query_one("#portfolio-summary", Static).update(summary)
        self._fill()
        self.query_one(DataTable).focus()

    def sorted_rows(self) -> list[PortfolioRow]:
        """The rows in the current order."""
        return sort_rows(self.rows, self.sort_column, self.reverse)

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        table.clear(columns=True)
        total = table.size.width or self.app.size.width
        show_lang = total >= LANG_COLUMN_MIN_WIDTH
        rows = self.sorted_rows()
        cells = [
            {
                "title": strip_controls(row.title),
                "lang": row.lang,
                "status": t("status." + row.status) if row.status else "",
                "score": str(row.score),
                "errors": str(row.errors),
                "warnings": str(row.warnings),
                "infos": str(row.infos),
                "updated": _when(row.updated),
            }
            for row in rows
        ]
        labels = {}
        for column, heading in COLUMNS:
            label = t(heading)
            if column == self.sort_column:
                label += " ↑" if self.reverse else " ↓"
            labels[column] = label
        columns = [c for c, _ in COLUMNS if show_lang or c != "lang"]
        widths = {c: max([len(labels[c])] + [len(r[c]) for r in cells]) for c in columns}
        # the title takes what the other columns leave (each cell has 2 columns of padding)
        others = sum(w for c, w in widths.items() if c != "title") + 2 * len(columns) + 2
        widths["title"] = max(12, min(widths["title"], total - others))
        for column in columns:
            table.add_column(Text(labels[column]), key=column, width=widths[column])
        for row, cell in zip(rows, cells, strict=False):
            score_style = "red" if row.errors else "yellow" if row.score < 90 else "green"
            values = [
                Text(_clip(cell["title"], widths["title"])),
                *([Text(cell["lang"])] if show_lang else []),
                Text(cell["status"]),
                Text(cell["score"], style=score_style, justify="right"),
                Text(cell["errors"], style="red" if row.errors else "dim", justify="right"),
                Text(cell["warnings"], style="yellow" if row.warnings else "dim", justify="right"),
                Text(cell["infos"], style="dim", justify="right"),
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
