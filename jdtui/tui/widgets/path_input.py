"""A path field that completes file and folder names with Tab, as a shell does."""

from __future__ import annotations

import os
from pathlib import Path

from textual.binding import Binding
from textual.suggester import Suggester
from textual.widgets import Input

#: names listed per folder when completing (a huge folder is not read whole)
LIST_LIMIT = 2000


def complete_path(typed: str) -> str | None:
    """The longest completion of ``typed`` among the names in its folder (a
    folder gets its ``/``), or None when nothing (or nothing more) matches.
    Hidden names complete only when a dot was typed."""
    if not typed:
        return None
    folder_part, _, stem = typed.rpartition("/")
    folder = Path(os.path.expanduser(folder_part + "/" if folder_part or typed.startswith("/") else "."))
    try:
        names = []
        with os.scandir(folder) as listing:
            for index, entry in enumerate(listing):
                if index >= LIST_LIMIT:
                    break
                if entry.name.startswith(stem) and (stem.startswith(".") or not entry.name.startswith(".")):
                    try:
                        is_dir = entry.is_dir()
                    except OSError:
                        is_dir = False
                    names.append(entry.name + ("/" if is_dir else ""))
    except OSError:
        return None
    if not names:
        return None
    common = os.path.commonprefix(names)  # noqa: RUF071  (names, not paths: character by character is meant)
    if len(common) <= len(stem):
        return None
    prefix = typed[: len(typed) - len(stem)]
    return prefix + common


class PathSuggester(Suggester):
    """Suggests the completion of the typed path (shown dimmed after the cursor)."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        return complete_path(value)


class PathInput(Input):
    """An Input for a path: Tab takes the completion, or moves on when there is none."""

    BINDINGS = [Binding("tab", "complete", "key.complete_path", show=False)]

    def __init__(self, value: str = "", **kwargs) -> None:
        super().__init__(value, suggester=PathSuggester(), **kwargs)

    def action_complete(self) -> None:
        completion = complete_path(self.value) if self.cursor_at_end else None
        if completion and completion != self.value:
            self.value = completion
            self.cursor_position = len(self.value)
        else:
            self.screen.focus_next()
