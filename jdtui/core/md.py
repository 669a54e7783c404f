"""The one Markdown parser configuration used everywhere (render tests, import,
preview), and the escaping that keeps user text literal in Markdown."""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """CommonMark with GFM tables and strikethrough; raw HTML is not rendered."""
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


# "_" between two letters or digits never emphasises, so {{approver_title}} stays readable;
# a run of them ("____ 20__ г.", a blank to sign on) is escaped whole.
_INLINE_SPECIAL = re.compile(r"([\\`*\[\]<>~]|(?<![^\W_])_|_(?![^\W_]))")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# Only a marker followed by a space (or the end) opens a block: "1. x" yes, "01.12.2026" no.
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d{1,9}(?=[.)](?:\s|$)))")


def escape(text: str, *, table: bool = False) -> str:
    """Text as Markdown that renders to exactly ``text`` (newlines become spaces)."""
    text = " ".join(text.split())
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _ENTITY.sub("&amp;", text)
    text = _LINE_START.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), text)
    if table:
        text = text.replace("|", r"\|")
    return text


def _escape_marker(marker: str) -> str:
    if marker.isdigit():
        return marker + "\\"  # "1." at line start would open a list: "1\." does not
    return "\\" + marker
