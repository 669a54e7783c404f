"""The role being composed: its value, undo and redo, and saving.

Pure Python (no Textual), so it can be tested on its own and used from a
signal handler. The role is an immutable value; every edit replaces it.
Saving may run in a worker thread while the user keeps editing: the saved
revision is kept apart from the role's content, so an edit made during a save
is neither lost nor marked clean.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable
from dataclasses import replace

from ..core.model import Role
from ..store.backups import Backup
from ..store.workspace import Workspace

#: How many steps undo remembers.
UNDO_LIMIT = 200


class DraftSession:
    """One open draft: the current role, undo and redo stacks, and a dirty flag."""

    def __init__(
        self,
        workspace: Workspace,
        role: Role,
        *,
        undo: list[Role] | None = None,
        redo: list[Role] | None = None,
    ) -> None:
        self.workspace = workspace
        self._role = role
        self._saved = role
        self._revision = role.revision
        self._stamps = (role.created, role.updated)
        #: steps kept from an earlier run (``store.resume.UndoHistory``) carry on
        self._undo: list[Role] = list(undo or ())[-UNDO_LIMIT:]
        self._redo: list[Role] = list(redo or ())[-UNDO_LIMIT:]
        self._last_key: Hashable | None = None
        self._save_lock = threading.Lock()

    # --- the role ----------------------------------------------------------
    @property
    def role(self) -> Role:
        """The current role, carrying the latest saved revision."""
        created, updated = self._stamps
        role = self._role
        if role.revision == self._revision and role.updated == updated:
            return role
        return replace(role, revision=self._revision, created=created, updated=updated)

    @property
    def role_id(self) -> str:
        return self._role.id

    @property
    def dirty(self) -> bool:
        """Whether the role has changes that are not saved."""
        return self._role != self._saved

    def apply(self, role: Role, *, coalesce: Hashable | None = None) -> bool:
        """Make ``role`` the current role; ``False`` when nothing changed.

        Consecutive changes with the same ``coalesce`` key (typing into one
        item) make a single undo step.
        """
        if role == self._role:
            return False
        if coalesce is None or coalesce != self._last_key or not self._undo:
            self._undo.append(self._role)
            del self._undo[:-UNDO_LIMIT]
        self._redo.clear()
        self._last_key = coalesce
        self._role = role
        return True

    def end_coalescing(self) -> None:
        """The next change starts a new undo step."""
        self._last_key = None

    def history(self) -> tuple[list[Role], list[Role]]:
        """The undo and redo steps, oldest first (to keep them for the next run)."""
        return list(self._undo), list(self._redo)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> bool:
        if not self._undo:
            return False
        self._redo.append(self._role)
        self._role = self._undo.pop()
        self._last_key = None
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        self._undo.append(self._role)
        self._role = self._redo.pop()
        self._last_key = None
        return True

    # --- saving ------------------------------------------------------------
    def save(self) -> int:
        """Save the current role over the revision last saved; the new revision.

        Raises :class:`jdtui.store.errors.ConflictError` when someone else saved
        the draft since, and writes nothing then. Safe to call from a worker
        thread: saves are serialised, and edits made meanwhile stay dirty.
        """
        with self._save_lock:
            content = self._role
            saved = self.workspace.save(replace(content, revision=self._revision))
            self._stamps = (saved.created, saved.updated)
            self._revision = saved.revision
            self._saved = content
            return saved.revision

    def reload(self) -> Role:
        """Replace the role with the stored draft (after a conflict); history is cleared."""
        with self._save_lock:
            role = self.workspace.drafts.load(self._role.id)
            self._role = self._saved = role
            self._revision = role.revision
            self._stamps = (role.created, role.updated)
            self._undo.clear()
            self._redo.clear()
            self._last_key = None
            return role

    def keep_unsaved(self) -> Backup:
        """Keep the current role as a backup of the draft (its text survives
        whatever is chosen after a conflict); StoreError if it cannot be written."""
        return self.workspace.drafts.keep_unsaved(self.role)

    def save_as_copy(self) -> DraftSession:
        """Save the current role as a new draft and return its session."""
        copy = self.workspace.create_draft(self._role)
        return DraftSession(self.workspace, copy)
