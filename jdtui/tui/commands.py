"""Command palette providers: every action of the app, and opening any role by name.

Commands call the same actions the keys call, so keys and palette share one path.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Protocol

from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from ..i18n import t, ui_lang


class PaletteHost(Protocol):
    """What the palette asks of the app (the app is this; the palette never imports it)."""

    def run_action(self, action: str) -> object: ...
    def switch_mode(self, mode: str) -> object: ...
    def library_tab(self, tab: str) -> None: ...
    def compose_action(self, action: str) -> None: ...
    def dialog_actions(self) -> Iterable[str]: ...
    def set_ui_language(self, lang: str) -> None: ...
    def search_themes(self) -> None: ...
    def check_action_now(self, action: str) -> None: ...


@dataclass(frozen=True)
class Command:
    """One palette entry: catalogue keys for its title and help, and what it does."""

    title: str
    help: str
    run: Callable[[], object]


def app_commands(app: PaletteHost) -> Iterator[Command]:
    """Every action of the app, in the order the palette lists them."""
    run = app.run_action
    yield Command("cmd.library", "cmd.library.help", partial(app.switch_mode, "library"))
    yield Command("cmd.compose", "cmd.compose.help", partial(app.switch_mode, "compose"))
    yield Command("cmd.check", "cmd.check.help", partial(app.switch_mode, "check"))
    yield Command("cmd.new_draft", "cmd.new_draft.help", partial(app.library_tab, "templates"))
    yield Command("cmd.my_drafts", "cmd.my_drafts.help", partial(app.library_tab, "drafts"))
    yield Command("cmd.blocks", "cmd.blocks.help", partial(app.library_tab, "blocks"))
    yield Command("cmd.save", "cmd.save.help", partial(run, "save"))
    yield Command("cmd.undo", "cmd.undo.help", partial(run, "undo"))
    yield Command("cmd.redo", "cmd.redo.help", partial(run, "redo"))
    yield Command("cmd.add_block", "cmd.add_block.help", partial(app.compose_action, "add_block"))
    yield Command("cmd.remove_item", "cmd.remove_item.help", partial(app.compose_action, "remove_item"))
    yield Command("cmd.move_up", "cmd.move_up.help", partial(app.compose_action, "move(-1)"))
    yield Command("cmd.move_down", "cmd.move_down.help", partial(app.compose_action, "move(1)"))
    yield Command("cmd.edit_item", "cmd.edit_item.help", partial(app.compose_action, "edit_item"))
    yield Command("cmd.new_clause", "cmd.new_clause.help", partial(app.compose_action, "new_clause"))
    yield Command("cmd.add_note", "cmd.add_note.help", partial(app.compose_action, "add_note"))
    yield Command("cmd.edit_areas", "cmd.edit_areas.help", partial(app.compose_action, "edit_areas"))
    yield Command("cmd.edit_heading", "cmd.edit_heading.help", partial(app.compose_action, "edit_heading"))
    yield Command("cmd.edit_lead", "cmd.edit_lead.help", partial(app.compose_action, "edit_lead"))
    yield Command("cmd.details", "cmd.details.help", partial(app.compose_action, "details"))
    for action in app.dialog_actions():
        yield Command(f"cmd.{action}", f"cmd.{action}.help", partial(run, action))
    yield Command(
        "cmd.copy_markdown", "cmd.copy_markdown.help", partial(app.check_action_now, "copy_markdown")
    )
    other = "en" if ui_lang() == "ru" else "ru"
    yield Command(f"cmd.ui_lang.{other}", "cmd.ui_lang.help", partial(app.set_ui_language, other))
    yield Command("cmd.toggle_theme", "cmd.toggle_theme.help", partial(run, "toggle_theme"))
    yield Command("cmd.theme", "cmd.theme.help", app.search_themes)
    yield Command("cmd.help", "cmd.help.help", partial(run, "help"))
    yield Command("cmd.quit", "cmd.quit.help", partial(run, "quit"))


class JdtuiPalette(CommandPalette):
    """Textual's command palette, saying "no matches" in the UI language."""

    def _start_no_matches_countdown(self, search_value: str) -> None:
        super()._start_no_matches_countdown(search_value)
        timer = getattr(self, "_no_matches_timer", None)
        if timer is None:
            return
        # Textual's message is English; ours takes its place when it is due
        timer.stop()

        def show() -> None:
            if not search_value:
                self._list_visible = False
                return
            from rich.align import Align
            from textual.widgets.option_list import Option

            self.query_one(CommandList).add_option(
                Option(
                    Align.center(Text(t("palette.no_matches"), style="not bold")),
                    disabled=True,
                    id=self._NO_MATCHES,
                )
            )
            self._list_visible = True

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show)


class JdtuiCommands(Provider):
    """Every action of jdtui, in the UI language."""

    async def discover(self) -> Hits:
        for command in app_commands(self.app):  # type: ignore[arg-type]
            yield DiscoveryHit(t(command.title), command.run, help=t(command.help))

    async def search(self, query: str) -> Hits:
        from ..i18n.catalogue_palette import WORDS

        matcher = self.matcher(query)
        typed = query.casefold().split()
        for command in app_commands(self.app):  # type: ignore[arg-type]
            title = t(command.title)
            score = matcher.match(title)
            # the words people say for it: «копи», «буфер», "clipboard"…
            words = WORDS.get(command.title.removeprefix("cmd."), "").split()
            if typed and all(any(w.startswith(q) for w in words) for q in typed):
                score = max(score, 0.6)
            if score > 0:
                yield Hit(score, matcher.highlight(title), command.run, help=t(command.help))


class OpenRoleProvider(Provider):
    """Open any template or draft by typing part of its name (word forms match)."""

    async def startup(self) -> None:
        self._entries: list[tuple[str, str, str]] = []
        try:
            self._entries = await asyncio.to_thread(self._gather)
        except Exception:  # a damaged store is reported by the screens, not here
            self._entries = []

    def _gather(self) -> list[tuple[str, str, str]]:
        from .widgets.library_entries import family_label

        workspace = self.app.workspace  # type: ignore[attr-defined]
        entries = []
        drafts, _errors = workspace.list_drafts()
        for role in drafts:
            entries.append(
                (
                    role.id,
                    role.title,
                    t(
                        "open.draft",
                        lang=t("lang." + role.lang),
                        status="" if role.status == "draft" else " · " + t("status." + role.status),
                    ),
                )
            )
        for template in workspace.templates():
            entries.append(
                (
                    template.id,
                    template.title,
                    t("open.template", lang=t("lang." + template.lang), family=family_label(template.family)),
                )
            )
        return entries

    async def search(self, query: str) -> Hits:
        from ..core.search import matches
        from .widgets.library_entries import looks_like_id

        if not query.strip():
            return
        by_id = looks_like_id(query)
        for role_id, title, kind in self._entries:
            if matches(query, title) or (by_id and query.strip().casefold() in role_id.casefold()):
                yield Hit(
                    0.9,
                    Text(t("open.prefix") + title),
                    partial(self.app.open_role, role_id),  # type: ignore[attr-defined]
                    text=title,
                    help=escape(kind),
                )
