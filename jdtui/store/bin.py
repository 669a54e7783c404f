"""The bin: drafts that were deleted, found through their backups.

Deleting a draft keeps its last version as a backup (``store.drafts``), so the
bin is not a folder of its own: it is every draft that has backups but no file.
"""

from __future__ import annotations

from dataclasses import dataclass

from .backups import Backups
from .drafts import DRAFT_KIND, role_from_data
from .errors import StoreError
from .safe import parse, read_bytes


@dataclass(frozen=True, slots=True)
class DeletedDraft:
    """A draft in the bin: its id, title and language as last saved, and when it went."""

    id: str
    title: str
    lang: str
    deleted: str


def deleted_drafts(backups: Backups, present: set[str]) -> list[DeletedDraft]:
    """Drafts with backups that are not in ``present``, newest deletion first."""
    found = []
    for draft_id in backups.draft_ids():
        if draft_id in present:
            continue
        latest = next((b for b in backups.list(draft_id) if not b.damaged), None)
        if latest is None:
            continue
        try:
            role = role_from_data(parse(read_bytes(latest.path) or b"", latest.path, DRAFT_KIND), latest.path)
        except StoreError:
            continue  # an unreadable backup: `jdtui backups ID` still lists it
        found.append(DeletedDraft(draft_id, role.title, role.lang, latest.created))
    return sorted(found, key=lambda d: d.deleted, reverse=True)
