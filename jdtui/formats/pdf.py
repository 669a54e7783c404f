"""PDF, where the machine can make it: LibreOffice in headless mode converts the
Word export (so the PDF is the page a client prints from Word), else WeasyPrint
(the optional extra ``jdtui[pdf]``) prints the HTML export. With neither, a
:class:`PdfUnavailable` says what to install and that the Word or HTML file
prints to PDF.

LibreOffice runs with a profile of its own in a temporary folder, so it never
meets a LibreOffice the user has open; the folder goes when it is done.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..core.model import Library, Role
from ..i18n import t

#: how long LibreOffice may take over one document (its first start makes a profile)
TIMEOUT_SECONDS = 180
#: names LibreOffice's command goes by
_SOFFICE = ("soffice", "libreoffice")


class PdfUnavailable(RuntimeError):
    """No converter on this machine, or the converter failed; the message says what to do."""


def converter() -> str | None:
    """ "libreoffice" or "weasyprint", whichever this machine has (LibreOffice first), else None."""
    if _soffice():
        return "libreoffice"
    if importlib.util.find_spec("weasyprint") is not None:
        return "weasyprint"
    return None


def _soffice() -> str | None:
    for name in _SOFFICE:
        found = shutil.which(name)
        if found:
            return found
    return None


def pdf_bytes(role: Role, library: Library, *, template: bytes | None = None) -> bytes:
    """The role as PDF; PdfUnavailable when nothing here makes one."""
    which = converter()
    if which == "libreoffice":
        from .docx import docx_bytes

        return _libreoffice(docx_bytes(role, library, template=template))
    if which == "weasyprint":
        from .html import html_text

        return _weasyprint(html_text(role, library))
    raise PdfUnavailable(t("pdf.none"))


def _libreoffice(document: bytes) -> bytes:
    soffice = _soffice()
    assert soffice is not None
    with tempfile.TemporaryDirectory(prefix="jdtui-pdf-") as folder:
        work = Path(folder)
        source = work / "document.docx"
        source.write_bytes(document)
        command = [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(source),
        ]
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            raise PdfUnavailable(
                t("pdf.failed", converter="LibreOffice", reason=t("pdf.timeout", seconds=TIMEOUT_SECONDS))
            ) from None
        except OSError as error:
            raise PdfUnavailable(t("pdf.failed", converter="LibreOffice", reason=error.strerror)) from None
        result = work / "document.pdf"
        if done.returncode != 0 or not result.is_file():
            reason = (
                " ".join(done.stderr.decode("utf-8", "replace").split())[:200] or f"exit {done.returncode}"
            )
            raise PdfUnavailable(t("pdf.failed", converter="LibreOffice", reason=reason))
        return result.read_bytes()


def _weasyprint(html: str) -> bytes:
    try:
        from weasyprint import HTML  # the optional extra jdtui[pdf]

        return HTML(string=html).write_pdf()
    except Exception as error:  # a broken install (missing Pango, …): said in words
        raise PdfUnavailable(t("pdf.failed", converter="WeasyPrint", reason=str(error)[:200])) from None
