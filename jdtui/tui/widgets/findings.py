"""The findings of a check as a table, and the words that describe one finding."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from ...core.model import Finding, Role
from ...core.profiles import get_profile
from ...core.text import strip_controls
from ...i18n import t

#: How each severity looks: an icon that survives colour-blind eyes and
#: monochrome terminals, and a colour for everyone else.
SEVERITY_LOOK = {
    "error": ("✖", "bold red"),
    "warning": ("▲", "yellow"),
    "info": ("ℹ", "cyan"),
}

#: Below this width the rule column is left out of the table (the detail line
#: under the table still names it) so the message keeps room to be read.
RULE_COLUMN_MIN_WIDTH = 100


def severity_text(severity: str) -> Text:
    """The severity as a coloured word with its icon."""
    icon, style = SEVERITY_LOOK.get(severity, ("·", ""))
    return Text(f"{icon} {t('severity.' + severity)}", style=style)


def where_text(role: Role | None, finding: Finding, width: int | None = None) -> str:
    """Where a finding is: the section heading as in the document and the item
    number (1-based) when it is about one item. With ``width``, the heading is
    shortened so the number always shows."""
    if finding.section is None:
        return t("check.where.document")
    heading = finding.section
    if role is not None:
        profile = get_profile(role.profile)
        section = role.section(finding.section)
        if section is not None:
            heading = profile.heading(section, role.lang)
        else:
            spec = profile.spec(finding.section)
            heading = spec.heading(role.lang) if spec else finding.section
    heading = strip_controls(heading)
    if finding.item is None:
        return _clip(heading, width) if width else heading
    full = t("check.where.item", section=heading, number=finding.item + 1)
    if width is None or len(full) <= width:
        return full
    # the heading's place in the translated pattern, marked by a character no heading has
    pattern = t("check.where.item", section="\x00", number=finding.item + 1)
    room = width - (len(pattern) - 1)
    return pattern.replace("\x00", _clip(heading, max(room, 4)))


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


@dataclass(frozen=True)
class _Widths:
    severity: int
    where: int
    message: int
    rule: int | None


class FindingsTable(DataTable):
    """Findings, most severe first: severity, where, message (and the rule id
    when there is room). Enter or a click on a row posts :class:`Chosen`."""

    #: Enter is DataTable's own key; named here so F1 lists it in the UI language
    BINDINGS = [Binding("enter", "select_cursor", "check.key.go", show=False)]

    class Chosen(Message):
        """The user asked to go to a finding's place in the document."""

        def __init__(self, finding: Finding, table: FindingsTable | None = None) -> None:
            super().__init__()
            self.finding = finding
            self.table = table

        @property
        def control(self) -> FindingsTable | None:  # so ``@on(…, "#id")`` tells two tables apart
            return self.table

    class Highlighted(Message):
        """The cursor moved to a finding (or to none)."""

        def __init__(self, finding: Finding | None, table: FindingsTable | None = None) -> None:
            super().__init__()
            self.finding = finding
            self.table = table

        @property
        def control(self) -> FindingsTable | None:
            return self.table

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.findings: tuple[Finding, ...] = ()
        self._role: Role | None = None
        self._laid_out_for = 0

    def show(self, role: Role | None, findings: Sequence[Finding]) -> None:
        """Replace the rows with ``findings`` of ``role``."""
        self._role = role
        self.findings = tuple(findings)
        self._rebuild()

    @property
    def current(self) -> Finding | None:
        """The finding under the cursor."""
        if not self.findings or not (0 <= self.cursor_row < len(self.findings)):
            return None
        return self.findings[self.cursor_row]

    def _widths(self, total: int) -> _Widths:
        wheres = [len(where_text(self._role, f)) for f in self.findings] or [10]
        # only the severities present: "предупреждение" is long and often absent
        present = {f.severity for f in self.findings} or set(SEVERITY_LOOK)
        severity = max([len(severity_text(s).plain) for s in present] + [len(t("check.col.severity"))])
        where = min(max([*wheres, len(t("check.col.where"))]), 28 if total >= RULE_COLUMN_MIN_WIDTH else 22)
        rule = None
        if total >= RULE_COLUMN_MIN_WIDTH:
            rule = min(max([len(f.rule) for f in self.findings] + [len(t("check.col.rule"))]), 22)
        # each column has one cell of padding on both sides; keep room for the scrollbar
        used = severity + where + (rule or 0) + 2 * (4 if rule else 3) + 2
        return _Widths(severity, where, max(16, total - used), rule)

    def _rebuild(self) -> None:
        total = self.size.width or self.app.size.width
        self._laid_out_for = total
        widths = self._widths(total)
        row = self.cursor_row
        self.clear(columns=True)
        self.add_column(t("check.col.severity"), width=widths.severity, key="severity")
        if widths.rule is not None:
            self.add_column(t("check.col.rule"), width=widths.rule, key="rule")
        self.add_column(t("check.col.where"), width=widths.where, key="where")
        self.add_column(t("check.col.message"), width=widths.message, key="message")
        for index, finding in enumerate(self.findings):
            cells = [severity_text(finding.severity)]
            if widths.rule is not None:
                cells.append(Text(_clip(strip_controls(finding.rule), widths.rule), style="dim"))
            cells.append(Text(where_text(self._role, finding, widths.where)))
            cells.append(Text(_clip(strip_controls(finding.message).replace("\n", " "), widths.message)))
            self.add_row(*cells, key=str(index))
        if self.findings:
            self.move_cursor(row=min(max(row, 0), len(self.findings) - 1))
        self.post_message(self.Highlighted(self.current, self))

    def on_resize(self) -> None:
        if self.size.width and self.size.width != self._laid_out_for:
            self._rebuild()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if self.current is not None:
            self.post_message(self.Chosen(self.current, self))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.post_message(self.Highlighted(self.current, self))


def finding_details(role: Role | None, finding: Finding | None) -> Text:
    """A few lines about one finding: where, the full message and how to fix it."""
    if finding is None:
        return Text("")
    text = Text()
    text.append_text(severity_text(finding.severity))
    text.append(f" · {strip_controls(finding.rule)} · {where_text(role, finding)}\n", style="dim")
    text.append(strip_controls(finding.message))
    if finding.hint:
        text.append("\n" + t("check.hint") + " ", style="bold")
        text.append(strip_controls(finding.hint))
    return text
