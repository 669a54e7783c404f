"""Units → sections of drafts: the reading of a document, top to bottom.

The assembler keeps the section it is in, the requirement group and the
"preferred" mark that labels set, and decides for each unit whether it is a
heading, a label, a lead-in, a requisite of the header, or an item.
"""

from __future__ import annotations

import itertools
import re

from ..profiles import Profile
from . import labels as lb
from .blocks import Unit
from .collected import Bucket, Draft
from .content import read_by_content
from .header import HeaderReader
from .headings import EXTRA_LIKE, appendix_content, group_of, strip_numbering, target_of
from .items import LIST_KINDS, ItemAdder
from .kinds import sort_by_kind
from .leads import LeadReader
from .plain_headings import PlainHeadingReader
from .prose import set_prose_apart
from .report import ImportReport
from .summary_block import leading_summary_block
from .tables import TableReader


class Assembler(HeaderReader, PlainHeadingReader, LeadReader, TableReader, ItemAdder):
    """Reads units into buckets, variables, a title and a report."""

    def __init__(self, units: list[Unit], lang: str, profile: Profile, report: ImportReport) -> None:
        self.units = units
        self.lang = lang
        self.profile = profile
        self.report = report
        self.buckets: list[Bucket] = []
        self.by_section: dict[str, Bucket] = {}
        self.current: Bucket | None = None  # None: the preamble, before any section
        self.level = 0
        self.group: str | None = None
        self.preferred = False
        self.ack_heading: str | None = None
        self.parent: Draft | None = None
        #: the parent is a numbered clause ending with a colon (its «—» lines may join it)
        self.parent_clause = False
        self.variables: dict[str, str] = {}
        self.inferred: set[str] = set()
        self.title = ""
        self.titled = False
        #: a title guessed from a first line that names no job (see HeaderReader.settle_title)
        self._weak_title = ""
        #: the line the organisation was taken from, when it stood alone (see HeaderReader._set)
        self._org_line = ""
        #: the document is jdtui's own rendering: its structure is explicit
        self.own = False
        self._preamble_other: Bucket | None = None
        self._own_labels: list[tuple[int, str]] = []
        self._prose_seen = False
        #: a sub-heading waiting for the paragraph it names
        self.pending: Draft | None = None
        #: a lead-in was just read: the next item starts a list
        self.led = False
        #: a sub-heading or label inside the section was just read: the next item starts a list too
        self.new_list = False
        #: the paragraph of the last header detail read inside a section
        self._detail_para = -2
        #: marks such as "(*)" that a legend in the document defines as "nice to have"
        self.marks = lb.preferred_marks(u.text for u in units if u.kind == "line")
        self._position = {id(u): i for i, u in enumerate(units)}
        #: the kind of each section of the profile (asked for at every line)
        self._kinds = {spec.id: spec.kind for spec in profile.sections}

    # --- sections ----------------------------------------------------------
    def _section_id(self, target: str) -> str | None:
        aliases = {
            "summary": ("summary", "general"),
            "general": ("general", "summary"),
            "preferred": ("requirements",),
            "equality": ("equal_opportunity",),
        }.get(target, (target,))
        for alias in aliases:
            if self.profile.spec(alias) is not None:
                return alias
        return None

    def _restates_section(self, target: str | None, text: str) -> bool:
        """A lead-in naming the section it is in: "In this role, you will:" under "Responsibilities"."""
        return (
            target not in (None, "preferred")
            and self.current is not None
            and self._section_id(target) == self.current.section
            and lb.looks_like_lead(text)
        )

    def _kind(self) -> str | None:
        if self.current is None or self.current.section == "other":
            return None
        return self._kinds.get(self.current.section)

    def open_target(self, target: str, heading: str, level: int, *, wording: str | None = None) -> None:
        """Enter the section a heading (or colon label) names; ``wording``: the
        heading as written, kept as the section's own when it opens the section."""
        self.parent = None
        if target == "ack":
            self.current = None
            self.ack_heading = strip_numbering(heading)
            self.report.labels.append((heading, "ack"))
            return
        self.ack_heading = None
        if target == "other":
            self.open_other(None, level)
            return
        section = self._section_id(target) if target != "extra" else None
        if target in EXTRA_LIKE and wording is None:
            wording = heading  # "Our Benefits:" as a label keeps its words, as an "other" section did
        if section is None:
            self.open_other(strip_numbering(heading), level)
            return
        if self.current is not None and self.current.section == section:
            self.preferred = target == "preferred"
            self.group = None
            self.new_list = True
            self.report.labels.append((heading, "preferred" if self.preferred else "subheading"))
            return
        bucket = self.by_section.get(section)
        if bucket is None:
            # "Nice to have" opening the requirements names their group, not the section
            own = strip_numbering(wording) if wording and target != "preferred" else None
            bucket = self.by_section[section] = Bucket(section, own)
            self.buckets.append(bucket)
        self.current, self.level = bucket, level
        self.group, self.preferred = None, target == "preferred"
        self.led = self.new_list = False
        if heading:
            self.report.headings.append((heading, section))

    def open_other(self, heading: str | None, level: int) -> None:
        bucket = Bucket("other", heading or None, level=level)
        self.buckets.append(bucket)
        self.current, self.level = bucket, level
        self.group, self.preferred, self.parent = None, False, None
        self.led = self.new_list = False
        self.report.other_headings.append(heading or "")

    def _summary_bucket(self) -> Bucket | None:
        """The bucket of the role's description (created, placed first, when missing)."""
        section = self._section_id("summary")
        if section is None:
            return None
        bucket = self.by_section.get(section)
        if bucket is None:
            bucket = self.by_section[section] = Bucket(section)
            self.buckets.insert(0, bucket)
        return bucket

    def _preamble_bucket(self) -> Bucket:
        if self._preamble_other is None:
            self._preamble_other = Bucket("other", None)
            self.buckets.append(self._preamble_other)
        return self._preamble_other

    # --- the reading -------------------------------------------------------
    def run(self) -> None:
        index = 0
        block = leading_summary_block(self.units)
        while index < len(self.units):
            unit = self.units[index]
            if block is not None and index == block[0]:
                index = self.on_summary_block(*block)
            elif unit.kind == "heading":
                self.pending = None
                self.on_heading(unit.text, unit.level)
                index += 1
            elif unit.kind == "table":
                self.pending = None
                self.on_table(unit)
                index += 1
            else:
                index = self.on_line(index)
        for bucket in self.buckets:
            for draft in bucket.drafts:
                draft.settle()
        if not self.own:
            self.buckets = set_prose_apart(self.buckets, self.profile, self._summary_bucket)
            self.buckets = read_by_content(self.buckets, self.by_section, self.report)
            sections = frozenset(spec.id for spec in self.profile.sections)
            self.buckets = sort_by_kind(self.buckets, self.by_section, sections, self.report)
        self.settle_title()
        if "organization" not in self.variables and not self.own:
            self._organisation_from_prose()
        if self.lang == "en" and "position" not in self.variables and self.title:
            self.variables["position"] = re.sub(r"\s+(?:at|—|–)\s+.*$", "", self.title)
            self.inferred.add("position")
        for name in list(self.inferred):  # an inferred value must not fill a literal {{name}}
            marker = "{{" + name
            if any(marker in d.text for b in self.buckets for d in b.drafts):
                self.variables.pop(name, None)

    def on_heading(self, text: str, level: int) -> None:
        if not text.strip():
            return
        if self.current is not None and self.current.section == "requirements" and group_of(text):
            self.group = group_of(text)
            self.parent = None
            self.new_list = True
            self.report.labels.append((text, "group"))
            return
        if self.current is None and self.on_title(text, level):
            return
        target = target_of(text)
        if target is None and group_of(text):
            self.open_target("requirements", text, level)
            self.group = group_of(text)
            return
        if target is not None:
            # «Приложение 1. План адаптации»: the section's own wording is what follows the number
            self.open_target(target, text, level, wording=appendix_content(text) or text)
            return
        if self._kind() is not None and level > self.level:
            self.subheading(text)
            return
        self.open_other(strip_numbering(text), level)

    def subheading(self, text: str, *, names: bool = True) -> None:
        """A sub-heading inside a section: it names the prose item that follows
        ("**Be the expert**" + a paragraph is one duty); over a list it is a label."""
        self.report.labels.append((text, "subheading"))
        self.parent = None
        self.new_list = True
        self.pending = Draft(text.rstrip(":：")) if names else None

    def _next(self, index: int) -> Unit | None:
        return self.units[index + 1] if index + 1 < len(self.units) else None

    def on_line(self, index: int) -> int:
        unit = self.units[index]
        text = unit.text.strip()
        nxt = self._next(index)
        if not text:
            return index + 1
        if unit.marker == "" and self._kind() is not None and lb.sign_off(text):
            self.open_other(None, self.level)  # an e-mail's sign-off and signature: no clauses
        if unit.marker == "" and lb.closing_stamp(text):
            return index + self.read_closing_stamp(index)
        if unit.marker == "" and (self.current is None or self.current.section == "other"):
            taken = self.bare_detail(index)
            if taken:
                return index + taken
        if unit.marker == "" and self.current is None:
            taken = self.on_header_line(index)
            if taken:
                return index + taken
        elif unit.marker == "" and not self.by_section and not self.titled and lb.di_title(text) is not None:
            # «ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ …» under a line taken as a heading (the organisation above it)
            return index + self.on_header_line(index)
        if self.ack_heading is not None and self.current is None:
            self.open_other(self.ack_heading, self.level)
            self.ack_heading = None
        if self.own and unit.marker == "" and unit.level == 0 and self.current is not None:
            self.on_own_text(unit, text)
            return index + 1
        if self._dangling(unit, nxt):
            # a lead-in with no list after it ("Bonus points for:" over the next heading): kept in place
            self.report.labels.append((text, "lead"))
            self.lead_in(unit, text)
            return index + 1
        if unit.marker == "" and self.on_plain_lead(unit, text, index):
            return index + 1
        if unit.marker == "" and self.on_plain_heading(unit, nxt, index):
            return index + 1
        if unit.marker == "":
            parts = self.split_inline(text)
            if parts is not None:
                for part in parts:
                    self.on_text(unit, part, nxt)
                return index + 1
        self.on_text(unit, text, nxt)
        return index + 1

    def _organisation_from_prose(self) -> None:
        """The employer named by the first sentences of the description ("Brightwater
        Foods is a…", "At Kestrel we…"), when no detail of the header named it."""
        texts = (
            d.text for b in self.buckets if b.section in ("summary", "general", "other") for d in b.drafts[:6]
        )
        for text in itertools.islice(texts, 12):
            found = lb.organisation_in_prose(text)
            if found:
                self.variables["organization"] = found
                self.inferred.add("organization")
                return

    def _details_paragraph(self, unit: Unit) -> bool:
        """The unit's paragraph is a block of «Label: value» details, one of them naming a
        detail jdtui knows («Компания: …», «Город: …» under the title line)."""
        index = self._position.get(id(unit))
        if index is None:
            return False
        start = index
        while start > 0 and self.units[start - 1].para == unit.para and self.units[start - 1].kind == "line":
            start -= 1
        end = index
        while end + 1 < len(self.units) and self.units[end + 1].para == unit.para:
            end += 1
        pairs = [lb.split_label(u.text) for u in self.units[start : end + 1]]
        return (
            end > start
            and all(p is not None and p[1] and len(p[1].split()) <= 12 for p in pairs)
            and any(p is not None and lb.variable_of(p[0]) for p in pairs)
        )

    def split_inline(self, text: str) -> list[str] | None:
        """A paragraph with «… . Requirements: …» inside, cut at its labels."""
        cuts = [
            pos for pos, label in lb.inline_labels(text) if target_of(label, max_words=2) or group_of(label)
        ]
        if not cuts:
            return None
        bounds = [0, *cuts, len(text)]
        return [text[a:b].strip() for a, b in itertools.pairwise(bounds) if text[a:b].strip()]

    def on_text(self, unit: Unit, text: str, nxt: Unit | None) -> None:
        """One line or inline segment: a label, a lead-in or an item."""
        if self._standard_lead(unit, text):
            return
        pair = lb.split_label(text)
        if pair is not None and self.on_label(unit, pair[0], pair[1], text):
            return
        if (
            pair is not None
            and pair[1]
            and unit.level == 0
            and (unit.alone or self._details_paragraph(unit))
            and self.current is not None
        ):
            name = lb.variable_of(pair[0])
            # "Location: Berlin" inside a section is a detail of the header, and so is a short
            # "Remote/ Hybrid: Hybrid" right after such details
            follows = self._detail_para == unit.para - 1 and lb.short_value(pair[1])
            if name is not None or follows:
                if name is not None:
                    self.variables.setdefault(name, pair[1])
                self._preamble_bucket().drafts.append(Draft(text))
                self._detail_para = unit.para
                return
        if (
            unit.marker == "clause"
            and text.endswith((":", "："))
            and self._kind() in LIST_KINDS
            and nxt is not None
            and nxt.kind == "line"
            and nxt.marker in ("bullet", "plain-bullet")
            and nxt.level == 1
        ):  # (lettered sub-points «а) …» are part of their clause)
            # «3.1. Администратор обязан:» over «– …» lines: the lead-in of the duties below it
            self.report.labels.append((text, "lead"))
            self.lead_in(unit, text)
            return
        if unit.level or unit.marker or self._kind() is None:
            self.add(unit, text)  # a list item or clause: no lead-in
            return
        marked_list = nxt is not None and nxt.kind == "line" and (nxt.level > unit.level or nxt.marker != "")
        preferred_lead = self._kind() == "requirement" and target_of(text, max_words=8) == "preferred"
        # plain lines after a lead-in ("Im Projektalltag bedeutet das:", "Les petits plus :") are a list
        # too, and so are lines each of their own paragraph after a short colon line of its own
        short = len(text.split()) <= 12
        plain_list = (
            nxt is not None
            and nxt.kind == "line"
            and nxt.marker == ""
            and (
                lb.looks_like_lead(text)
                or preferred_lead
                or (unit.alone and short and self._plain_list_follows(self._position[id(unit)]))
            )
        )
        # a colon line first in its section over a sub-heading (the export writes a lead over requirement groups)
        over_groups = (
            nxt is not None
            and nxt.kind == "heading"
            and text.endswith((":", "："))
            and not (self.current and self.current.drafts)
        )
        # "Duties are as follows:" over a table of them
        over_table = nxt is not None and nxt.kind == "table" and text.endswith((":", "："))
        if text.endswith((":", "：")) and (marked_list or plain_list) and self._names_other_section(text):
            # "What you'll need:" under "What you'll do": it heads a list of its own section
            self.on_heading(text.rstrip(":：").strip(), 7)
            return
        if (
            (
                text.endswith((":", "："))
                and (marked_list or plain_list)
                and (lb.looks_like_lead(text) or len(text.split()) <= 6 or (plain_list and short))
            )
            or (marked_list and lb.open_lead(text))
            or over_groups
            or over_table
        ):
            self.preferred = self.preferred or preferred_lead
            self.report.labels.append((text, "lead"))
            self.lead_in(unit, text)
            return
        self.add(unit, text)

    def on_label(self, unit: Unit, label: str, rest: str, text: str) -> bool:
        """«Label: rest» that names a group or a section; True when handled."""
        in_requirements = self.current is not None and self.current.section == "requirements"
        group = group_of(label)
        # a clause «Организует адаптацию новых работников: …» is not a heading: only
        # the known forms and very short labels name a section
        target = None
        if unit.marker != "clause":
            target = target_of(label, max_words=2)
            if target is None and target_of(label, max_words=4) in EXTRA_LIKE:
                target = target_of(label, max_words=4)  # "Team & Culture: …", "Interview process: …"
        if group and (in_requirements or target is None or target == "requirements"):
            if not in_requirements:
                self.open_target("requirements", label, 7)
            self.report.labels.append((label, "group"))
            if not rest:
                self.group, self.parent, self.new_list = group, None, True
                return True
            for part in lb.split_list(rest):
                self.add(unit, part, group=group, marked=True)
            return True
        # "Salary: …" among the header's details stays there, with the lines after it
        if target is None or (self.current is None and target in EXTRA_LIKE and rest):
            return False
        if not rest and self._restates_section(target, text):
            return False
        if unit.level > 0 and not (target == "preferred" and in_requirements):
            return False  # "- Tools: dbt, Airflow" inside a list stays an item
        if target == "preferred" and rest and in_requirements:
            # "Nice to have: X" among required lines: X is preferred, the lines after it are not
            self.report.labels.append((label, "preferred"))
            for part in lb.split_list(rest):
                self.add(unit, part, preferred=True, marked=True)
            return True
        self.open_target(target, label, 7)
        self.new_list = False  # a label over its own text is one item, not the start of a list
        for part in lb.split_list(rest):
            self.add(unit, part, marked=True)
        return True
