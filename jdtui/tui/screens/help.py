"""F1 help: every key of the current screen, grouped by where it works."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from ...core.text import strip_controls
from ...i18n import t
from ..keys import localise_bindings

#: rows of the help box that are not the list: the border (2), the title and the
#: footer with their padding (2 each); see DEFAULT_CSS. The footer (help.footer)
#: must fit on one line of the box (68 columns) in every UI language.
_CHROME = 6

#: (key as shown, what it does)
KeyHelp = tuple[str, str]


def help_groups(screen: Screen) -> dict[str, list[KeyHelp]]:
    """The active bindings of ``screen`` grouped by where they apply, ready for
    :class:`HelpScreen`: everywhere (the app), this screen, the focused part."""
    return group_bindings(screen.app, screen.active_bindings)


def group_bindings(app: App, active: Mapping[str, ActiveBinding]) -> dict[str, list[KeyHelp]]:
    """jdtui's bindings and those shown in the footer, grouped by the node that
    defines them; keys of one action are listed together ("f4, ctrl+r").

    Textual's own hidden bindings (cursor keys of a table, Tab) are left out:
    they are standard, and their descriptions are not in the catalogue.
    """
    groups: dict[str, list[KeyHelp]] = {}
    for key, each in active.items():
        binding = each.binding
        ours = (key, binding.action) in getattr(each.node, "_jdtui_binding_keys", {})
        if not binding.description or not (binding.show or ours):
            continue
        if isinstance(each.node, App):
            group = t("help.group.app")
        elif isinstance(each.node, Screen):
            group = t("help.group.screen")
        else:
            group = t("help.group.focused")
        rows = groups.setdefault(group, [])
        key = app.get_key_display(binding)
        for index, (keys, description) in enumerate(rows):
            if description == binding.description:
                rows[index] = (f"{keys}, {key}", description)
                break
        else:
            rows.append((key, binding.description))
    return groups


def _keys_table(rows: Iterable[KeyHelp]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True, min_width=10)
    table.add_column(ratio=1)
    for key, description in rows:
        table.add_row(Text(strip_controls(key)), Text(strip_controls(description)))
    return table


class HelpScreen(ModalScreen[None]):
    """Lists key bindings. Takes ``[(key, description), …]`` (one group),
    ``{group title: [(key, description), …]}``, or a screen's
    ``active_bindings`` as they are. Escape, F1 or q closes it."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Vertical {
        width: 72; max-width: 100%; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    HelpScreen .help-title { text-style: bold; padding-bottom: 1; }
    HelpScreen .help-group { text-style: bold; color: $accent; padding-top: 1; }
    HelpScreen VerticalScroll { height: auto; }
    HelpScreen .help-footer { color: $text-muted; padding-top: 1; }
    """

    BINDINGS = [
        Binding("escape", "close", "help.close"),
        Binding("f1,ctrl+g", "close", "help.close", show=False),
        Binding("q", "close", "help.close", show=False),
    ]

    def __init__(
        self,
        bindings: Sequence[KeyHelp] | Mapping[str, Sequence[KeyHelp]] | Mapping[str, ActiveBinding],
    ) -> None:
        super().__init__()
        localise_bindings(self)
        self._given = bindings
        self.groups: dict[str, list[KeyHelp]] = {}

    def _groups(self) -> dict[str, list[KeyHelp]]:
        given = self._given
        if isinstance(given, Mapping):
            if any(isinstance(v, ActiveBinding) for v in given.values()):
                return group_bindings(self.app, given)  # type: ignore[arg-type]
            return {str(k): list(v) for k, v in given.items()}  # type: ignore[misc]
        return {t("help.group.screen"): list(given)}

    def compose(self) -> ComposeResult:
        self.groups = self._groups()
        with Vertical():
            yield Static(t("help.title"), classes="help-title")
            with VerticalScroll():
                if not any(self.groups.values()):
                    yield Static(t("help.empty"))
                for title, rows in self.groups.items():
                    if not rows:
                        continue
                    yield Static(Text(strip_controls(title)), classes="help-group")
                    yield Static(_keys_table(rows), classes="help-keys")
            yield Static(t("help.footer"), classes="help-footer")

    def on_resize(self) -> None:
        """The list scrolls inside the screen: its height is what the border, the
        title and the footer leave (``max-height: 1fr`` in an auto-height box is
        not bounded by the screen, and the list would run off it unscrollable)."""
        self.query_one(VerticalScroll).styles.max_height = max(3, self.size.height - _CHROME)

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
