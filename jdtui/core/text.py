"""Plain-text hygiene for text that comes from users and files."""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """A regular expression compiled when first used, with the methods of
    :class:`re.Pattern`.

    For the patterns only some roles need (wording a tag usually states, ages,
    another language): compiling one costs 0.1–1 ms of ``jdtui check``'s start.
    """

    __slots__ = ("_compiled", "flags", "source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # search, finditer, fullmatch…
        return getattr(self.compiled, name)


# C0 controls except tab and newline, DEL, C1 controls, and the bidi embedding,
# override and isolate characters that can make text display other than it reads.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def strip_controls(text: str) -> str:
    """``text`` without control characters, bidi overrides or lone surrogates."""
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


def has_controls(text: str) -> bool:
    return bool(_CONTROL.search(text) or _SURROGATE.search(text))


def capitalise(text: str) -> str:
    """First letter upper-cased, the rest untouched."""
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
        if not (char.isspace() or char in "«\"'("):
            return text
    return text


def safe_file_name(title: str, extension: str = "md", limit: int = 80) -> str:
    """A safe file name from a role title: no path separators, no ``..``,
    no control characters, bounded length."""
    name = re.sub(r"[\x00-\x1f\x7f-\x9f/\\:*?\"<>|]+", " ", strip_controls(title.replace("\n", " ")))
    name = re.sub(r"\.{2,}", ".", name)
    name = "-".join(name.split())
    # «Менеджер — продажи» or "A - B" gives one hyphen, not three
    name = re.sub(r"(?:-*[‐‑‒–—―-]-*)+", "-", name).strip(".-_")
    name = name[:limit].rstrip(".-_") or "job-description"
    return f"{name}.{extension}"
