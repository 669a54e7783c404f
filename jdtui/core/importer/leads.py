"""Lead-ins: the sentence between a heading and its list ("In this role, you will:").

A mixin of the Assembler: it reads and writes the assembler's state. Lead-ins
are kept in place among the drafts: the first one before the section's first
item becomes the section's lead, the others notes (see build). jdtui's own
export is read literally here: its paragraphs among clauses are leads or notes.
"""

from __future__ import annotations

from ..render import paragraph_sections
from . import labels as lb
from .blocks import Unit
from .collected import Draft
from .headings import EXTRA_LIKE, lead_target, target_of
from .state import ReadingState


class LeadReader(ReadingState):
    """Lead-ins and notes (see Assembler)."""

    def _standard_lead(self, unit: Unit, text: str) -> bool:
        """jdtui's standard lead-in («Менеджер имеет право:»): it names the position."""
        position = lb.own_lead(text)
        if position is None or self._kind() is None:
            return False
        if position[1:2].islower():
            position = position[0].lower() + position[1:]
        self.variables.setdefault("position", position)
        self.report.labels.append((text, "lead"))
        self.lead_in(unit, text)  # kept unless it is the standard one (see build)
        return True

    def on_own_text(self, unit: Unit, text: str) -> None:
        """A paragraph inside a section of jdtui's own export, read as written: its
        headings are all Markdown headings, so a paragraph is never one, nor a label.
        Among clauses or list items it is a lead or a note; elsewhere an item."""
        if self._standard_lead(unit, text):
            return
        if (
            self.current is not None
            and self._kind() is not None
            and self.current.section not in paragraph_sections(self.profile)
        ):
            self.lead_in(unit, text, led=False)
        else:
            self.add(unit, text)

    def _names_other_section(self, text: str) -> bool:
        """A lead-in that names a section other than the one it is in."""
        known = target_of(text.rstrip(":：").strip(), max_words=10)
        if known is None or known in ("extra", "other", "ack") or known in EXTRA_LIKE:
            return False
        section = self._section_id(known)
        return section is not None and self.current is not None and section != self.current.section

    def _items_follow(self, index: int, wanted: int = 2) -> bool:
        """``wanted`` item-like lines follow the unit at ``index``: short lines or
        list items, no heading, table or lead-in among them."""
        after = self.units[index + 1 : index + 1 + wanted]
        return len(after) == wanted and all(
            u.kind == "line"
            and u.text.strip()
            and len(u.text.split()) <= 40
            and not u.text.rstrip().endswith((":", "："))
            and lead_target(u.text) is None
            for u in after
        )

    def on_plain_lead(self, unit: Unit, text: str, index: int) -> bool:
        """A short line with no final full stop whose wording points to a section
        ("Get ready to", "We expect you to", «Что нужно делать») over item-like
        lines: it opens that section, as a heading would, and is kept as its lead."""
        if unit.marker or unit.level or text.endswith(".") or self.own:
            return False
        target = lead_target(text)
        if target is None or not self._items_follow(index):
            return False
        section = self._section_id(target)
        if section is None:
            if target not in EXTRA_LIKE:
                return False
            self.open_other(text.rstrip(":：").strip(), 7)
            self.report.labels.append((text, "lead"))
            return True
        in_section = self.current is not None and self.current.section == section
        if not in_section or (target == "preferred") != self.preferred:
            self.open_target(target, "", 7)
        self.report.labels.append((text, "lead"))
        self.lead_in(unit, text)
        return True

    def lead_in(self, unit: Unit, text: str, *, led: bool = True) -> None:
        """A lead-in (or, ``led`` False, a paragraph of jdtui's own export) kept in
        place: the first before the section's first item is its lead, the others notes."""
        assert self.current is not None
        # under a sub-heading or group heading it can no longer lead the section
        shape = "note" if self.new_list or self.group else "lead"
        self.current.drafts.append(Draft(text, shape=shape, preferred=self.preferred, para=unit.para))
        self.parent = None
        self.led = led
