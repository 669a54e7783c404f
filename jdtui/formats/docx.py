"""The Word export: a .docx a Russian office files as it is, or an English job
description in Word's own heading and list styles.

``docx_bytes(role, library)`` lays out the parts of the Markdown export
(``formats.outline``): the approval block in the right half of a borderless
table at the top, the title centred, sections and clauses numbered as in the
Markdown, requirement groups under their sub-headings, the onboarding plan and
the acknowledgement sheet as Word tables (the sheet on a page of its own, with
ruled rows to sign on), page numbers at the top from page 2. Unfilled
placeholders stay visible, highlighted in yellow.

Text is data: every string goes into a ``w:t`` run (python-docx escapes it);
no field, hyperlink or macro is ever made from it, and control characters are
stripped before they could reach the XML. The one field in the file is
jdtui's own page number.

With ``template`` (a client's .docx or .dotx), the document is written into
that file instead: its styles, letterhead, headers and footers and page set-up
are kept, and the parts take the template's Title, Heading, List Bullet and
Table Grid styles where it has them.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from ..core.model import Library, Role
from ..core.text import strip_controls
from .outline import Line, Outline, Part, cell_spans, outline, split_stamps, title_lines
from .word_styles import House, house, set_size, set_up_page, set_up_styles

#: the width of the text on an A4 page with the house margins (210 − 20 − 10 mm)
_TEXT_MM = 180
#: column widths of the tables jdtui makes (mm); other tables share the width evenly
_WIDTHS = {"onboarding": (20, 95, 65), "acknowledgement": (12, 88, 35, 45)}
#: the height of a row of the acknowledgement sheet: room for a signature
_SIGN_ROW_MM = 10


def docx_bytes(role: Role, library: Library, *, template: bytes | None = None) -> bytes:
    """The role as a Word document (the bytes of a .docx file)."""
    return docx_of_outline(outline(role, library), template=template)


def docx_of_outline(doc: Outline, *, template: bytes | None = None) -> bytes:
    """A laid-out :class:`Outline` as the bytes of a .docx file."""
    writer = _Writer(doc, template)
    writer.write()
    _properties(writer.document, doc)
    out = io.BytesIO()
    writer.document.save(out)
    return out.getvalue()


class _Writer:
    def __init__(self, doc: Outline, template: bytes | None) -> None:
        import docx

        self.doc = doc
        self.look: House = house(doc.lang)
        self.templated = template is not None
        if template is not None:
            from .package import open_template

            self.document = open_template(template)
            _clear_body(self.document)
        else:
            self.document = docx.Document()
            set_up_page(self.document, self.look)
            set_up_styles(self.document, self.look)
        #: paragraph and table styles by name -> their id (looked up once: python-docx
        #: searches the styles part on every lookup by name)
        self.styles = _style_ids(self.document)
        self.text_mm = _text_width_mm(self.document)
        self.stamps: list[Part] = []

    # --- the parts ---------------------------------------------------------

    def write(self) -> None:
        for part in self.doc.parts:
            if part.kind == "stamp":
                self.stamps.append(part)
                continue
            if self.stamps:
                self._stamps()
            getattr(self, f"_{part.kind}")(part)
        if self.stamps:
            self._stamps()

    def _stamps(self) -> None:
        """The approval stamps at the top: «УТВЕРЖДАЮ» in the right half of a
        borderless table, any other stamp («СОГЛАСОВАНО») in the left half."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        left, right = split_stamps(self.stamps)
        self.stamps = []
        table = self.document.add_table(rows=1, cols=2)
        _borderless(table)
        _widths(table, (self.text_mm / 2, self.text_mm / 2))
        for cell, parts in zip(table.rows[0].cells, (left, right), strict=True):
            first = True
            for part in parts:
                for line in part.lines:
                    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
                    paragraph.paragraph_format.first_line_indent = Pt(0)
                    self._runs(paragraph, line)
                if part is not parts[-1]:
                    cell.add_paragraph()  # a line between two stamps in one half
        self.document.add_paragraph()  # air between the stamp and the title

    def _title(self, part: Part) -> None:
        paragraph = self._add("Title")
        kind, rest = title_lines(part)
        if kind:  # «ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ», the position on the line under it
            paragraph.add_run(kind)
            if rest:
                paragraph.add_run().add_break()
                self._runs(paragraph, cell_spans(rest))
        else:
            self._runs(paragraph, part.lines[0])

    def _details(self, part: Part) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        paragraph = self.document.add_paragraph()
        if self.doc.numbered and not self.templated:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(12)
        self._lines(paragraph, part.lines)

    def _heading(self, part: Part) -> None:
        level = 1 if part.level <= 1 else 2
        paragraph = self._add(f"Heading {level}")
        if part.new_page:
            paragraph.paragraph_format.page_break_before = True
        if part.number:
            paragraph.add_run(part.number + " ")
        self._runs(paragraph, part.lines[0])

    def _appendix(self, part: Part) -> None:
        """«Приложение 1» on a new page, on the right, over the appendix's heading."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.page_break_before = True
        paragraph.paragraph_format.keep_with_next = True
        self._lines(paragraph, part.lines)

    def _signature(self, part: Part) -> None:
        """«СОГЛАСОВАНО», the drafter's signature: its lines together, on the left."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.keep_together = True
        self._lines(paragraph, part.lines)

    def _clause(self, part: Part) -> None:
        paragraph = self._body_paragraph()
        paragraph.add_run(part.number + " ")
        self._runs(paragraph, part.lines[0])

    def _paragraph(self, part: Part) -> None:
        self._lines(self._body_paragraph(), part.lines)

    def _bullets(self, part: Part) -> None:
        for line in part.lines:
            paragraph = self._add("List Bullet")
            if "List Bullet" not in self.styles:  # a template without a bulleted list style
                paragraph.add_run("• ")
            self._runs(paragraph, line)

    def _table(self, part: Part) -> None:
        from docx.shared import Mm, Pt

        columns = len(part.columns) or max((len(row) for row in part.rows), default=1)
        table = self.document.add_table(rows=1, cols=columns)
        if "Table Grid" in self.styles:
            table._tbl.tblPr.style = self.styles["Table Grid"]
        else:
            _ruled(table)
        _repeat_header(table.rows[0])
        for cell, text in zip(table.rows[0].cells, part.columns, strict=False):
            self._cell(cell, text, bold=True)
        for values in part.rows:
            row = table.add_row()
            if part.table == "acknowledgement":
                row.height = Mm(_SIGN_ROW_MM)
            for cell, text in zip(row.cells, values, strict=False):
                self._cell(cell, text.strip())
        width = _WIDTHS.get(part.table)
        if not width or len(width) != columns:
            width = (self.text_mm / columns,) * columns
        elif self.text_mm < _TEXT_MM:  # a template's narrower page: the same proportions
            width = tuple(w * self.text_mm / _TEXT_MM for w in width)
        _widths(table, width)
        after = self.document.add_paragraph()
        after.paragraph_format.space_after = Pt(0)

    # --- text ----------------------------------------------------------------

    def _body_paragraph(self):
        """A paragraph of text: a clause, a lead-in, a note (the Body Text style,
        set up in the house look: justified, its first line indented)."""
        return self._add("Body Text")

    def _cell(self, cell, text: str, *, bold: bool = False) -> None:
        paragraph = cell.paragraphs[0]
        runs = self._runs(paragraph, cell_spans(text))
        for run in runs:
            if bold:
                run.bold = True
            if not self.templated:
                set_size(run._r.get_or_add_rPr(), self.look.table_size)

    def _lines(self, paragraph, lines: Iterable[Line]) -> None:
        for index, line in enumerate(lines):
            if index:
                paragraph.add_run().add_break()
            self._runs(paragraph, line)

    def _runs(self, paragraph, line: Line) -> list:
        """The spans of ``line`` as runs; placeholders highlighted."""
        from docx.enum.text import WD_COLOR_INDEX
        from docx.text.run import Run

        runs = []
        for span in line:
            text = _xml_text(span.text)
            if not text:
                continue
            element = paragraph._p.add_r()
            element.add_t(text)  # one w:t: the text as it is, never markup or a field
            run = Run(element, paragraph)
            if span.bold:
                run.bold = True
            if span.italic:
                run.italic = True
            if span.strike:
                run.font.strike = True
            if span.placeholder:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            runs.append(run)
        return runs

    def _add(self, style: str):
        """A new paragraph in ``style`` when the document has it, else in Normal
        (a client's template may lack it)."""
        paragraph = self.document.add_paragraph()
        style_id = self.styles.get(style)
        if style_id is not None:
            paragraph._p.get_or_add_pPr().style = style_id
        return paragraph


