"""The Check screen's dismiss key: d asks for a reason and moves the finding to
the Dismissed tab (not counted for the score); d there counts it again; the
help lists both keys."""

from __future__ import annotations

from textual.widgets import Input, Static, TabbedContent

from jdtui.core.check import score
from jdtui.tui.screens.check import CheckScreen
from jdtui.tui.screens.dialogs import PromptDialog
from jdtui.tui.screens.help import help_groups
from jdtui.tui.widgets.findings import FindingsTable

from .check_support import ScreenHarness, sample_role
from .conftest import settle


class EditingHarness(ScreenHarness):
    """The stand-in app, with the app's ``apply_role`` (the open draft takes the new value)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.applied = []

    def apply_role(self, role, *, coalesce=None) -> bool:
        self.applied.append(role)
        self.session.role = role
        return True


async def test_d_dismisses_with_a_reason_and_d_on_the_dismissed_tab_counts_it_again(workspace) -> None:
    app = EditingHarness(workspace, sample_role(), CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CheckScreen)
        before = list(screen.findings)
        row = next(i for i, f in enumerate(before) if f.rule == "missing-section")
        table = screen.query_one("#findings", FindingsTable)
        table.focus()
        table.move_cursor(row=row)
        chosen = before[row]
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, PromptDialog)
        await pilot.press("enter")  # an empty reason is refused in place
        await pilot.pause()
        assert isinstance(app.screen, PromptDialog)
        app.screen.query_one("#answer", Input).value = "The client keeps rights in the contract"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert len(app.applied) == 1
        dismissal = app.applied[0].dismissals[0]
        assert (dismissal.rule, dismissal.section, dismissal.reason) == (
            chosen.rule,
            chosen.section,
            "The client keeps rights in the contract",
        )
        assert chosen not in screen.findings
        assert [f for f, _ in screen.dismissed] == [chosen]
        assert score(screen.findings) > score(before)
        tabs = screen.query_one(TabbedContent)
        assert "1" in str(tabs.get_tab("tab-dismissed").label)
        # v shows the dismissed findings, with the reason under them
        await pilot.press("v")
        await pilot.pause()
        assert tabs.active == "tab-dismissed"
        assert screen.query_one("#dismissed", FindingsTable).row_count == 1
        details = str(screen.query_one("#dismissed-details", Static).render())
        assert "The client keeps rights in the contract" in details
        # d there counts it again
        await pilot.press("d")
        await settle(pilot)
        assert app.session.role.dismissals == ()
        assert chosen in screen.findings and screen.dismissed == []


async def test_escape_in_the_reason_dialog_dismisses_nothing_and_help_lists_the_keys(workspace) -> None:
    app = EditingHarness(workspace, sample_role(), CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        screen.query_one("#findings", FindingsTable).focus()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, PromptDialog)
        await pilot.press("escape")
        await settle(pilot)
        assert app.applied == [] and screen.dismissed == []
        keys = {key: text for rows in help_groups(screen).values() for key, text in rows}
        assert "d" in keys and "Dismiss" in keys["d"]
        assert "v" in keys
