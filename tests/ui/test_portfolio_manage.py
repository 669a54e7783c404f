"""The portfolio manages drafts: delete to the bin and back, duplicate, rename,
archive, filter by organisation — each by its key."""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import DataTable, Input

from jdtui.tui.screens.dialogs import BinDialog, ConfirmDialog, PromptDialog
from jdtui.tui.screens.report import PortfolioScreen

from .check_support import ScreenHarness, make_workspace, sample_role
from .conftest import settle


def _workspace(tmp_path):
    workspace = make_workspace(tmp_path)
    first = workspace.create_draft(
        replace(sample_role(title="Менеджер"), variables={"organization": "ООО «Ромашка»"})
    )
    second = workspace.create_draft(
        replace(sample_role(title="Бухгалтер"), variables={"organization": "Acme"})
    )
    return workspace, first, second


async def _portfolio(pilot, app) -> PortfolioScreen:
    screen = PortfolioScreen()
    app.push_screen(screen)
    await settle(pilot)
    return screen


def _titles(screen: PortfolioScreen) -> list[str]:
    table = screen.query_one(DataTable)
    return [table.get_row_at(i)[0].plain for i in range(table.row_count)]


def _select(screen: PortfolioScreen, title: str) -> None:
    table = screen.query_one(DataTable)
    table.move_cursor(row=_titles(screen).index(title))
    table.focus()


async def test_delete_asks_then_moves_to_the_bin_and_the_bin_brings_it_back(tmp_path) -> None:
    workspace, first, _ = _workspace(tmp_path)
    app = ScreenHarness(workspace, None)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _portfolio(pilot, app)
        _select(screen, "Менеджер")
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")  # the safe answer has the focus: nothing happens
        await settle(pilot)
        assert workspace.is_draft(first.id)
        _select(screen, "Менеджер")
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("left", "enter")  # yes
        await settle(pilot)
        assert not workspace.is_draft(first.id)
        assert _titles(screen) == ["Бухгалтер"]
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, BinDialog)
        await pilot.press("enter")
        await settle(pilot)
        assert workspace.is_draft(first.id)
        assert sorted(_titles(screen)) == ["Бухгалтер", "Менеджер"]


async def test_duplicate_rename_and_archive_by_their_keys(tmp_path) -> None:
    workspace, first, _ = _workspace(tmp_path)
    app = ScreenHarness(workspace, None)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _portfolio(pilot, app)
        _select(screen, "Менеджер")
        await pilot.press("c")
        await settle(pilot)
        assert sorted(_titles(screen)) == ["Бухгалтер", "Менеджер", "Менеджер (копия)"]
        _select(screen, "Менеджер")
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, PromptDialog)
        app.screen.query_one("#answer", Input).value = "Менеджер (Тула)"
        await pilot.press("enter")
        await settle(pilot)
        assert workspace.find(first.id).title == "Менеджер (Тула)"
        _select(screen, "Менеджер (Тула)")
        await pilot.press("a")
        await settle(pilot)
        assert workspace.find(first.id).archived
        assert "Менеджер (Тула)" not in _titles(screen)
        summary = str(screen.query_one("#portfolio-summary").render())
        assert "Drafts: 2," in summary and "1 more archived" in summary, summary  # what is listed
        await pilot.press("A")  # show archived ones too
        await pilot.pause()
        assert "Менеджер (Тула)" in _titles(screen)
        summary = str(screen.query_one("#portfolio-summary").render())
        assert "Drafts: 3," in summary and "archived" not in summary, summary


async def test_slash_filters_by_organisation_with_keys_typed_at_once(tmp_path) -> None:
    workspace, _, _ = _workspace(tmp_path)
    app = ScreenHarness(workspace, None)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _portfolio(pilot, app)
        await pilot.press("slash", "р", "о", "м")
        await pilot.pause()
        assert _titles(screen) == ["Менеджер"]
        assert screen.query_one(DataTable).get_row_at(0)[1].plain == "ООО «Ромашка»"
