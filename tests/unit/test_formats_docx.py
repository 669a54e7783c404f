"""The Word export, read back with python-docx: page, fonts, the approval block,
numbering, tables, the sheet on its own page, placeholders, text as data."""

from __future__ import annotations

import re

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from jdtui.core.render import ACK_COLUMNS, ACK_ROWS, ONBOARDING_COLUMNS, render_markdown
from jdtui.formats.docx import docx_bytes

from .formats_support import LIBRARY, body_items, part_xml, read_docx, sample, with_item

RU, EN = "ru-client-manager", "en-client-manager"


@pytest.fixture(scope="module")
def ru_docx() -> bytes:
    return docx_bytes(sample(RU), LIBRARY)


@pytest.fixture(scope="module")
def en_docx() -> bytes:
    return docx_bytes(sample(EN), LIBRARY)


def _paragraphs(document) -> list[Paragraph]:
    return [item for item in body_items(document) if isinstance(item, Paragraph) and item.text.strip()]


def _tables(document) -> list[Table]:
    return [item for item in body_items(document) if isinstance(item, Table)]


def test_russian_page_is_a4_with_office_margins(ru_docx):
    section = read_docx(ru_docx).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = [round(m.mm) for m in (section.left_margin, section.top_margin, section.bottom_margin)]
    assert margins == [20, 20, 20]
    assert round(section.right_margin.mm) == 10


def test_russian_text_is_times_new_roman_14_and_tables_12(ru_docx):
    document = read_docx(ru_docx)
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size.pt == 14
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:cs")) == "Times New Roman"  # every script, Cyrillic included
    assert fonts.get(qn("w:asciiTheme")) is None  # no theme font overriding it
    for table in _tables(document)[1:]:  # the stamp table is text, not a table of data
        for row in table.rows:
            for cell in row.cells:
                for run in cell.paragraphs[0].runs:
                    assert run.font.size.pt == 12


def test_approval_block_stands_in_the_right_half_without_borders(ru_docx):
    document = read_docx(ru_docx)
    first = body_items(document)[0]
    assert isinstance(first, Table)
    left, right = first.rows[0].cells
    assert left.text.strip() == ""
    lines = [p.text for p in right.paragraphs]
    assert lines[0] == "УТВЕРЖДАЮ"
    assert lines[1:] == [
        "{{approver_title}}",
        "{{organization}}",
        "____________ {{approver_name}}",
        "{{approval_date}}",
    ]
    assert round(right.width.mm) == 90  # the right half of the 180 mm of text
    borders = first._tbl.tblPr.find(qn("w:tblBorders"))
    assert {edge.get(qn("w:val")) for edge in borders} == {"nil"}


def test_title_is_centred_on_two_lines(ru_docx):
    document = read_docx(ru_docx)
    title = next(p for p in _paragraphs(document) if p.style.name == "Title")
    assert title.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert title.text == "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ\nменеджера по работе с клиентами"


def test_sections_and_clauses_are_numbered_as_in_the_markdown(ru_docx):
    markdown = render_markdown(sample(RU), LIBRARY)
    headings = [line[3:] for line in markdown.splitlines() if re.match(r"^## \d+\. ", line)]
    clauses = [line for line in markdown.splitlines() if re.match(r"^\d+\.\d+\. ", line)]
    document = read_docx(ru_docx)
    paragraphs = _paragraphs(document)
    assert [p.text for p in paragraphs if p.style.name == "Heading 1" and p.text[0].isdigit()] == headings
    assert [p.text for p in paragraphs if re.match(r"^\d+\.\d+\. ", p.text)] == [
        line.replace("\\", "") for line in clauses
    ]
    assert len(headings) >= 8 and len(clauses) > 50


def test_requirement_groups_and_lead_ins_are_kept(ru_docx):
    paragraphs = _paragraphs(read_docx(ru_docx))
    groups = [p.text for p in paragraphs if p.style.name == "Heading 2"]
    assert groups == ["Знания и навыки", "Опыт и квалификация", "Личные качества"]
    texts = [p.text for p in paragraphs]
    lead = texts.index("Менеджер по работе с клиентами выполняет следующие должностные обязанности:")
    assert texts[lead - 1] == "3. Должностные обязанности"
    assert texts[lead + 1].startswith("3.1. ")


def test_onboarding_plan_is_a_word_table(ru_docx):
    document = read_docx(ru_docx)
    plan = next(t for t in _tables(document) if t.rows[0].cells[0].text == "День")
    assert tuple(c.text for c in plan.rows[0].cells) == ONBOARDING_COLUMNS["ru"]
    assert [row.cells[0].text for row in plan.rows[1:]] == ["1", "2", "3"]
    assert plan.style.name == "Table Grid"
    assert plan.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeats on the next page


