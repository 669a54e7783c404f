"""Tables: duties or rights as name | description, onboarding as day | activities | goal.

A mixin of the Assembler: it reads and writes the assembler's state.
"""

from __future__ import annotations

import re

from ..render import ACK_COLUMNS
from . import labels as lb
from .blocks import Unit
from .collected import Draft
from .headings import group_of, normalise
from .state import ReadingState

_DAY_COLUMNS = {
    "день",
    "day",
    "дни",
    "days",
    "этап",
    "stage",
    "период",
    "period",
    "срок",
    "неделя",
    "week",
    "when",
}
_ACTIVITY_COLUMNS = {
    "мероприятия",
    "activities",
    "задачи",
    "tasks",
    "действия",
    "activity",
    "содержание",
    "plan",
    "план",
}
_GOAL_COLUMNS = {
    "цель",
    "goal",
    "goals",
    "цели",
    "objective",
    "objectives",
    "результат",
    "outcome",
    "outcomes",
}
_ACK_COLUMNS = {normalise(c) for cols in ACK_COLUMNS.values() for c in cols[1:]}


def _row_text(cells: list[str]) -> str:
    cells = [c for c in cells if c.strip()]
    if len(cells) == 2:
        first = cells[0].rstrip()
        return f"{first} {cells[1]}" if first.endswith(":") else f"{first}: {cells[1]}"
    return " — ".join(cells)


def _is_number(cell: str) -> bool:
    return bool(re.fullmatch(r"\s*№?\s*\d{1,3}[.)]?\s*", cell))


class TableReader(ReadingState):
    """Tables (see Assembler)."""

    def on_table(self, unit: Unit) -> None:
        header = [normalise(c) for c in unit.header]
        rows = unit.rows
        if self.ack_heading is not None or (header[1:] and set(header[1:]) <= _ACK_COLUMNS):
            if all(not any(c.strip() for c in row[1:]) for row in rows):
                self.report.labels.append((" | ".join(unit.header), "ack"))
                return
            self.open_other(self.ack_heading or " ".join(unit.header), self.level)
            self.ack_heading = None
        if self._onboarding_columns(header) is not None or (self._kind() == "onboarding"):
            self.on_onboarding_table(unit, header)
            return
        kind = self._kind()
        header_like = all(len(c.split()) <= 4 and not c.endswith(".") for c in unit.header)
        if kind is not None and header_like:
            if any(c.strip() for c in unit.header):
                self.report.labels.append((" | ".join(unit.header), "table_header"))
            body = rows
        else:
            body = [unit.header, *rows]
        self.parent = None
        for row in body:
            cells = row if kind is None else [c for c in row if not _is_number(c)]
            text = _row_text(cells)
            if not text:
                continue
            line = Unit("line", text, 0, "row")
            if self.current is None:
                self._preamble_bucket().drafts.append(Draft(text))
            elif kind == "requirement":
                label = lb.split_label(text)
                group = group_of(label[0]) if label else None
                self.add(line, text, group=group)
            else:
                self.add(line, text)

    def _onboarding_columns(self, header: list[str]) -> tuple[int, int, int | None] | None:
        if len(header) < 2:
            return None
        goal = next((i for i, c in enumerate(header) if c in _GOAL_COLUMNS), None)
        day = 0 if header[0] in _DAY_COLUMNS else None
        if day is None and goal is None:
            return None
        if day is None:
            return None
        activity = next((i for i, c in enumerate(header) if c in _ACTIVITY_COLUMNS), 1)
        return day, activity, goal

    def on_onboarding_table(self, unit: Unit, header: list[str]) -> None:
        columns = self._onboarding_columns(header) or (0, 1, 2 if len(header) > 2 else None)
        if self._kind() != "onboarding":
            self.open_target("onboarding", " | ".join(unit.header), self.level or 7)
        assert self.current is not None
        self.report.labels.append((" | ".join(unit.header), "table_header"))
        day_col, activity_col, goal_col = columns
        for row in unit.rows:
            cells = row + [""] * (len(header) - len(row))
            day_cell = cells[day_col].strip()
            text = cells[activity_col].strip() if activity_col < len(cells) else ""
            goal = cells[goal_col].strip() if goal_col is not None and goal_col < len(cells) else ""
            extra = [
                c.strip()
                for i, c in enumerate(cells)
                if i not in (day_col, activity_col, goal_col) and c.strip()
            ]
            if extra:
                text = " — ".join([text, *extra]) if text else " — ".join(extra)
            match = re.fullmatch(r"(?:день|day)?\s*(\d{1,3})", day_cell, re.IGNORECASE)
            day = int(match.group(1)) if match else None
            if day is None and day_cell:
                text = f"{day_cell}: {text}" if text else day_cell
            if text or goal:
                self.current.drafts.append(Draft(text or goal, day=day, goal=goal if text else ""))
