"""What the reading collects: items as read (drafts) in sections being filled (buckets)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
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
    #: («Label: text», named by a sub-heading), "plain" (an unmarked line) or "prose"
    shape: str = "marked"
    #: the source paragraph: sentences split from one paragraph share it
    para: int = -1
    #: the first item after a lead-in ("Your responsibilities will include:"): a list starts here
    led: bool = False


@dataclass(slots=True)
class Bucket:
    """A section being filled: a profile section id, or "other" with its heading."""

    section: str
    heading: str | None = None
    drafts: list[Draft] = field(default_factory=list)
    level: int = 0
    #: the document's lead-in sentences of this section ("In this role, you will:"), in order
    leads: list[str] = field(default_factory=list)
