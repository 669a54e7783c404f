"""User settings: a small TinyDB file in the config folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tinydb.table import Document

from .safe import read_json
from .tinystore import transaction

SETTINGS_KIND = "jdtui-settings"
#: ``backups``: versions kept per draft; ``team_library``: path of the team
#: library; ``team_library_mode``: ``"group"`` to share its files with the group.
DEFAULTS: dict[str, Any] = {"ui_lang": None, "backups": 10, "team_library": None, "team_library_mode": None}


class Settings:
    def __init__(self, path: Path) -> None:
        self.path = path

    def all(self) -> dict[str, Any]:
        data = read_json(self.path, SETTINGS_KIND) or {}
        table = data.get("settings")
        stored = table.get("1") if isinstance(table, dict) else None
        return {**DEFAULTS, **(stored if isinstance(stored, dict) else {})}

    def get(self, key: str) -> Any:
        return self.all().get(key)

    def set(self, key: str, value: Any) -> None:
        with transaction(self.path, SETTINGS_KIND) as db:
            table = db.table("settings")
            current = dict(table.get(doc_id=1) or {})
            current[key] = value
            table.upsert(Document(current, doc_id=1))
