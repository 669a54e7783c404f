"""Reading a document to import: bytes → text, or a clear refusal.

UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are; text in
another encoding (Russian users still have cp1251 files) is detected with
charset-normalizer. Binary files, files too large to be a job description and
text that decodes to nothing sensible are refused with an UnreadableDocument.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from ..i18n import t
from .errors import StoreError, UnreadableDocument

#: Larger files are refused: no job description is anywhere near this size.
MAX_BYTES = 20 * 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Encodings tried for text that is not UTF-8, most likely first.
_CANDIDATES = ("cp1251", "koi8_r", "cp1252", "latin_1", "cp866", "mac_cyrillic")


def read_document(path: Path | str) -> str:
    """The text of the file at ``path``; UnreadableDocument if it cannot be imported."""
    path = Path(path)
    from .safe import FileTooLarge, read_regular

    try:
        if path.is_dir():
            raise UnreadableDocument(t("import.err.directory"), path)
        data = read_regular(path, MAX_BYTES)  # never a FIFO or device, never more than MAX_BYTES
    except FileNotFoundError:
        raise UnreadableDocument(t("import.err.missing"), path) from None
    except FileTooLarge as error:
        size = error.size // (1024 * 1024)
        raise UnreadableDocument(
            t("import.err.too_large", size=size, limit=MAX_BYTES // (1024 * 1024)), path
        ) from None
    except UnreadableDocument:
        raise
    except StoreError as error:
        if error.message == t("store.unreadable"):
            raise UnreadableDocument(t("import.err.permission"), path) from None
        raise UnreadableDocument(error.message, path) from None
    return decode_document(data, path)


def decode_document(data: bytes, path: Path | str | None = None) -> str:
    """``data`` as text (see read_document)."""
    if len(data) > MAX_BYTES:
        raise UnreadableDocument(
            t("import.err.too_large", size=len(data) // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024)), path
        )
    text = _decode(data, path)
    if not text.strip():
        raise UnreadableDocument(t("import.err.empty"), path)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, path: Path | str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError:
                raise UnreadableDocument(t("import.err.undecodable", encoding=encoding), path) from None
    if b"\x00" in data:
        raise UnreadableDocument(t("import.err.binary"), path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _guess(data, path)


def _guess(data: bytes, path: Path | str | None) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_CANDIDATES)).best()
    if best is not None and best.encoding and best.chaos <= 0.3:
        text = str(best)
        if _plausible(text):
            return text
    raise UnreadableDocument(t("import.err.undecodable", encoding="UTF-8, UTF-16, cp1251"), path)


def _plausible(text: str) -> bool:
    """Decoded text that reads as text: letters, few control characters."""
    if not text.strip():
        return False
    controls = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t\f") or 0x80 <= ord(c) < 0xA0)
    letters = sum(1 for c in text if c.isalpha())
    return controls <= len(text) * 0.01 and letters >= len(text.strip()) * 0.3
