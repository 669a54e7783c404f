"""Headings written as plain lines: text copied from Word or a web page.

A mixin of the Assembler: it reads and writes the assembler's state. A line
is a heading when it is a known section name, a bold or decorated short line,
a question on a line of its own, or a Title Case line over the text it heads;
inside a section it may instead be a sub-heading (over a list of duties) or a
lead-in whose list never came.
"""

from __future__ import annotations

import re
import unicodedata

from . import labels as lb
from .blocks import Unit
from .headings import group_of, strip_numbering, target_of, title_case
from .items import LIST_KINDS as _LIST_KINDS
from .state import ReadingState

_TERMINAL = re.compile(r"[.!?;,…]$")
#: a heading may end with a question mark ("What will you do?")
_HEADING_END = re.compile(r"[.!;,…]$")
#: a paragraph that speaks to the reader explains the short line above it
_ADDRESS = re.compile(r"^(you|you'll|you’ll|we|we'll|our|this|as|in this)\b", re.IGNORECASE)


class PlainHeadingReader(ReadingState):
    """Plain-line headings (see Assembler)."""

    def _plain_list_follows(self, index: int) -> bool:
        """Two or more unmarked lines, each its own paragraph, follow the unit at ``index``."""
        after = self.units[index + 1 : index + 3]
        return (
            len(after) == 2
            and all(u.kind == "line" and u.marker == "" and u.alone for u in after)
            and not title_case(after[0].text)
        )

    def _dangling(self, unit: Unit, nxt: Unit | None) -> bool:
        """A colon line of the current section with a heading or the end after it,
        that names no other section: a lead-in whose list never came."""
        text = unit.text.strip()
        if unit.marker or unit.level or not text.endswith((":", "：")) or self._kind() is None:
            return False
        if nxt is not None and nxt.kind != "heading":
            return False
        known = target_of(text.rstrip(":："), max_words=4)
        return known is None or (self.current is not None and self._section_id(known) == self.current.section)

    def on_plain_heading(self, unit: Unit, nxt: Unit | None, index: int) -> bool:
        """A paragraph line that is a heading: a known one, a bold line, a Title Case line."""
        text = unit.text.strip()
        words = text.split()
        # self.led: the line right after a lead-in is the first item of its list ("Experience with BI tools")
        # "As an Analytics Engineer, you will" over a list is its lead-in, not a sub-heading
        lead_over_list = (
            lb.open_lead(text) and nxt is not None and nxt.kind == "line" and nxt.marker not in ("", "clause")
        )
        if len(words) > 10 or _HEADING_END.search(text) or lb.own_lead(text) or lead_over_list or self.led:
            return False
        pair = lb.split_label(text)
        if pair and pair[1]:
            return False
        bare = text.rstrip(":：").strip()
        if self.current is not None and self.current.section == "requirements" and group_of(bare):
            self.on_heading(bare, 7)
            return True
        known = target_of(bare, max_words=4)
        if nxt is not None and nxt.kind == "line" and self._restates_section(known, text):
            return False
        # the last line of a paragraph of lines ("…\nOther duties as assigned", "…\nAdvanced Excel
        # skills") with nothing under it in its paragraph is the list's last item, not a heading
        closes_list = (
            index > 0
            and self.units[index - 1].para == unit.para
            and self.units[index - 1].kind == "line"
            and (
                nxt is None
                or nxt.kind == "heading"
                or (
                    nxt.kind == "line"
                    and nxt.para != unit.para
                    and nxt.marker == ""
                    and (nxt.text.isupper() or target_of(nxt.text, max_words=4) is not None)
                )
            )
            and not text.isupper()
            and not text.endswith((":", "："))
        )
        if (
            known is not None
            and len(words) <= 7
            and not closes_list
            and not (
                text.endswith(":")
                and lb.looks_like_lead(text)
                and known not in ("duties", "requirements", "preferred")
            )
        ):
            self.on_heading(bare, 7)
            return True
        if known is None and group_of(bare) and len(words) <= 5:
            self.on_heading(bare, 7)
            return True
        if text.endswith(":"):
            return False
        first_of_para = index == 0 or self.units[index - 1].para != unit.para
        followed = nxt is not None and (
            (nxt.kind == "line" and (nxt.para == unit.para or nxt.marker not in ("", "clause")))
            or nxt.kind == "table"
        )
        decorated = unicodedata.category(text[0]) == "So"  # "🚀 Deine Mission", "📍 Berlin"
        if (unit.bold or decorated) and len(words) <= 10 and (followed or unit.alone):
            self.on_heading(bare, 7)
            return True
        into_list = nxt is not None and nxt.kind == "line" and nxt.marker not in ("", "clause")
        if (
            text.endswith("?")
            and len(words) <= 6
            and unit.alone
            and nxt is not None
            and nxt.kind in ("line", "table")
        ):
            # "What's the Scoop?", "Interested?": a question on a line of its own heads what follows
            self.on_heading(bare, 7)
            return True
        if self.current is None and not self.title and not self.titled and not into_list:
            return False
        standalone = unit.alone and nxt is not None and nxt.kind in ("line", "table")
        if first_of_para and (followed or standalone) and title_case(bare):
            if self._kind() in _LIST_KINDS and target_of(bare) is None and self._plain_list_follows(index):
                # "Data Governance & DataOps" over lines of duties: a sub-area, not a new section
                self.subheading(text, names=False)
                return True
            self.on_heading(bare, 7)
            return True
        names_prose = (
            unit.alone
            and len(words) <= 7
            and nxt is not None
            and nxt.kind == "line"
            and nxt.marker == ""
            and nxt.text.rstrip().endswith(".")
            and len(nxt.text.split()) >= 12
            and (len(lb.sentences(nxt.text)) >= 2 or _ADDRESS.match(nxt.text) is not None)
        )
        if (
            names_prose
            and nxt is not None
            and self._kind() is not None
            and first_of_para
            and lb.company_voice(nxt.text)
        ):
            # "Grow your way" over "At Mollie, growth is personal…": a heading of text of its own
            self.open_other(strip_numbering(text), 7)
            return True
        if (
            self._kind() is not None
            and first_of_para
            and (into_list or names_prose)
            and not _TERMINAL.search(text)
        ):
            # "Intelligence Builder — turning signals into decisions" over a list of duties
            self.subheading(text)
            return True
        return False
