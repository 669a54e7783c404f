"""The exported document as a sequence of typed parts, for the writers of other formats.

Every format is made from the Markdown export (``core.render.render_markdown``):
its numbering, approval block, headings, lead-ins, notes, requirement groups
and appendix decisions are taken as they are, never worked out a second time.
The Markdown is read back with the project's one parser (``core.md.parser``)
into parts a writer lays out: the approval stamps before the title, the title,
the details under it, headings (a new page before the acknowledgement sheet and
an appendix), clauses with their numbers, paragraphs, bullet lists and tables.

Text in the parts is plain text (Markdown escapes undone by the parser), split
into spans that say what is bold, italic or an unfilled ``{{placeholder}}``.
Links and images in the text are kept as their text only: nothing in the
document follows from what a user typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..core.md import parser
from ..core.model import Library, Role
from ..core.placeholders import PLACEHOLDER
from ..core.profiles import get_profile
from ..core.render import ACK_HEADING, ONBOARDING_COLUMNS, TITLE_RU, render_markdown
from ..core.text import strip_controls

#: a clause of a numbered document: "1.1. text" (the number as the export writes it)
_CLAUSE = re.compile(r"^(\d+(?:\.\d+)+\.)\s+")
#: a numbered section heading: "1. Общие положения"
_NUMBERED_HEADING = re.compile(r"^(\d+\.)\s+")
#: the word in bold that opens a block of requisites among the text: «СОГЛАСОВАНО», «Разработчик:»
_SIGNATURE = re.compile(r"^(СОГЛАСОВАН|УТВЕРЖД|РАЗРАБОТ|Согласован|Разработ|Drafted by|Agreed|Approved)")
#: headings that open a page of their own: the acknowledgement sheet, an appendix
_APPENDIX = re.compile(r"^(приложение|appendix)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of text with one look. ``placeholder``: an unfilled ``{{name}}``."""

    text: str
    bold: bool = False
    italic: bool = False
    strike: bool = False
    placeholder: bool = False


#: one line of text (a paragraph's lines are separated by hard breaks)
Line = tuple[Span, ...]


def line_text(line: Line) -> str:
    """The plain text of a line."""
    return "".join(span.text for span in line)


@dataclass(frozen=True, slots=True)
class Part:
    """One block of the document.

    ``kind`` is one of ``stamp`` (an approval block before the title),
    ``title``, ``details`` (the lines under the title), ``heading`` (``level``
    1 for a section, 2 for a group of requirements; ``number`` "1." in a
    numbered document; ``new_page`` before the acknowledgement sheet and an
    appendix), ``clause`` (``number`` "1.1."), ``paragraph`` (a lead-in or a
    note), ``bullets`` (``lines``: one per item) and ``table`` (``columns``,
    ``rows``; ``table`` "onboarding", "acknowledgement" or ""), ``appendix``
    (a line «Приложение 1» on its own, over the appendix's heading: a new page,
    on the right) and ``signature`` (a block of requisites among the text, its
    word in bold on the first line: «СОГЛАСОВАНО», «Разработчик:»).
    """

    kind: str
    lines: tuple[Line, ...] = ()
    number: str = ""
    level: int = 0
    new_page: bool = False
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    table: str = ""

    @property
    def text(self) -> str:
        """The plain text of the part, lines joined by newlines."""
        return "\n".join(line_text(line) for line in self.lines)


@dataclass(frozen=True, slots=True)
class Outline:
    """The parts of one exported role, and what the writers need to know of it."""

    lang: str
    numbered: bool
    parts: tuple[Part, ...] = field(default_factory=tuple)

    @property
    def title(self) -> str:
        return next((part.text for part in self.parts if part.kind == "title"), "")


def outline(role: Role, library: Library) -> Outline:
    """The role's export as parts (see the module's docstring)."""
    profile = get_profile(role.profile)
    return outline_of_markdown(render_markdown(role, library), role.lang, numbered=profile.numbered)


def outline_of_markdown(markdown: str, lang: str, *, numbered: bool) -> Outline:
    """Parts of a Markdown export (as ``render_markdown`` writes it)."""
    return Outline(lang, numbered, tuple(_Reader(markdown, lang, numbered).parts()))


