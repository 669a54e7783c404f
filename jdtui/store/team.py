"""The team library: templates and blocks a team shares on one server.

Its path comes from ``JDTUI_TEAM_LIBRARY`` or the setting ``team_library``. Every
write holds the file's lock and replaces the file atomically, like the user
store. With group mode (``JDTUI_TEAM_MODE=group`` or the setting
``team_library_mode = "group"``) new files are 0660 and a folder jdtui creates is
2770 (setgid, so files keep the folder's group); otherwise 0600/0700. A folder
that exists already keeps the mode its owner gave it.

The team library lives where others can write, so it is read as a hostile
neighbour might have left it (:func:`check_team_library`): never through a
symbolic link, never a FIFO, device or file with several hard links, in group
mode only a file shared with the folder's group; a world-writable file or folder
is warned about.

Locks are ``flock`` locks: reliable on a local disk, not necessarily across
machines on NFS or SMB; keep the team library on a local disk of the server.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..core.model import Library, Template
from ..i18n import t
from .blocks import CustomBlocks
from .errors import StoreError
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
        #: what :func:`check_team_library` warned about at the last read or write
        self.warnings: list[StoreError] = []

    def check(self) -> None:
        """Refuse the file or its folder now if it cannot be trusted (StoreError)."""
        self.warnings = check_team_library(self.path, group=self.group)

    def _guard(self) -> None:
        self.check()

    def library(self) -> Library:
        self.check()
        return super().library()

    def save_template(self, template: Template) -> Template:
        """Add ``template`` to the team library, or replace the one with its id."""
        self._upsert("templates", template.to_dict())
        return template

    def delete_template(self, template_id: str) -> bool:
        return self._remove("templates", template_id)


def _mode(info: os.stat_result) -> str:
    return f"{stat.S_IMODE(info.st_mode):04o}"


def check_team_library(path: Path, *, group: bool = False) -> list[StoreError]:
    """What is wrong with the team library at ``path`` and its folder.

    Raises StoreError (one line, naming the file) for what makes it unusable: a
    folder that is a link owned by someone other than us or root; a file that is
    a link, not a regular file, or has several hard links; in group mode, a file
    the group cannot read or whose group is not the folder's. Returns warnings
    for a world-writable folder or file. A file that does not exist yet is fine.
    """
    warnings: list[StoreError] = []
    folder = path.parent
    try:
        link = os.lstat(folder)
        folder_info = os.stat(folder)
    except FileNotFoundError:
        return warnings
    except OSError as error:
        raise StoreError(t("store.read_failed", reason=error.strerror or error), folder) from None
    if stat.S_ISLNK(link.st_mode) and link.st_uid not in (0, os.geteuid()):
        raise StoreError(t("reliability.folder_link", uid=link.st_uid), folder)
    if not stat.S_ISDIR(folder_info.st_mode):
        raise StoreError(t("store.not_folder"), folder)
    if folder_info.st_mode & stat.S_IWOTH:
        warnings.append(StoreError(t("reliability.world_writable_folder", mode=_mode(folder_info)), folder))
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return warnings
    except OSError as error:
        raise StoreError(t("store.read_failed", reason=error.strerror or error), path) from None
    if stat.S_ISLNK(info.st_mode):
        raise StoreError(t("reliability.symlink"), path)
    if stat.S_ISDIR(info.st_mode):
        raise StoreError(t("store.is_folder"), path)
    if not stat.S_ISREG(info.st_mode):
        from .safe import file_kind

        raise StoreError(t("reliability.not_regular", kind=file_kind(info.st_mode)), path)
    if info.st_nlink > 1:
        raise StoreError(t("reliability.hard_link", count=info.st_nlink), path)
    if group:
        if not info.st_mode & stat.S_IRGRP:
            raise StoreError(t("reliability.not_group_readable", mode=_mode(info)), path)
        if info.st_gid != folder_info.st_gid:
            raise StoreError(t("reliability.wrong_group", group=info.st_gid, folder=folder_info.st_gid), path)
    if info.st_mode & stat.S_IWOTH:
        warnings.append(StoreError(t("reliability.world_writable_file", mode=_mode(info)), path))
    return warnings
