"""Page setup and styles of the Word export: the office style a Russian HR
department files (ГОСТ Р 7.0.97-2016 margins, Times New Roman 14 pt) and the
English layout (Word heading styles, bullets).

Called with python-docx objects only; python-docx itself is imported by the
caller (``formats.docx``), inside its functions.
"""

from __future__ import annotations

from dataclasses import dataclass

#: the rFonts attributes that name a font, and the theme ones that would override them
_FONT_ATTRIBUTES = ("ascii", "hAnsi", "eastAsia", "cs")
_THEME_ATTRIBUTES = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


@dataclass(frozen=True, slots=True)
class House:
    """The look of one language's documents."""

    font: str
    size: float  # pt, body text
    table_size: float  # pt, text in tables
    heading_size: float
    title_size: float
    centred_headings: bool  # Russian section headings stand in the middle
    justified: bool
    first_line_mm: float  # the indent of a paragraph's first line
    margins_mm: tuple[float, float, float, float]  # left, top, right, bottom


#: Russian office style: A4, margins 20 mm left, top and bottom, 10 mm right
#: (ГОСТ Р 7.0.97-2016), Times New Roman 14 pt, 12 pt in tables, 1.25 cm indent
RU = House("Times New Roman", 14, 12, 14, 14, True, True, 12.5, (20, 20, 10, 20))
#: the English layout: the same page, a sans-serif face, headings on the left
EN = House("Arial", 11, 10, 13, 18, False, False, 0, (20, 20, 20, 20))


def house(lang: str) -> House:
    return RU if lang == "ru" else EN


def set_font(element, name: str) -> None:
    """Name ``name`` for every script in a ``w:rPr`` (Latin, Cyrillic, East Asian,
    complex), dropping the theme fonts that would take precedence."""
    from docx.oxml.ns import qn

    fonts = element.find(qn("w:rFonts"))
    if fonts is None:
        fonts = element.makeelement(qn("w:rFonts"), {})
        element.insert(0, fonts)
    for attribute in _THEME_ATTRIBUTES:
        fonts.attrib.pop(qn(f"w:{attribute}"), None)
    for attribute in _FONT_ATTRIBUTES:
        fonts.set(qn(f"w:{attribute}"), name)


def set_size(element, points: float) -> None:
    """The size of a ``w:rPr``, complex scripts too (``w:szCs``)."""
    from docx.oxml.ns import qn

    for tag in ("w:sz", "w:szCs"):
        size = element.find(qn(tag))
        if size is None:
            size = element.makeelement(qn(tag), {})
            element.append(size)
        size.set(qn("w:val"), str(round(points * 2)))


def set_up_page(document, look: House) -> None:
    """A4 portrait, the house margins, page numbers centred at the top from page 2."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    left, top, right, bottom = look.margins_mm
    section.left_margin, section.top_margin = Mm(left), Mm(top)
    section.right_margin, section.bottom_margin = Mm(right), Mm(bottom)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)
    section.different_first_page_header_footer = True  # the first page has no number
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(header)


def page_field(paragraph) -> None:
    """A ``PAGE`` field: the number of the page it stands on (jdtui's own field, never user text)."""
    from docx.oxml.ns import qn

    def char(kind: str):
        run = paragraph.add_run()
        element = run._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): kind})
        run._r.append(element)
        return run

    char("begin")
    instruction = paragraph.add_run()._r
    text = instruction.makeelement(qn("w:instrText"), {qn("xml:space"): "preserve"})
    text.text = " PAGE "
    instruction.append(text)
    char("separate")
    paragraph.add_run("2")
    char("end")


def set_up_styles(document, look: House) -> None:
    """Normal, Title, Heading 1–2, Body Text, List Bullet and the header in the house look."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        run_defaults = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if run_defaults is not None:
            set_font(run_defaults, look.font)
            set_size(run_defaults, look.size)
            language = run_defaults.find(qn("w:lang"))
            if language is not None and look is RU:
                language.set(qn("w:val"), "ru-RU")
    normal = document.styles["Normal"]
    set_font(normal.element.get_or_add_rPr(), look.font)
    set_size(normal.element.get_or_add_rPr(), look.size)
    spacing = normal.paragraph_format
    spacing.space_before, spacing.space_after = Pt(0), Pt(0 if look is RU else 4)
    spacing.line_spacing = 1.0 if look is RU else 1.15
    for name, size, before, after in (
        ("Title", look.title_size, 0, 12),
        ("Heading 1", look.heading_size, 12, 6),
        ("Heading 2", look.size, 6, 3),
    ):
        style = document.styles[name]
        rpr = style.element.get_or_add_rPr()
        set_font(rpr, look.font)
        set_size(rpr, size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        for tag in ("w:spacing", "w:kern", "w:caps"):  # the default template's letter-spaced title
            for element in rpr.findall(qn(tag)):
                rpr.remove(element)
        ppr = style.element.get_or_add_pPr()
        for element in ppr.findall(qn("w:pBdr")):  # the default template's rule under the title
            ppr.remove(element)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.keep_with_next = True
        centred = (name == "Title" and look is RU) or (name == "Heading 1" and look.centred_headings)
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.LEFT
    body = document.styles["Body Text"]
    body.paragraph_format.alignment = (
        WD_ALIGN_PARAGRAPH.JUSTIFY if look.justified else WD_ALIGN_PARAGRAPH.LEFT
    )
    body.paragraph_format.first_line_indent = Mm(look.first_line_mm) if look.first_line_mm else None
    body.paragraph_format.space_before = Pt(0)
    body.paragraph_format.space_after = Pt(0 if look.justified else 6)
    bullets = document.styles["List Bullet"]
    bullets.paragraph_format.space_after = Pt(2)
    for name in ("Header", "Footer"):
        rpr = document.styles[name].element.get_or_add_rPr()
        set_font(rpr, look.font)
        set_size(rpr, look.table_size)