class _Reader:
    """Walks the token stream of an export once, part by part."""

    def __init__(self, markdown: str, lang: str, numbered: bool) -> None:
        self.tokens = parser().parse(strip_controls(markdown))
        self.lang = lang
        self.numbered = numbered
        self.titled = False
        self.in_sheet = False
        self.sections = 0

    def parts(self) -> Iterator[Part]:
        tokens = self.tokens
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if token.type == "heading_open":
                yield self._heading(int(token.tag[1:]), _spans(tokens[index + 1].children or []))
                index += 3
            elif token.type == "paragraph_open":
                yield self._paragraph(_lines(_spans(tokens[index + 1].children or [])))
                index += 3
            elif token.type in ("bullet_list_open", "ordered_list_open"):
                index, items = _list_items(tokens, index)
                yield Part("bullets", lines=tuple(items))
            elif token.type == "table_open":
                index, columns, rows = _table(tokens, index)
                yield Part("table", columns=columns, rows=rows, table=self._table_kind(columns))
            else:
                index += 1

    def _heading(self, level: int, spans: list[Span]) -> Part:
        text = "".join(span.text for span in spans)
        if level == 1 and not self.titled:
            self.titled = True
            return Part("title", lines=(_title_line(spans),))
        self.sections += 1
        self.in_sheet = text.strip() in ACK_HEADING.values()
        new_page = self.in_sheet or bool(_APPENDIX.match(text.strip()))
        number = ""
        if self.numbered and level <= 2:
            match = _NUMBERED_HEADING.match(text)
            if match:
                number = match.group(1)
                spans = _drop_prefix(spans, match.end())
        level = 1 if level <= 2 else 2
        return Part("heading", lines=(tuple(spans),), number=number, level=level, new_page=new_page)

    def _paragraph(self, lines: list[Line]) -> Part:
        if not self.titled:
            return Part("stamp", lines=tuple(lines))
        if self.sections == 0:  # under the title, before the first section
            return Part("details", lines=tuple(lines))
        first = lines[0]
        if len(lines) > 1 and len(first) == 1 and first[0].bold and _SIGNATURE.match(first[0].text.strip()):
            return Part("signature", lines=tuple(lines))
        text = line_text(lines[0]).strip() if len(lines) == 1 else ""
        if text and _APPENDIX.match(text) and len(text.split()) <= 3:  # «Приложение 1» over its heading
            self.in_sheet = False
            return Part("appendix", lines=tuple(lines), new_page=True)
        if self.numbered and len(lines) == 1:
            match = _CLAUSE.match(line_text(lines[0]))
            if match:
                return Part(
                    "clause", lines=(_drop_prefix(list(lines[0]), match.end()),), number=match.group(1)
                )
        return Part("paragraph", lines=tuple(lines))

    def _table_kind(self, columns: tuple[str, ...]) -> str:
        if self.in_sheet:
            return "acknowledgement"
        if columns in {tuple(c) for c in ONBOARDING_COLUMNS.values()}:
            return "onboarding"
        return ""


def _title_line(spans: list[Span]) -> Line:
    """The title as it stands; the Russian one is set on two lines by the writers."""
    return tuple(spans)


def split_stamps(stamps: list[Part]) -> tuple[list[Part], list[Part]]:
    """The approval stamps by the half of the page they stand in: «УТВЕРЖДАЮ»
    (or «УТВЕРЖДЕНА …») on the right, any other («СОГЛАСОВАНО») on the left;
    a single stamp of another wording on the right."""
    right = [part for part in stamps if part.text.upper().startswith("УТВЕРЖД")] or stamps[-1:]
    return [part for part in stamps if part not in right], right


def title_lines(part: Part) -> tuple[str, str]:
    """«ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ» and the position under it («менеджера …»);
    ("", title) for any other title."""
    text = part.text.strip()
    if text.startswith(TITLE_RU):
        return TITLE_RU, text[len(TITLE_RU) :].strip()
    return "", text


# --- inline content ------------------------------------------------------------


