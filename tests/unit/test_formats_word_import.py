"""Importing Word: jdtui's own export comes back as the same role; a document made
in Word (bold headings, Word's numbering, tables, a borderless approval block)
is recognised; damaged, encrypted and non-Word files are refused cleanly."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import HealthCheck, given, settings

from jdtui.core.importer import import_markdown
from jdtui.core.render import render_markdown
from jdtui.formats.docx import docx_bytes
from jdtui.formats.docx_reader import read_word
from jdtui.formats.package import WordFileError, check_package

from .formats_support import LIBRARY, cli, sample
from .test_import_roundtrip import roles


@pytest.mark.parametrize("template_id", sorted(LIBRARY.templates))
@pytest.mark.parametrize("filled", [False, True])
def test_every_sample_exported_to_word_imports_back_to_the_same_role(template_id, filled):
    role = sample(template_id, filled=filled)
    reading = read_word(docx_bytes(role, LIBRARY))
    imported = import_markdown(reading.markdown, LIBRARY, lang=role.lang)
    assert render_markdown(imported.role, LIBRARY) == render_markdown(role, LIBRARY)
    if role.lang == "ru":
        assert reading.stamp_table


def _client_document() -> bytes:
    """A job description as people make them in Word: stamp in a borderless table,
    headings in bold (no style), clauses by Word's numbering, duties in a table."""
    document = docx.Document()
    stamp = document.add_table(rows=1, cols=2)
    cell = stamp.rows[0].cells[1]
    cell.paragraphs[0].add_run("УТВЕРЖДАЮ").bold = True
    for line in ("Генеральный директор", "ООО «Ромашка»", "____________ И. И. Иванов", "01.12.2026"):
        cell.add_paragraph(line)
    document.add_paragraph().add_run("ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ").bold = True
    document.add_paragraph("менеджера по продажам")
    document.add_paragraph().add_run("1. Общие положения").bold = True
    for text in (
        "Менеджер по продажам относится к категории специалистов.",
        "Подчиняется коммерческому директору.",
    ):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph().add_run("2. Должностные обязанности").bold = True
    duties = document.add_table(rows=1, cols=2)
    duties.style = document.styles["Table Grid"]
    duties.rows[0].cells[0].text, duties.rows[0].cells[1].text = "№", "Обязанность"
    for number, text in enumerate(
        ("Ведёт переговоры с клиентами.", "Готовит коммерческие предложения.", "Контролирует оплату счетов."),
        1,
    ):
        row = duties.add_row()
        row.cells[0].text, row.cells[1].text = str(number), text
    document.add_heading("3. Права", level=1)
    document.add_paragraph("Менеджер по продажам имеет право:")
    for text in ("Запрашивать сведения у подразделений.", "Вносить предложения руководству."):
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Лист ознакомления", level=1)
    sheet = document.add_table(rows=3, cols=4)
    for cell, text in zip(
        sheet.rows[0].cells, ("№", "Фамилия, имя, отчество", "Дата", "Подпись"), strict=True
    ):
        cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_document_made_in_word_is_recognised():
    reading = read_word(_client_document())
    assert (
        reading.stamp_table and reading.numbered == 2 and reading.bold_headings == 2 and reading.tables == 2
    )
    result = import_markdown(reading.markdown, LIBRARY)
    role = result.role
    assert role.variables["approver_name"] == "И. И. Иванов"
    assert role.variables["organization"] == "ООО «Ромашка»"
    assert role.variables["approval_date"] == "01.12.2026"
    assert role.variables["position_genitive"] == "менеджера по продажам"
    counts = {section.id: len(section.items) for section in role.sections}
    assert counts["general"] == 2 and counts["duties"] == 3 and counts["rights"] == 2
    assert not role.section("other") or not role.section("other").items
    assert ("УТВЕРЖДАЮ", "stamp") in result.report.labels
    assert ("Лист ознакомления", "ack") in result.report.labels


_MULTILEVEL = """<w:numbering {ns}>
<w:abstractNum w:abstractNumId="7">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
</w:abstractNum>
<w:num w:numId="9"><w:abstractNumId w:val="7"/></w:num>
</w:numbering>"""


def test_word_multilevel_numbering_is_written_out_as_word_shows_it():
    document = docx.Document()
    numbering = document.part.numbering_part
    numbering._element = parse_xml(_MULTILEVEL.format(ns=nsdecls("w")))
    for level, text in (
        (0, "Общие положения"),
        (1, "Относится к специалистам."),
        (1, "Подчиняется директору."),
    ):
        paragraph = document.add_paragraph(text)
        pr = paragraph._p.get_or_add_pPr()
        pr.append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="9"/></w:numPr>')
        )
        if level == 0:
            paragraph.runs[0].bold = True
    document.add_paragraph("Второй раздел", style="Normal")
    out = io.BytesIO()
    document.save(out)
    markdown = read_word(out.getvalue()).markdown
    assert "## 1\\. Общие положения" in markdown
    assert "1.1. Относится к специалистам." in markdown and "1.2. Подчиняется директору." in markdown


