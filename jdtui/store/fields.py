"""Every field of a library document, checked on the way in: a block or template
from the team library, a block file or the user's own blocks is refused with the
field and what is wrong with it, before anything is made of it."""

from __future__ import annotations

import re

from ..core.model import KINDS, LANGS, REQUIREMENT_GROUPS, Block
from ..i18n import t


class BadDocument(ValueError):
    """A block or template document with a field of the wrong type, size or form."""


#: an id in a shared library or a block file: ``ru.duty.hiring-plan``
ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,120}")
#: longest text of a block or template field (the longest shipped clause is ~800)
TEXT_LIMIT = 20_000
#: longest short field (a title, a kind, a tag) and most entries of a list
SHORT_LIMIT = 500
LIST_LIMIT = 500
DAY_LIMIT = 100_000
_BLOCK_TEXTS = {"text": TEXT_LIMIT, "goal": TEXT_LIMIT, "title": SHORT_LIMIT, "kind": SHORT_LIMIT}
_BLOCK_SHORT = ("lang", "group", "source", "origin")
_BLOCK_LISTS = ("tags", "areas", "covers", "measures")
_TEMPLATE_TEXTS = ("title", "lang", "profile", "family", "source")


def _problem(table: str, doc_id: object, field: str, key: str, **values: object) -> BadDocument:
    shown_id = doc_id if isinstance(doc_id, str) else ""
    problem = t(key, **values)
    return BadDocument(
        t("reliability.bad_entry", table=table, id=shown_id[:80], field=field, problem=problem)
    )


def _text(table: str, doc: dict, field: str, limit: int, *, required: bool = False) -> None:
    value = doc[field] if required else doc.get(field)
    if value is None and not required:
        return
    if type(value) is not str:
        raise _problem(table, doc.get("id"), field, "reliability.want_text")
    if len(value) > limit:
        raise _problem(table, doc.get("id"), field, "reliability.too_long", limit=limit)


def _texts(table: str, doc: dict, field: str) -> None:
    value = doc.get(field)
    if value is None:
        return
    if type(value) is not list or len(value) > LIST_LIMIT:
        raise _problem(table, doc.get("id"), field, "reliability.want_texts")
    for item in value:
        if type(item) is not str or len(item) > SHORT_LIMIT:
            raise _problem(table, doc.get("id"), field, "reliability.want_texts")


def _id(table: str, doc: dict, field: str, value: object, strict: bool) -> None:
    if type(value) is not str or (strict and not value):
        raise _problem(table, doc.get("id"), field, "reliability.want_text")
    if len(value) > SHORT_LIMIT or (strict and ID.fullmatch(value) is None):
        raise _problem(table, doc.get("id"), field, "reliability.bad_id")


def _choice(table: str, doc: dict, field: str, choices: tuple[str, ...]) -> None:
    value = doc.get(field)
    if value not in (None, "") and value not in choices:
        raise _problem(table, doc.get("id"), field, "reliability.bad_choice", choices=", ".join(choices))


def check_block(doc: object, *, strict: bool = False) -> None:
    """Refuse a block document with a field of the wrong type or size (BadDocument).

    ``strict`` (the team library, a block file): its id must also be a plain id
    (:data:`ID`) and its kind, language and group ones jdtui knows.
    """
    if type(doc) is not dict:
        raise _problem("blocks", None, "", "reliability.want_object")
    _id("blocks", doc, "id", doc.get("id"), strict)
    for field, limit in _BLOCK_TEXTS.items():
        _text("blocks", doc, field, limit, required=field == "kind")
    for field in _BLOCK_SHORT:
        _text("blocks", doc, field, SHORT_LIMIT)
    for field in _BLOCK_LISTS:
        _texts("blocks", doc, field)
    day = doc.get("day")
    if day is not None and day != "":
        number = (
            day
            if type(day) is int
            else int(day)
            if type(day) is str and day.isdigit() and len(day) < 7
            else -1
        )
        if not 0 <= number <= DAY_LIMIT:
            raise _problem("blocks", doc.get("id"), "day", "reliability.want_day", limit=DAY_LIMIT)
    if strict:
        _choice("blocks", doc, "kind", KINDS)
        _choice("blocks", doc, "lang", LANGS)
        _choice("blocks", doc, "group", REQUIREMENT_GROUPS)


def check_template(doc: object, *, strict: bool = False) -> None:
    """Refuse a template document with a field of the wrong type or size (BadDocument)."""
    if type(doc) is not dict:
        raise _problem("templates", None, "", "reliability.want_object")
    _id("templates", doc, "id", doc.get("id"), strict)
    for field in _TEMPLATE_TEXTS:
        _text("templates", doc, field, SHORT_LIMIT)
    if strict:
        _choice("templates", doc, "lang", LANGS)
    variables = doc.get("variables")
    if variables is not None:
        if type(variables) is not dict or len(variables) > LIST_LIMIT:
            raise _problem("templates", doc.get("id"), "variables", "reliability.want_object")
        for name, value in variables.items():
            if len(name) > SHORT_LIMIT or type(value) is not str or len(value) > TEXT_LIMIT:
                raise _problem("templates", doc.get("id"), f"variables.{name[:40]}", "reliability.want_text")
    sections = doc.get("sections")
    if sections is not None:
        if type(sections) is not list or len(sections) > LIST_LIMIT:
            raise _problem("templates", doc.get("id"), "sections", "reliability.want_object")
        for section in sections:
            if type(section) is not dict:
                raise _problem("templates", doc.get("id"), "sections", "reliability.want_object")
            _id("templates", doc, "sections.id", section.get("id"), strict)
            blocks = section.get("blocks")
            if blocks is not None:
                if type(blocks) is not list or len(blocks) > 10 * LIST_LIMIT:
                    raise _problem("templates", doc.get("id"), "sections.blocks", "reliability.want_texts")
                for block_id in blocks:
                    _id("templates", doc, "sections.blocks", block_id, strict)
    standard = doc.get("standard")
    if standard is not None:
        if type(standard) is not dict:
            raise _problem("templates", doc.get("id"), "standard", "reliability.want_object")
        for field, value in standard.items():
            if value is not None and (type(value) is not str or len(value) > TEXT_LIMIT):
                raise _problem("templates", doc.get("id"), f"standard.{field[:40]}", "reliability.want_text")


def block_from_document(doc: object) -> Block:
    """A block from a document given from outside (a block file), every field checked
    as strictly as the team library's (BadDocument)."""
    check_block(doc, strict=True)
    return Block.from_dict(doc)  # type: ignore[arg-type]
