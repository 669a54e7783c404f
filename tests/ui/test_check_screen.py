"""Check & Export: findings, jumping to an item, export gating, copy to clipboard."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual.widgets import Button, Checkbox, Input, Static

from jdtui.core.model import Block, Finding, Item, RoleSection
from jdtui.core.render import render_markdown
from jdtui.i18n import t
from jdtui.tui.screens.check import CheckScreen
from jdtui.tui.screens.dialogs import ConfirmDialog, ExportDialog
from jdtui.tui.widgets.findings import FindingsTable

from .check_support import ScreenHarness, local, sample_role
from .conftest import settle


async def test_findings_table_lists_findings_with_where_and_score(workspace) -> None:
    app = ScreenHarness(workspace, sample_role(), CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CheckScreen)
        rules = {f.rule for f in screen.findings}
        assert "missing-section" in rules  # the role has no rights
        table = screen.query_one(FindingsTable)
        assert table.row_count == len(screen.findings) > 0
        summary = str(screen.query_one("#check-summary", Static).render())
        assert "/100" in summary


async def test_enter_on_a_finding_opens_its_item_in_compose(workspace) -> None:
    app = ScreenHarness(workspace, sample_role(), CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        table = screen.query_one(FindingsTable)
        target = next(i for i, f in enumerate(screen.findings) if f.item is not None and f.field is None)
        table.focus()
        table.move_cursor(row=target)
        await pilot.press("enter")
        await pilot.pause()
        finding = screen.findings[target]
        assert app.opened_items == [(finding.section, finding.item)]


async def test_arrows_and_enter_work_without_clicking_first(workspace) -> None:
    app = ScreenHarness(workspace, sample_role(), CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        target = next(
            i for i, f in enumerate(screen.findings) if f.section is not None and f.field is None and i > 0
        )
        for _ in range(target):
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        finding = screen.findings[target]
        assert app.opened_items == [(finding.section, finding.item)]


async def test_enter_on_a_missing_requisite_opens_the_details_at_that_field(workspace) -> None:
    app = ScreenHarness(workspace, sample_role(), CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        row = next(i for i, f in enumerate(screen.findings) if f.rule == "requisites")
        finding = screen.findings[row]
        assert finding.section is None and finding.field == "organization"  # the first one the stamp needs
        screen.query_one(FindingsTable).move_cursor(row=row)
        screen.query_one(FindingsTable).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.opened_details == ["organization"] and app.opened_items == []


async def test_enter_on_an_unfilled_placeholder_opens_the_details_at_its_field(workspace) -> None:
    role = sample_role()
    general = replace(
        role.sections[0], items=(*role.sections[0].items, local("general", "Входит в {{department}}."))
    )
    app = ScreenHarness(workspace, replace(role, sections=(general, *role.sections[1:])), CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        row = next(i for i, f in enumerate(screen.findings) if f.rule == "placeholder")
        assert screen.findings[row].item is not None and screen.findings[row].field == "department"
        screen.query_one(FindingsTable).move_cursor(row=row)
        screen.query_one(FindingsTable).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.opened_details == ["department"] and app.opened_items == []


async def test_finding_about_the_whole_document_without_a_field_does_not_jump(workspace) -> None:
    app = ScreenHarness(workspace, sample_role(), CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        screen.post_message(FindingsTable.Chosen(Finding("x", "warning", "whole document")))
        await pilot.pause()
        assert app.opened_items == [] and app.opened_details == []
        assert any(str(n.message) == t("check.whole_document") for n in app._notifications)


async def test_export_refuses_without_override_while_errors_exist(workspace, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = ScreenHarness(workspace, sample_role(), CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.query_one("#export", Button).disabled
        target = tmp_path / "out.md"
        dialog.query_one("#path", Input).value = str(target)
        await pilot.press("enter")  # Enter in the path field
        await settle(pilot)
        assert app.screen is dialog
        message = str(dialog.query_one("#export-message", Static).render())
        assert "Export anyway" in message
        assert not target.exists()


async def test_export_with_override_writes_the_markdown(workspace, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    role = sample_role()
    app = ScreenHarness(workspace, role, CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        target = tmp_path / "exported.md"
        dialog.query_one("#path", Input).value = str(target)
        dialog.query_one("#override", Checkbox).value = True
        await pilot.pause()
        assert not dialog.query_one("#export", Button).disabled
        await pilot.click("#export")
        await settle(pilot)
        assert target.read_text(encoding="utf-8") == render_markdown(role, workspace.library)
        assert isinstance(app.screen, CheckScreen)
        assert workspace.settings.get("export_dir") == str(tmp_path)


async def test_default_file_name_comes_safely_from_the_title(workspace, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    role = sample_role(title="../../etc/[bold]passwd\x1b]52;c;x\x07")
    app = ScreenHarness(workspace, role, CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        value = app.screen.query_one("#path", Input).value
        name = Path(value).name
        assert Path(value).parent == tmp_path
        assert "/" not in name and ".." not in name and "\x1b" not in name and "\x07" not in name
        assert name.endswith(".md")


async def test_existing_file_is_replaced_only_after_asking(workspace, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    role = sample_role()
    target = tmp_path / "keep.md"
    target.write_text("precious", encoding="utf-8")
    app = ScreenHarness(workspace, role, CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        dialog.query_one("#path", Input).value = str(target)
        dialog.query_one("#override", Checkbox).value = True
        await pilot.click("#export")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")  # the focused answer is "No"
        await settle(pilot)
        assert target.read_text(encoding="utf-8") == "precious"
        assert app.screen is dialog
        await pilot.click("#export")
        await settle(pilot)
        await pilot.click("#yes")
        await settle(pilot)
        assert target.read_text(encoding="utf-8") == render_markdown(role, workspace.library)


async def test_copy_sends_the_markdown_through_the_terminal(workspace) -> None:
    role = sample_role()
    app = ScreenHarness(workspace, role, CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert app.copied == [render_markdown(role, workspace.library)]
        assert app.clipboard == app.copied[0]


async def test_without_a_draft_the_screen_says_how_to_open_one(workspace) -> None:
    app = ScreenHarness(workspace, None, CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.screen.has_class("-empty")
        assert app.screen.query_one("#check-empty").display
        assert "export" not in {b.binding.action for b in app.screen.active_bindings.values() if b.enabled}
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, CheckScreen)  # no export dialog without a draft


async def test_role_changed_message_checks_the_new_role(workspace) -> None:
    from jdtui.tui.messages import RoleChanged

    role = sample_role()
    app = ScreenHarness(workspace, role, CheckScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        before = {f.rule for f in app.screen.findings}
        assert "missing-section" in before
        rights = RoleSection("rights", (Item.link("t.right.orders"),))
        index = [s.id for s in role.sections].index("rights")
        fixed = role.with_section(index, rights)
        app.session.role = fixed
        app.screen.post_message(RoleChanged(fixed))
        await settle(pilot)
        assert app.screen.checked_role == fixed
        assert not any(f.rule == "missing-section" and f.section == "rights" for f in app.screen.findings)


async def test_hostile_text_is_shown_as_text_not_markup_or_escapes(workspace) -> None:
    hostile = "[bold red]boom[/] \x1b[2J\x1b]52;c;aGk=\x07 {{nope}}"
    role = sample_role()
    index = [s.id for s in role.sections].index("duties")
    role = role.with_items(index, [Item.copy_of(Block("x", "duty", "ru", hostile))])
    app = ScreenHarness(workspace, role, CheckScreen())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(FindingsTable)
        cells = [str(c) for row in range(table.row_count) for c in table.get_row_at(row)]
        assert not any("\x1b" in c or "\x07" in c for c in cells)
        details = app.screen.query_one("#finding-details", Static)
        assert "\x1b" not in str(details.render())
        await pilot.press("p")
        await settle(pilot)
        preview = app.screen.query_one("#preview")
        assert "[bold red]boom[/]" in preview.markdown or "\\[bold red\\]boom" in preview.markdown
