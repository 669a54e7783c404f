"""Print-ready HTML (self-contained, A4, office style, text escaped) and PDF
(made where a converter exists, else a message and status 2)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jdtui.formats import pdf
from jdtui.formats.html import html_text
from jdtui.formats.pdf import PdfUnavailable, pdf_bytes

from .formats_support import LIBRARY, cli, sample, with_item


def test_html_is_one_self_contained_file():
    page = html_text(sample("ru-client-manager"), LIBRARY)
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert not re.search(r"(https?:|//[a-z]|<script|<link|<img|@import|url\()", page, re.IGNORECASE)
    assert page.count("<style>") == 1


def test_html_prints_on_a4_with_the_office_margins_and_font():
    page = html_text(sample("ru-client-manager"), LIBRARY)
    assert "size: A4; margin: 20mm 10mm 20mm 20mm" in page
    assert '14pt/1.2 "Times New Roman"' in page
    assert '<table class="stamps"><tr><td></td><td><p><strong>УТВЕРЖДАЮ</strong><br>' in page
    assert '<h2 class="new-page">Лист ознакомления</h2>' in page
    assert page.count("<tr><td></td><td></td><td></td><td></td></tr>") == 8
    assert "<h2>1. Общие положения</h2>" in page
    assert '<p class="body">1.1. Настоящая' in page
    assert "<mark>{{organization}}</mark>" in page


def test_html_english_layout_has_bullets_and_sans_serif():
    role = sample("en-client-manager")
    page = html_text(role, LIBRARY)
    assert f"<h1>{role.title}</h1>" in page and "<ul>\n<li>" in page
    assert "Arial" in page and "stamps" not in page.split("</style>")[1]


def test_html_escapes_user_text():
    role = with_item(
        sample("en-client-manager"), "duties", '<script>alert(1)</script> <a href="http://x">x</a> & co'
    )
    page = html_text(role, LIBRARY)
    assert "<script>alert" not in page and '<a href="http' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&amp; co" in page


def test_pdf_without_a_converter_says_what_to_install(monkeypatch):
    monkeypatch.setattr(pdf, "converter", lambda: None)
    with pytest.raises(PdfUnavailable) as raised:
        pdf_bytes(sample("en-client-manager"), LIBRARY)
    message = str(raised.value)
    assert "LibreOffice" in message and "jdtui[pdf]" in message and "--format docx or html" in message


def _cli(*args: str, home: Path, path: str) -> subprocess.CompletedProcess:
    return cli(*args, home=home, PATH=path)


def test_cli_pdf_without_a_converter_is_a_message_and_status_2(tmp_path):
    if pdf.importlib.util.find_spec("weasyprint") is not None:
        pytest.skip("WeasyPrint is installed here: a PDF can always be made")
    target = tmp_path / "role.pdf"
    result = _cli(
        "export", "en-client-manager", "-o", str(target), "--force", home=tmp_path, path=str(tmp_path)
    )
    assert result.returncode == 2
    assert "nothing on this machine makes PDF" in result.stderr and "Traceback" not in result.stderr
    assert not target.exists() and list(tmp_path.glob(".role.pdf*")) == []


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_cli_pdf_with_libreoffice_writes_a_pdf(tmp_path):
    target = tmp_path / "role.pdf"
    result = _cli(
        "export", "ru-client-manager", "--format", "pdf", "-o", str(target), "--force",
        home=tmp_path, path=os.environ.get("PATH", ""),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")


def test_cli_export_format_follows_the_extension_and_gates_errors(tmp_path):
    path = os.environ.get("PATH", "")
    refused = _cli("export", "ru-client-manager", "-o", str(tmp_path / "a.docx"), home=tmp_path, path=path)
    assert refused.returncode == 1 and not (tmp_path / "a.docx").exists()
    for name, magic in (("a.docx", b"PK\x03\x04"), ("a.html", b"<!DOCTYPE html>"), ("a.md", b"**")):
        done = _cli(
            "export", "ru-client-manager", "-o", str(tmp_path / name), "--force", home=tmp_path, path=path
        )
        assert done.returncode == 0, done.stderr
        assert (tmp_path / name).read_bytes().startswith(magic), name


def test_cli_template_only_for_word(tmp_path):
    result = _cli(
        "export", "en-client-manager", "--format", "html", "--template", "x.docx", "--force",
        home=tmp_path, path=os.environ.get("PATH", ""),
    )  # fmt: skip
    assert result.returncode == 2 and "Word format (.docx) only" in result.stderr


def test_python_docx_loads_only_when_a_word_file_is_made_or_read():
    """The app's start and ``jdtui check`` stay fast: importing the app, the check
    screen, the export and import dialogs and every formats module loads no python-docx."""
    code = (
        "import sys, jdtui.cli, jdtui.tui.app, jdtui.tui.screens.check, jdtui.tui.screens.dialogs.export, "
        "jdtui.tui.screens.dialogs.importing, jdtui.formats.docx, jdtui.formats.docx_reader, "
        "jdtui.formats.pdf, jdtui.formats.writers, jdtui.store.ingest; "
        "print(sorted(m for m in sys.modules if m == 'docx' or m.startswith(('docx.', 'lxml', 'weasyprint'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[]"


def test_cli_bad_or_missing_template_is_one_line_and_status_2(tmp_path):
    path = os.environ.get("PATH", "")
    target = tmp_path / "out.docx"
    missing = cli("export", "en-client-manager", "-o", str(target), "--template", str(tmp_path / "none.docx"),
                  "--force", home=tmp_path, PATH=path)  # fmt: skip
    assert missing.returncode == 2 and "none.docx" in missing.stderr and "Traceback" not in missing.stderr
    fake = tmp_path / "fake.docx"
    fake.write_bytes(b"not a zip at all")
    bad = cli("export", "en-client-manager", "-o", str(target), "--template", str(fake), "--force",
              home=tmp_path, PATH=path)  # fmt: skip
    assert bad.returncode == 2 and "not a Word document" in bad.stderr and "Traceback" not in bad.stderr
    assert not target.exists()
