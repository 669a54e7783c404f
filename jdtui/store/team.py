"""The team library: templates and blocks a team shares on one server.

Its path comes from ``JDTUI_TEAM_LIBRARY`` or the setting ``team_library``. Every
write holds the file's lock and replaces the file atomically, like the user
store. With group mode (``JDTUI_TEAM_MODE=group`` or the setting
``team_library_mode = "group"``) new files are 0660 and a folder jdtui creates is
2770 (setgid, so files keep the folder's group); otherwise 0600/0700. A folder
that exists already keeps the mode its owner gave it.

Locks are ``flock`` locks: reliable on a local disk, not necessarily across
machines on NFS or SMB; keep the team library on a local disk of the server.
"""

from __future__ import annotations

from pathlib import Path

from ..core.model import Template
from .blocks import CustomBlocks
from .safe import DIR_MODE, FILE_MODE

TEAM_LIBRARY_ENV = "JDTUI_TEAM_LIBRARY"
TEAM_MODE_ENV = "JDTUI_TEAM_MODE"
GROUP_FILE_MODE = 0o660
GROUP_DIR_MODE = 0o2770


class TeamLibrary(CustomBlocks):
    """A library file shared by a team; ``group`` makes new files group-writable."""

    def __init__(self, path: Path, *, group: bool = False) -> None:
        super().__init__(
            path,
            mode=GROUP_FILE_MODE if group else FILE_MODE,
            dir_mode=GROUP_DIR_MODE if group else DIR_MODE,
            shared=True,
        )
        self.group = group

    def save_template(self, template: Template) -> Template:
        """Add ``template`` to the team library, or replace the one with its id."""
        self._upsert("templates", template.to_dict())
        return template

    def delete_template(self, template_id: str) -> bool:
        return self._remove("templates", template_id)
