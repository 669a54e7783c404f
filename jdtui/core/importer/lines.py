"""Line structure: what a line break of the source means, before Markdown is parsed.

People give jdtui text in two shapes, often in one document:

- *hard-wrapped* text (e-mail, PDF dumps, text editors): a paragraph is broken
  into lines of about the same length, and a line continues the one above it;
- *line-per-paragraph* text (web pages, Word, job boards): every line is a
  paragraph, a heading or an item, and there are few blank lines or none.

Markdown reads both as paragraphs of "soft" line breaks, and worse, takes the
lines after a list item as its lazy continuation and the lines after a table
as its rows. This module decides, per region of the document (a run of lines
between blank lines, or the whole document when the region is short), which
shape it has, and rewrites the text so that the parser sees what a reader
sees: wrapped lines joined, line-per-paragraph lines apart, a table apart
from the text around it. Fenced code, indented continuations, setext
underlines and explicit hard breaks are left as they are.
"""

from __future__ import annotations

import itertools
import re

#: a line that starts a list item, a clause or a bullet written as text
_MARKER = re.compile(
    r"^\s*(?:[-*+](?:\s|$)|\d{1,3}(?:\.\d{1,3})*[.)](?:\s|$)|[–—•·▪▫►▶✓✔➢➤○◦●■□◆◇\uf0b7\uf0a7]|[а-яёa-z]\)\s|o\t)"
)
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_HR = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_ATX = re.compile(r"^\s{0,3}#{1,6}(?:\s|$)")
_DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_SENTENCE_END = re.compile(r"[.!?:;…»\"”)]$")
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)

#: a wrap width outside this range is no hard wrap (a web page's paragraph, a list of short lines)
_MIN_WIDTH, _MAX_WIDTH = 25, 100
#: a region with this many lines or more decides its shape on its own
_OWN_REGION = 8


def _table_at(lines: list[str], index: int) -> bool:
    """A GFM table starts at ``index``: a line with a pipe over a delimiter row with one."""
    return (
        "|" in lines[index]
        and index + 1 < len(lines)
        and "|" in lines[index + 1]
        and bool(_DELIMITER_ROW.match(lines[index + 1]))
    )


def _is_prose(line: str) -> bool:
    """A line of text that shows the wrap width (not a table row, a link, or a
    centred or right-aligned line such as a page footer)."""
    stripped = line.strip()
    return (
        bool(stripped)
        and not line.startswith(" " * 8)
        and not stripped.startswith(("|", "<", ">"))
        and not (("http" in stripped or "www." in stripped) and _URL.search(stripped))
    )


def _first_word(line: str) -> str:
    parts = line.split(None, 1)
    return parts[0] if parts else ""


