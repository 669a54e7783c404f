"""The service the screens and the CLI talk to: library, drafts, settings.

Screens never touch TinyDB; they call this.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import paths
from .errors import NotFoundError, StoreError

if TYPE_CHECKING:
    from ..core.areas import AreaIndex, Classified
    from ..core.harvest import Harvest
    from ..core.importer import ImportResult
    from ..core.model import Block, Library, Role, Template
    from ..core.rule_settings import RuleSettings
    from .backups import Backup, Backups
    from .bin import DeletedDraft
    from .blocks import CustomBlocks
    from .cache import Cache
    from .drafts import DraftStore
    from .recovery import Recovered, Recovery
    from .resume import Place, UndoHistory
    from .settings import Settings
    from .storefiles import FileBackups
    from .team import TeamLibrary

# Every other store module is imported where it is first needed: the app's first
# paint and ``jdtui check`` need only a few of them (this module used to cost 40 ms).

__all__ = ["Workspace"]  # and, lazily, the names in _EXPORTS

#: names this module exports that live in other modules (imported when asked for)
_EXPORTS = {"Backup": ".backups", "STORE_FILES": ".backups", "TEAM_LIBRARY_ENV": ".team"}


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name], __package__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Workspace:
    """Everything one user works with.

    With no arguments it uses the XDG locations and the shipped library.

    A damaged file the workspace can do without (settings, the user's blocks, a
    library file) does not stop it: it is skipped and reported once to ``warn``
    (default: collected in :attr:`warnings`). A damaged draft is reported when
    it is opened, with its latest backup.
    """

    def __init__(
        self,
        data_dir: Path | None = None,
        config_dir: Path | None = None,
        library_files: list[Path] | None = None,
        warn: Callable[[StoreError], None] | None = None,
    ) -> None:
        self.data_dir = data_dir or paths.data_dir()
        self.config_dir = config_dir or paths.config_dir()
        self._library_files = library_files
        self._library: Library | None = None
        #: the library files as they were when it was read (big libraries only; see :meth:`cached`)
        self._library_key: tuple | None = None
        #: problems with files the workspace skipped (see ``warn``)
        self.warnings: list[StoreError] = []
        self._warn = warn
        self._warned: set[str] = set()

    # --- the stores, made when first used ------------------------------------
    @cached_property
    def backup_store(self) -> Backups:
        """Kept versions of drafts."""
        from .backups import Backups

        return Backups(self.data_dir / "backups", keep=self._keep)

    def _keep(self) -> Any:
        return self.setting("backups")  # read at each backup

    @cached_property
    def drafts(self) -> DraftStore:
        from .drafts import DraftStore

        return DraftStore(self._drafts_folder, self.backup_store)

    @property
    def _drafts_folder(self) -> Path:
        return self.data_dir / "drafts"

    @cached_property
    def file_backups(self) -> dict[str, FileBackups]:
        """Backups of the user's other files, by their name in STORE_FILES."""
        from .backups import FILES_FOLDER, Backups
        from .storefiles import FileBackups

        file_backups = Backups(self.backup_store.folder / FILES_FOLDER, keep=self._keep)
        return {
            "blocks": FileBackups(file_backups, "blocks", self.data_dir / "blocks.json"),
            "settings": FileBackups(file_backups, "settings", self.config_dir / "settings.json"),
        }

    @cached_property
    def custom(self) -> CustomBlocks:
        """The user's own blocks."""
        from .blocks import CustomBlocks

        return CustomBlocks(self.data_dir / "blocks.json", backups=lambda: self.file_backups["blocks"])

    @cached_property
    def cache(self) -> Cache:
        """What is slow to make from a big library, kept between runs (``$XDG_CACHE_HOME/jdtui``)."""
        from .cache import Cache

        return Cache()

    @cached_property
    def place(self) -> Place:
        """The last draft, screen and item (for reopening them at the next start)."""
        from .resume import Place

        return Place(self.data_dir / "place.json")

    @cached_property
    def history(self) -> UndoHistory:
        """Each draft's undo history, kept between runs."""
        from .resume import UndoHistory

        return UndoHistory(self.data_dir / "history")

    @cached_property
    def recovery(self) -> Recovery:
        """Text the last run could not save (see :mod:`jdtui.store.recovery`)."""
        from .recovery import Recovery, default_folders

        return Recovery(default_folders(self.data_dir))

    @cached_property
    def settings(self) -> Settings:
        from .settings import Settings

        return Settings(self.config_dir / "settings.json", backups=lambda: self.file_backups["settings"])

    def _report(self, error: StoreError) -> None:
        if str(error) in self._warned:
            return
        self._warned.add(str(error))
        self.warnings.append(error)
        if self._warn is not None:
            self._warn(error)

    def setting(self, key: str) -> Any:
        """A setting; its default when the settings file cannot be read (reported once)."""
        try:
            return self.settings.get(key)
        except StoreError as error:
            from .settings import DEFAULTS

            self._report(error)
            return DEFAULTS.get(key)

    def limit(self, key: str) -> int:
        """A size limit of the settings (``import_limit_mb``, ``library_limit_mb``), in bytes."""
        from .settings import limit_bytes

        return limit_bytes(self.setting(key), key)

    def settings_problem(self) -> StoreError | None:
        """What is wrong with the settings file, if anything (also reported to ``warn``)."""
        try:
            self.settings.all()
        except StoreError as error:
            self._report(error)
            return error
        return None

    # --- library -----------------------------------------------------------
    def library_files(self) -> list[Path]:
        files = (
            list(self._library_files) if self._library_files is not None else paths.shipped_library_files()
        )
        team = self.team_library_path()
        if team is not None and os.path.lexists(team):  # a link is named and refused, not skipped
            files.append(team)
        return files

    def team_library_path(self) -> Path | None:
        from .team import TEAM_LIBRARY_ENV

        value = os.environ.get(TEAM_LIBRARY_ENV) or self.setting("team_library")
        return Path(str(value)).expanduser() if value else None

    def rule_files(self) -> list[tuple[str, Path | None]]:
        """The rule settings files, in the order they apply: the team's, then the user's."""
        from .rule_files import team_rules_path, user_rules_path

        return [
            ("team", team_rules_path(self.team_library_path())),
            ("user", user_rules_path(self.config_dir)),
        ]

    def rule_settings(self) -> RuleSettings | None:
        """The rule settings check applies (the team's file, then the user's own);
        ``None`` when there is no settings file."""
        from .rule_files import load_rule_settings

        return load_rule_settings(self.rule_files())

    def team_library(self) -> TeamLibrary | None:
        """The team library, when one is set up (it may not exist yet)."""
        path = self.team_library_path()
        if path is None:
            return None
        from .team import TEAM_MODE_ENV, TeamLibrary

        mode = os.environ.get(TEAM_MODE_ENV) or self.setting("team_library_mode") or ""
        return TeamLibrary(path, group=str(mode).strip().lower() == "group")

    @property
    def library(self) -> Library:
        """Shipped samples, the team library and the user's own blocks (loaded once)."""
        return self.load_library()

    def load_library(self, progress: Callable[[int, int], None] | None = None) -> Library:
        """:attr:`library`, read now if it is not yet; ``progress(bytes_read,
        bytes_total)`` is called as a big library file is parsed."""
        if self._library is None:
            from .cache import file_key
            from .library import CACHE_ABOVE, load_library

            files = self.library_files()
            shared = self._trusted_team_library(files)
            # taken before the files are read: a value made from what is read is
            # never kept under the key of an older version of the files
            keys = tuple(file_key(path) for path in [*files, self.custom.path])
            big = sum(key[1] for key in keys if key is not None) > CACHE_ABOVE
            self._library_key = keys if big else None
            library = load_library(
                files,
                on_error=self._report,
                progress=progress,
                cache=self.cache,
                shared=shared,
                limit=self.limit("library_limit_mb"),
            )
            try:
                library = library.merged(self.custom.library())
            except StoreError as error:  # skipped, reported with its latest backup
                self._report(error)
            self._library = library
        return self._library

    def _trusted_team_library(self, files: list[Path]) -> tuple[Path, ...]:
        """The team library among ``files``, when it can be trusted (see
        :func:`.team.check_team_library`); else it is taken out of ``files``
        and said why. What is wrong but harmless is warned about."""
        team = self.team_library()
        if team is None or team.path not in files:
            return ()
        try:
            team.check()
        except StoreError as error:
            self._report(error)
            files.remove(team.path)
            return ()
        for warning in team.warnings:
            self._report(warning)
        return (team.path,)

    def cached(self, name: str, make: Callable[[], Any]) -> Any:
        """``make()``, for the library as loaded; for a big library it is kept in
        the cache and made again only when a library file changed. ``make`` must
        return plain values (dicts, lists, tuples, strings, numbers)."""
        self.load_library()
        key = self._library_key
        if key is None:
            return make()
        value = self.cache.load(name, key)
        if value is None:
            value = make()
            self.cache.save(name, key, value)
        return value

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

    def _team(self) -> TeamLibrary:
        from ..i18n import t

        team = self.team_library()
        if team is None:
            raise StoreError(t("store.no_team_library"))
        return team

    def save_team_block(self, block: Block) -> Block:
        """Add ``block`` to the team library (or replace the one with its id), under its lock."""
        saved = self._team().save(block)
        self._library = None
        return saved

    def save_team_template(self, template: Template) -> Template:
        """Add ``template`` to the team library (or replace the one with its id), under its lock."""
        saved = self._team().save_template(template)
        self._library = None
        return saved

    # --- importing ----------------------------------------------------------
    def import_text(
        self, text: str, *, lang: str | None = None, title: str | None = None, any_language: bool = False
    ) -> tuple[ImportResult, Classified]:
        """The document's first (for most documents: only) role, as :meth:`import_roles` reads it."""
        return self.import_roles(text, lang=lang, title=title, any_language=any_language)[0]

    def import_roles(
        self, text: str, *, lang: str | None = None, title: str | None = None, any_language: bool = False
    ) -> list[tuple[ImportResult, Classified]]:
        """Every role the document describes (one for most documents), each read as
        :meth:`import_text` reads one: not stored, its clauses given areas. A document in
        a language other than Russian or English is refused unless ``any_language``
        (:func:`jdtui.core.importer.import_markdown`)."""
        from dataclasses import replace

        from ..core.importer import import_roles

        found = []
        for result in import_roles(text, self.library, lang=lang, title=title, any_language=any_language):
            classified = self.classify(result.role)
            found.append((replace(result, role=classified.role), classified))
        return found

    def classify(self, role: Role) -> Classified:
        """``role`` with its duties, rights and KPIs without areas given the areas of
        the library blocks they read like (:mod:`jdtui.core.areas`)."""
        from ..core.areas import classify_role, index_for

        library = self.library
        index_for(library, role.lang, lambda: self._area_index(library, role.lang))
        return classify_role(role, library)

    def _area_index(self, library: Library, lang: str) -> AreaIndex:
        """The library's index of classified blocks, kept in the cache between runs
        (≈ 60 ms to make for the shipped library, seconds for one of 100,000 blocks;
        a few ms to read back)."""
        from ..core.areas import INDEX_FORMAT, AreaIndex, index_for
        from .cache import file_key

        key = (INDEX_FORMAT, *(file_key(path) for path in [*self.library_files(), self.custom.path]))
        name = f"areas-{lang}"
        kept = self.cache.load(name, key)
        if isinstance(kept, dict):
            try:
                return AreaIndex.from_plain(kept)
            except (KeyError, TypeError, ValueError):
                pass  # not what this version keeps: made again
        index = index_for(library, lang)
        self.cache.save(name, key, index.to_plain())
        return index

    def harvest(self, role: Role, source: str) -> Harvest:
        """The clauses of an imported ``role`` the library lacks, saved as the
        user's own blocks (one write), their provenance «imported from ``source``»."""
        from ..core.harvest import harvest
        from ..i18n import t

        found = harvest(role, self.library, origin=t("harvest.origin", role.lang, file=source))
        if found.blocks:
            self.custom.save_many(found.blocks)
            self._library = None
        return found

    # --- drafts and roles --------------------------------------------------
    def list_drafts(self) -> tuple[list[Role], list[StoreError]]:
        """Readable drafts, newest first, and an error for each unreadable one."""
        roles, errors = self.drafts.load_all()
        roles.sort(key=lambda r: r.updated, reverse=True)
        return roles, errors

    def find(self, role_id: str) -> Role:
        """A draft by id, or a template viewed as a role."""
        # a file of that name first (os.path: False, not an error, for any odd id): `jdtui
        # check` of a template then imports no draft store (≈ 1 ms)
        if os.path.exists(self._drafts_folder / f"{role_id}.json") and self.drafts.exists(role_id):
            return self.drafts.load(role_id)
        template = self.library.templates.get(role_id)
        if template is not None:
            from ..core.compose import template_as_role

            return template_as_role(template)
        from ..i18n import t

        raise NotFoundError(t("cli.no_role", id=role_id))

    def is_draft(self, role_id: str) -> bool:
        return self.drafts.exists(role_id)

    def new_draft(
        self, template_id: str, *, title: str | None = None, variables: Mapping[str, str] | None = None
    ) -> Role:
        from ..core.compose import role_from_template
        from .drafts import new_draft_id, now_iso

        template = self.library.templates.get(template_id)
        if template is None:
            raise NotFoundError(f"no template with id {template_id!r} (see: jdtui list --kind template)")
        role = role_from_template(
            template, role_id=new_draft_id(), now=now_iso(), title=title, variables=variables
        )
        return self.drafts.save(role, expected_revision=None)

    def create_draft(self, role: Role) -> Role:
        """Store a role made elsewhere (an import, a copy) as a new draft."""
        from dataclasses import replace

        from .drafts import new_draft_id, now_iso

        stamp = now_iso()
        role = replace(role, id=new_draft_id(), revision=0, created=stamp, updated=stamp)
        return self.drafts.save(role, expected_revision=None)

    def save(self, role: Role) -> Role:
        """Save a draft over the revision it was loaded at; ConflictError if it moved on.

        The version it replaces is kept as a backup (see :meth:`backups`).
        """
        return self.drafts.save(role, expected_revision=role.revision)

    def delete_draft(self, role_id: str) -> None:
        """Delete a draft: it goes to the bin (:meth:`deleted_drafts`), from
        which :meth:`undelete_draft` brings it back; its backups stay."""
        self.drafts.delete(role_id)

    def deleted_drafts(self) -> list[DeletedDraft]:
        """The bin: drafts that were deleted and have a backup, newest first."""
        from .bin import deleted_drafts

        return deleted_drafts(self.backup_store, set(self.drafts.ids()))

    def undelete_draft(self, role_id: str) -> Role:
        """Bring a deleted draft back from the bin (its latest backup)."""
        from ..i18n import t

        if self.drafts.exists(role_id):
            raise StoreError(t("bin.not_deleted", id=role_id))
        backup = next((b for b in self.backup_store.list(role_id) if not b.damaged), None)
        if backup is None:
            raise NotFoundError(t("bin.not_found", id=role_id))
        return self.drafts.restore(backup)

    def duplicate_draft(self, role_id: str, title: str | None = None) -> Role:
        """A new draft with the same content (a fresh id, status draft, not archived)."""
        from dataclasses import replace

        from ..i18n import t

        role = self.drafts.load(role_id)
        name = (title or "").strip() or t("draft.copy_title", role.lang, title=role.title)
        return self.create_draft(replace(role, title=name, status="draft", archived=False))

    def rename_draft(self, role_id: str, title: str) -> Role:
        """The draft with a new title (the document's position is a variable, not the title)."""
        from dataclasses import replace

        from ..i18n import t

        name = " ".join(title.split())
        if not name:
            raise StoreError(t("draft.empty_title"))
        return self.save(replace(self.drafts.load(role_id), title=name))

    def archive_draft(self, role_id: str, archived: bool = True) -> Role:
        """Put a draft away (or take it back): lists and the portfolio leave it out."""
        from dataclasses import replace

        return self.save(replace(self.drafts.load(role_id), archived=archived))

    # --- backups -----------------------------------------------------------
    def backups(self, draft_id: str) -> list[Backup]:
        """Kept versions of a draft (also of a deleted one), newest first; for a
        name in :data:`STORE_FILES` (``blocks``, ``settings``), of that file."""
        if draft_id in self.file_backups:
            return self.file_backups[draft_id].list()
        return self.backup_store.list(draft_id)

    def backed_up_files(self) -> list[str]:
        """Names (of :data:`STORE_FILES`) of the user's files that have backups."""
        from .backups import STORE_FILES

        return [name for name in STORE_FILES if self.file_backups[name].list()]

    def restore_file_backup(self, name: str, backup: Backup) -> Path:
        """Make ``backup`` the content of the store file ``name`` again; its path.

        The current file is backed up first (even a damaged one), so nothing is lost.
        """
        from .blocks import BLOCKS_KIND
        from .library import library_from_data
        from .settings import SETTINGS_KIND

        files = self.file_backups[name]
        if name == "blocks":
            files.restore(backup, BLOCKS_KIND, library_from_data)
            self._library = None
        else:
            files.restore(backup, SETTINGS_KIND, lambda data, path: None)
        return files.path

    def backed_up_drafts(self) -> list[str]:
        """Ids of every draft that has backups."""
        return self.backup_store.draft_ids()

    def latest_backup(self, draft_id: str) -> Backup | None:
        return self.backup_store.latest(draft_id)

    def restore_backup(self, backup: Backup) -> Role:
        """Make ``backup`` the newest revision of its draft and return it.

        The current version is backed up first, so nothing is lost; an editor
        still holding the old revision gets a conflict on its next save.
        """
        return self.drafts.restore(backup)

    # --- recovery files ------------------------------------------------------
    def bring_back_recovered(self) -> list[Recovered]:
        """Save the text of each recovery file (the last run could not): over its
        draft when the draft has not moved on since, else as a new draft. A file
        is removed once its text is saved; one that cannot be is left, and said."""
        from .errors import ConflictError
        from .recovery import Recovered

        out: list[Recovered] = []
        for path in self.recovery.files():
            try:
                role = self.recovery.read(path)
                as_copy = not self.is_draft(role.id)
                try:
                    saved = self.create_draft(role) if as_copy else self.save(role)
                except ConflictError:
                    saved, as_copy = self.create_draft(role), True
            except StoreError as error:
                out.append(Recovered(path, None, False, error))
                continue
            self.recovery.discard(path)
            out.append(Recovered(path, saved, as_copy, None))
        return out

    # --- settings ----------------------------------------------------------
    def locate(self) -> dict[str, str]:
        """Where everything lives; files that cannot be read are reported to ``warn``."""
        self.settings_problem()
        self.reload_library()  # reads every library file, reporting the damaged ones
        team = self.team_library_path()
        return {
            "data": str(self.data_dir),
            "drafts": str(self.drafts.folder),
            "blocks": str(self.custom.path),
            "backups": str(self.backup_store.folder),
            "settings": str(self.settings.path),
            "cache": str(self.cache.folder),
            "library": ", ".join(str(p) for p in self.library_files() if p != team),
            "team_library": str(team) if team else "",
        }
