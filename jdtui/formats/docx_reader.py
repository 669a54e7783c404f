"""Reading a Word document for import: the .docx as the Markdown the importer reads.

The importer (``core.importer``) recognises sections, clauses, lead-ins,
tables and requisites in Markdown; a Word file is turned into Markdown of the
same shape, so the same recognition and the same report serve both:

- headings in Word's heading styles (or an outline level) become Markdown
  headings, the Title style the document's title; a heading set in bold on
  a plain paragraph stays a bold line, which the importer reads as a heading;
- numbers Word makes (``w:numPr``, directly or through the style) are written
  out as Word shows them («2.1.»), bullets as list items; numbers typed as text
  stay text, which the importer reads as clauses either way;
- tables become Markdown tables (duties, rights, the onboarding days, the
  acknowledgement sheet); a table before the title that holds «УТВЕРЖДАЮ» or
  «СОГЛАСОВАНО» (the approval block, usually without borders) becomes the stamp
  paragraphs, and so do stamp lines written as paragraphs; a one-cell table
  (a frame around text) is read as the text in it;
- text boxes are read where they stand; deleted revisions, field codes,
  headers and footers are not read.

All text is escaped as Markdown: nothing in the file becomes markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..core.md import escape
from ..core.text import strip_controls
from .package import open_word
from .word_numbering import Numbering

#: the first line of an approval block: «УТВЕРЖДАЮ», «УТВЕРЖДЕНА приказом …», «СОГЛАСОВАНО»
_STAMP = re.compile(r"^\s*(УТВЕРЖДАЮ|УТВЕРЖДЕН[АО]?|СОГЛАСОВАН[АО]?|APPROVED|AGREED)\b", re.IGNORECASE)
#: the title that ends a stamp written as paragraphs, when no blank line does
_TITLE = re.compile(r"^\s*(ДОЛЖНОСТНАЯ\s+ИНСТРУКЦИЯ|JOB\s+DESCRIPTION)", re.IGNORECASE)
#: the most lines a stamp written as separate paragraphs has
_STAMP_LINES = 8
#: a bold paragraph longer than this is emphasis, not a heading
_HEADING_WORDS = 12
_HEADING_NAME = re.compile(r"^(heading|заголовок)\s*(\d)$", re.IGNORECASE)
#: the copy of a drawing for old readers (markup compatibility): read once, in its first form
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TITLE_NAMES = frozenset({"title", "название", "заголовок"})


@dataclass
class WordReading:
    """The Markdown made of a Word file, and what was read how (for the report)."""

    markdown: str
    paragraphs: int = 0
    tables: int = 0
    stamp_table: bool = False
    numbered: int = 0
    bold_headings: int = 0


def read_word(data: bytes) -> WordReading:
    """The Markdown of the .docx in ``data``; WordFileError if it is not one that can be read."""
    document = open_word(data)
    return _Reader(document).read()


@dataclass
class _Style:
    name: str = ""
    heading: int | None = None  # 0: the title; 1..: heading levels
    bold: bool | None = None
    num_id: str | None = None
    num_level: int = 0


@dataclass
class _Paragraph:
    """A paragraph's text as lines of (text, bold) pieces, and how Word marks it."""

    lines: list[list[tuple[str, bool]]] = field(default_factory=lambda: [[]])
    heading: int | None = None
    centred: bool = False
    label: str = ""
    bullet: bool = False
    level: int = 0

    @property
    def text(self) -> str:
        return " ".join(" ".join("".join(piece for piece, _ in line).split()) for line in self.lines).strip()

    @property
    def bold(self) -> bool:
        """Every letter of it is bold."""
        pieces = [(piece, bold) for line in self.lines for piece, bold in line if piece.strip()]
        return bool(pieces) and all(bold for _, bold in pieces)