def _wrapped_shape(prose: list[str]) -> tuple[bool | None, int]:
    """For a region's prose lines (see _is_prose), right-stripped: True when they are
    hard-wrapped, False when each is a paragraph, None when too few to tell; and the
    wrap width (the longest lines but the longest few)."""
    lengths = sorted(len(line) for line in prose)
    width = lengths[min(len(lengths) - 1, (len(lengths) * 95) // 100)] if lengths else 0
    if len(prose) < 4:
        return None, width
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return False, width
    # a wrap inside a sentence lands on a lower-case word that would not have fitted above;
    # lines of their own that start in lower case (items without bullets) mostly would have
    candidates = evidence = 0
    for above, line in itertools.pairwise(prose):
        if line[:1].islower() and not _SENTENCE_END.search(above) and not _MARKER.match(line):
            candidates += 1
            evidence += len(above) + 1 + len(_first_word(line)) > width
    return evidence >= 2 and evidence >= 0.7 * candidates, width


#: prose lines of the document that decide its shape (a huge file: its start tells)
_SAMPLE_LINES = 4000


class _Shape:
    """The shape of each line's region and its wrap width, decided once (see module doc)."""

    def __init__(self, lines: list[str]) -> None:
        prose = [line.rstrip() if _is_prose(line) else None for line in lines]
        whole, width = _wrapped_shape(
            [p for p in prose[: _SAMPLE_LINES * 2] if p is not None][:_SAMPLE_LINES]
        )
        self.shape: list[bool | None] = [whole] * len(lines)
        self.width: list[int] = [width] * len(lines)
        start = 0
        for index in range(len(lines) + 1):
            if index == len(lines) or not lines[index].strip():
                if index - start >= _OWN_REGION:
                    own, own_width = _wrapped_shape([p for p in prose[start:index] if p is not None])
                    if own is not None:
                        self.shape[start:index] = [own] * (index - start)
                        self.width[start:index] = [own_width] * (index - start)
                start = index + 1


def _hard_break(line: str) -> bool:
    return line.endswith(("\\", "  "))


def _heading_like(line: str) -> bool:
    """A short line with no sentence ending: it may head what follows, so it is never joined."""
    text = line.strip()
    return (
        len(text.split()) <= 6 and not _SENTENCE_END.search(text) and (text.isupper() or text[:1].isupper())
    )


#: «Page 1 of 2», «Стр. 3 из 5», «- 4 -»: a page's number as a PDF dump prints it
_PAGE = re.compile(
    r"^\s*(?:(?:page|p\.|стр\.?|страница|seite)\s*\d{1,4}\s*(?:of|из|/|von)\s*\d{1,4}|-\s*\d{1,4}\s*-)\s*$",
    re.I,
)


def _without_furniture(lines: list[str]) -> list[str]:
    """The lines without a PDF dump's page numbers and the running header or
    footer printed beside them (a line without a sentence end that the top of
    the document already says, word for word)."""
    pages = [i for i, line in enumerate(lines) if _PAGE.match(line)]
    if not pages:
        return lines
    drop = set(pages)
    for page in pages:
        for near in (page - 1, page + 1):
            if 2 < near < len(lines) and near not in drop:
                top = set(" ".join(lines[: min(12, near)]).casefold().replace(":", " ").split())
                words = lines[near].casefold().replace("–", " ").replace("—", " ").split()
                if (
                    3 <= len(words) <= 14
                    and not _SENTENCE_END.search(lines[near].rstrip())
                    and not _MARKER.match(lines[near])
                    and all(w in top for w in words if w != "-")
                ):
                    drop.add(near)
    return [line for i, line in enumerate(lines) if i not in drop]


def prepare(text: str) -> tuple[str, frozenset[int]]:
    """The text with its line structure made explicit for the Markdown parser (see
    module doc), and the lines of it (0-based) that are paragraphs of their own,
    never a continuation of the line above, though Markdown puts them in its paragraph."""
    lines = _without_furniture(text.split("\n"))
    if len(lines) < 2:
        return "\n".join(lines), frozenset()
    apart: set[int] = set()
    shape = _Shape(lines)
    out: list[str] = []
    #: lines joined to an output line (by its index), kept apart until the end
    tails: dict[int, list[str]] = {}
    fence: str | None = None
    in_table = False
    in_list = False  # the last line written belongs to a list item
    for index, line in enumerate(lines):
        stripped = line.strip()
        if fence is not None:
            out.append(line)
            if stripped.startswith(fence):
                fence = None
            continue
        opening = _FENCE.match(line) if line.lstrip()[:1] in ("`", "~") else None
        if opening:
            fence = opening.group(1)[:3]
            out.extend(["", line] if out and out[-1].strip() else [line])
            in_table = in_list = False
            continue
        if not stripped:
            out.append(line)
            in_table = in_list = False
            continue
        above = lines[index - 1].rstrip() if index and out and out[-1].strip() else ""
        if in_table:
            if "|" in line:
                out.append(line)
                continue
            in_table, above = False, ""
            out.append("")  # a line without a pipe after a table is no row of it
        if _table_at(lines, index):
            if above:
                out.append("")  # a table starts where it starts, after a list item too
            out.append(line)
            in_table, in_list = True, False
            continue
        marker = bool(_MARKER.match(line))
        if (
            not above
            or ("#" in line[:4] and _ATX.match(line))
            or ("#" in above[:4] and _ATX.match(above))
            or _hard_break(lines[index - 1])
        ):
            out.append(line)
            in_list = marker or (in_list and line[:1].isspace())
            continue
        wrapped = shape.shape[index]
        if line[:1] in (" ", "\t") and not marker:
            # an indented line continues what is above it (a list item's second line)
            if wrapped:
                tails.setdefault(len(out) - 1, []).append(stripped)
            else:
                out.append(line)
            continue
        if marker or (stripped[:1] in ("=", "-", "*", "_") and (_SETEXT.match(line) or _HR.match(line))):
            out.append(line)
            in_list = marker or in_list
            continue
        if wrapped:
            word = _first_word(line)
            if _continues(above, line) or (
                len(above) + 1 + len(word) > shape.width[index]
                and not above.endswith((":", "："))
                and not _heading_like(line)
                and not (_SENTENCE_END.search(above) and not word[:1].islower())
            ):
                tails.setdefault(len(out) - 1, []).append(stripped)  # one paragraph, wrapped
                continue
            out.extend(("", line) if in_list else (line,))
            in_list = False
            continue
        if in_list and not _continues(above, line):
            # after a list item, a paragraph of its own and not the item's lazy continuation
            out.extend(("", line))
            in_list = False
            continue
        if wrapped is False and not in_list and not _broken_inline(above, line):  # one paragraph per line
            apart.add(len(out))
        out.append(line)
    for index, parts in tails.items():
        out[index] = " ".join([out[index].rstrip(), *parts])
    return "\n".join(out), frozenset(apart)


#: words a phrase does not end with: a line ending with one goes on below
_OPEN_WORD = re.compile(
    r"(?:^|\s)(?:a|an|the|of|in|on|at|to|for|with|by|from|and|or|as|like|such|e\.g\.|"
    r"в|во|на|с|со|по|для|от|к|ко|из|и|или|а|но|о|об|при|за|под|над|без|до)$",
    re.IGNORECASE,
)


def _broken_inline(above: str, line: str) -> bool:
    """A line of a web page's paragraph broken at its inline markup (a link, a bold
    word on a line of its own): ": Design data models in" / "dbt" / "to build…"."""
    first = line.lstrip()[:1]
    if first and first in ",;:.()":
        return True
    if not first.islower() or _SENTENCE_END.search(above):
        return False
    # (an item of a list without bullets is short: «опыт работы от 3 лет» over «знание 1С»)
    words = len(above.split())
    # (a word broken off on its own line: «dbt» between "models in" and "to build…")
    return bool(_OPEN_WORD.search(above)) or (words == 1 and above.lstrip()[:1].islower()) or words >= 10


def _continues(above: str, line: str) -> bool:
    """A line that carries on the sentence above it (lower case, no sentence end above)."""
    first = line.lstrip()[:1]
    return bool(first) and (first.islower() or first in ",;:()") and not _SENTENCE_END.search(above.rstrip())
