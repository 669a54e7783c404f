"""The service the screens and the CLI talk to: library, drafts, settings.

Screens never touch TinyDB; they call this.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Mapping

from ..core.compose import role_from_template, template_as_role
from ..core.model import Block, Library, Role, Template
from . import paths
from .blocks import CustomBlocks
from .drafts import DraftStore, new_draft_id, now_iso
from .errors import NotFoundError, StoreError
from .library import load_library
from .settings import Settings

TEAM_LIBRARY_ENV = "JDTUI_TEAM_LIBRARY"


class Workspace:
    """Everything one user works with.

    With no arguments it uses the XDG locations and the shipped library.
    """

    def __init__(
        self,
        data_dir: Path | None = None,
        config_dir: Path | None = None,
        library_files: list[Path] | None = None,
    ) -> None:
        self.data_dir = data_dir or paths.data_dir()
        self.config_dir = config_dir or paths.config_dir()
        self.drafts = DraftStore(self.data_dir / "drafts")
        self.custom = CustomBlocks(self.data_dir / "blocks.json")
        self.settings = Settings(self.config_dir / "settings.json")
        self._library_files = library_files
        self._library: Library | None = None

    # --- library -----------------------------------------------------------
    def library_files(self) -> list[Path]:
        files = list(self._library_files) if self._library_files is not None else paths.shipped_library_files()
        team = self.team_library_path()
        if team is not None and team.exists():
            files.append(team)
        return files

    def team_library_path(self) -> Path | None:
        value = os.environ.get(TEAM_LIBRARY_ENV) or self.settings.get("team_library")
        return Path(value).expanduser() if value else None

    @property
    def library(self) -> Library:
        """Shipped samples, the team library and the user's own blocks (loaded once)."""
        if self._library is None:
            self._library = load_library(self.library_files()).merged(self.custom.library())
        return self._library

    def reload_library(self) -> Library:
        self._library = None
        return self.library

    def templates(self, lang: str | None = None) -> list[Template]:
        out = [t for t in self.library.templates.values() if lang in (None, t.lang)]
        return sorted(out, key=lambda t: (t.lang, t.family, t.title.casefold()))

    def save_block(self, block: Block) -> Block:
        saved = self.custom.save(block)
        self._library = None
        return saved

    # --- drafts and roles --------------------------------------------------
    def list_drafts(self) -> tuple[list[Role], list[StoreError]]:
        roles, errors = self.drafts.load_all()
        roles.sort(key=lambda r: r.updated, reverse=True)
        return roles, errors

    def find(self, role_id: str) -> Role:
        """A draft by id, or a template viewed as a role."""
        template = self.library.templates.get(role_id)
        if self.drafts.exists(role_id):
            return self.drafts.load(role_id)
        if template is not None:
            return template_as_role(template)
        raise NotFoundError(f"no draft or template with id {role_id!r} (see: jdtui list)")

    def is_draft(self, role_id: str) -> bool:
        return self.drafts.exists(role_id)

    def new_draft(
        self, template_id: str, *, title: str | None = None, variables: Mapping[str, str] | None = None
    ) -> Role:
        template = self.library.templates.get(template_id)
        if template is None:
            raise NotFoundError(f"no template with id {template_id!r} (see: jdtui list --kind template)")
        role = role_from_template(template, role_id=new_draft_id(), now=now_iso(), title=title, variables=variables)
        return self.drafts.save(role, expected_revision=None)

    def create_draft(self, role: Role) -> Role:
        """Store a role made elsewhere (an import, a copy) as a new draft."""
        stamp = now_iso()
        role = replace(role, id=new_draft_id(), revision=0, created=stamp, updated=stamp)
        return self.drafts.save(role, expected_revision=None)

    def save(self, role: Role) -> Role:
        """Save a draft over the revision it was loaded at; ConflictError if it moved on."""
        return self.drafts.save(role, expected_revision=role.revision)

    def delete_draft(self, role_id: str) -> None:
        self.drafts.delete(role_id)

    # --- settings ----------------------------------------------------------
    def locate(self) -> dict[str, str]:
        team = self.team_library_path()
        return {
            "data": str(self.data_dir),
            "drafts": str(self.drafts.folder),
            "blocks": str(self.custom.path),
            "settings": str(self.settings.path),
            "library": ", ".join(str(p) for p in self.library_files() if p != team),
            "team_library": str(team) if team else "",
        }

