"""The header of a document: title, approval stamp, requisites and «Label: value» details.

A mixin of the Assembler: it reads and writes the assembler's state.
"""

from __future__ import annotations

import re

from ..render import HEADER_LABELS_EN
from . import labels as lb
from .collected import Draft
from .headings import normalise, target_of

_TERMINAL = re.compile(r"[.!?;,…]$")
#: the details jdtui's English export writes, in its order, as lines of one paragraph
_OWN_EN_LABELS = tuple(normalise(label) for _, label in HEADER_LABELS_EN)


class HeaderReader:
    """Title, stamp and requisites (see Assembler)."""

    def on_title(self, text: str, level: int) -> bool:
        """A document title (H1, «ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ …»); True when taken."""
        genitive = lb.di_title(text)
        if genitive is not None:
            if genitive and not lb.is_placeholder(genitive):
                self.variables["position_genitive"] = genitive
            self.titled = True  # the title is made from the position (see import_markdown)
            self.report.labels.append((text, "title"))
            return True
        first = not self._prose_seen and not self.buckets  # nothing read yet: the H1 is the title
        if level == 1 and not self.title and not self.titled and (first or target_of(text) is None):
            self.set_title(text)
            return True
        return False

    def set_title(self, text: str) -> None:
        text = " ".join(text.split())
        if lb.is_placeholder(text):
            return
        self.title = text
        self.report.labels.append((text, "title"))
        company = re.search(r"\s+at\s+(.+)$", text)
        if company and self.lang == "en" and "organization" not in self.variables:
            self.variables["organization"] = company.group(1).strip()
            self.inferred.add("organization")

    def on_header_line(self, index: int) -> int:
        """Requisites of the header: stamp, «№ … · city · date», «Label: value»."""
        unit = self.units[index]
        text = unit.text.strip()
        if lb.is_stamp(text):
            lines = []
            for follower in self.units[index + 1:]:
                if follower.kind != "line" or follower.para != unit.para:
                    break
                lines.append(follower.text.strip())
            self.read_stamp(lines)
            self.report.labels.append((text, "stamp"))
            return 1 + len(lines)
        nxt = self._next(index)
        if nxt is not None and nxt.kind == "line" and nxt.para == unit.para and lb.requisites(nxt.text):
            self._set("organization", text)
            self.read_requisites(nxt.text)
            return 2
        if lb.requisites(text):
            self.read_requisites(text)
            return 1
        genitive = lb.di_title(text)
        if genitive is not None:
            if not genitive and nxt is not None and nxt.kind == "line" and nxt.text[:1].islower():
                self.on_title(text + " " + nxt.text, 1)
                return 2
            self.on_title(text, 1)
            return 1
        pair = lb.split_label(text)
        if pair and pair[1]:
            name = lb.variable_of(pair[0])
            if name is not None:
                if normalise(pair[0]) in _OWN_EN_LABELS:
                    self._own_labels.append((unit.para, normalise(pair[0])))
                    # all of them, in order, in one paragraph: a document with a few such
                    # labels of its own ("Department: Sales") is not jdtui's export
                    self.own = self.own or [(unit.para, label) for label in _OWN_EN_LABELS] == self._own_labels[-4:]
                value = pair[1]
                if lb.is_placeholder(value):
                    return 1
                known = self.variables.get(name)
                if known is None:
                    self.variables[name] = value
                    self.inferred.discard(name)
                if name in self._rendered() and (known is None or known == value or name in self.inferred):
                    if name in self.inferred:
                        self.variables[name] = value
                        self.inferred.discard(name)
                    self.report.labels.append((pair[0], "variable"))
                    return 1
                return 0
        if lb.organisation_name(text) and "organization" not in self.variables and not self.buckets:
            # «ООО «Ладога-Сервис»» above the title: the organisation, not the title
            self._set("organization", text)
            self.report.labels.append((text, "variable"))
            return 1
        if (
            not self.title
            and not self.titled
            and not self._prose_seen  # only the first line of content can be a title
            and len(text.split()) <= 14
            and not _TERMINAL.search(text)
            and not lb.split_label(text)
            and target_of(text) is None
            and "http" not in text
        ):
            self.set_title(text)
            return 1 if self.profile.id == "en-jd" else 0
        return 0

    def _rendered(self) -> tuple[str, ...]:
        """The variables the export prints in the header: a line stating one is not kept as text."""
        return ("organization", "department", "reports_to", "city") if self.profile.id == "en-jd" else ("organization", "city")

    def on_summary_block(self, start: int, end: int) -> int:
        """A job board's summary block (see summary_block): header detail, kept in order.

        Nothing in it opens a section; «Label:» over its value is one detail.
        Returns the index after the block.
        """
        index = start
        while index < end:
            unit = self.units[index]
            text = unit.text.strip()
            if not self.title and not self.titled and index + 1 < end:
                taken = self.on_header_line(index)
                if taken:
                    index += taken
                    continue
            pair = lb.split_label(text)
            if pair is not None and not pair[1] and index + 1 < end:
                value = self.units[index + 1].text.strip()
                name = lb.variable_of(pair[0])
                if name is not None and not lb.is_placeholder(value):
                    self.variables.setdefault(name, value)
                self.report.labels.append((pair[0], "variable"))
                if name not in self._rendered() or self.variables.get(name) != value:
                    self._preamble_bucket().drafts.append(Draft(f"{text} {value}"))
                index += 2
                continue
            self._preamble_bucket().drafts.append(Draft(text))
            index += 1
        self._prose_seen = True
        return end

    def _set(self, name: str, value: str) -> None:
        value = value.strip()
        if value and not lb.is_placeholder(value) and not set(value) <= set("_ ."):
            self.variables.setdefault(name, value)

    def read_stamp(self, lines: list[str]) -> None:
        if len(lines) == 4 and lines[2].startswith("_"):
            names = ("approver_title", "organization", "approver_name", "approval_date")
            for name, value in zip(names, lines):
                self._set(name, value.lstrip("_").strip() if name == "approver_name" else value)
            return
        for line in lines:
            if "__" in line or line.startswith("_"):
                self._set("approver_name", line.replace("_", " ").strip(" /"))
            elif lb.looks_like_date(line) and "approval_date" not in self.variables:
                self._set("approval_date", line)
            elif "approver_title" not in self.variables:
                self._set("approver_title", line)
            else:
                self._set("organization", line)

    def read_requisites(self, text: str) -> None:
        number, city, date = lb.requisites(text) or ("", "", "")
        self._set("doc_number", number)
        self._set("city", city)
        self._set("approval_date", date)
        self.own = True