def test_acknowledgement_sheet_is_on_its_own_page_with_rows_to_sign(ru_docx):
    document = read_docx(ru_docx)
    items = body_items(document)
    heading = next(
        i for i, item in enumerate(items) if isinstance(item, Paragraph) and item.text == "Лист ознакомления"
    )
    assert items[heading].paragraph_format.page_break_before is True
    sheet = items[heading + 1]
    assert isinstance(sheet, Table)
    assert tuple(c.text for c in sheet.rows[0].cells) == ACK_COLUMNS["ru"]
    rows = sheet.rows[1:]
    assert len(rows) == ACK_ROWS
    assert all(round(row.height.mm) == 10 and not "".join(c.text for c in row.cells).strip() for row in rows)
    assert sheet.style.name == "Table Grid"  # ruled


def test_page_numbers_are_centred_at_the_top_from_page_two(ru_docx):
    document = read_docx(ru_docx)
    section = document.sections[0]
    assert section.different_first_page_header_footer is True
    assert not section.first_page_header.paragraphs[0].text.strip()
    header = section.header.paragraphs[0]
    assert header.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert [i.text.strip() for i in header._p.iter(qn("w:instrText"))] == ["PAGE"]


def test_unfilled_placeholders_are_highlighted_and_filled_ones_are_not(ru_docx):
    runs = [r for p in _paragraphs(read_docx(ru_docx)) for r in p.runs]
    placeholders = [r for r in runs if "{{" in r.text]
    assert placeholders and all(r.font.highlight_color == WD_COLOR_INDEX.YELLOW for r in placeholders)
    assert all(r.font.highlight_color is None for r in runs if "{{" not in r.text)
    filled = read_docx(docx_bytes(sample(RU, filled=True), LIBRARY))
    texts = "\n".join(p.text for p in filled.paragraphs)
    assert "ООО «Северный ветер»" in texts
    highlighted = [r.text for p in _paragraphs(filled) for r in p.runs if r.font.highlight_color is not None]
    assert all("{{" in text for text in highlighted)  # only what the role still leaves open


def test_english_layout_uses_word_heading_styles_and_bullets(en_docx):
    document = read_docx(en_docx)
    paragraphs = _paragraphs(document)
    assert paragraphs[0].style.name == "Title" and paragraphs[0].text == sample(EN).title
    sections = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert sections[:3] == ["Summary", "Responsibilities", "Requirements"]
    responsibilities = sections.index("Responsibilities")
    start = paragraphs.index(next(p for p in paragraphs if p.text == "Responsibilities"))
    following = paragraphs[start + 1 :]
    end = next(i for i, p in enumerate(following) if p.style.name.startswith("Heading"))
    duties = len(sample(EN).section("duties").items)
    assert end == duties and all(p.style.name == "List Bullet" for p in following[:end])
    assert responsibilities >= 0
    assert document.styles["Normal"].font.name == "Arial"
    assert round(document.sections[0].page_width.mm) == 210
    assert not isinstance(body_items(document)[0], Table)  # no approval stamp in English


def test_english_essential_and_preferred_requirements_stand_apart():
    role = with_item(
        sample(EN), "requirements", "Experience with SAP.", kind="requirement", tags=("preferred",)
    )
    paragraphs = _paragraphs(read_docx(docx_bytes(role, LIBRARY)))
    texts = [p.text for p in paragraphs]
    preferred = texts.index("Preferred")
    assert paragraphs[preferred].style.name == "Heading 2"
    after = texts[preferred + 1 :]
    sap = preferred + 1 + after.index("Experience with SAP.")
    assert paragraphs[sap].style.name == "List Bullet"
    # every line between the Preferred heading and the clause is another preferred bullet
    assert all(p.style.name == "List Bullet" for p in paragraphs[preferred + 1 : sap + 1])
    assert texts.index("Essential") < preferred


HOSTILE = (
    'Звонит [клиенту](http://evil.example/x) { HYPERLINK "http://evil.example" } '
    "<w:fldSimple w:instr=\"DDE\"/> =cmd|'/C calc'!A0 \x07\x1b[31mred\x0b\x00 end"
)


def test_user_text_is_text_no_fields_links_or_controls():
    data = docx_bytes(with_item(sample(RU), "duties", HOSTILE), LIBRARY)
    xml = part_xml(data, "word/document.xml")
    tags = {element.tag for element in etree.fromstring(xml.encode("utf-8")).iter()}
    for forbidden in ("w:hyperlink", "w:fldSimple", "w:instrText", "w:fldChar", "w:object"):
        assert qn(forbidden) not in tags, forbidden
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", xml)
    assert "External" not in part_xml(data, "word/_rels/document.xml.rels")
    texts = [p.text for p in read_docx(data).paragraphs]
    duty = next(text for text in texts if "evil.example" in text)
    assert "клиенту" in duty and "{ HYPERLINK" in duty and "<w:fldSimple" in duty and duty.endswith("end")
    # the one field of the file is jdtui's page number, in the header
    assert [i.text.strip() for i in read_docx(data).sections[0].header._element.iter(qn("w:instrText"))] == [
        "PAGE"
    ]


# --- a client's template ------------------------------------------------------------