class _Reader:
    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self.qn = qn
        self.document = document
        self.numbering = Numbering(document)
        self.styles, self.char_bold = _style_sheet(document, qn)
        self.blocks: list[str] = []
        self.titled = False
        self.reading = WordReading("")
        self.pending_stamp: list[str] = []

    def read(self) -> WordReading:
        self._body(self.document.element.body)
        self._flush_stamp()
        self.reading.markdown = "\n\n".join(block for block in self.blocks if block).strip() + "\n"
        return self.reading

    # --- the body ----------------------------------------------------------

    def _body(self, container) -> None:
        qn = self.qn
        for child in container.iterchildren():
            if child.tag == qn("w:p"):
                for box in _text_boxes(child, qn):
                    self._body(box)
                self._paragraph(self._read_paragraph(child))
            elif child.tag == qn("w:tbl"):
                self._table(child)
            elif child.tag in (qn("w:sdt"), qn("w:customXml")):
                content = child.find(qn("w:sdtContent"))
                self._body(content if content is not None else child)

    def _paragraph(self, paragraph: _Paragraph) -> None:
        text = paragraph.text
        if not text:
            self._flush_stamp()
            return
        self.reading.paragraphs += 1
        if paragraph.label and not paragraph.bullet:
            self.reading.numbered += 1
        stamp_line = paragraph.heading is None and not paragraph.centred and not _TITLE.match(text)
        if not self.titled and (self.pending_stamp or _STAMP.match(text)) and stamp_line:
            self.pending_stamp.append(_inline(paragraph.lines[0]) if len(paragraph.lines) == 1 else text)
            if len(paragraph.lines) > 1:
                self.pending_stamp[-1:] = [_inline(line) for line in paragraph.lines if _line_text(line)]
            if len(self.pending_stamp) >= _STAMP_LINES:
                self._flush_stamp()
            return
        self._flush_stamp()
        number = f"{paragraph.label} " if paragraph.label and not paragraph.bullet else ""
        if paragraph.heading is not None:
            level = 1 if paragraph.heading == 0 else min(paragraph.heading + 1, 6)
            self.titled = True
            self.blocks.append("#" * level + " " + escape(number + text))
            return
        if paragraph.bullet:
            self._list_item("  " * min(paragraph.level, 3) + "- " + _inline_lines(paragraph.lines, " "))
            return
        if paragraph.bold and len(text.split()) <= _HEADING_WORDS:
            self.titled = True
            if _names_a_section(number + text):  # «1. Общие положения» in bold: a section heading
                self.reading.bold_headings += 1
                self.blocks.append("## " + escape(number + text))
            else:  # a bold line: the importer judges (a sub-heading, a label, the title)
                self.blocks.append(f"**{escape(number + text)}**")
            return
        body = _inline_lines(paragraph.lines, "\\\n")
        self.blocks.append(f"{escape(number.strip())} {body}" if number else body)

    def _list_item(self, line: str) -> None:
        if self.blocks and self.blocks[-1].lstrip().startswith("- "):
            self.blocks[-1] += "\n" + line  # one list: no blank line between its items
        else:
            self.blocks.append(line)

    def _flush_stamp(self) -> None:
        if self.pending_stamp:
            lines = self.pending_stamp
            self.pending_stamp = []
            self._stamp(lines)

    def _stamp(self, lines: list[str]) -> None:
        first, *rest = lines
        if not first.startswith("**"):
            first = f"**{first}**" if _STAMP.match(first) and len(first.split()) == 1 else first
        self.blocks.append("\\\n".join([first, *rest]))

    # --- tables --------------------------------------------------------------

    def _table(self, table) -> None:
        self._flush_stamp()
        rows = [self._row(row) for row in table.iterchildren(self.qn("w:tr"))]
        rows = [row for row in rows if row]
        if not rows:
            return
        cells = [cell for row in rows for cell in row]
        if len(cells) == 1:  # a frame around text
            for paragraph in cells[0]:
                self._paragraph(paragraph)
            return
        if not self.titled and any(_STAMP.match(_cell_text(cell)) for cell in cells):
            self.reading.stamp_table = True
            for cell in cells:
                lines = [_inline_lines(paragraph.lines, "\\\n") for paragraph in cell if paragraph.text]
                if lines:
                    self._stamp("\\\n".join(lines).split("\\\n"))
            return
        self.reading.tables += 1
        width = max(len(row) for row in rows)
        texts = [[_cell_text(cell) for cell in row] + [""] * (width - len(row)) for row in rows]
        lines = ["| " + " | ".join(escape(text, table=True) or " " for text in texts[0]) + " |"]
        lines.append("|" + "|".join("---" for _ in range(width)) + "|")
        for row in texts[1:]:
            lines.append("| " + " | ".join(escape(text, table=True) or " " for text in row) + " |")
        self.blocks.append("\n".join(lines))

    def _row(self, row) -> list[list[_Paragraph]]:
        qn = self.qn
        cells: list[list[_Paragraph]] = []
        for cell in row.iterchildren(qn("w:tc")):
            properties = cell.find(qn("w:tcPr"))
            merge = properties.find(qn("w:vMerge")) if properties is not None else None
            if merge is not None and merge.get(qn("w:val")) != "restart":
                cells.append([])  # the lower part of a cell merged downwards: shown once
                continue
            cells.append(list(self._cell_paragraphs(cell)))
        return cells if any(cells) else []

    def _cell_paragraphs(self, container) -> Iterator[_Paragraph]:
        qn = self.qn
        for child in container.iterchildren():
            if child.tag == qn("w:p"):
                yield self._read_paragraph(child)
            elif child.tag == qn("w:tbl"):  # a table in a cell: its text, row by row
                for row in child.iterchildren(qn("w:tr")):
                    for cell in row.iterchildren(qn("w:tc")):
                        yield from self._cell_paragraphs(cell)
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from self._cell_paragraphs(content)

    # --- one paragraph ---------------------------------------------------------

    def _read_paragraph(self, element) -> _Paragraph:
        qn = self.qn
        properties = element.find(qn("w:pPr"))
        style = self.styles.get(_child_val(properties, "w:pStyle", qn) or "", None) or self.styles.get(
            "", _Style()
        )
        paragraph = _Paragraph(heading=style.heading, centred=_child_val(properties, "w:jc", qn) == "center")
        outline = _child_val(properties, "w:outlineLvl", qn)
        if paragraph.heading is None and outline is not None and outline.isdigit() and int(outline) < 9:
            paragraph.heading = int(outline) + 1
        num_id, num_level = style.num_id, style.num_level
        numbered = properties.find(qn("w:numPr")) if properties is not None else None
        if numbered is not None:
            num_id = _child_val(numbered, "w:numId", qn) or num_id
            level = _child_val(numbered, "w:ilvl", qn)
            num_level = int(level) if level and level.isdigit() else num_level
        if num_id:
            label = self.numbering.label(num_id, num_level)
            if label is not None:
                paragraph.label, paragraph.bullet, paragraph.level = label.text, label.bullet, label.level
        self._runs(element, paragraph, style.bold or False)
        return paragraph

    def _runs(self, element, paragraph: _Paragraph, style_bold: bool) -> None:
        qn = self.qn
        skip = {qn("w:del"), qn("w:moveFrom"), _FALLBACK, qn("w:pPr"), qn("w:txbxContent")}
        stack = [iter(element.iterchildren())]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
                continue
            if child.tag in skip or not isinstance(child.tag, str):
                continue
            if child.tag == qn("w:r"):
                self._run(child, paragraph, style_bold)
            else:  # hyperlinks, insertions, smart tags, content controls: their runs
                stack.append(iter(child.iterchildren()))

    def _run(self, run, paragraph: _Paragraph, style_bold: bool) -> None:
        qn = self.qn
        properties = run.find(qn("w:rPr"))
        bold = style_bold
        character = _child_val(properties, "w:rStyle", qn)
        if character and character in self.char_bold:
            bold = self.char_bold[character]
        explicit = properties.find(qn("w:b")) if properties is not None else None
        if explicit is not None:
            bold = explicit.get(qn("w:val"), "true").lower() not in ("0", "false", "off")
        for child in run.iterchildren():
            tag = child.tag
            if tag == qn("w:t"):
                paragraph.lines[-1].append((strip_controls(child.text or ""), bold))
            elif tag in (qn("w:tab"), qn("w:ptab")):
                paragraph.lines[-1].append((" ", bold))
            elif tag == qn("w:br"):
                if child.get(qn("w:type")) in (None, "textWrapping"):
                    paragraph.lines.append([])
            elif tag == qn("w:cr"):
                paragraph.lines.append([])
            elif tag == qn("w:noBreakHyphen"):
                paragraph.lines[-1].append(("-", bold))


