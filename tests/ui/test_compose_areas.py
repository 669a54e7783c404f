"""Duty areas in Compose: shown under an item's info, chosen with A (a picker
with checkboxes; Space ticks, Enter applies, Escape cancels; undo takes it back)."""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import SelectionList, Static

from jdtui.core.areas import BY_USER
from jdtui.tui.app import JdtuiApp
from jdtui.tui.screens.dialogs import AreasDialog
from jdtui.tui.screens.help import help_groups

from .conftest import settle, with_ui_lang
from .test_snapshots_app import FIXED_NOW, still

IMPORTED = """# Office Coordinator

## Responsibilities

- Keep the meeting rooms booked and tidy
- Water the cactus on the windowsill every Tuesday

## Authority

- May order office supplies within the monthly budget
"""


def _duties(app) -> int:
    return [s.id for s in app.session.role.sections].index("duties")


def _imported(workspace) -> str:
    result, _ = workspace.import_text(IMPORTED, lang="en")
    role = replace(result.role, id="d-areas", created=FIXED_NOW, updated=FIXED_NOW)
    workspace.drafts.save(role, expected_revision=None)
    return role.id


async def _open_duty(pilot, app, role_id: str, item: int = 0) -> None:
    await settle(pilot)
    app.open_role(role_id)
    await settle(pilot)
    app.screen.select_item("duties", item)
    await settle(pilot)


async def _picker(pilot, app, role_id: str, item: int = 0) -> SelectionList:
    """The duty's row selected, A pressed: the picker's list."""
    await _open_duty(pilot, app, role_id, item)
    await pilot.press("A")
    await settle(pilot)
    assert isinstance(app.screen, AreasDialog)
    return app.screen.query_one("#areas-list", SelectionList)


def _areas_line(app) -> str:
    return str(app.screen.query_one("#item-areas", Static).render())


async def test_a_duty_shows_its_areas_and_how_they_were_given(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_duty(pilot, app, "en-client-manager")
        line = _areas_line(app)
        assert line.startswith("Areas: ") and "from the library" in line and "A to change" in line
        app.screen.select_item("requirements", 0)
        await settle(pilot)
        assert not app.screen.query_one("#item-areas", Static).display  # not a clause with areas


async def test_a_picks_areas_space_ticks_enter_applies_and_undo_takes_it_back(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        options = await _picker(pilot, app, "en-client-manager")
        before = app.session.role
        ticked = set(options.selected)
        assert ticked  # the clause's own areas are ticked
        # tick the first area not yet ticked
        first_free = next(
            i for i in range(options.option_count) if options.get_option_at_index(i).value not in ticked
        )
        options.highlighted = first_free
        added = options.get_option_at_index(first_free).value
        await pilot.press("space")
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, AreasDialog)
        item = app.session.role.sections[_duties(app)].items[0]
        assert item.areas_by == BY_USER and item.local is not None
        assert set(item.local.areas) == ticked | {added}
        assert "chosen by you" in _areas_line(app)
        await pilot.press("u")
        await settle(pilot)
        assert app.session.role.sections == before.sections


async def test_escape_leaves_the_areas_as_they_were(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _picker(pilot, app, "en-client-manager")
        before = app.session.role
        await pilot.press("space")
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, AreasDialog)
        assert app.session.role == before


async def test_an_imported_duty_like_nothing_says_so_and_gets_its_areas_from_the_user(
    jd_workspace, no_delays
):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_duty(pilot, app, _imported(jd_workspace), item=1)
        assert "nothing similar in the library" in _areas_line(app)
        options = await _picker(pilot, app, app.session.role.id, item=1)
        assert options.selected == []
        await pilot.press("space", "enter")
        await settle(pilot)
        item = app.session.role.sections[_duties(app)].items[1]
        assert item.areas_by == BY_USER and len(item.local.areas) == 1


async def test_a_is_listed_in_f1_help_and_does_nothing_on_a_section_row(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_duty(pilot, app, "ru-client-manager")
        rows = [row for group in help_groups(app.screen).values() for row in group]
        assert ("A", "Области") in rows or any(d == "Области" for _, d in rows)
        app.screen.select_item("duties", None)
        await settle(pilot)
        await pilot.press("A")
        await settle(pilot)
        assert not isinstance(app.screen, AreasDialog)


def _on_imported_duty(*keys: str):
    """Open the imported draft on its first duty, then press ``keys``."""

    async def run_before(pilot) -> None:
        await still(pilot)
        pilot.app.open_role(_imported(pilot.app.workspace))
        await still(pilot)
        pilot.app.screen.select_item("duties", 0)
        await still(pilot)
        if keys:
            await pilot.press(*keys)
            await still(pilot)

    return run_before


def test_areas_dialog_ru_80x24(snap_compare, jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    assert snap_compare(app, terminal_size=(80, 24), run_before=_on_imported_duty("A"))


def test_compose_imported_duty_areas_en_80x24(snap_compare, jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    assert snap_compare(app, terminal_size=(80, 24), run_before=_on_imported_duty())


def test_a_general_right_says_so_instead_of_listing_every_area():
    from jdtui.core.model import Block, Item
    from jdtui.tui.widgets.edit_pane import areas_line

    right = Block("imp-1", "right", "en", "May get information.", covers=("a", "b", "c"), tags=("generic",))
    line = str(areas_line(Item(local=right, areas_by="similar", confidence=0.5), right))
    assert "a general right" in line and "by likeness, 50%" in line
    plain = Block("imp-2", "right", "en", "May sign contracts.", covers=("negotiation",))
    assert str(areas_line(Item(local=plain), plain)).startswith("Covers: negotiation")


async def test_the_palette_finds_the_areas_picker_by_its_words(jd_workspace, no_delays):
    from .test_palette_words import _titles

    app = JdtuiApp(with_ui_lang(jd_workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for query in ("област", "покрыт", "coverage"):
            assert "Области обязанностей пункта" in await _titles(app, query), query