def _properties(document, doc: Outline) -> None:
    """The file's properties: its title, and nothing of the default template
    (no "python-docx" as author, no generator's comment)."""
    import datetime

    properties = document.core_properties
    properties.title = _xml_text(" ".join(doc.title.split()))[:255]
    properties.subject = "Должностная инструкция" if doc.lang == "ru" else "Job description"
    properties.author = properties.last_modified_by = ""
    properties.comments = properties.keywords = properties.category = ""
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0, tzinfo=None)
    properties.created = properties.modified = now
    properties.revision = 1
    package = document.part.package
    for key, relationship in list(package.rels.items()):  # the default template's picture of itself
        if relationship.reltype.endswith("/thumbnail"):
            del package.rels[key]


def _style_ids(document) -> dict[str, str]:
    """Style names (as python-docx spells the built-in ones: "Heading 1") and their ids."""
    from docx.oxml.ns import qn
    from docx.styles import BabelFish

    ids = {}
    for style in document.styles.element.iterchildren(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is not None and style.get(qn("w:styleId")):
            ids[BabelFish.internal2ui(name.get(qn("w:val"), ""))] = style.get(qn("w:styleId"))
    return ids


def _text_width_mm(document) -> float:
    """The width between the margins of the first section (a template's may differ)."""
    section = document.sections[0]
    try:
        width = (section.page_width - section.left_margin - section.right_margin) / 36000
    except TypeError:  # a section that leaves the page size to Word's defaults
        return _TEXT_MM
    return width if 50 <= width <= 400 else _TEXT_MM


def _xml_text(text: str) -> str:
    """Text XML can carry: no control characters, tabs and newlines as spaces."""
    return strip_controls(text).replace("\t", " ").replace("\n", " ")


def _clear_body(document) -> None:
    """Take the template's own text out of its body; its section settings stay."""
    from docx.oxml.ns import qn

    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _borderless(table) -> None:
    _borders(table, "nil")


def _ruled(table) -> None:
    _borders(table, "single")


def _borders(table, kind: str) -> None:
    from docx.oxml.ns import qn

    properties = table._tbl.tblPr
    for element in properties.findall(qn("w:tblBorders")):
        properties.remove(element)
    borders = properties.makeelement(qn("w:tblBorders"), {})
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        attributes = {qn("w:val"): kind}
        if kind != "nil":
            attributes.update({qn("w:sz"): "4", qn("w:space"): "0", qn("w:color"): "000000"})
        borders.append(borders.makeelement(qn(f"w:{edge}"), attributes))
    properties.append(borders)


def _widths(table, widths_mm: Iterable[float]) -> None:
    from docx.shared import Mm

    table.autofit = False
    widths = [Mm(width) for width in widths_mm]
    for column, width in zip(table.columns, widths, strict=False):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width


def _repeat_header(row) -> None:
    """The header row repeats on every page a long table runs over."""
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    properties.append(properties.makeelement(qn("w:tblHeader"), {}))
