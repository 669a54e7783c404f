"""Recovery files: the open draft's text when the last save before the app went
(a dropped connection, a kill) could not be written.

A recovery file is a draft file (the format backups have), named
``<draft-id>-<timestamp>.json``, private (0600 in a 0700 folder). It is written
to the first of these places that takes it: ``$XDG_DATA_HOME/jdtui/recovery``
(beside the drafts), ``$XDG_STATE_HOME/jdtui/recovery`` (another folder, often
another disk's worth of room), and a private folder in the system's temporary
folder. The next start finds them in any of these places and brings them back
(:meth:`Recovery.bring_back`); a file is removed only once its text is saved.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..core.model import Role
from ..i18n import t
from .backups import DRAFT_ID
from .drafts import DRAFT_KIND, draft_bytes, role_from_data
from .errors import StoreError
from .safe import ensure_private_dir, parse, read_regular, write_bytes


@dataclass(frozen=True)
class Recovered:
    """What became of one recovery file at start."""

    path: Path
    #: the draft that now holds its text (``None``: the file is still there, see ``error``)
    role: Role | None
    #: the draft had moved on (or was gone): the text is a new draft
    as_copy: bool
    error: StoreError | None


def default_folders(data_dir: Path) -> list[Path]:
    """Where recovery files go, in the order they are tried."""
    from .paths import state_dir

    uid = os.getuid() if hasattr(os, "getuid") else 0
    return [
        data_dir / "recovery",
        state_dir() / "recovery",
        Path(tempfile.gettempdir()) / f"jdtui-{uid}" / "recovery",
    ]


def _refuse_foreign(folder: Path) -> None:
    """A folder (or its parent) that is a link or someone else's (in a shared
    temporary folder, say) is no place for the user's text."""
    for place in (folder.parent, folder):
        info = os.lstat(place)
        if stat.S_ISLNK(info.st_mode) or info.st_uid != os.geteuid():
            raise StoreError(t("recovery.foreign_folder"), place)


class Recovery:
    """The recovery files in ``folders`` (tried in order when one is written)."""

    def __init__(self, folders: Iterable[Path]) -> None:
        self.folders = list(dict.fromkeys(folders))

    def keep(self, role: Role) -> Path:
        """Write ``role`` as a recovery file in the first folder that takes it; its path.

        StoreError (the last place's reason) when none does.
        """
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")
        raw = draft_bytes(role)
        problem: StoreError | None = None
        for folder in self.folders:
            path = folder / f"{role.id}-{stamp}.json"
            try:
                ensure_private_dir(folder.parent)
                ensure_private_dir(folder)
                _refuse_foreign(folder)
                write_bytes(path, raw)
            except StoreError as error:
                problem = error
                continue
            except OSError as error:
                problem = StoreError(t("store.write_failed", reason=error.strerror or error), path)
                continue
            return path
        raise problem or StoreError(t("store.write_failed", reason="no folder"))

    def files(self) -> list[Path]:
        """Every recovery file, oldest first."""
        found: list[Path] = []
        for folder in self.folders:
            with contextlib.suppress(OSError):
                found.extend(
                    path
                    for path in folder.iterdir()
                    if path.suffix == ".json" and DRAFT_ID.match(path.stem) and path.is_file()
                )
        return sorted(found, key=lambda path: path.stem.rsplit("-", 1)[-1])

    def read(self, path: Path) -> Role:
        """The text a recovery file holds; StoreError if it cannot be read."""
        try:
            raw = read_regular(path)
        except FileNotFoundError:
            raise StoreError(t("store.read_failed", reason="gone"), path) from None
        return role_from_data(parse(raw, path, DRAFT_KIND), path)

    def discard(self, path: Path) -> None:
        with contextlib.suppress(OSError):
            path.unlink()