# --- hostile files ----------------------------------------------------------------


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def _bomb() -> bytes:
    return _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\x00" * (60 * 1024 * 1024)})


HOSTILE = {
    "old .doc": (_OLE + b"Word.Document.8" * 10, "old Word 97"),
    "encrypted": (_OLE + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100, "password"),
    "renamed zip": (_zip({"notes.txt": b"hello", "data.csv": b"a,b"}), "not a Word document"),
    "spreadsheet": (
        _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}),
        "not a Word document",
    ),
    "truncated": (None, "damaged"),
    "zip bomb": (None, "unsafe"),
}


def _hostile(name: str) -> bytes:
    data, _ = HOSTILE[name]
    if name == "truncated":
        whole = docx_bytes(sample("en-client-manager"), LIBRARY)
        return whole[: len(whole) // 2]
    if name == "zip bomb":
        return _bomb()
    assert data is not None
    return data


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_word_files_are_refused_with_a_message(name):
    with pytest.raises(WordFileError) as raised:
        check_package(_hostile(name))
    assert HOSTILE[name][1] in str(raised.value)


def test_a_zip_of_too_many_members_is_refused():
    members = {f"word/media/{i}.xml": b"x" for i in range(2100)}
    members.update({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"})
    with pytest.raises(WordFileError, match="unsafe"):
        check_package(_zip(members))


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess:
    (home / "tmp").mkdir(exist_ok=True)
    return cli(*args, home=home, TMPDIR=str(home / "tmp"))


@pytest.mark.parametrize("name", ["old .doc", "encrypted", "renamed zip", "truncated", "zip bomb"])
def test_importing_a_hostile_word_file_says_why_exits_2_and_leaves_nothing(name, tmp_path):
    source = tmp_path / "in" / "document.docx"
    source.parent.mkdir()
    source.write_bytes(_hostile(name))
    result = _cli("import", str(source), home=tmp_path)
    assert result.returncode == 2, result.stderr
    assert HOSTILE[name][1] in result.stderr
    assert "Traceback" not in result.stderr and not result.stdout.strip()
    listing = _cli("list", "--kind", "draft", "--format", "json", home=tmp_path)
    assert listing.stdout.strip() == "[]"
    assert sorted(p.name for p in source.parent.iterdir()) == ["document.docx"]
    assert not any((tmp_path / "tmp").iterdir())


def test_importing_a_word_file_reports_what_was_read(tmp_path):
    source = tmp_path / "client.docx"
    source.write_bytes(_client_document())
    result = _cli("import", str(source), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "From Word: " in result.stderr
    assert "the approval block was read from a borderless table" in result.stderr
    assert "paragraphs numbered by Word: 2" in result.stderr
    assert "heading “2. Должностные обязанности” → duties" in result.stderr
    assert result.stdout.strip().startswith("d-")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(roles())
def test_generated_roles_come_back_from_word_as_they_come_back_from_markdown(role):
    """Word adds nothing to the round trip: hostile characters, notes, own headings,
    lead-ins, groups and preferred requirements read back as from the Markdown."""
    markdown = render_markdown(role, LIBRARY)
    through_markdown = render_markdown(import_markdown(markdown, LIBRARY, lang=role.lang).role, LIBRARY)
    reading = read_word(docx_bytes(role, LIBRARY))
    through_word = render_markdown(import_markdown(reading.markdown, LIBRARY, lang=role.lang).role, LIBRARY)
    assert through_word == through_markdown


def test_a_stamp_typed_as_paragraphs_ends_at_the_title():
    document = docx.Document()
    for line in ("УТВЕРЖДАЮ", "Директор ООО «Ромашка»", "____________ А. Б. Петров", "«01» декабря 2026 г."):
        document.add_paragraph(line)
    title = document.add_paragraph()
    title.add_run("ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ менеджера по закупкам").bold = True
    document.add_heading("1. Общие положения", level=1)
    document.add_paragraph("1.1. Менеджер по закупкам относится к категории специалистов.")
    out = io.BytesIO()
    document.save(out)
    markdown = read_word(out.getvalue()).markdown
    stamp, rest = markdown.split("\n\n", 1)
    assert stamp.splitlines()[0] == "**УТВЕРЖДАЮ**\\" and len(stamp.splitlines()) == 4
    assert rest.startswith("**ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ менеджера по закупкам**")
    role = import_markdown(markdown, LIBRARY).role
    assert role.variables["approver_name"] == "А. Б. Петров"
    assert role.variables["position_genitive"] == "менеджера по закупкам"
