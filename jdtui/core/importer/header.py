"""The header of a document: title, approval stamp, requisites and «Label: value» details.

A mixin of the Assembler: it reads and writes the assembler's state.
"""

from __future__ import annotations

import re
import unicodedata

from ..office_style import APPROVAL_FORM, ORDER, bare_place
from ..render import HEADER_LABELS_EN
from . import labels as lb
from .collected import Draft
from .headings import normalise, target_of
from .state import ReadingState

_TERMINAL = re.compile(r"[.!?;,…]$")
#: the details jdtui's English export writes, in its order, as lines of one paragraph
#: what a document calls itself at its top (see HeaderReader._caption)
_CAPTIONS = frozenset(
    {
        "job description",
        "position description",
        "role description",
        "job profile",
        "role profile",
        "описание вакансии",
        "описание должности",
    }
)
#: symbols (emoji, pictographs) and variation selectors / joiners around them
_DECORATION = frozenset({"So", "Sk", "Mn", "Cf"})
_OWN_EN_LABELS = tuple(normalise(label) for _, label in HEADER_LABELS_EN)


def _strip_symbols(text: str) -> str:
    """The text without the emoji and pictographs that decorate its ends ("💸", "🔥 ")."""
    start, end = 0, len(text)
    while start < end and (unicodedata.category(text[start]) in _DECORATION or text[start].isspace()):
        start += 1
    while end > start and (unicodedata.category(text[end - 1]) in _DECORATION or text[end - 1].isspace()):
        end -= 1
    return text[start:end]


#: a post followed by an organisation's legal form and name in quotes
_POST_OF_ORG = re.compile(
    r"^(?P<post>[А-ЯЁ][а-яё-]+(?:\s+[а-яё-]+){0,3})\s+"
    r"(?P<org>(?:ООО|АО|ПАО|ЗАО|ОАО|НАО|ГУП|МУП|ФГУП|ГБУ|ГКУ|МБУ|МАУ|МБОУ|МАОУ|ГБОУ|МБДОУ|МАДОУ|ГАУ|АНО|НКО)\s+[«\"].+)$"
)


