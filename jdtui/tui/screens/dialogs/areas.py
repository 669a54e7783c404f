"""Choose a clause's duty areas: a duty's areas, the areas a right covers or a KPI measures."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import SelectionList, Static

from ....core.text import strip_controls
from ....i18n import area_label, t
from .base import Dialog


class AreasDialog(Dialog[tuple[str, ...]]):
    """The duty areas with checkboxes, the clause's own ticked: Space ticks,
    Enter returns the ticked areas, Escape returns None (nothing changes).

    ``field`` is the clause's field (``areas``, ``covers``, ``measures``) and
    says what the title asks; ``vocabulary`` the areas to offer (the library's
    in the draft's language); areas the clause has that the vocabulary lacks
    are offered too.
    """

    BINDINGS = [Binding("enter", "apply", "areas.apply", priority=True)]

    def __init__(
        self, field: str, chosen: Iterable[str], vocabulary: Iterable[str], clause: str = ""
    ) -> None:
        super().__init__()
        self.field = field
        self.chosen = tuple(chosen)
        self.vocabulary = list(dict.fromkeys([*self.chosen, *vocabulary]))
        self.clause = clause

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog -tall"):
            yield Static(t("areas.title." + self.field), classes="dialog-title")
            if self.clause:
                yield Static(Text(strip_controls(self.clause)), id="areas-clause", classes="dialog-note")
            # the clause's own areas first, where they are seen at once; then the rest by
            # their names in the UI language (a user-made area shows its slug)
            chosen = set(self.chosen)
            rest = sorted(
                (s for s in self.vocabulary if s not in chosen), key=lambda s: area_label(s).casefold()
            )
            options = [*self.chosen, *rest]
            yield SelectionList[str](
                *((Text(area_label(slug)), slug, slug in chosen) for slug in options), id="areas-list"
            )
            yield Static(t("areas.keys"), classes="dialog-note", id="areas-keys")

    def on_mount(self) -> None:
        self.query_one("#areas-list", SelectionList).focus()

    def action_apply(self) -> None:
        picked = set(self.query_one("#areas-list", SelectionList).selected)
        # the clause's areas first, in their order; then the new ones as listed
        order = [slug for slug in self.chosen if slug in picked]
        order += [slug for slug in self.vocabulary if slug in picked and slug not in order]
        self.dismiss(tuple(order))
