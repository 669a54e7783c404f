"""Markdown tokens → a flat sequence of units: headings, lines and tables.

A *line* is one paragraph line, list item or clause, with its marker removed
and what the marker was kept. Text copied from Word or a web page comes in as
paragraphs whose lines start with «–», «•» or «2.1.»: those lines become list
items and clauses here, so the assembler sees one shape for all of them.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from markdown_it import MarkdownIt
from markdown_it.rules_core.state_core import StateCore

from ..md import parser
from .headings import target_of

if TYPE_CHECKING:
    from markdown_it.token import Token

#: Bullets written as plain text.
#: (U+F0B7 and its neighbours: the Symbol-font bullets Word and pdftotext leave behind)
_PLAIN_BULLET = re.compile(
    r"^\s*([–—•·▪▫►▶✓✔➢➤○◦●■□◆◇*+\-\uf0b7\uf0a7\uf076\uf0d8\uf0fc]|🔹|🔸|🔺)\s*(?<=\s|[\uf000-\uf0ff🔹🔸🔺])(?=\S)"
)
#: «а) …», "b) …": lettered sub-points of the clause above
_SUB_POINT = re.compile(r"^\s*[а-яёa-z]\)\s+(?=\S)")
#: Word's second-level bullet, pasted as the letter o and a tab
_WORD_SUB_BULLET = re.compile(r"^\s*o\t+(?=\S)")
#: «2.1. Text», «2.1 Text», «3) Text», «3. Text».
_CLAUSE = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+(?=\s+[A-ZА-ЯЁ«\"]))\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?:;…]$")
#: a short label alone on its line: "Collaborate:", "Tech stack:"
_LABEL_LINE = re.compile(r"^[^\s:：]+(?:\s+[^\s:：]+){0,2}\s*[:：]$")
#: characters an inline rule of the parser acts on (escapes, code, strikethrough,
#: emphasis, links, images, autolinks, entities); text without them is plain text
_INLINE_MARKUP = re.compile(r"[\\`~*_\[\]!<&]")


#: tokens whose opening (or content) token says all there is to say
_NOTHING_TO_DO = frozenset({"paragraph_open", "paragraph_close", "list_item_close", "heading_close", "hr"})


@lru_cache(maxsize=1)
def _block_parser() -> MarkdownIt:
    """The project's parser without the block rule that never acts on an import: raw
    HTML blocks (the parser renders no HTML: the rule only looks and says no)."""
    md = MarkdownIt("commonmark", dict(parser().options))
    unused = ("html_block",)
    md.block.ruler.enableOnly(
        [name for name in parser().block.ruler.get_active_rules() if name not in unused]
    )
    return md


def block_tokens(text: str) -> tuple[list[Token], MutableMapping[str, Any]]:
    """The document's block tokens and the parser's environment (link references).

    The project's one parser runs every core rule but the inline one: most
    paragraphs of a long document have no inline markup, and parsing their
    inline content is a good part of the work. :func:`inline_children` parses
    the rest, with the same parser and environment.
    """
    md = _block_parser()
    state = StateCore(text, md, {})
    for rule in md.core.ruler.getRules(""):
        if rule.__name__ != "inline":
            rule(state)
    return state.tokens, state.env


def inline_children(token, env: MutableMapping[str, Any]) -> list | None:
    """An inline token's children as the parser makes them, or None when its
    content has no inline markup (then each line of it is plain text)."""
    if not _INLINE_MARKUP.search(token.content):
        return None
    md = parser()
    children: list = []
    md.inline.parse(token.content, md, env, children)
    for child in children:  # as the parser's text_join rule does after the inline pass
        if child.type == "text_special":  # an escaped character («\\_»)
            child.type = "text"
    return children


@dataclass(slots=True)
class Unit:
    """One heading, line or table of the source document."""

    kind: str  # "heading" | "line" | "table"
    text: str = ""
    #: heading level; for lines the list depth (0: paragraph line)
    level: int = 0
    #: "" (plain line), "bullet", "ordered", "clause" (numbered paragraph), "plain-bullet"
    marker: str = ""
    #: the clause number as written («2.1.»), for text kept verbatim
    number: str = ""
    #: the whole line is bold (a heading written as bold text)
    bold: bool = False
    #: index of the paragraph or list item the line came from
    para: int = 0
    #: the only line of its paragraph
    alone: bool = False
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


def inline_lines(token, env: MutableMapping[str, Any]) -> list[tuple[str, bool]]:
    """An inline token's text split into lines, each with 'wholly bold'."""
    children = inline_children(token, env)
    if children is None:  # what the parser would make of it: text, soft or hard breaks
        return [(line.strip(), False) for line in token.content.split("\n")]
    return lines_of(children)


