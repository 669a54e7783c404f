"""User settings: a small TinyDB file in the config folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .backed import BackedUpFile
from .errors import StoreError
from .safe import read_json

if TYPE_CHECKING:
    from .backed import BackupsArg

SETTINGS_KIND = "jdtui-settings"
#: ``backups``: versions kept per draft; ``team_library``: path of the team
#: library; ``team_library_mode``: ``"group"`` to share its files with the group;
#: ``reopen_last``: start on the draft, screen and item of the last run.
DEFAULTS: dict[str, Any] = {
    "ui_lang": None,
    "backups": 10,
    "team_library": None,
    "team_library_mode": None,
    "reopen_last": True,
}


class Settings(BackedUpFile):
    """The settings file; with ``backups``, each write keeps the previous file first."""

    def __init__(self, path: Path, backups: BackupsArg = None) -> None:
        self.path = path
        self.backups = backups

    def all(self) -> dict[str, Any]:
        try:
            data = read_json(self.path, SETTINGS_KIND) or {}
        except StoreError as error:
            raise self._explain(error) from None
        table = data.get("settings")
        stored = table.get("1") if isinstance(table, dict) else None
        return {**DEFAULTS, **(stored if isinstance(stored, dict) else {})}

    def get(self, key: str) -> Any:
        return self.all().get(key)

    def set(self, key: str, value: Any) -> None:
        from tinydb.table import Document

        from .tinystore import transaction

        try:
            with transaction(self.path, SETTINGS_KIND) as db:
                if self.backups is not None:
                    self.backups.keep_current()
                table = db.table("settings")
                current = dict(table.get(doc_id=1) or {})
                current[key] = value
                table.upsert(Document(current, doc_id=1))
        except StoreError as error:
            raise self._explain(error) from None
