"""Portfolio: every draft with score and counts, sortable, Enter opens a draft."""

from __future__ import annotations

from textual.widgets import DataTable

from jdtui.core.model import Item, RoleSection
from jdtui.tui.screens.report import PortfolioScreen

from .check_support import ScreenHarness, make_workspace, sample_role
from .conftest import settle


def better_role():
    role = sample_role(title="Лучше")
    index = [s.id for s in role.sections].index("rights")
    return role.with_section(index, RoleSection("rights", (Item.link("t.right.orders"),)))


async def test_portfolio_lists_every_draft_sorted_and_opens_one(tmp_path) -> None:
    workspace = make_workspace(tmp_path)
    worse = workspace.create_draft(sample_role(title="Хуже [bold]"))
    better = workspace.create_draft(better_role())
    app = ScreenHarness(workspace, None)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = PortfolioScreen()
        app.push_screen(screen)
        await settle(pilot)
        table = screen.query_one(DataTable)
        assert table.row_count == 2
        by_id = {row.id: row for row in screen.rows}
        assert by_id[better.id].errors < by_id[worse.id].errors
        screen.sort_by("score")  # best first
        await pilot.pause()
        assert [r.id for r in screen.sorted_rows()] == [better.id, worse.id]
        assert table.get_row_at(0)[0].plain == "Лучше"
        await pilot.press("S")  # reverse
        await pilot.pause()
        assert table.get_row_at(0)[0].plain == "Хуже [bold]"
        table.move_cursor(row=0)
        table.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert app.opened_roles == [worse.id]