def _spans(children: list) -> list[Span]:
    """Inline tokens as spans; a hard break is a "\\n" span."""
    spans: list[Span] = []
    bold = italic = strike = 0
    for token in children:
        kind = token.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "s_open":
            strike += 1
        elif kind == "s_close":
            strike -= 1
        elif kind == "hardbreak":
            spans.append(Span("\n"))
        elif kind == "softbreak":
            spans.append(Span(" ", bold > 0, italic > 0, strike > 0))
        elif kind in ("text", "code_inline", "text_special", "html_inline"):
            spans += _placeholders(token.content, bold > 0, italic > 0, strike > 0)
        elif kind == "image":
            spans += _placeholders(token.content or "", bold > 0, italic > 0, strike > 0)
        # link_open / link_close: the link is dropped, its text (the tokens between) kept
    return _merge(spans)


def _placeholders(text: str, bold: bool, italic: bool, strike: bool) -> list[Span]:
    """``text`` with each ``{{name}}`` a span of its own, marked as a placeholder."""
    text = strip_controls(text)
    spans = []
    last = 0
    for match in PLACEHOLDER.finditer(text):
        if match.start() > last:
            spans.append(Span(text[last : match.start()], bold, italic, strike))
        spans.append(Span(match.group(0), bold, italic, strike, placeholder=True))
        last = match.end()
    if last < len(text):
        spans.append(Span(text[last:], bold, italic, strike))
    return spans


def _merge(spans: list[Span]) -> list[Span]:
    """Neighbouring spans of one look as one span."""
    merged: list[Span] = []
    for span in spans:
        if (
            merged
            and span.text != "\n"
            and merged[-1].text != "\n"
            and not span.placeholder
            and not merged[-1].placeholder
            and (span.bold, span.italic, span.strike)
            == (merged[-1].bold, merged[-1].italic, merged[-1].strike)
        ):
            merged[-1] = Span(merged[-1].text + span.text, span.bold, span.italic, span.strike)
        else:
            merged.append(span)
    return merged


def _lines(spans: list[Span]) -> list[Line]:
    lines: list[list[Span]] = [[]]
    for span in spans:
        if span.text == "\n":
            lines.append([])
        else:
            lines[-1].append(span)
    return [tuple(line) for line in lines]


def _drop_prefix(spans: list[Span], length: int) -> Line:
    """The spans without their first ``length`` characters (a number already taken)."""
    out: list[Span] = []
    for span in spans:
        if length <= 0:
            out.append(span)
        elif len(span.text) <= length:
            length -= len(span.text)
        else:
            out.append(Span(span.text[length:], span.bold, span.italic, span.strike, span.placeholder))
            length = 0
    return tuple(out)


# --- lists and tables ------------------------------------------------------------


def _list_items(tokens: list, index: int) -> tuple[int, list[Line]]:
    """The items of the list opening at ``index`` (nested lists flattened), and the index after it."""
    depth = 0
    items: list[Line] = []
    while index < len(tokens):
        token = tokens[index]
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            if depth == 0:
                return index + 1, items
        elif token.type == "inline":
            spans = [Span(" ") if span.text == "\n" else span for span in _spans(token.children or [])]
            items.append(tuple(_merge(spans)))
        index += 1
    return index, items


def _table(tokens: list, index: int) -> tuple[int, tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Header cells and body rows (plain text) of the table opening at ``index``."""
    columns: list[str] = []
    rows: list[tuple[str, ...]] = []
    row: list[str] = []
    in_head = False
    while index < len(tokens):
        token = tokens[index]
        if token.type == "thead_open":
            in_head = True
        elif token.type == "thead_close":
            in_head = False
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            if in_head:
                columns = row
            else:
                rows.append(tuple(row))
        elif token.type == "inline":
            row.append("".join(span.text for span in _spans(token.children or [])).strip())
        elif token.type == "table_close":
            return index + 1, tuple(columns), tuple(rows)
        index += 1
    return index, tuple(columns), tuple(rows)


def cell_spans(text: str) -> Line:
    """A table cell's text as spans, its placeholders marked."""
    return tuple(_placeholders(text, False, False, False))