# --- helpers ------------------------------------------------------------------


def _child_val(element, tag: str, qn) -> str | None:
    if element is None:
        return None
    child = element.find(qn(tag))
    return child.get(qn("w:val")) if child is not None else None


def _text_boxes(paragraph, qn) -> list:
    """The text boxes anchored in a paragraph (once each: not the fallback copies)."""
    boxes = []
    for box in paragraph.iter(qn("w:txbxContent")):
        if not any(parent.tag == _FALLBACK for parent in box.iterancestors()):
            boxes.append(box)
    return boxes


def _style_sheet(document, qn) -> tuple[dict[str, _Style], dict[str, bool]]:
    """Paragraph styles by id (heading level, bold, numbering; inherited along
    ``basedOn``), and which character styles are bold. The id "" is the default."""
    raw: dict[str, tuple] = {}
    character: dict[str, bool] = {}
    default = ""
    try:
        root = document.styles.element
    except Exception:  # no styles part: every paragraph is plain
        return {"": _Style()}, {}
    for style in root.findall(qn("w:style")):
        style_id = style.get(qn("w:styleId")) or ""
        name = (_child_val(style, "w:name", qn) or "").strip()
        rpr = style.find(qn("w:rPr"))
        bold_element = rpr.find(qn("w:b")) if rpr is not None else None
        bold = None
        if bold_element is not None:
            bold = bold_element.get(qn("w:val"), "true").lower() not in ("0", "false", "off")
        if style.get(qn("w:type")) == "character":
            if bold is not None:
                character[style_id] = bold
            continue
        if style.get(qn("w:type")) != "paragraph":
            continue
        if style.get(qn("w:default")) in ("1", "true"):
            default = style_id
        ppr = style.find(qn("w:pPr"))
        numbered = ppr.find(qn("w:numPr")) if ppr is not None else None
        num_id = _child_val(numbered, "w:numId", qn)
        level = _child_val(numbered, "w:ilvl", qn)
        outline = _child_val(ppr, "w:outlineLvl", qn)
        raw[style_id] = (_child_val(style, "w:basedOn", qn), name, bold, num_id, level, outline)
    resolved: dict[str, _Style] = {}

    def resolve(style_id: str, depth: int = 0) -> _Style:
        if style_id in resolved:
            return resolved[style_id]
        based, name, bold, num_id, level, outline = raw[style_id]
        parent = resolve(based, depth + 1) if based in raw and depth < 20 else _Style()
        heading = _heading_level(name, outline)
        style = _Style(
            name=name,
            heading=heading,
            bold=parent.bold if bold is None else bold,
            num_id=parent.num_id if num_id is None else num_id,
            num_level=int(level) if level and level.isdigit() else parent.num_level,
        )
        resolved[style_id] = style
        return style

    for style_id in raw:
        resolve(style_id)
    resolved[""] = resolved.get(default, _Style())
    return resolved, character


