"""The stamps of a Russian instruction in office style (ГОСТ Р 7.0.97-2016 calls
them грифы): the approval stamp, «СОГЛАСОВАНО», the drafter's signature line.

Each is a :class:`Stamp`, plain text with the role's variables filled in, so the
Markdown export (:func:`stamp_markdown`) and the Word writer lay out the same
content each in their own way.
"""

from __future__ import annotations

from dataclasses import dataclass

from .md import escape
from .model import Role
from .office_style import APPROVAL_FORM, DATE_STYLE, ORDER, place, styled_date
from .placeholders import substitute
from .text import strip_controls

#: the blank a signature is written on
SIGNATURE_BLANK = "____________"
#: the word of each stamp (ГОСТ Р 7.0.97-2016 calls them грифы): by an official, by an order, agreed
APPROVED = "УТВЕРЖДАЮ"
APPROVED_BY_ORDER = "УТВЕРЖДЕНА"  # agrees with «инструкция»
AGREED = "СОГЛАСОВАНО"
DRAFTED = {"ru": "Разработчик:", "en": "Drafted by:"}


@dataclass(frozen=True, slots=True)
class Signature:
    """A line to sign on: the signatory's position (may be empty), the blank, the name."""

    title: str
    name: str


@dataclass(frozen=True, slots=True)
class Stamp:
    """A block of requisites (approval, agreement, the drafter's signature): its
    word and its lines, plain text with the variables filled (``{{name}}`` when
    unfilled). Markdown and Word writers lay it out each in their own way."""

    word: str
    lines: tuple[str | Signature, ...]


def _plain(name: str, role: Role) -> str:
    """A role variable as plain text; ``{{name}}`` when unfilled."""
    return strip_controls(substitute("{{" + name + "}}", role.variables))


def document_date(name: str, role: Role) -> str:
    """A date variable as the document prints it, in the draft's date style."""
    return styled_date(_plain(name, role), role.variables.get(DATE_STYLE))


def document_place(role: Role) -> str:
    """The place of issue as the document prints it: «г. Москва»."""
    value = _plain("city", role)
    return value if "{{" in value else place(value)


def approval_stamp(role: Role) -> Stamp:
    """«УТВЕРЖДАЮ» with the approver's position, organisation, signature and date;
    or, approved by an order (``approval_form`` = ``order``), «УТВЕРЖДЕНА приказом от … № …»."""
    when = document_date("approval_date", role)
    if role.variables.get(APPROVAL_FORM) == ORDER:
        return Stamp(APPROVED_BY_ORDER, (f"приказом от {when} № {_plain('order_number', role)}",))
    return Stamp(
        APPROVED,
        (
            _plain("approver_title", role),
            _plain("organization", role),
            Signature("", _plain("approver_name", role)),
            when,
        ),
    )


def _given(role: Role, *names: str) -> bool:
    return any((role.variables.get(name) or "").strip() for name in names)


def agreement_stamp(role: Role) -> Stamp | None:
    """«СОГЛАСОВАНО» with the position, signature and date of whoever agreed the
    instruction; None when the draft names no one."""
    if not _given(role, "agreed_title", "agreed_name"):
        return None
    lines = (_plain("agreed_title", role), Signature("", _plain("agreed_name", role)))
    return Stamp(AGREED, (*lines, document_date("agreed_date", role)))


def drafter_signature(role: Role) -> Stamp | None:
    """The signature of whoever drafted the instruction; None when the draft names no one."""
    if not _given(role, "drafter_title", "drafter_name"):
        return None
    word = DRAFTED.get(role.lang, DRAFTED["en"])
    return Stamp(word, (Signature(_plain("drafter_title", role), _plain("drafter_name", role)),))


def stamp_markdown(stamp: Stamp) -> str:
    """A stamp as one Markdown paragraph, its lines joined by hard breaks."""
    lines = [f"**{stamp.word}**"]
    for line in stamp.lines:
        if isinstance(line, Signature):
            title = escape(line.title) + " " if line.title else ""
            lines.append(f"{title}{SIGNATURE_BLANK} {escape(line.name)}")
        else:
            lines.append(escape(line))
    return "\\\n".join(lines)