def lines_of(children: list) -> list[tuple[str, bool]]:
    """Inline tokens as lines of text, each with 'wholly bold'."""
    lines: list[tuple[str, bool]] = []
    parts: list[str] = []
    bold_chars = total_chars = 0
    strong = 0
    hrefs: list[str] = []
    link_text: list[str] = []
    emphasis: list[tuple[int, int, str]] = []
    #: per open strong emphasis: its "__" was a run of underscores, kept as text
    literal_strong: list[bool] = []

    def add(text: str) -> None:
        nonlocal bold_chars, total_chars
        parts.append(text)
        if hrefs:
            link_text.append(text)
        count = len("".join(text.split()))  # non-space characters, counted in C
        total_chars += count
        if strong:
            bold_chars += count

    def flush() -> None:
        nonlocal bold_chars, total_chars
        text = "".join(parts).strip()
        lines.append((text, bool(text) and total_chars > 0 and bold_chars == total_chars))
        parts.clear()
        bold_chars = total_chars = 0

    for position, child in enumerate(children):
        kind = child.type
        # "text_special": an escaped character (the core rule that joins it to its text is not run)
        if kind in ("text", "text_special", "code_inline", "html_inline"):
            add(child.content)
        elif kind in ("softbreak", "hardbreak"):
            flush()
        elif kind == "em_open":
            # the marker is kept until the emphasis closes on the same line: "(*)" at
            # the ends of two lines of one paragraph is two marks, not emphasis
            emphasis.append(
                (len(lines), len(parts), child.markup if not _blank_run(children, position, parts) else "_\0")
            )
            parts.append(child.markup)
        elif kind == "em_close" and emphasis:
            opened_line, index, markup = emphasis.pop()
            if markup == "_\0":  # a run of underscores (a blank to sign on): text, not emphasis
                parts.append("_")
            elif opened_line == len(lines):
                parts[index] = ""
            else:
                parts.append(markup)
        elif kind == "strong_open":
            literal_strong.append(_blank_run(children, position, parts))
            if literal_strong[-1]:
                add(child.markup)
            else:
                strong += 1
        elif kind == "strong_close":
            if literal_strong and literal_strong.pop():
                add(child.markup)
            else:
                strong -= 1
        elif kind == "link_open":
            hrefs.append(str(child.attrs.get("href") or ""))
            link_text.clear()
        elif kind == "link_close" and hrefs:
            href = hrefs.pop()
            shown = "".join(link_text).strip()
            if href and href not in shown and not href.startswith("mailto:" + shown):
                add(f" ({href})")
        elif kind == "image":
            add(child.content or "")
    flush()
    return lines


def _blank_run(children: list, position: int, parts: list[str]) -> bool:
    """An emphasis marker of underscores that touches more underscores: a
    blank to fill in («___» ____ 20__ г.), which no one writes as emphasis."""
    markup = children[position].markup
    following = children[position + 1] if position + 1 < len(children) else None
    return markup.startswith("_") and (
        (bool(parts) and parts[-1].endswith("_"))
        or (
            following is not None
            and following.type == "text"
            and (following.content.startswith("_") or "___" in following.content)
        )
    )


def _plain_line(text: str, bold: bool, para: int, alone: bool) -> Unit:
    """A paragraph line, recognising bullets and clause numbers written as text."""
    marked = _text_marker(text)
    if marked is None:
        return Unit("line", text, 0, "", bold=bold, para=para, alone=alone)
    rest, level, marker, number = marked
    return Unit("line", rest, level, marker, number=number, para=para)


