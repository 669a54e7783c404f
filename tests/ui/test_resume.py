"""A restart picks up where the work stopped: the last draft, its screen and
item, and the draft's undo history; the setting ``reopen_last`` turns it off."""

from __future__ import annotations

from dataclasses import replace

from jdtui.store.workspace import Workspace
from jdtui.tui.app import JdtuiApp
from jdtui.tui.widgets.outline import Outline

from .conftest import FIXTURE_LIBRARY, settle, with_ui_lang


def _again(workspace: Workspace) -> Workspace:
    """The same folders, as a new process would open them."""
    return Workspace(workspace.data_dir, workspace.config_dir, library_files=[FIXTURE_LIBRARY])


async def _edit_and_quit(workspace: Workspace) -> tuple[str, str]:
    """Open a sample, select the second duty, make one undoable change, quit."""
    app = JdtuiApp(with_ui_lang(workspace, "ru"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_role("ru-client-manager")
        await settle(pilot)
        role = app.session.role
        app.apply_role(replace(role, title="Старший менеджер"))
        await settle(pilot)
        app.screen.select_item("duties", 1)
        await settle(pilot)
        await app.action_quit()
        await settle(pilot)
        return app.session.role_id, role.title


async def test_a_restart_reopens_the_draft_on_its_item_and_undo_still_works(jd_workspace, no_delays):
    draft_id, original_title = await _edit_and_quit(jd_workspace)
    assert (jd_workspace.data_dir / "place.json").is_file()

    app = JdtuiApp(_again(jd_workspace))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.session is not None and app.session.role_id == draft_id
        assert app.current_mode == "compose"
        role = app.session.role
        duties = [s.id for s in role.sections].index("duties")
        assert app.screen.query_one("#outline", Outline).position == (duties, 1)
        assert role.title == "Старший менеджер"
        # the change made in the last run can still be taken back
        assert app.session.can_undo
        await pilot.press("u")
        await settle(pilot)
        assert app.session.role.title == original_title


async def test_history_of_an_older_revision_is_not_applied(jd_workspace, no_delays):
    draft_id, _ = await _edit_and_quit(jd_workspace)
    other = _again(jd_workspace)
    role = other.drafts.load(draft_id)
    other.save(replace(role, title="Изменено другой программой"))  # the draft moved on

    app = JdtuiApp(_again(jd_workspace))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.session is not None and app.session.role.title == "Изменено другой программой"
        assert not app.session.can_undo


async def test_reopen_last_off_starts_on_the_library(jd_workspace, no_delays):
    await _edit_and_quit(jd_workspace)
    again = _again(jd_workspace)
    again.settings.set("reopen_last", False)
    app = JdtuiApp(again)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.session is None
        assert app.current_mode == "library"


async def test_a_deleted_draft_is_not_reopened(jd_workspace, no_delays):
    draft_id, _ = await _edit_and_quit(jd_workspace)
    again = _again(jd_workspace)
    again.delete_draft(draft_id)
    app = JdtuiApp(again)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.session is None
