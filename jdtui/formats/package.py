"""Opening a Word file someone else made, safely: a .docx to import, a client's
template to write into.

Before python-docx sees the bytes, they are checked: an old binary .doc and an
encrypted (password-protected) document are told apart and refused with what
to do; a file that is no zip, a damaged zip, a zip of something else (a renamed
.xlsx, .odt or archive) and a zip bomb (more members, or more unpacked bytes,
than any job description has) are refused too. Nothing is unpacked to disk.
"""

from __future__ import annotations

import io
import re
import zipfile

from ..i18n import t

#: an OLE2 compound file: Word 97–2003 .doc, and every encrypted Office file
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: the stream an encrypted Office document keeps its package in (UTF-16 name)
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_ZIP_MAGIC = b"PK\x03\x04"
#: a .docx larger than this (packed) is no job description
MAX_PACKED = 20 * 1024 * 1024
#: the most a Word file may unpack to, in all, and the most members it may have
MAX_UNPACKED = 100 * 1024 * 1024
MAX_MEMBERS = 2000
#: a member that unpacks to more than this many times its packed size is a bomb
MAX_RATIO = 200
_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": "dotx",
    "application/vnd.ms-word.document.macroEnabled.main+xml": "docm",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml": "dotm",
}
_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OVERRIDE = re.compile(r'<Override\b[^>]*PartName="/word/document\.xml"[^>]*/>', re.IGNORECASE)
_CONTENT_TYPE = re.compile(r'ContentType="([^"]+)"')


class WordFileError(ValueError):
    """A Word file that cannot be used; the message says why, in the user's words."""


def check_package(data: bytes) -> str:
    """What kind of Word package ``data`` is ("docx", "dotx", "docm", "dotm");
    WordFileError if it is none, or one not safe to open."""
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED in data:
            raise WordFileError(t("word.err.encrypted"))
        raise WordFileError(t("word.err.doc"))
    if len(data) > MAX_PACKED:
        raise WordFileError(t("word.err.too_large", limit=MAX_PACKED // (1024 * 1024)))
    if not data.startswith(_ZIP_MAGIC):
        raise WordFileError(t("word.err.not_word"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            _not_a_bomb(members)
            names = {member.filename for member in members}
            if "[Content_Types].xml" not in names or "word/document.xml" not in names:
                raise WordFileError(t("word.err.not_word"))
            types = archive.read("[Content_Types].xml").decode("utf-8", "replace")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, NotImplementedError):
        raise WordFileError(t("word.err.damaged")) from None
    override = _OVERRIDE.search(types)
    kind = _CONTENT_TYPE.search(override.group(0)) if override else None
    found = _MAIN_TYPES.get(kind.group(1)) if kind else None
    if found is None:
        raise WordFileError(t("word.err.not_word"))
    return found


def _not_a_bomb(members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise WordFileError(t("word.err.bomb", limit=MAX_UNPACKED // (1024 * 1024)))
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if total > MAX_UNPACKED or (member.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            raise WordFileError(t("word.err.bomb", limit=MAX_UNPACKED // (1024 * 1024)))
        if member.flag_bits & 0x1:  # an encrypted zip member: no Word file has one
            raise WordFileError(t("word.err.encrypted"))


def open_word(data: bytes):
    """A python-docx Document of a checked package (a .dotx or .docm read as a .docx)."""
    import docx

    kind = check_package(data)
    if kind != "docx":
        data = _as_docx(data)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception:  # python-docx and lxml raise many kinds on a broken part: all mean damaged
        raise WordFileError(t("word.err.damaged")) from None


def open_template(data: bytes):
    """A client's template (.docx or .dotx) to write into; macro-enabled ones are refused."""
    if check_package(data) in ("docm", "dotm"):
        raise WordFileError(t("word.err.macros"))
    return open_word(data)


def _as_docx(data: bytes) -> bytes:
    """The package with its main part declared as a plain document (python-docx
    opens nothing else); every other member copied as it is."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            content = source.read(member)
            if member.filename == "[Content_Types].xml":
                text = content.decode("utf-8")
                text = _OVERRIDE.sub(
                    lambda m: _CONTENT_TYPE.sub(f'ContentType="{_DOCX_MAIN}"', m.group(0)), text
                )
                content = text.encode("utf-8")
            target.writestr(member, content)
    return out.getvalue()