@lru_cache(maxsize=8192)  # a document repeats its lines, a 10 MB paste its clauses
def _text_marker(text: str) -> tuple[str, int, str, str] | None:
    """The text after a bullet or clause number written as text, the list depth, the
    marker and the clause number; None for a line without one."""
    bullet = _PLAIN_BULLET.match(text)
    if bullet:
        return text[bullet.end() :].strip(), 1, "plain-bullet", ""
    if _SUB_POINT.match(text):
        return text, 2, "plain-bullet", ""
    word = _WORD_SUB_BULLET.match(text)
    if word:
        return text[word.end() :].strip(), 2, "plain-bullet", ""
    clause = _CLAUSE.match(text)
    if clause:
        return text[clause.end() :].strip(), 0, "clause", clause.group(1)
    return None


def _continues(previous: Unit, text: str, last: str | None = None) -> bool:
    """A hard-wrapped line continues the previous one: it starts in lower case
    and the previous line (whose last part is ``last``, when it is still growing)
    did not end a sentence."""
    first = text.lstrip()[:1]
    return (
        bool(first)
        and (first.islower() or first in ",;:()")
        and not _SENTENCE_END.search((last or previous.text)[-1:])
    )


class _Growing:
    """Units whose text grows line by line (hard-wrapped lines, loose list
    items): the parts are joined once at the end, not copied at every line."""

    def __init__(self) -> None:
        self.parts: dict[int, tuple[Unit, list[str]]] = {}

    def add(self, unit: Unit, text: str) -> None:
        self.parts.setdefault(id(unit), (unit, [unit.text]))[1].append(text)

    def last(self, unit: Unit) -> str:
        entry = self.parts.get(id(unit))
        return entry[1][-1] if entry else unit.text

    def join(self) -> None:
        for unit, parts in self.parts.values():
            unit.text = " ".join(parts)