def _heading_level(name: str, outline: str | None) -> int | None:
    match = _HEADING_NAME.match(name)
    if match:
        return int(match.group(2))
    if name.lower() in _TITLE_NAMES:
        return 0
    if outline is not None and outline.isdigit() and int(outline) < 9:
        return int(outline) + 1
    return None


def _names_a_section(text: str) -> bool:
    """A bold line that names a section the importer knows, numbered or not."""
    from ..core.importer.headings import strip_numbering, target_of

    return not text.rstrip().endswith(".") and target_of(strip_numbering(text)) is not None


def _line_text(line: list[tuple[str, bool]]) -> str:
    return "".join(piece for piece, _ in line).strip()


def _cell_text(cell: list[_Paragraph]) -> str:
    parts = []
    for paragraph in cell:
        text = paragraph.text
        if text:
            number = f"{paragraph.label} " if paragraph.label and not paragraph.bullet else ""
            parts.append(number + text)
    return " ".join(parts)


def _inline(line: list[tuple[str, bool]]) -> str:
    """One line as Markdown: its text escaped, its bold pieces in ``**``."""
    merged: list[list] = []
    for piece, bold in line:
        if merged and merged[-1][1] == bold:
            merged[-1][0] += piece
        else:
            merged.append([piece, bold])
    out = []
    for piece, bold in merged:
        core = escape(piece)
        if not core:
            out.append(" " if piece else "")
            continue
        lead = " " if piece[:1].isspace() else ""
        trail = " " if piece[-1:].isspace() else ""
        out.append(f"{lead}**{core}**{trail}" if bold else f"{lead}{core}{trail}")
    return " ".join("".join(out).split())


def _inline_lines(lines: list[list[tuple[str, bool]]], joiner: str) -> str:
    return joiner.join(text for text in (_inline(line) for line in lines) if text)
