"""Items of the section being read: one line or segment becomes one or more drafts.

A mixin of the Assembler: it reads and writes the assembler's state.
"""

from __future__ import annotations

import re

from . import labels as lb
from .blocks import Unit
from .collected import Bucket, Draft
from .state import ReadingState

#: Section kinds whose prose paragraphs are split into one item per sentence.
LIST_KINDS = frozenset({"duty", "right", "requirement", "responsibility", "kpi", "relationship"})
_DAY_LINE = re.compile(r"^(?:день|day|дн\.)\s*(\d{1,3})\s*[:.—–-]?\s*(.*)$", re.IGNORECASE)
_GOAL = re.compile(r"\s+(?:цель|goal)\s*[:—–-]\s*", re.IGNORECASE)


class ItemAdder(ReadingState):
    """Items (see Assembler)."""

    def add(
        self,
        unit: Unit,
        text: str,
        *,
        group: str | None = None,
        preferred: bool = False,
        marked: bool = False,
    ) -> None:
        """One item of the current section (or of the preamble); ``marked``: a label said what it is."""
        text = " ".join(text.split())
        if not text:
            return
        if self.current is None:
            self.add_preamble(unit, text)
            return
        bucket = self.current
        kind = self._kind()
        if (
            kind == "general"
            and bucket.section == "summary"
            and unit.marker in ("bullet", "ordered", "plain-bullet")
        ):
            # a bulleted list under "Job description" / "Overview" lists duties, not a summary
            self.open_target("duties", "", self.level)
            bucket, kind = self.current, "duty"
        if kind is None:  # "other": verbatim, the clause number included
            number = unit.number + " " if unit.marker == "clause" and unit.number else ""
            bucket.drafts.append(Draft(number + text))
            return
        # «1.4. … руководствуется:» over «— Трудовым кодексом…» lines in the general provisions: one provision
        joins_clause = unit.marker == "plain-bullet" and self.parent_clause and kind not in LIST_KINDS
        if (unit.level >= 2 or joins_clause) and self.parent is not None and unit.level > self.parent.level:
            self.parent.join_sub_item(text)
            return
        if kind == "onboarding":
            self.add_day(bucket, text)
            return
        if kind in LIST_KINDS and lb.says_none(text):
            self.report.labels.append((text, "none"))
            return
        if unit.marker == "" and self.pending is not None:
            label = self.pending.text
            self.pending = None
            text = f"{label} {text}" if label.endswith((".", "!", "?")) else f"{label}: {text}"
            draft = Draft(text, shape="labelled", para=unit.para)
            if kind == "requirement":
                self._group(draft, group, preferred)
            bucket.drafts.append(draft)
            return
        self.pending = None
        labelled = lb.split_label(text)
        prose = unit.marker == "" and kind in LIST_KINDS and not (labelled and labelled[1])
        pieces = lb.sentences(text) if prose else [text]
        if len(pieces) < 3:  # a paragraph of one or two sentences is one item; a long prose block is split
            pieces = [text]
        if unit.marker:
            shape = "marked"
        elif marked or not prose:
            shape = "labelled"
        else:
            # a question or an exclamation speaks to the reader: it is not a list item
            shape = "prose" if lb.is_prose(text) or text.endswith(("?", "!")) else "plain"
        for piece in pieces:
            draft = Draft(
                piece, level=unit.level, shape=shape, para=unit.para, led=self.led, headed=self.new_list
            )
            self.led = self.new_list = False
            if kind == "requirement":
                self._group(draft, group, preferred)
            bucket.drafts.append(draft)
            # a list item or a numbered clause takes the lettered sub-points below it («а) …»)
            self.parent = draft if unit.level >= 1 or unit.marker == "clause" else None
            self.parent_clause = unit.marker == "clause" and text.endswith((":", "："))

    def _group(self, draft: Draft, group: str | None, preferred: bool = False) -> None:
        draft.preferred = preferred or self.preferred or lb.marked_preferred(draft.text, self.marks)
        stated = group or self.group
        if stated:
            draft.group, draft.group_source = stated, "stated"
        elif not self.own:
            draft.group, draft.group_source = lb.requirement_group(draft.text), "inferred"

    def add_day(self, bucket: Bucket, text: str, day: int | None = None, goal: str = "") -> None:
        match = _DAY_LINE.match(text)
        if match and day is None:
            day, text = int(match.group(1)), match.group(2).strip() or text
        if not goal:
            parts = _GOAL.split(text, maxsplit=1)
            if len(parts) == 2 and parts[0].strip():
                text, goal = parts[0].strip(), parts[1].strip()
        bucket.drafts.append(Draft(text, day=day, goal=goal))

    def add_preamble(self, unit: Unit, text: str) -> None:
        """Text before any section: prose is the summary of an English posting."""
        if not lb.split_label(text):
            self._prose_seen = True
        if (
            self.profile.id == "en-jd"
            and unit.marker == ""
            and len(text.split()) > 6
            and not lb.split_label(text)
        ):
            bucket = self.by_section.get("summary")
            if bucket is None:
                bucket = self.by_section["summary"] = Bucket("summary")
                self.buckets.append(bucket)
            bucket.drafts.append(Draft(text))
            return
        number = unit.number + " " if unit.marker == "clause" and unit.number else ""
        self._preamble_bucket().drafts.append(Draft(number + text))
