"""Dialogs: confirm, conflict, restore, custom block, help."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button, Input, OptionList, Select, SelectionList, Static, TextArea

from jdtui.core.model import Block
from jdtui.tui.screens.dialogs import ConfirmDialog, ConflictDialog, CustomBlockDialog, RestoreDialog
from jdtui.tui.screens.help import HelpScreen, help_groups

from .check_support import ScreenHarness, make_workspace, sample_role
from .conftest import settle


async def run_dialog(tmp_path: Path, dialog, keys=(), *, role=None, clicks=(), size=(80, 24)):
    """Open ``dialog`` over an empty screen, press ``keys`` / click ``clicks``; the result."""
    results = []
    app = ScreenHarness(make_workspace(tmp_path), role)
    async with app.run_test(size=size) as pilot:
        app.push_screen(dialog, results.append)
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        for selector in clicks:
            await pilot.click(selector)
            await settle(pilot)
        still_open = app.screen is dialog
    return results, still_open


async def run_conflict(tmp_path: Path, steps, **kwargs):
    """Open a conflict dialog and run ``steps``: a key name, a selector to click
    (``#…``), or ``"ARM"`` (the wait for a typing pause is over); the result
    and the dialog."""
    results = []
    dialog = ConflictDialog(kwargs.pop("title", "Менеджер"), theirs=5, ours=3, **kwargs)
    app = ScreenHarness(make_workspace(tmp_path), None)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(dialog, results.append)
        await settle(pilot)
        for step in steps:
            if step == "ARM":
                dialog.arm()
            elif step.startswith("#"):
                await pilot.click(step)
            else:
                await pilot.press(step)
            await settle(pilot)
        still_open = app.screen is dialog
    return results, still_open, dialog


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        (("ARM", "c"), "copy"),
        (("ARM", "enter"), "copy"),  # the focused, safe answer
        (("ARM", "escape"), None),
        (("ARM", "#cancel"), None),
        (("ARM", "r", "ARM", "y"), "reload"),  # two keys, with a pause between them
        (("ARM", "#reload", "ARM", "#confirm-reload"), "reload"),
        (("ARM", "r", "ARM", "escape", "c"), "copy"),  # Escape goes back from the question
    ],
)
async def test_conflict_dialog_returns_the_choice(tmp_path, steps, expected) -> None:
    results, still_open, _ = await run_conflict(tmp_path, steps)
    assert results == [expected]
    assert not still_open


async def test_conflict_dialog_keys_typed_before_it_was_seen_never_choose(tmp_path, monkeypatch) -> None:
    from jdtui.tui.screens.dialogs import conflict

    monkeypatch.setattr(conflict, "ARM_DELAY", 3600)  # the pause never comes by itself
    typed = ("w", "o", "r", "l", "d", "enter", "r", "y", "c", "escape", "space")
    results, still_open, dialog = await run_conflict(tmp_path, typed)
    assert results == [] and still_open
    assert not dialog.armed and not dialog.confirming


async def test_conflict_dialog_a_key_right_after_r_never_confirms(tmp_path, monkeypatch) -> None:
    from jdtui.tui.screens.dialogs import conflict

    monkeypatch.setattr(conflict, "ARM_DELAY", 3600)
    results, still_open, dialog = await run_conflict(tmp_path, ("ARM", "r", "y", "enter"))
    assert results == [] and still_open
    assert dialog.confirming and not dialog.armed


async def test_conflict_dialog_each_early_key_starts_the_wait_again(tmp_path, monkeypatch) -> None:
    from jdtui.tui.screens.dialogs import conflict

    monkeypatch.setattr(conflict, "ARM_DELAY", 3600)
    dialog = ConflictDialog("Менеджер", theirs=5, ours=3)
    app = ScreenHarness(make_workspace(tmp_path), None)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(dialog)
        await settle(pilot)
        first = dialog._arm_timer
        await pilot.press("x")
        await settle(pilot)
        assert dialog._arm_timer is not first and dialog._arm_timer is not None
        assert all(button.disabled for button in dialog.query(Button))


async def test_conflict_dialog_names_the_draft_and_both_revisions(tmp_path) -> None:
    dialog = ConflictDialog("Менеджер [bold]", theirs=7, ours=4)
    app = ScreenHarness(make_workspace(tmp_path), None)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(dialog)
        await settle(pilot)
        text = str(dialog.query_one("#conflict-text", Static).render())
        assert "Менеджер [bold]" in text and "7" in text and "4" in text
        assert "this draft" not in text and "этот черновик" not in text


@pytest.mark.parametrize(
    ("keys", "expected"), [(("enter",), False), (("escape",), False), (("tab", "enter"), True)]
)
async def test_confirm_dialog_defaults_to_no(tmp_path, keys, expected) -> None:
    results, _ = await run_dialog(tmp_path, ConfirmDialog("Replace it?"), keys)
    assert results == [expected]


async def test_confirm_dialog_yes_button(tmp_path) -> None:
    results, _ = await run_dialog(tmp_path, ConfirmDialog("Replace it?"), clicks=("#yes",))
    assert results == [True]


async def test_restore_dialog_lists_backups_and_restores_the_chosen_one(tmp_path) -> None:
    workspace = make_workspace(tmp_path)
    role = workspace.create_draft(sample_role(title="Первая"))
    from dataclasses import replace

    workspace.save(replace(role, title="Вторая"))
    workspace.save(replace(workspace.find(role.id), title="Третья"))
    backups = workspace.backups(role.id)
    if not backups:
        pytest.skip("no backups were kept by this store configuration")
    results = []
    app = ScreenHarness(workspace, None)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = RestoreDialog(role.id, "Третья")
        app.push_screen(dialog, results.append)
        await settle(pilot)
        options = dialog.query_one("#backups", OptionList)
        assert options.option_count == len(backups)
        options.highlighted = len(backups) - 1  # the oldest
        await pilot.click("#restore")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.click("#yes")
        await settle(pilot)
    oldest = backups[-1]
    assert results and results[0] is not None
    assert workspace.find(role.id).title == results[0].title
    assert results[0].revision > oldest.revision


async def test_restore_dialog_without_backups_says_so(tmp_path) -> None:
    workspace = make_workspace(tmp_path)
    role = workspace.create_draft(sample_role())
    app = ScreenHarness(workspace, None)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = RestoreDialog(role.id)
        app.push_screen(dialog)
        await settle(pilot)
        assert dialog.query_one("#restore", Button).disabled
        assert "no backups" in str(dialog.query_one("#restore-message", Static).render())


async def test_custom_block_dialog_saves_a_right_with_known_and_new_areas(tmp_path) -> None:
    workspace = make_workspace(tmp_path)
    results = []
    app = ScreenHarness(workspace, None)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = CustomBlockDialog(kind="right", lang="ru")
        app.push_screen(dialog, results.append)
        await settle(pilot)
        assert dialog.query_one("#areas-fields").display
        assert not dialog.query_one("#group-fields").display
        areas = dialog.query_one("#areas", SelectionList)
        offered = [areas.get_option_at_index(i).value for i in range(areas.option_count)]
        assert "order-management" in offered and "reporting" in offered
        areas.select("reporting")
        dialog.query_one("#new-areas", Input).value = "Client feedback"
        dialog.query_one("#text", TextArea).text = "Запрашивать у клиентов отзывы о качестве обслуживания."
        dialog.query_one("#name", Input).value = "Отзывы клиентов"
        await pilot.click("#save")
        await settle(pilot)
    assert len(results) == 1
    block = results[0]
    assert isinstance(block, Block)
    assert block.kind == "right" and block.lang == "ru"
    assert set(block.covers) == {"reporting", "client-feedback"}
    assert workspace.reload_library().block(block.id) == block


async def test_custom_block_dialog_asks_for_the_fields_of_the_kind(tmp_path) -> None:
    app = ScreenHarness(make_workspace(tmp_path), None)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = CustomBlockDialog(kind="duty")
        app.push_screen(dialog)
        await settle(pilot)
        dialog.query_one("#kind", Select).value = "onboarding"
        await settle(pilot)
        assert dialog.query_one("#onboarding-fields").display
        assert not dialog.query_one("#areas-fields").display
        dialog.query_one("#kind", Select).value = "requirement"
        await settle(pilot)
        assert dialog.query_one("#group-fields").display


async def test_custom_block_dialog_refuses_an_empty_text(tmp_path) -> None:
    workspace = make_workspace(tmp_path)
    app = ScreenHarness(workspace, None)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = CustomBlockDialog(kind="duty")
        app.push_screen(dialog)
        await settle(pilot)
        await pilot.click("#save")
        await settle(pilot)
        assert app.screen is dialog
        assert str(dialog.query_one("#block-message", Static).render()).strip()
    assert not workspace.custom.path.exists()


async def test_help_lists_the_bindings_given_grouped(tmp_path) -> None:
    help_screen = HelpScreen({"Везде": [("F4", "Проверка")], "Здесь": [("e", "Экспорт [bold]")]})
    app = ScreenHarness(make_workspace(tmp_path), None)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(help_screen)
        await settle(pilot)
        shown = " ".join(str(w.render()) for w in help_screen.query(Static))
        assert "Везде" in shown and "Здесь" in shown
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is not help_screen


async def test_help_groups_the_active_bindings_of_a_screen(tmp_path) -> None:
    from jdtui.tui.screens.check import CheckScreen

    app = ScreenHarness(make_workspace(tmp_path), sample_role(), CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        groups = help_groups(app.screen)
        rows = [row for rows in groups.values() for row in rows]
        assert ("e", "Export") in rows
        app.push_screen(HelpScreen(app.screen.active_bindings))  # what the app passes
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert any(("e", "Export") in r for r in app.screen.groups.values())


async def test_confirm_dialog_arrow_moves_to_the_other_answer(tmp_path) -> None:
    results, _ = await run_dialog(tmp_path, ConfirmDialog("Replace it?"), keys=("left", "enter"))
    assert results == [True]
