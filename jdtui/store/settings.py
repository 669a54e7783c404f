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
#: ``reopen_last``: start on the draft, screen and item of the last run;
#: ``import_limit_mb``: the largest document ``import`` reads; ``library_limit_mb``:
#: the largest library file (the team's, mostly) that is read.
DEFAULTS: dict[str, Any] = {
    "ui_lang": None,
    "backups": 10,
    "team_library": None,
    "team_library_mode": None,
    "reopen_last": True,
    "import_limit_mb": 20,
    "library_limit_mb": 1024,
}


def megabytes(size: int) -> str:
    """``size`` bytes in MB as a limit's message says it: ``"20"``, ``"0.01"``, ``"2.5"``."""
    return f"{size / (1024 * 1024):.2f}".rstrip("0").rstrip(".")


def limit_bytes(value: Any, key: str) -> int:
    """A size limit in MB from the settings, in bytes; its default when the
    value is not a positive number."""
    try:
        megabytes = float(value)
    except (TypeError, ValueError):
        megabytes = float(DEFAULTS[key])
    if not megabytes > 0 or megabytes == float("inf"):
        megabytes = float(DEFAULTS[key])
    return int(megabytes * 1024 * 1024)


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