class HeaderReader(ReadingState):
    """Title, stamp and requisites (see Assembler)."""

    def on_title(self, text: str, level: int) -> bool:
        """A document title (H1, «ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ …»); True when taken."""
        genitive = lb.di_title(text)
        if genitive is not None:
            if genitive.isupper():  # «ЗАВЕДУЮЩЕГО БИБЛИОТЕКОЙ», set in capitals like the title
                genitive = genitive.lower()
            if genitive and not lb.is_placeholder(genitive):
                self.variables["position_genitive"] = genitive
            self._set("doc_number", lb.di_number(text) or "")
            self.drop_weak_title()  # «ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ …» says what the document is
            self.titled = True  # the title is made from the position (see import_markdown)
            self.report.labels.append((text, "title"))
            return True
        first = not self._prose_seen and not self.buckets  # nothing read yet: the H1 is the title
        if level == 1 and not self.title and not self.titled and (first or target_of(text) is None):
            self.set_title(text)
            return True
        return False

    def drop_weak_title(self) -> None:
        """Forget a title guessed from the first line; the line stays as text."""
        if not self._weak_title or self.title != self._weak_title:
            return
        read = [
            label
            for label in self.report.labels
            if label[1] == "title" and _strip_symbols(label[0]) == self._weak_title
        ]
        if self.profile.id == "en-jd":  # the guess took the line out of the text: put it back, as written
            self._preamble_bucket().drafts.insert(0, Draft(read[0][0] if read else self._weak_title))
        self.report.labels = [label for label in self.report.labels if label not in read]
        self.title = self._weak_title = ""

    def settle_title(self) -> None:
        """A title guessed from a first line that names no job gives way to the
        position the document states ("Position: …") or the role its prose is
        looking for ("We are looking for an Analytics Engineer…")."""
        if not self._weak_title or self.title != self._weak_title or lb.job_title_like(self.title):
            return
        better = self.variables.get("position") if "position" not in self.inferred else None
        if not better:
            texts = (
                d.text
                for b in self.buckets
                if b.section in ("summary", "general", "other")
                for d in b.drafts[:20]
            )
            better = next((role for role in map(lb.role_sought, texts) if role), None)
        if better and not lb.is_placeholder(better):
            self.drop_weak_title()
            self.set_title(better)

    def set_title(self, text: str) -> None:
        line = " ".join(text.split())
        text = _strip_symbols(line)
        if lb.is_placeholder(text):
            return
        at = re.fullmatch(r"(?P<title>.+?)\s+@\s*(?P<org>[^@]+)", text)
        if at and self.lang == "en":  # "Senior Frontend Engineer @ Pocketbook": the job, at the company
            text = at.group("title")
            self._set("organization", at.group("org"))
        # «Шеф-повар в ресторан «Печь & Пар»», «Бухгалтер в компанию "Север"»: the job, at the organisation
        into = re.fullmatch(r"(?P<title>.+?)\s+в\s+(?:[а-яё]+\s+)?[«\"](?P<org>[^»\"]+)[»\"]", text)
        if into and self.lang == "ru":
            text = into.group("title")
            self.variables.setdefault("organization", into.group("org"))
        self.title = text
        self.report.labels.append((line, "title"))  # the line as written: what was read as the title
        company = re.search(r"\s+at\s+(.+)$", text)
        if company and self.lang == "en" and "organization" not in self.variables:
            self.variables["organization"] = company.group(1).strip()
            self.inferred.add("organization")

    def bare_detail(self, index: int) -> int:
        """Workday's «locations» over «Chicago, IL» near the top: a detail's label on its
        line, its value on the next one of the paragraph. Returns the lines taken (0 or 2)."""
        unit, nxt = self.units[index], self._next(index)
        text = unit.text.strip()
        if (
            index >= 12
            or not text[:1].islower()  # Workday writes its labels in lower case, no colon
            or nxt is None
            or "{{" in text + nxt.text
            or nxt.kind != "line"
            or nxt.para != unit.para
            or len(text.split()) > 3
            or any(b.section != "other" for b in self.buckets)
        ):
            return 0
        name = lb.variable_of(text)
        value = nxt.text.strip()
        if name is None or name in self.variables or lb.split_label(value) or not value:
            return 0
        self.variables[name] = value
        self.report.labels.append((text, "variable"))
        return 2

    def on_header_line(self, index: int) -> int:
        """Requisites of the header: stamp, «№ … · city · date», «Label: value»."""
        unit = self.units[index]
        text = unit.text.strip()
        if text.startswith("📍") and index < 10 and "city" not in self.variables:
            place = text.lstrip("📍 \ufe0f").split(",")[0].strip()
            if place and len(place.split()) <= 3:  # «📍 Санкт-Петербург, Петроградская сторона»
                self.variables["city"] = place
        if lb.is_stamp(text):
            lines = []
            for follower in self.units[index + 1 :]:
                if follower.kind != "line" or follower.para != unit.para:
                    break
                lines.append(follower.text.strip())
            self.read_stamp(lines, text)
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
        spaced = lb.spaced_requisites(text) if self.lang == "ru" else None
        if spaced:  # «г. Тюмень          № 17-ДИ»: a Word document's requisites, not jdtui's own line
            for detail, value in zip(("doc_number", "city", "approval_date"), spaced, strict=False):
                self._set(detail, value)
            self.report.labels.append((text, "variable"))
            return 1
        genitive = lb.di_title(text)
        if genitive is not None:
            # the position on the next line: «инженера по охране труда», or «ЗАВЕДУЮЩЕГО БИБЛИОТЕКОЙ» in its paragraph
            follows = (
                nxt is not None
                and nxt.kind == "line"
                and not lb.split_label(nxt.text)
                and (nxt.text[:1].islower() or (nxt.para == unit.para and nxt.text.isupper()))
            )
            if not genitive and follows and nxt is not None:
                self.on_title(text + " " + nxt.text, 1)
                return 2
            self.on_title(text, 1)
            return 1
        early = index < 10 and not any(b.section != "other" for b in self.buckets)
        stated = lb.byline(text) if early and ("·" in text or " / " in text) else None
        if stated:  # a job board's byline: its details taken, the line kept where it stands
            for detail, value in stated.items():
                self.variables.setdefault(detail, value)
                self.inferred.discard(detail)
            return 0
        pair = lb.split_label(text)
        if pair and pair[1]:
            name = lb.variable_of(pair[0])
            if name is not None:
                if normalise(pair[0]) in _OWN_EN_LABELS:
                    self._own_labels.append((unit.para, normalise(pair[0])))
                    # all of them, in order, in one paragraph: a document with a few such
                    # labels of its own ("Department: Sales") is not jdtui's export
                    self.own = (
                        self.own or [(unit.para, label) for label in _OWN_EN_LABELS] == self._own_labels[-4:]
                    )
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
        sections_read = any(b.section != "other" for b in self.buckets)
        address = lb.address_city(text) if not sections_read and index < 10 else None
        if address and "city" not in self.variables:  # «Екатеринбург, улица Малышева, 51»: the city
            self.variables["city"] = address
        if lb.organisation_name(text) and "organization" not in self.variables and not sections_read:
            # «ООО «Ладога-Сервис»» above the title: the organisation, not the title
            self._set("organization", text)
            self._org_line = text  # an approval stamp below may name it as the export does (see _set)
            self.report.labels.append((text, "variable"))
            return 1
        if self._caption(text, nxt):
            self.report.labels.append((text, "title"))
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
            return self.first_line_title(index)
        return 0

    def _caption(self, text: str, nxt) -> bool:
        """ "JOB DESCRIPTION" over "Job title: …", "Reports to: …": what the document
        is, written at its top; not the heading of a summary."""
        if self.buckets or normalise(text) not in _CAPTIONS or nxt is None or nxt.kind != "line":
            return False
        pair = lb.split_label(nxt.text)
        return bool(pair and pair[1] and lb.variable_of(pair[0]))

    def first_line_title(self, index: int) -> int:
        """The first line of a document without a heading for its title: the
        title, or (a job board's "skiils" over "Analytics Engineer (H/F)") the
        organisation over it. Returns how many lines were taken."""
        text = self.units[index].text.strip()
        consumed = 1 if self.profile.id == "en-jd" else 0  # the English export prints the title itself
        if lb.job_title_like(text):
            self.set_title(text)
            self._weak_title = self.title  # a guess all the same: «ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ …» below wins
            return consumed
        nxt = self._next(index)
        if (
            nxt is not None
            and nxt.kind == "line"
            and nxt.marker == ""
            and len(text.split()) <= 5
            and lb.job_title_like(nxt.text)
            and target_of(nxt.text) is None
            and not lb.split_label(nxt.text)
        ):
            self._set("organization", text)
            self.report.labels.append((text, "variable"))
            self.set_title(nxt.text)
            self._weak_title = self.title
            return 1 + consumed
        self.set_title(text)
        self._weak_title = self.title  # a guess: see settle_title
        return consumed

    def _rendered(self) -> tuple[str, ...]:
        """The variables the export prints in the header: a line stating one is not kept as text."""
        return (
            ("organization", "department", "reports_to", "city")
            if self.profile.id == "en-jd"
            else ("organization", "city")
        )

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
        if not value or lb.is_placeholder(value) or set(value) <= set("_ ."):
            return
        if name == "organization" and self._org_line and self.variables.get(name) == self._org_line != value:
            # «Общество с ограниченной ответственностью «…»» on its own line, then «ООО «…»» in the
            # stamp: the stamp's wording is the requisite; the line goes back to the text
            self._preamble_bucket().drafts.insert(0, Draft(self._org_line))
            self.variables[name], self._org_line = value, ""
            return
        self.variables.setdefault(name, value)

    def read_stamp(self, lines: list[str], word: str = "") -> None:
        order = lb.by_order(" ".join([word.strip("* "), *lines[:1]]).strip()) if word else None
        if order is None and lines:
            order = lb.by_order(lines[0])
        if order is not None:  # «УТВЕРЖДЕНА приказом от … № …»
            self.variables[APPROVAL_FORM] = ORDER
            self._set("approval_date", order[0])
            self._set("order_number", order[1])
            for line in lines[1:]:
                self._set("organization", line)
            return
        if len(lines) == 4 and lines[2].startswith("_"):
            names = ("approver_title", "organization", "approver_name", "approval_date")
            for name, value in zip(names, lines, strict=False):
                self._set(name, value.lstrip("_").strip() if name == "approver_name" else value)
            return
        for line in lines:
            if "__" in line or line.startswith("_"):
                self._set("approver_name", line.replace("_", " ").strip(" /"))
            elif lb.looks_like_date(line) and "approval_date" not in self.variables:
                self._set("approval_date", line)
            elif "approver_title" not in self.variables:
                # «Директор МБОУ «Лицей № 8»»: the approver's post and the organisation on one line
                joined = _POST_OF_ORG.match(line) if "organization" not in self.variables else None
                if joined:
                    self._set("approver_title", joined.group("post"))
                    self._set("organization", joined.group("org"))
                else:
                    self._set("approver_title", line)
            else:
                self._set("organization", line)

    def read_closing_stamp(self, index: int) -> int:
        """«СОГЛАСОВАНО» or «Разработчик:» and the lines of its paragraph: who
        agreed or drafted the instruction. Returns how many lines were taken."""
        unit = self.units[index]
        kind, rest = lb.closing_stamp(unit.text) or ("", "")
        lines = [rest] if rest else []
        for follower in self.units[index + 1 :]:
            if follower.kind != "line" or follower.para != unit.para:
                break
            lines.append(follower.text.strip())
        prefix = "agreed" if kind == "agreed" else "drafter"
        signed = False
        for line in lines:
            blank = re.search(r"_{3,}", line)
            if blank and not signed:
                self._set(f"{prefix}_title", line[: blank.start()])
                self._set(f"{prefix}_name", line[blank.end() :].strip(" /"))
                signed = True
            elif (
                prefix == "agreed"
                and (signed or lb.looks_like_date(line))
                and "agreed_date" not in self.variables
            ):
                self._set("agreed_date", line)  # the date is written under the signature
            else:
                self._set(f"{prefix}_title", line)
        self.report.labels.append((unit.text, "stamp"))
        return len(lines) + (0 if rest else 1)

    def read_requisites(self, text: str) -> None:
        number, city, date = lb.requisites(text) or ("", "", "")
        self._set("doc_number", number)
        self._set("city", bare_place(city))
        self._set("approval_date", date)
        self.own = True
