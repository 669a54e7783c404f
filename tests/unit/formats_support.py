"""What the format tests share: the library, sample roles, a .docx read back."""

from __future__ import annotations

import io
import zipfile

from jdtui.core.compose import template_as_role
from jdtui.core.model import Block, Item, Role
from jdtui.store.library import load_library
from jdtui.store.paths import shipped_library_files

LIBRARY = load_library(shipped_library_files())
FILLED = {
    "ru": {
        "organization": "ООО «Северный ветер»",
        "approver_title": "Генеральный директор",
        "approver_name": "П. С. Громов",
        "approval_date": "15.03.2024",
        "doc_number": "17-ДИ",
        "city": "Екатеринбург",
    },
    "en": {"organization": "Northwind Traders Ltd", "city": "Leeds"},
}


def sample(template_id: str, *, filled: bool = False) -> Role:
    role = template_as_role(LIBRARY.templates[template_id])
    return role.with_variables(**FILLED[role.lang]) if filled else role


def with_item(role: Role, section_id: str, text: str, kind: str = "duty", **fields) -> Role:
    """``role`` with one more item in ``section_id``: a local copy holding ``text``."""
    index = next(i for i, section in enumerate(role.sections) if section.id == section_id)
    block = Block(id=f"added-{kind}", kind=kind, lang=role.lang, text=text, **fields)
    return role.with_items(index, [*role.sections[index].items, Item.copy_of(block)])


def read_docx(data: bytes):
    import docx

    return docx.Document(io.BytesIO(data))


def part_xml(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")


def body_items(document):
    """The body's paragraphs and tables, in order (python-docx objects)."""
    return list(document.iter_inner_content())
