"""A large library in the app: the Library shows loading progress; the block
picker opens with a page of rows and a "more…" row, filters, and inserts the
chosen block, making blocks only for the rows shown."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from jdtui.core.model import Block
from jdtui.store.safe import dump
from jdtui.store.workspace import Workspace
from jdtui.tui.app import JdtuiApp
from jdtui.tui.screens.pick_block import MORE_ID, PAGE, PickBlockScreen

from .conftest import FIXTURE_LIBRARY, settle, with_ui_lang

BLOCKS = 20_000
WORDS = (
    "prepares",
    "reviews",
    "monthly",
    "client",
    "reports",
    "orders",
    "quality",
    "budget",
    "team",
    "plans",
)


def big_library(path: Path) -> Path:
    """A library of BLOCKS English duties (one of them says "zebrafinch") and some Russian ones."""
    blocks = {}
    for n in range(BLOCKS):
        lang = "ru" if n % 10 == 0 else "en"
        words = " ".join(WORDS[(n * 7 + k) % len(WORDS)] for k in range(8))
        text = f"{words} zebrafinch." if n == 12_345 else f"{words.capitalize()} number {n}."
        blocks[str(n + 1)] = {
            "id": f"{lang}.duty.gen-{n:05d}",
            "kind": "duty",
            "lang": lang,
            "title": "",
            "text": text,
            "source": "own",
        }
    data = {"_meta": {"1": {"schema": 1, "kind": "jdtui-library"}}, "blocks": blocks, "templates": {}}
    path.write_bytes(dump(data))  # as the store writes it: one document a line
    return path


def made_blocks(app: JdtuiApp) -> int:
    return sum(1 for _, doc in app.workspace.library.blocks.documents() if type(doc) is Block)


async def test_picker_over_a_big_library_pages_filters_and_inserts(jd_workspace, no_delays, tmp_path):
    workspace = Workspace(
        jd_workspace.data_dir,
        jd_workspace.config_dir,
        library_files=[FIXTURE_LIBRARY, big_library(tmp_path / "big.json")],
    )
    app = JdtuiApp(with_ui_lang(workspace, "en"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.open_role("en-client-manager")
        await settle(pilot)
        duties = [s.id for s in app.session.role.sections].index("duties")
        before_made = made_blocks(app)
        app.screen.select_item("duties", None)
        await pilot.press("a")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, PickBlockScreen)
        results = picker.query_one("#pick-results", OptionList)
        # a page of English duties and "more…", not 18,000 rows (nor 18,000 blocks made)
        assert results.option_count == PAGE + 1
        assert results.get_option_at_index(PAGE).id == MORE_ID
        assert all(results.get_option_at_index(i).id.startswith(("en.", "en-")) for i in range(PAGE))
        assert made_blocks(app) - before_made <= PAGE + 1

        # "more…" adds a page
        results.highlighted = PAGE
        picker.query_one("#pick-filter", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, PickBlockScreen)
        assert results.option_count == 2 * PAGE + 1

        # filter down to the one block and insert it
        for char in "zebrafinch":
            await pilot.press(char)
        await settle(pilot)
        assert [results.get_option_at_index(i).id for i in range(results.option_count)] == [
            "en.duty.gen-12345"
        ]
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, PickBlockScreen)
        assert "en.duty.gen-12345" in [i.ref for i in app.session.role.sections[duties].items]


async def test_loading_a_big_library_shows_progress_in_the_status_line(jd_workspace, no_delays, tmp_path):
    from textual.widgets import Static

    from jdtui.tui.screens.library import LibraryScreen

    workspace = Workspace(
        jd_workspace.data_dir,
        jd_workspace.config_dir,
        library_files=[FIXTURE_LIBRARY, big_library(tmp_path / "big.json")],
    )
    shown: list[str] = []
    original = LibraryScreen.on_library_screen_load_progress

    def recording(screen, message):
        original(screen, message)
        shown.append(str(screen.query_one("#library-status", Static).render()))

    LibraryScreen.on_library_screen_load_progress = recording
    try:
        app = JdtuiApp(with_ui_lang(workspace, "en"))
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            status = str(app.screen.query_one("#library-status", Static).render())
    finally:
        LibraryScreen.on_library_screen_load_progress = original
    assert len(shown) >= 5 and all(text.startswith("Loading the library… ") for text in shown)
    percents = [int(text.rsplit(" ", 1)[1].rstrip("%")) for text in shown]
    assert percents == sorted(percents) and percents[-1] >= 80
    assert "%" not in status  # once loaded, the status counts the entries
