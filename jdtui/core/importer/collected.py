"""What the reading collects: items as read (drafts) in sections being filled (buckets)."""

from __future__ import annotations

from dataclasses import dataclass, field

#: shapes of drafts that are no items: the first lead-in before the first item
#: becomes the section's lead, the others notes in place (see build)
IN_PLACE = frozenset({"lead", "note"})


@dataclass(slots=True, eq=False)  # each is one line of the document: compared by identity
class Draft:
    """An item as read, before it is matched to the library."""

    text: str
    group: str | None = None
    #: "stated" (a label or heading said so), "inferred" (keywords) or "none"
    group_source: str = "none"
    preferred: bool = False
    day: int | None = None
    goal: str = ""
    level: int = 0
    #: how the source wrote it: "marked" (list item, clause, table row), "labelled"
    #: («Label: text», named by a sub-heading), "plain" (an unmarked line), "prose";
    #: or text kept in place among the items (see IN_PLACE): "lead" (a lead-in
    #: sentence, "In this role, you will:") or "note" (a paragraph between or after them)
    shape: str = "marked"
    #: the source paragraph: sentences split from one paragraph share it
    para: int = -1
    #: the first item after a lead-in ("Your responsibilities will include:"): a list starts here
    led: bool = False
    #: the first item under a sub-heading or label inside the section ("Nice-to-Have Skills")
    headed: bool = False
    #: sub-items joined to this one, with their separators (see join_sub_item)
    tail: list[str] | None = None
    #: the text has a " — " (later sub-items are joined with "; ")
    dashed: bool = False

    def join_sub_item(self, text: str) -> None:
        """A nested list item becomes part of this one: «a — b; c» ("Prepare: a b").
        The parts are kept apart until :meth:`settle`, so a thousand sub-items
        are not copied a thousand times."""
        if self.tail is None:
            self.tail, self.dashed = [], " — " in self.text
        last = self.tail[-1] if self.tail else self.text
        sep = " " if last.endswith((";", ",", ":", "：")) else ("; " if self.dashed else " — ")
        self.tail.append(sep + text)
        self.dashed = self.dashed or " — " in sep + text

    def settle(self) -> None:
        """The text with its sub-items joined."""
        if self.tail:
            self.text += "".join(self.tail)
        self.tail = None

    @property
    def in_place(self) -> bool:
        """Text kept where it stands (a lead-in or a note), not an item."""
        return self.shape in IN_PLACE


@dataclass(slots=True, eq=False)
class Bucket:
    """A section being filled: a profile section id with the heading that opened
    it as the document words it (None: opened otherwise), or "other" with its heading."""

    section: str
    heading: str | None = None
    drafts: list[Draft] = field(default_factory=list)
    level: int = 0

    def clauses(self) -> list[Draft]:
        """The drafts that are items (not lead-ins or notes)."""
        return [d for d in self.drafts if not d.in_place]
