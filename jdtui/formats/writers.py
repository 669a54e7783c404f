"""One entry for every export format: the bytes of the file to write."""

from __future__ import annotations

from ..core.model import Library, Role
from ..i18n import t
from . import EXPORT_FORMATS


class TemplateNotApplicable(ValueError):
    """A Word template was given for a format that is not made from Word."""


def export_bytes(role: Role, library: Library, fmt: str, *, template: bytes | None = None) -> bytes:
    """The role exported as ``fmt`` ("md", "docx", "html", "pdf").

    ``template`` (the bytes of a client's .docx or .dotx) is used by the Word
    export and by the PDF made from it; raises WordFileError for a template
    that cannot be used and PdfUnavailable when no PDF can be made here.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(fmt)
    if template is not None and fmt not in ("docx", "pdf"):
        raise TemplateNotApplicable(t("export.template.only_docx"))
    if fmt == "docx":
        from .docx import docx_bytes

        return docx_bytes(role, library, template=template)
    if fmt == "html":
        from .html import html_text

        return html_text(role, library).encode("utf-8")
    if fmt == "pdf":
        from .pdf import pdf_bytes

        return pdf_bytes(role, library, template=template)
    from ..core.render import render_markdown

    return render_markdown(role, library).encode("utf-8")
