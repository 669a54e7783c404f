"""Reading a document to import: bytes → text, or a clear refusal.

A Word document (.docx; the zip or OLE signature tells, whatever the file is
called) is read by ``formats.docx_reader`` into the Markdown the importer
reads; an old .doc, an encrypted, damaged or non-Word zip and a zip bomb are
refused with what to do (``formats.package``).

UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are; text in
another encoding (Russian users still have cp1251 files) is detected with
charset-normalizer. Binary files, files too large to be a job description and
text that decodes to nothing sensible are refused with an UnreadableDocument.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


#: how a Word file starts (a zip: .docx) and how an old or encrypted one does (OLE2)
_WORD_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


@dataclass(frozen=True)
class ImportSource:
    """A document's text for the importer, and what reading it found out
    (for a Word file: paragraphs, tables, how the approval block and numbers
    were read), as lines for the report."""

    text: str
    notes: tuple[str, ...] = ()


def read_document(path: Path | str) -> str:
    """The text of the file at ``path``; UnreadableDocument if it cannot be imported."""
    return read_import(path).text


def read_import(path: Path | str, limit: int = MAX_BYTES) -> ImportSource:
    """The text of the file at ``path`` (Markdown made of a Word file) and notes
    on the reading; UnreadableDocument if it cannot be imported. ``limit``: the
    largest file read, in bytes (the setting ``import_limit_mb``)."""
    data = _read_bytes(Path(path), limit)
    if data.startswith(_WORD_SIGNATURES):
        return _word(data, path)
    return ImportSource(decode_document(data, path, limit))


def _word(data: bytes, path: Path | str) -> ImportSource:
    from ..formats.docx_reader import read_word
    from ..formats.package import WordFileError

    try:
        reading = read_word(data)
    except WordFileError as error:
        raise UnreadableDocument(str(error), path) from None
    if not reading.markdown.strip():
        raise UnreadableDocument(t("import.err.empty"), path)
    notes = [t("word.read", paragraphs=reading.paragraphs, tables=reading.tables)]
    if reading.stamp_table:
        notes.append(t("word.read.stamp"))
    if reading.numbered:
        notes.append(t("word.read.numbered", count=reading.numbered))
    if reading.bold_headings:
        notes.append(t("word.read.bold_headings", count=reading.bold_headings))
    return ImportSource(reading.markdown, tuple(notes))


def read_template(path: Path | str) -> bytes:
    """The bytes of a client's Word template (checked when it is used);
    UnreadableDocument if the file cannot be read."""
    path = Path(path).expanduser()
    if not path.exists():
        raise UnreadableDocument(t("word.err.template_missing", path=path), path)
    return _read_bytes(path)


def _read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    from .safe import FileTooLarge, read_regular

    try:
        if path.is_dir():
            raise UnreadableDocument(t("import.err.directory"), path)
        data = read_regular(path, limit)  # never a FIFO or device, never more than the limit
    except FileNotFoundError:
        raise UnreadableDocument(t("import.err.missing"), path) from None
    except FileTooLarge as error:
        raise _too_large(error.size, limit, path) from None
    except UnreadableDocument:
        raise
    except StoreError as error:
        if error.message == t("store.unreadable"):
            raise UnreadableDocument(t("import.err.permission"), path) from None
        raise UnreadableDocument(error.message, path) from None
    return data


def _too_large(size: int, limit: int, path: Path | str | None) -> UnreadableDocument:
    """The refusal of a document over ``limit`` bytes, naming the setting that sets it."""
    from .settings import megabytes

    return UnreadableDocument(
        t("import.err.too_large", size=megabytes(size), limit=megabytes(limit), setting="import_limit_mb"),
        path,
    )


def decode_document(data: bytes, path: Path | str | None = None, limit: int = MAX_BYTES) -> str:
    """``data`` as text (see read_document); refused over ``limit`` bytes."""
    if len(data) > limit:
        raise _too_large(len(data), limit, path)
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


# --- keeping what was imported ------------------------------------------------------
@dataclass(frozen=True)
class Kept:
    """One imported role, kept: the new draft, or its clauses as own blocks."""

    #: the new draft (None when the clauses went into the library instead)
    role: Any
    #: own blocks added, and how many clauses the library had already
    added: tuple = ()
    skipped: int = 0
    #: lines for the report: the harvest's count, or an existing draft it looks like
    messages: tuple[str, ...] = ()


def keep_import(workspace: Any, result: Any, source: Path, *, to_library: bool = False) -> Kept:
    """Keep one imported role (``result``: an :class:`~jdtui.core.importer.ImportResult`)
    from the file ``source`` — as a new draft (named after the file when the document
    names no title), or with ``to_library`` its clauses the library lacks as own blocks.
    The one way the command line and the app keep an import."""
    from dataclasses import replace

    role = result.role
    if not role.title:
        role = replace(role, title=source.stem)
        result.report.title = role.title
    if to_library:
        found = workspace.harvest(role, source.name)
        added, skipped = tuple(found.blocks), found.skipped
        message = (
            t("harvest.done", added=len(added), skipped=skipped)
            if added
            else t("harvest.none", skipped=skipped)
        )
        return Kept(None, added, skipped, (message,))
    from ..core.likeness import most_like

    like = most_like(role, workspace.list_drafts()[0], workspace.library)
    made = workspace.create_draft(role)
    if like is None:
        return Kept(made)
    draft, share = like
    return Kept(
        made,
        messages=(t("cli.import.looks_like", id=draft.id, title=draft.title, percent=round(share * 100)),),
    )
