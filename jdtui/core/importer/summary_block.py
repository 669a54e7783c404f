"""A job board's summary block at the top of a posting: terse details, not sections.

Boards print a block of short lines above the posting ("Job summary", "Full-time",
"Salary:" / "45K–60K", "Experience:" / "> 5 years", skill tags, "+1"). Its labels
look like section headings ("Experience", "Skills") but the block only sums the
posting up: it is kept as header detail, and the posting's own headings below it
open the sections.
"""

from __future__ import annotations

import re

from .blocks import Unit

_SENTENCE_END = re.compile(r"[.!?;,…]$")
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
#: "Salary:", "Expérience :", a label alone on its line, its value on the next
_BARE_LABEL = re.compile(r"^[^\s:：]+(?:\s+[^\s:：]+){0,2}\s*[:：]$")
_MAX_WORDS = 6
#: label/value pairs that make a run of terse lines a summary block
_MIN_PAIRS = 2


def _terse(unit: Unit) -> bool:
    text = unit.text.strip()
    return (
        unit.kind == "line"
        and unit.level == 0
        and unit.marker in ("", "plain-bullet")
        and 0 < len(text.split()) <= _MAX_WORDS
        and not _SENTENCE_END.search(text)
        and not _URL.search(text)
    )


def leading_summary_block(units: list[Unit]) -> tuple[int, int] | None:
    """``(start, end)`` of the units of a summary block before the posting's body, or None.

    The block is a run of terse lines (at most six words, no sentence ending) at the
    top of the document (after an H1 title or source link) holding two or more
    «Label:» lines each followed by a value line; it ends with the paragraph of its
    last value (keyword tags after a label belong to it).
    """
    start = 0
    while start < len(units) and (
        (units[start].kind == "heading" and units[start].level == 1)
        or (units[start].kind == "line" and _URL.search(units[start].text))
    ):
        start += 1
    end = start
    while end < len(units) and _terse(units[end]):
        end += 1
    pairs = [
        i
        for i in range(start, end - 1)
        if _BARE_LABEL.match(units[i].text.strip()) and not units[i + 1].text.rstrip().endswith((":", "："))
    ]
    if len(pairs) < _MIN_PAIRS:
        return None
    last_para = units[pairs[-1] + 1].para
    stop = pairs[-1] + 2
    while stop < end and units[stop].para == last_para:
        stop += 1
    return start, stop