def _template(*, drop_styles: tuple[str, ...] = ()) -> bytes:
    import io

    import docx
    from docx.shared import Mm, Pt

    document = docx.Document()
    document.sections[0].left_margin = Mm(30)
    document.styles["Heading 1"].font.name = "Georgia"
    document.styles["Heading 1"].font.size = Pt(17)
    document.sections[0].header.paragraphs[0].text = "ООО «Ромашка» · бланк письма"
    document.sections[0].footer.paragraphs[0].text = "Москва, ул. Садовая, 1"
    document.add_paragraph("Текст шаблона, который уходит")
    for name in drop_styles:
        element = document.styles[name].element
        element.getparent().remove(element)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_template_keeps_the_clients_styles_letterhead_and_page():
    data = docx_bytes(sample(RU), LIBRARY, template=_template())
    document = read_docx(data)
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "ООО «Ромашка» · бланк письма"
    assert section.footer.paragraphs[0].text == "Москва, ул. Садовая, 1"
    assert round(section.left_margin.mm) == 30  # the template's page, not jdtui's
    assert document.styles["Heading 1"].font.name == "Georgia"
    texts = [p.text for p in document.paragraphs]
    assert "Текст шаблона, который уходит" not in texts
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "1. Общие положения" and "Лист ознакомления" in headings
    assert any(t.style is not None and t.style.name == "Table Grid" for t in document.tables)


def test_template_without_list_and_table_styles_still_gets_bullets_and_ruled_tables():
    data = docx_bytes(sample(EN), LIBRARY, template=_template(drop_styles=("List Bullet", "Table Grid")))
    document = read_docx(data)
    bullets = [p.text for p in document.paragraphs if p.text.startswith("• ")]
    assert len(bullets) > 20
    plan = next(t for t in document.tables if t.rows[0].cells[0].text == "Day")
    borders = plan._tbl.tblPr.find(qn("w:tblBorders"))
    assert {edge.get(qn("w:val")) for edge in borders} == {"single"}


def test_a_macro_template_is_refused():
    import io
    import zipfile

    from jdtui.formats.package import WordFileError

    source = zipfile.ZipFile(io.BytesIO(_template()))
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w") as target:
        for member in source.infolist():
            content = source.read(member)
            if member.filename == "[Content_Types].xml":
                content = content.replace(
                    b"officedocument.wordprocessingml.document.main+xml",
                    b"ms-word.document.macroEnabled.main+xml",
                ).replace(b"application/vnd.openxmlformats-ms-word", b"application/vnd.ms-word")
            target.writestr(member, content)
    with pytest.raises(WordFileError, match="macros"):
        docx_bytes(sample(EN), LIBRARY, template=out.getvalue())


def test_an_appendix_starts_a_page_of_its_own():
    """The onboarding plan as «Приложение 1» (a line of its own, or in the heading)."""
    from jdtui.formats.docx import docx_of_outline
    from jdtui.formats.outline import outline_of_markdown

    markdown = render_markdown(sample(RU), LIBRARY)
    plan = re.compile(r"^## [^\n]*План адаптации$", re.MULTILINE)
    assert plan.search(markdown)
    for label, heading in (
        ("Приложение 1\n\n", "## План адаптации"),
        ("", "## Приложение 1. План адаптации"),
    ):
        changed = plan.sub(label + heading, markdown)
        doc = outline_of_markdown(changed, "ru", numbered=True)
        paragraphs = read_docx(docx_of_outline(doc)).paragraphs
        first = next(p for p in paragraphs if p.text.startswith("Приложение 1"))
        assert first.paragraph_format.page_break_before is True
        if label:
            assert first.alignment == WD_ALIGN_PARAGRAPH.RIGHT


def test_agreement_and_drafter_blocks_stay_together_on_the_left():
    """Requisites among the text («СОГЛАСОВАНО», «Разработчик:»), as the export may write them."""
    from jdtui.formats.docx import docx_of_outline
    from jdtui.formats.outline import outline_of_markdown

    markdown = render_markdown(sample(RU, filled=True), LIBRARY)
    blocks = "**Разработчик:**\\\nНачальник отдела кадров ____________ О. В. Кравец\n\n**СОГЛАСОВАНО**\\\nЮрисконсульт\\\n____________ Е. Н. Лебедева\\\n01.12.2026\n\n"
    doc = outline_of_markdown(
        markdown.replace("## Лист ознакомления", blocks + "## Лист ознакомления"), "ru", numbered=True
    )
    assert [p.kind for p in doc.parts].count("signature") == 2
    paragraphs = read_docx(docx_of_outline(doc)).paragraphs
    agreed = next(p for p in paragraphs if p.text.startswith("СОГЛАСОВАНО"))
    assert agreed.text.split("\n") == [
        "СОГЛАСОВАНО",
        "Юрисконсульт",
        "____________ Е. Н. Лебедева",
        "01.12.2026",
    ]
    assert agreed.alignment == WD_ALIGN_PARAGRAPH.LEFT and agreed.paragraph_format.keep_together
    assert agreed.runs[0].bold


def test_file_properties_name_the_document_not_the_generator(ru_docx):
    properties = read_docx(ru_docx).core_properties
    assert properties.title == "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ менеджера по работе с клиентами"
    assert properties.author == "" and "python-docx" not in (properties.comments or "")
    import io as _io
    import zipfile

    assert not [n for n in zipfile.ZipFile(_io.BytesIO(ru_docx)).namelist() if "thumbnail" in n]
