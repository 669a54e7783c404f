"""The numbers Word itself puts before paragraphs (``w:numPr``), worked out as
Word shows them: «1.», «2.1.», «а)», a bullet.

A document's numbering part defines abstract lists (per level: the first
number, the format and the text, e.g. ``%1.%2.``) and list instances that
point to them; paragraphs name an instance and a level, directly or through
their style. Counting runs in document order, as Word's does: a level counts
up, the levels below it start again.
"""

from __future__ import annotations

from dataclasses import dataclass

#: the levels Word has
_LEVELS = 9
_ROMAN: tuple[tuple[int, str], ...] = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip
_RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя"


@dataclass(frozen=True, slots=True)
class Level:
    start: int
    format: str  # decimal, bullet, lowerLetter, upperRoman, russianLower, none …
    text: str  # e.g. "%1.%2."


@dataclass(frozen=True, slots=True)
class Label:
    """What Word shows before a paragraph: ``bullet`` True for a list bullet."""

    text: str
    bullet: bool
    level: int


def _attr(element, name: str) -> str | None:
    from docx.oxml.ns import qn

    return element.get(qn(name)) if element is not None else None


def _child_value(element, tag: str) -> str | None:
    from docx.oxml.ns import qn

    child = element.find(qn(tag)) if element is not None else None
    return _attr(child, "w:val")


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class Numbering:
    """The lists of one document, counting as paragraphs are read."""

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self.abstract: dict[str, dict[int, Level]] = {}
        self.instances: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, list[int | None]] = {}
        self._restarted: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in root.findall(qn("w:abstractNum")):
            levels = {}
            for level in abstract.findall(qn("w:lvl")):
                index = _int(_attr(level, "w:ilvl"))
                levels[index] = Level(
                    _int(_child_value(level, "w:start"), 1),
                    _child_value(level, "w:numFmt") or "decimal",
                    _child_value(level, "w:lvlText") or "",
                )
            self.abstract[_attr(abstract, "w:abstractNumId") or ""] = levels
        for num in root.findall(qn("w:num")):
            overrides = {}
            for override in num.findall(qn("w:lvlOverride")):
                start = _child_value(override, "w:startOverride")
                if start is not None:
                    overrides[_int(_attr(override, "w:ilvl"))] = _int(start, 1)
            self.instances[_attr(num, "w:numId") or ""] = (
                _child_value(num, "w:abstractNumId") or "",
                overrides,
            )

    def label(self, num_id: str, level: int) -> Label | None:
        """Count a paragraph of list ``num_id`` at ``level``; what Word shows before it."""
        if num_id in ("", "0") or num_id not in self.instances:
            return None
        abstract_id, overrides = self.instances[num_id]
        levels = self.abstract.get(abstract_id, {})
        level = min(max(level, 0), _LEVELS - 1)
        spec = levels.get(level)
        if spec is None:
            return None
        counters = self.counters.setdefault(abstract_id, [None] * _LEVELS)
        if overrides and num_id not in self._restarted:  # a list started again ("restart at 1")
            self._restarted.add(num_id)
            for index in range(_LEVELS):
                counters[index] = None
            for index, start in overrides.items():
                if 0 <= index < _LEVELS:
                    counters[index] = start - 1
        current = counters[level]
        counters[level] = (current + 1) if current is not None else self._start(levels, overrides, level)
        for index in range(level + 1, _LEVELS):
            counters[index] = None
        if spec.format == "bullet":
            return Label(spec.text, True, level)
        if spec.format == "none" or not spec.text:
            return None
        text = spec.text
        for index in range(level, -1, -1):  # %10 never occurs: nine levels
            value = counters[index]
            if value is None:
                value = self._start(levels, overrides, index)
            shown = _format(value, levels[index].format if index in levels else "decimal")
            text = text.replace(f"%{index + 1}", shown)
        return Label(text.strip(), False, level)

    @staticmethod
    def _start(levels: dict[int, Level], overrides: dict[int, int], level: int) -> int:
        if level in overrides:
            return overrides[level]
        return levels[level].start if level in levels else 1


def _format(value: int, kind: str) -> str:
    if kind in ("lowerLetter", "upperLetter"):
        number = max(value, 1)
        letters = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return letters.upper() if kind == "upperLetter" else letters
    if kind in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.upper() if kind == "upperRoman" else roman
    if kind in ("russianLower", "russianUpper"):
        letter = _RUSSIAN[(max(value, 1) - 1) % len(_RUSSIAN)]
        return letter.upper() if kind == "russianUpper" else letter
    if kind == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for number, letters in _ROMAN:
        while value >= number:
            out += letters
            value -= number
    return out or str(value)
