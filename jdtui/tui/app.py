"""The Textual app (thin): modes, global keys, the open draft (saving: app_saving).

Screens do the work; the app holds what they share: the workspace, the draft
being composed (:class:`DraftSession`), the UI language, and the save path
(autosave, Ctrl+S, quit, SIGHUP/SIGTERM).
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer

from .. import settle
from ..core.model import Role
from ..i18n import UI_LANGS, lang_from_env, set_ui_lang, t, ui_lang
from ..store.errors import StoreError
from ..store.paths import styles_dir
from ..store.workspace import Workspace
from .keys import localise_bindings
from .messages import RoleChanged, UiLangChanged
from .saving import SavingMixin
from .session import DraftSession

if TYPE_CHECKING:
    from ..store.recovery import Recovered

#: Seconds after the last change before the draft is saved.
AUTOSAVE_DELAY = 0.8


#: Palette actions and the module each needs.
DIALOG_ACTIONS: tuple[tuple[str, str], ...] = (
    ("export", ".screens.check"),
    ("import", ".screens.dialogs"),
    ("restore", ".screens.dialogs"),
    ("custom_block", ".screens.dialogs"),
    ("portfolio", ".screens.report"),
)


def _library_screen() -> Screen:
    from .screens.library import LibraryScreen

    return LibraryScreen()


def _app_commands() -> type:
    from .commands import JdtuiCommands

    return JdtuiCommands


def _open_role_commands() -> type:
    from .commands import OpenRoleProvider

    return OpenRoleProvider


def _compose_screen() -> Screen:
    from .screens.compose import ComposeScreen

    return ComposeScreen()


def _check_screen() -> Screen:
    try:
        from .screens.check import CheckScreen
    except ImportError:  # the Check & Export screen is not installed yet
        from .screens.pending import PendingScreen

        return PendingScreen()
    return CheckScreen()


class JdtuiApp(SavingMixin, App):
    """Compose, check and export job descriptions."""

    CSS_PATH = [str(styles_dir() / name) for name in ("app.tcss", "library.tcss", "compose.tcss")]
    TITLE = "jdtui"
    # The Library is the first mode's screen (``get_default_screen``) and is added to the
    # modes once mounted: a screen from MODES would make Textual parse every stylesheet
    # again, twice, before the first paint.
    MODES = {"compose": _compose_screen, "check": _check_screen}
    DEFAULT_MODE = "library"
    COMMANDS = {_app_commands, _open_role_commands}  # imported when the palette opens
    COMMAND_PALETTE_BINDING = "ctrl+p"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        Binding("f1,ctrl+g", "help", "key.help", id="help"),
        Binding("f2,ctrl+l", "switch_mode('library')", "key.library", id="library"),
        Binding("f3,ctrl+o", "switch_mode('compose')", "key.compose", id="compose"),
        Binding("f4,ctrl+r", "switch_mode('check')", "key.check", id="check"),
        Binding("ctrl+s", "save", "key.save", id="save", show=False),
        Binding("f5,ctrl+n", "portfolio", "key.portfolio", id="portfolio", show=False),
        Binding("f6,ctrl+f", "import", "key.import", id="import", show=False),
        Binding("ctrl+q", "quit", "key.quit", id="quit", priority=True, show=False),
    ]

    def __init__(self, workspace: Workspace | None = None, *, start_notes: Sequence[str] = ()) -> None:
        self.workspace = workspace or Workspace()
        self._settings_error: str | None = None
        #: said once the app is up (a terminal type assumed, say)
        self._start_notes = list(start_notes)
        set_ui_lang(self._initial_lang())
        super().__init__()
        # Until the terminal's first size arrives, Textual lays screens out at Rich's
        # size, which is not the terminal's when TERM is dumb or unknown (a fixed
        # 80×25) or the pty reports 0×0: two sizes then chase each other through
        # Screen._on_resize for ever. Start from the size the driver will report.
        self.console.size = shutil.get_terminal_size()
        #: the draft being composed
        self.session: DraftSession | None = None
        self._autosave: Timer | None = None
        self._saving = False
        #: called to copy the editor's unapplied text into the role before saving
        self.flush_hooks: list[Callable[[], None]] = []
        #: said on the terminal once the app is gone (see ``SavingMixin.save_before_leaving``)
        self.farewell: list[str] = []
        self._previous_handlers = {}

    def on_unmount(self) -> None:
        self._restore_signal_handlers()

    def _handle_exception(self, error: Exception) -> None:
        """A crash: the text as typed is saved (or kept in a recovery file) first;
        the app then exits with status 1."""
        with contextlib.suppress(Exception):
            self.save_before_leaving()
        super()._handle_exception(error)

    def notify(
        self, message: str, *, title: str = "", severity="information", timeout=None, markup: bool = False
    ) -> None:
        """Notifications carry titles, paths and file text: never read them as markup."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    # --- start and language ------------------------------------------------
    def _initial_lang(self) -> str:
        try:
            stored = self.workspace.settings.get("ui_lang")
        except StoreError as error:
            self._settings_error = str(error)
            stored = None
        return stored if stored in UI_LANGS else lang_from_env()

    def get_default_screen(self) -> Screen:
        return _library_screen()

    def on_mount(self) -> None:
        self.add_mode("library", _library_screen)
        self._install_signal_handlers()
        self.screen_change_signal.subscribe(self, lambda screen: localise_bindings(screen))
        localise_bindings(self)
        with contextlib.suppress(StoreError):
            theme = self.workspace.settings.get("theme")
            if theme in self.available_themes:
                self.theme = theme
        for note in self._start_notes:
            self.notify(note, severity="warning", timeout=15)
        if self._settings_error:
            self.notify(
                t("app.settings_unreadable", error=self._settings_error), severity="error", timeout=15
            )
        self._resume_in_background()
        # the Library settles the collector once it is populated; a start that opens
        # elsewhere (the last draft) settles it here, when the start is surely over
        self.set_timer(5, settle)

    # --- where the last run left off ---------------------------------------
    @work(thread=True, exclusive=True, group="open")
    def _resume_in_background(self) -> None:
        """Bring back text the last run could not save; reopen the last run's draft,
        screen and item (setting ``reopen_last``)."""
        workspace = self.workspace
        for recovered in workspace.bring_back_recovered():
            self.call_from_thread(self._say_recovered, recovered)
        try:
            if workspace.settings.get("reopen_last") is False:
                return
            place = workspace.place.read()
            draft_id = place.get("draft")
            if not isinstance(draft_id, str) or not workspace.is_draft(draft_id):
                return
            role = workspace.drafts.load(draft_id)
        except StoreError:
            return  # a damaged draft is reported where it is listed, not here
        undo, redo = workspace.history.read(role.id, role.revision)
        self.call_from_thread(self._resumed, role, undo, redo, place)

    def _say_recovered(self, recovered: Recovered) -> None:
        role = recovered.role
        if role is None:
            message = t("recovery.exists", path=recovered.path, error=recovered.error)
            self.notify(message, severity="error", timeout=30)
        else:
            key = "recovery.back_as_copy" if recovered.as_copy else "recovery.back"
            self.notify(t(key, title=role.title, id=role.id), severity="warning", timeout=30)

    def _resumed(self, role: Role, undo: list[Role], redo: list[Role], place: dict) -> None:
        if self.session is not None:  # the user opened something meanwhile
            return
        self.session = DraftSession(self.workspace, role, undo=undo, redo=redo)
        mode = place.get("mode")
        section, item = place.get("section"), place.get("item")
        if mode == "check":
            self.switch_mode("check")
        elif mode == "compose":
            self._switch_to_compose(
                section if isinstance(section, str) else None, item if isinstance(item, int) else None
            )

    def remember_place(self) -> None:
        """Keep the open draft, the screen and the item, and the draft's undo history,
        for the next start. Never stands in the way of quitting."""
        session = self.session
        section: str | None = None
        item: int | None = None
        position = getattr(self.screen, "place", None)
        if callable(position):
            section, item = position()
        try:
            self.workspace.place.write(session.role_id if session else None, self.current_mode, section, item)
            if session is not None and not session.dirty:
                undo, redo = session.history()
                self.workspace.history.write(session.role_id, session.role.revision, undo, redo)
        except (StoreError, OSError):
            pass

    def set_ui_language(self, lang: str) -> None:
        """Switch the UI language now and remember it."""
        set_ui_lang(lang)
        try:
            self.workspace.settings.set("ui_lang", lang)
        except StoreError as error:
            self.notify(str(error), severity="error")
        localise_bindings(self)
        for stack in self._screen_stacks.values():
            for screen in stack:
                localise_bindings(screen)
                screen.post_message(UiLangChanged(lang))
        for screen in self.screen_stack:
            localise_bindings(screen)
        self.refresh_bindings()
        self.notify(t("app.lang_switched"))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The key of the screen already shown is left out of the footer (room at 80 columns)."""
        return not (action == "switch_mode" and parameters and parameters[0] == self.current_mode)

    def action_toggle_ui_lang(self) -> None:
        self.set_ui_language("en" if ui_lang() == "ru" else "ru")

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"
        with contextlib.suppress(StoreError):
            self.workspace.settings.set("theme", self.theme)

    def action_help(self) -> None:
        bindings = self.screen.active_bindings
        try:
            from .screens.help import HelpScreen
        except ImportError:
            from .screens.pending import KeysScreen as HelpScreen
        self.push_screen(HelpScreen(bindings))

    # --- palette targets ---------------------------------------------------
    def library_tab(self, tab: str) -> None:
        """Show the Library on the templates, blocks or drafts tab."""
        self.switch_mode("library")
        self.call_after_refresh(self.screen.show_tab, tab)  # type: ignore[attr-defined]

    def compose_action(self, action: str) -> None:
        """Run a Compose action (from the palette), showing Compose first."""
        if self.session is None:
            self.notify(t("app.no_draft"), severity="warning")
            return
        self.switch_mode("compose")
        self.call_after_refresh(self.screen.run_action, action)

    def check_action_now(self, action: str) -> None:
        """Run a Check & Export action (from the palette), showing that screen first."""
        if self.session is None:
            self.notify(t("app.no_draft"), severity="warning")
            return
        self.switch_mode("check")
        self.call_after_refresh(self.screen.run_action, action)

    def action_command_palette(self) -> None:
        """The command palette, in the UI language."""
        from .commands import JdtuiPalette

        if self.use_command_palette and not JdtuiPalette.is_open(self):
            self.push_screen(JdtuiPalette(placeholder=t("palette.placeholder"), id="--command-palette"))

    def open_details(self, field: str = "organization") -> None:
        """Show Compose's details form with the cursor in ``field`` (a variable name, or title)."""
        self.compose_action(f"details({field!r})")

    def dialog_actions(self) -> list[str]:
        """Actions whose dialogs are installed (export, import, …)."""
        from importlib.util import find_spec

        out = []
        for action, module in DIALOG_ACTIONS:
            if find_spec(module, __package__) is not None:
                out.append(action)
        return out

    # --- dialogs ---------------------------------------------------------------
    def action_export(self) -> None:
        """Export through the Check & Export screen (it checks first)."""
        if self.session is None:
            self.notify(t("app.no_draft"), severity="warning")
            return
        self.switch_mode("check")
        self.call_after_refresh(self.screen.run_action, "export")

    def action_import(self) -> None:
        from .screens.dialogs import ImportDialog

        self.push_screen(ImportDialog(), lambda role_id: role_id and self.open_role(role_id))

    def action_restore(self) -> None:
        """Restore the open draft, your own blocks or the settings from a backup."""
        from .screens.dialogs import RestoreDialog

        if self.session is None:
            self.push_screen(RestoreDialog(), self._restored)
            return
        self._save_now_quietly()
        self.push_screen(RestoreDialog(self.session.role_id, self.session.role.title), self._restored)

    def _restored(self, role: Role | None) -> None:
        if role is not None:
            self.session = DraftSession(self.workspace, role)
            self.screen.post_message(RoleChanged(role))

    def action_custom_block(self) -> None:
        """Write a block of your own; in Compose it is added to the selected section."""
        from .screens.dialogs import CustomBlockDialog

        kind_of = getattr(self.screen, "selected_kind", None)
        kind = kind_of() if kind_of else "duty"
        lang = self.session.role.lang if self.session else ui_lang()
        self.push_screen(CustomBlockDialog(kind=kind, lang=lang), self._custom_block_saved)

    def _custom_block_saved(self, block) -> None:
        if block is None:
            return
        insert = getattr(self.screen, "insert_block", None)
        if insert is not None and self.session is not None:
            insert(block.id)

    def action_portfolio(self) -> None:
        from .screens.report import PortfolioScreen

        self.push_screen(PortfolioScreen())

    # --- the open draft ----------------------------------------------------
    def open_role(self, role_id: str) -> None:
        """Open a draft, or make a draft from a template, in Compose.

        Reading or writing the draft happens in a worker; Compose shows it when ready.
        """
        self._open_in_background(role_id)

    @work(thread=True, exclusive=True, group="open")
    def _open_in_background(self, role_id: str) -> None:
        try:
            created = not self.workspace.is_draft(role_id)
            role = self.workspace.new_draft(role_id) if created else self.workspace.drafts.load(role_id)
        except StoreError as error:
            self.call_from_thread(self.notify, str(error), severity="error", timeout=10)
            return
        undo, redo = ([], []) if created else self.workspace.history.read(role.id, role.revision)
        self.call_from_thread(self._opened, role, created, undo, redo)

    def _opened(self, role: Role, created: bool, undo: list[Role], redo: list[Role]) -> None:
        self._save_now_quietly()
        self.remember_place()  # the draft being left keeps its undo history
        self.session = DraftSession(self.workspace, role, undo=undo, redo=redo)
        self._switch_to_compose(None, None)
        if created:
            self.notify(t("app.draft_created", title=role.title))

    def close_role(self) -> None:
        """Forget the open draft (it was deleted elsewhere): nothing is saved over it."""
        if self._autosave is not None:
            self._autosave.stop()
            self._autosave = None
        self.session = None

    def open_item(self, section_id: str, item: int | None) -> None:
        """Show Compose with this item (or section) selected."""
        self._switch_to_compose(section_id, item)

    def _switch_to_compose(self, section_id: str | None, item: int | None) -> None:
        self.switch_mode("compose")
        if self.session is not None:
            self.screen.post_message(RoleChanged(self.session.role))
        if section_id is not None:
            select = getattr(self.screen, "select_item", None)
            if select is not None:
                self.call_after_refresh(select, section_id, item)

    def apply_role(self, role: Role, *, coalesce: object = None) -> bool:
        """Make ``role`` the open draft's new value; schedules autosave."""
        if self.session is None or not self.session.apply(role, coalesce=coalesce):
            return False
        self.role_changed()
        return True

    def role_changed(self) -> None:
        """Tell the active screen the role changed and schedule an autosave."""
        if self.session is None:
            return
        self.screen.post_message(RoleChanged(self.session.role))
        if self._autosave is not None:
            self._autosave.stop()
        self._autosave = self.set_timer(AUTOSAVE_DELAY, self._autosave_due)

    def action_undo(self) -> None:
        if self.session is not None and self.session.undo():
            self.role_changed()
        else:
            self.bell()
            self.notify(t("app.nothing_to_undo"), timeout=3)

    def action_redo(self) -> None:
        if self.session is not None and self.session.redo():
            self.role_changed()
        else:
            self.bell()
            self.notify(t("app.nothing_to_redo"), timeout=3)
