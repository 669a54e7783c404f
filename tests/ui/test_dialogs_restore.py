"""Restore dialog: the open draft, your own blocks and the settings each from their backups."""

from __future__ import annotations

from textual.widgets import Button, OptionList, Static, Tabs

from jdtui.core.model import Block
from jdtui.i18n import t
from jdtui.tui.screens.dialogs import ConfirmDialog, RestoreDialog

from .check_support import ScreenHarness, make_workspace, sample_role
from .conftest import settle


def _block(text: str) -> Block:
    return Block(id="", kind="duty", lang="ru", text=text, title=text, areas=("reporting",))


async def test_restore_offers_own_blocks_and_restores_the_chosen_backup(tmp_path) -> None:
    workspace = make_workspace(tmp_path)
    workspace.save_block(_block("Первый свой блок."))
    workspace.save_block(_block("Второй свой блок."))
    backups = workspace.backups("blocks")
    assert backups and "blocks" in workspace.backed_up_files()
    role = workspace.create_draft(sample_role())
    results = []
    app = ScreenHarness(workspace, None)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = RestoreDialog(role.id, role.title)
        app.push_screen(dialog, results.append)
        await settle(pilot)
        tabs = dialog.query_one("#targets", Tabs)
        assert tabs.active == "target-draft"
        assert [tab.id for tab in tabs.query("Tab")] == ["target-draft", "target-blocks", "target-settings"]
        tabs.focus()
        await pilot.press("right")  # keyboard only: on to "own blocks"
        await settle(pilot)
        assert dialog.target == "blocks"
        options = dialog.query_one("#backups", OptionList)
        assert options.option_count == len(backups)
        options.focus()
        options.highlighted = len(backups) - 1  # the oldest: before the second block
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.click("#yes")
        await settle(pilot)
    assert results == [None]
    texts = {b.text for b in workspace.custom.library().blocks.values()}
    assert "Второй свой блок." not in texts


async def test_restore_without_an_open_draft_lists_the_files_and_says_when_none(tmp_path) -> None:
    workspace = make_workspace(tmp_path)
    app = ScreenHarness(workspace, None)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = RestoreDialog()
        app.push_screen(dialog)
        await settle(pilot)
        tabs = dialog.query_one("#targets", Tabs)
        assert [tab.id for tab in tabs.query("Tab")] == ["target-blocks", "target-settings"]
        assert dialog.query_one("#restore", Button).disabled
        message = str(dialog.query_one("#restore-message", Static).render())
        assert message == t("restore.none.blocks")


async def test_left_and_right_choose_what_to_restore_wherever_the_cursor_is(tmp_path) -> None:
    workspace = make_workspace(tmp_path)
    role = workspace.create_draft(sample_role())
    app = ScreenHarness(workspace, None)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = RestoreDialog(role.id, role.title)
        app.push_screen(dialog)
        await settle(pilot)
        dialog.query_one("#backups", OptionList).focus()
        await pilot.press("right", "right")
        await settle(pilot)
        assert dialog.target == "settings"
        await pilot.press("left")
        await settle(pilot)
        assert dialog.target == "blocks"