def parse_units(text: str, apart: frozenset[int] = frozenset()) -> list[Unit]:
    """The document as units, in order; ``apart``: lines (0-based) that never
    continue the line above them (see lines.prepare)."""
    tokens, env = block_tokens(text)
    units: list[Unit] = []
    depth = 0
    list_kinds: list[str] = []
    para = 0
    item_open = False  # the next inline starts a new list item
    in_item_para = 0  # paragraphs seen in the current list item
    table: Unit | None = None
    row: list[str] | None = None
    in_head = False
    heading: Unit | None = None
    growing = _Growing()
    headed_item = False  # the current top-level numbered item is a section heading
    #: the lines of each inline content read so far: a long document repeats its
    #: paragraphs and clauses, and the link references (``env``) are all known by now
    read: dict[str, list[tuple[str, bool]]] = {}
    for token in tokens:
        kind = token.type
        if kind in _NOTHING_TO_DO:
            continue
        if kind in ("bullet_list_open", "ordered_list_open"):
            depth += 1
            list_kinds.append("bullet" if kind == "bullet_list_open" else "ordered")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            list_kinds.pop()
        elif kind == "list_item_open":
            item_open, headed_item = True, False
            in_item_para = 0
            para += 1
        elif kind == "heading_open":
            heading = Unit(
                "heading", level=int(token.tag[1:]), marker="setext" if token.markup in ("=", "-") else "atx"
            )
        elif kind == "table_open":
            table = Unit("table")
        elif kind == "thead_open":
            in_head = True
        elif kind == "thead_close":
            in_head = False
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and table is not None and row is not None:
            if in_head:
                table.header = row
            else:
                table.rows.append(row)
            row = None
        elif kind == "table_close" and table is not None:
            units.append(table)
            table = None
        elif kind in ("fence", "code_block"):
            para += 1
            _paragraph(
                units,
                [(line.strip(), False) for line in token.content.splitlines() if line.strip()],
                para,
                growing,
            )
        elif kind == "inline":
            lines = read.get(token.content)
            if lines is None:
                lines = read[token.content] = inline_lines(token, env)
            if row is not None:
                row.append(" ".join(t for t, _ in lines if t))
                continue
            if heading is not None:
                heading.text = " ".join(t for t, _ in lines if t)
                heading.bold = all(b for t, b in lines if t)
                units.append(heading)
                heading = None
                continue
            para += 1
            separate = _apart(token, len(lines), apart)
            separate = [flag for (t, _), flag in zip(lines, separate, strict=True) if t]
            lines = [(t, b) for t, b in lines if t]
            if not lines:
                continue
            if (
                depth
                and (item_open or in_item_para)
                and (headed_item or (item_open and _numbered_heading(depth, list_kinds, lines[0][0])))
            ):
                # «1. ОБЩИЕ ПОЛОЖЕНИЯ» over «1.1. …» clauses: a numbered heading, not a list item
                if item_open:
                    units.append(Unit("heading", lines[0][0], 2, "numbered", bold=lines[0][1], para=para))
                    lines = lines[1:]
                item_open, headed_item = False, True
                in_item_para += 1
                if lines:
                    _paragraph(units, lines, para, growing)
                continue
            if depth and (item_open or in_item_para):
                first_text, first_bold = lines[0]
                if item_open:
                    units.append(Unit("line", first_text, depth, list_kinds[-1], bold=first_bold, para=para))
                    item_open = False
                else:  # a later paragraph of a loose list item continues it
                    growing.add(units[-1], first_text)
                in_item_para += 1
                rest = lines[1:]
                for text, bold in rest:
                    unit = _plain_line(text, bold, para, False)
                    if (
                        unit.marker == ""
                        and units[-1].kind == "line"
                        and text.endswith((":", "："))
                        and not _continues(units[-1], text, growing.last(units[-1]))
                    ):
                        # "Bonus points for:" right under a list (no blank line): a lead-in, not the item's end
                        unit.level, unit.alone = 0, True
                        units.append(unit)
                    elif unit.marker == "" and units[-1].kind == "line":
                        growing.add(units[-1], text)  # a wrapped list item
                    else:
                        unit.level = depth + 1 if unit.marker else depth
                        units.append(unit)
                continue
            _paragraph(units, lines, para, growing, separate)
    growing.join()
    return units


def _numbered_heading(depth: int, list_kinds: list[str], text: str) -> bool:
    """A top-level numbered item that is a known section heading («1. ОБЩИЕ ПОЛОЖЕНИЯ»,
    "2. Main duties and responsibilities"): Word and PDF number their headings so."""
    return (
        depth == 1
        and list_kinds[-1] == "ordered"
        and len(text.split()) <= 6
        and not _SENTENCE_END.search(text)
        and not text[:1].islower()
        and target_of(text, max_words=6) is not None
    )


def _apart(token, count: int, apart: frozenset[int]) -> list[bool]:
    """Per line of an inline token: it is a paragraph of its own (see parse_units)."""
    where = token.map
    if not apart or not where or where[1] - where[0] != count:
        return [False] * count
    return [where[0] + i in apart for i in range(count)]


def _paragraph(
    units: list[Unit],
    lines: list[tuple[str, bool]],
    para: int,
    growing: _Growing,
    separate: list[bool] | None = None,
) -> None:
    if (
        len(lines) == 2
        and _LABEL_LINE.match(lines[0][0])
        and not _plain_line(lines[1][0], False, para, False).marker
    ):
        # "Collaborate:" over its text in one paragraph: a label broken off its line
        lines = [(lines[0][0] + " " + lines[1][0], False)]
    alone = len(lines) == 1
    previous: Unit | None = None
    for index, (text, bold) in enumerate(lines):
        unit = _plain_line(text, bold, para, alone)
        if (
            previous is not None
            and not (separate and index < len(separate) and separate[index])
            and unit.marker == ""
            and not unit.bold
            and _continues(previous, text, growing.last(previous))
        ):
            growing.add(previous, text)
            continue
        units.append(unit)
        previous = unit
