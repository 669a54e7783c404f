"""A path field that completes file and folder names with Tab, as a shell does."""

from __future__ import annotations

import os
from pathlib import Path

from textual.binding import Binding
from textual.suggester import Suggester
from textual.widgets import Input

from ...core.text import strip_controls
from ...i18n import t

#: names listed per folder when completing (a huge folder is not read whole)
LIST_LIMIT = 2000


def path_matches(typed: str) -> list[str]:
    """The names in ``typed``'s folder that start as its last part does (a
    folder with its ``/``), sorted; hidden names only when a dot was typed."""
    if not typed:
        return []
    folder_part, _, stem = typed.rpartition("/")
    folder = Path(os.path.expanduser(folder_part + "/" if folder_part or typed.startswith("/") else "."))
    names = []
    try:
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
        return []
    return sorted(names)


def complete_path(typed: str) -> str | None:
    """The longest completion of ``typed`` among the names in its folder (a
    folder gets its ``/``), or None when nothing (or nothing more) matches.
    Hidden names complete only when a dot was typed."""
    names = path_matches(typed)
    if not names:
        return None
    stem = typed.rpartition("/")[2]
    common = os.path.commonprefix(names)  # noqa: RUF071  (names, not paths: character by character is meant)
    if len(common) <= len(stem):
        return None
    prefix = typed[: len(typed) - len(stem)]
    return prefix + common


#: names listed when Tab finds several (as a shell lists them)
NAMES_SHOWN = 8


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
            return
        names = path_matches(self.value) if self.cursor_at_end else []
        if len(names) > 1:  # several fit and nothing more is common: say which, stay
            shown = ", ".join(names[:NAMES_SHOWN])
            if len(names) > NAMES_SHOWN:
                shown += " " + t("path.more", count=len(names) - NAMES_SHOWN)
            # file names are data: no markup, no control characters
            self.notify(strip_controls(t("path.candidates", names=shown)), timeout=8, markup=False)
            return
        self.screen.focus_next()
