"""The qualification reference a role follows: a professional standard, the ЕКС, or none.

Russian practice writes a должностная инструкция «с учётом» a professional
standard (профессиональный стандарт: its registry code and name, the
generalised labour function and the qualification level) or, where none
applies, the qualification characteristic of the position in the ЕКС. A
template states which, or states that none applies (``type`` ``none`` with a
``note`` saying why); a draft made from it carries the same reference.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..text import LazyPattern

#: the kinds of reference: a professional standard, the ЕКС, none applies
PROFSTANDARD = "profstandard"
EKS = "eks"
NONE = "none"
STANDARD_TYPES: tuple[str, ...] = (PROFSTANDARD, EKS, NONE)

#: the order of the keys in a document (``type`` first, then as the registry lists them)
_FIELDS = ("code", "name", "function", "level", "note")

#: the ЕКС volume whose general qualification characteristics cover office positions
EKS_SOURCE = (
    "Квалификационного справочника должностей руководителей, специалистов и других служащих "
    "(утв. постановлением Минтруда России от 21.08.1998 № 37)"
)
_LEAD = "Инструкция разработана с учётом "
_PROFSTANDARD = LazyPattern(
    re.escape(_LEAD) + r"профессионального стандарта «(?P<name>[^«»]+)» \(код (?P<code>[^()]+)\)"
    r"(?:, обобщённая трудовая функция «(?P<function>[^«»]+)»)?"
    r"(?:, уровень квалификации (?P<level>[^,.]+))?\.$"
)
_EKS_POSITION = LazyPattern(
    re.escape(_LEAD)
    + r"квалификационной характеристики должности «(?P<name>[^«»]+)» "
    + re.escape(EKS_SOURCE)
    + r"\.$"
)
_EKS_OTHER = LazyPattern(re.escape(_LEAD) + r"(?P<name>.+\bсправочник.+)\.$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Standard:
    """A professional standard, an ЕКС position, or the statement that none applies."""

    type: str
    #: the registry code of a professional standard («08.002»); empty for the ЕКС and none
    code: str = ""
    #: the standard's name, or the ЕКС position and its section
    name: str = ""
    #: the generalised labour function (обобщённая трудовая функция) the role performs
    function: str = ""
    #: the qualification level of that function («6»)
    level: str = ""
    #: why none applies, or what the consultant should check
    note: str = ""

    @property
    def cited(self) -> bool:
        """Whether the reference names a standard or an ЕКС position the document can print."""
        if self.type == PROFSTANDARD:
            return bool(self.name.strip() and self.code.strip())
        return self.type == EKS and bool(self.name.strip())

    @property
    def stated(self) -> bool:
        """Whether the reference says something: a citation, or why none applies."""
        return self.cited or (self.type == NONE and bool(self.note.strip()))

    def sentence(self) -> str | None:
        """The clause the Russian export prints in the general provisions, or None."""
        if not self.cited:
            return None
        if self.type == EKS:
            name = self.name.strip()
            if "справочник" in name.casefold():  # the whole reference, as the template wrote it
                return f"{_LEAD}{name}."
            return f"{_LEAD}квалификационной характеристики должности «{name}» {EKS_SOURCE}."
        text = f"{_LEAD}профессионального стандарта «{self.name.strip()}» (код {self.code.strip()})"
        if self.function.strip():
            text += f", обобщённая трудовая функция «{self.function.strip()}»"
        if self.level.strip():
            text += f", уровень квалификации {self.level.strip()}"
        return text + "."

    def to_dict(self) -> dict:
        data = {"type": self.type}
        data.update({name: getattr(self, name) for name in _FIELDS if getattr(self, name)})
        return data

    @classmethod
    def from_dict(cls, data: Mapping | None) -> Standard | None:
        """A reference from its document; None when there is none or its type is unknown."""
        if not isinstance(data, Mapping):
            return None
        kind = str(data.get("type") or "").strip()
        if kind not in STANDARD_TYPES:
            return None
        return cls(type=kind, **{name: str(data.get(name) or "").strip() for name in _FIELDS})


def standard_from_sentence(text: str) -> Standard | None:
    """The reference a clause of :meth:`Standard.sentence` states (an exported
    document read back), or None when the clause is not one."""
    text = " ".join(text.split())
    if not text.startswith(_LEAD):
        return None
    found = _PROFSTANDARD.match(text)
    if found:
        return Standard(PROFSTANDARD, **{k: (v or "").strip() for k, v in found.groupdict().items()})
    found = _EKS_POSITION.match(text) or _EKS_OTHER.match(text)
    if found:
        return Standard(EKS, name=found.group("name").strip())
    return None
