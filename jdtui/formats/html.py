"""Print-ready HTML: one self-contained file (inline CSS, no script, nothing
fetched from the network) that prints on A4 from any browser in the office
style of the Word export.

Made from the same parts as the Word file (``formats.outline``): the approval
block in the right half, the title centred, clauses numbered as in the
Markdown, the acknowledgement sheet on a page of its own with rows to sign
on. Every text is HTML-escaped; unfilled placeholders are ``<mark>``-ed.
"""

from __future__ import annotations

from html import escape

from ..core.model import Library, Role
from .outline import Line, Outline, Part, cell_spans, outline, split_stamps, title_lines
from .word_styles import House, house

_CSS = """
@page {{ size: A4; margin: {top}mm {right}mm {bottom}mm {left}mm;
  @top-center {{ content: counter(page); font: {table}pt {family}; }} }}
@page :first {{ @top-center {{ content: none; }} }}
html {{ background: #fff; color: #000; }}
body {{ font: {size}pt/1.2 {family}; margin: 0 auto; max-width: {width}mm; }}
@media screen {{ body {{ padding: 12mm 0; }} }}
p {{ margin: 0 0 {after}pt 0; }}
.body {{ text-align: {align}; text-indent: {indent}mm; }}
h1 {{ font-size: {title}pt; text-align: {title_align}; margin: 12pt 0; }}
h2 {{ font-size: {heading}pt; text-align: {heading_align}; margin: 12pt 0 6pt; break-after: avoid; }}
h3 {{ font-size: {size}pt; margin: 6pt 0 3pt; break-after: avoid; }}
.details {{ text-align: {title_align}; margin-bottom: 12pt; }}
table {{ border-collapse: collapse; width: 100%; font-size: {table}pt; margin: 0 0 8pt; }}
th, td {{ border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
table.stamps, table.stamps td {{ border: none; font-size: {size}pt; padding: 0; }}
table.stamps td {{ width: 50%; }}
table.acknowledgement td {{ height: 10mm; }}
.new-page {{ break-before: page; page-break-before: always; }}
.appendix {{ text-align: right; }}
.signature {{ margin-top: 12pt; break-inside: avoid; }}
ul {{ margin: 0 0 {after}pt; padding-left: 7mm; }}
mark {{ background: #ff0; color: #000; }}
"""


def html_text(role: Role, library: Library) -> str:
    """The role as a self-contained HTML document."""
    return html_of_outline(outline(role, library))


def html_of_outline(doc: Outline) -> str:
    look = house(doc.lang)
    body: list[str] = []
    stamps: list[Part] = []
    for part in doc.parts:
        if part.kind == "stamp":
            stamps.append(part)
            continue
        if stamps:
            body.append(_stamps(stamps))
            stamps = []
        body.append(_part(part))
    if stamps:
        body.append(_stamps(stamps))
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(doc.lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(doc.title)}</title>\n<style>{_css(look)}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _css(look: House) -> str:
    left, top, right, bottom = look.margins_mm
    family = (
        '"Times New Roman", Times, "Liberation Serif", serif'
        if look.font == "Times New Roman"
        else ('Arial, "Liberation Sans", Helvetica, sans-serif')
    )
    return _CSS.format(
        top=top,
        right=right,
        bottom=bottom,
        left=left,
        width=210 - left - right,
        family=family,
        size=look.size,
        table=look.table_size,
        title=look.title_size,
        heading=look.heading_size,
        after=0 if look.justified else 4,
        align="justify" if look.justified else "left",
        indent=look.first_line_mm,
        title_align="center" if look.centred_headings else "left",
        heading_align="center" if look.centred_headings else "left",
    )


def _spans(line: Line) -> str:
    out = []
    for span in line:
        text = escape(span.text)
        if span.placeholder:
            text = f"<mark>{text}</mark>"
        if span.strike:
            text = f"<s>{text}</s>"
        if span.italic:
            text = f"<em>{text}</em>"
        if span.bold:
            text = f"<strong>{text}</strong>"
        out.append(text)
    return "".join(out)


def _lines(part: Part) -> str:
    return "<br>\n".join(_spans(line) for line in part.lines)


def _stamps(stamps: list[Part]) -> str:
    left, right = split_stamps(stamps)
    cells = ["".join(f"<p>{_lines(part)}</p>" for part in side) for side in (left, right)]
    return f'<table class="stamps"><tr><td>{cells[0]}</td><td>{cells[1]}</td></tr></table>'


def _part(part: Part) -> str:
    kind = part.kind
    if kind == "title":
        first, rest = title_lines(part)
        inner = f"{escape(first)}<br>\n{_spans(cell_spans(rest))}" if first else _spans(part.lines[0])
        return f"<h1>{inner}</h1>"
    if kind == "details":
        return f'<p class="details">{_lines(part)}</p>'
    if kind == "heading":
        tag = "h2" if part.level <= 1 else "h3"
        attributes = ' class="new-page"' if part.new_page else ""
        number = f"{escape(part.number)} " if part.number else ""
        return f"<{tag}{attributes}>{number}{_spans(part.lines[0])}</{tag}>"
    if kind == "signature":
        return f'<p class="signature">{_lines(part)}</p>'
    if kind == "appendix":
        return f'<p class="new-page appendix">{_lines(part)}</p>'
    if kind == "clause":
        return f'<p class="body">{escape(part.number)} {_spans(part.lines[0])}</p>'
    if kind == "bullets":
        return "<ul>\n" + "\n".join(f"<li>{_spans(line)}</li>" for line in part.lines) + "\n</ul>"
    if kind == "table":
        return _table(part)
    return f'<p class="body">{_lines(part)}</p>'


def _table(part: Part) -> str:
    head = "".join(f"<th>{_spans(cell_spans(cell))}</th>" for cell in part.columns)
    rows = "\n".join(
        "<tr>" + "".join(f"<td>{_spans(cell_spans(cell.strip()))}</td>" for cell in row) + "</tr>"
        for row in part.rows
    )
    kind = f' class="{part.table}"' if part.table else ""
    return f"<table{kind}>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>"
