"""What a save as the app goes takes (issue 18, point 10): the text as the widgets
hold it, even where its messages have not been handled yet; and when the save
fails, a recovery file that the next start brings back and announces."""

from __future__ import annotations

import os
import stat
from dataclasses import replace

from textual.widgets import Input

from jdtui.store.recovery import Recovery
from jdtui.tui.app import JdtuiApp
from jdtui.tui.widgets.details_form import DetailsForm

from .conftest import settle, with_ui_lang


async def _open_draft(app, pilot) -> str:
    await settle(pilot)
    app.open_role("en-client-manager")
    await settle(pilot)
    return app.session.role_id


async def test_a_details_field_typed_before_its_message_is_handled_is_saved(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        draft_id = await _open_draft(app, pilot)
        app.open_details("organization")
        await settle(pilot)
        form = app.screen.query_one(DetailsForm)
        with form.prevent(Input.Changed):  # typed; the Changed message is not out yet
            form.query_one("#field-organization", Input).value = "Late Keys Ltd"
        assert app.session.role.variables.get("organization", "") != "Late Keys Ltd"
        assert app.save_before_leaving()
    assert jd_workspace.drafts.load(draft_id).variables["organization"] == "Late Keys Ltd"


async def test_a_failed_save_as_the_app_goes_keeps_a_recovery_file(jd_workspace, no_delays):
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        draft_id = await _open_draft(app, pilot)
        app.session.apply(replace(app.session.role, title="Typed before the hangup"))
        os.chmod(jd_workspace.drafts.folder, stat.S_IRUSR | stat.S_IXUSR)
        try:
            assert app.save_before_leaving()  # the text is safe…
        finally:
            os.chmod(jd_workspace.drafts.folder, 0o700)
    assert jd_workspace.drafts.load(draft_id).title != "Typed before the hangup"  # …not in the draft
    [path] = jd_workspace.recovery.files()
    assert path.parent == jd_workspace.data_dir / "recovery"
    assert jd_workspace.recovery.read(path).title == "Typed before the hangup"
    assert any(str(path) in line for line in app.farewell)
    assert not app.lost_text


async def test_the_next_start_brings_the_text_back_and_says_so(jd_workspace, no_delays):
    role = jd_workspace.new_draft("en-client-manager")
    jd_workspace.recovery.keep(replace(role, title="Recovered title"))
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        messages = [n.message for n in app._notifications]
    assert any("could not save is back" in m and "Recovered title" in m for m in messages), messages
    assert jd_workspace.drafts.load(role.id).title == "Recovered title"
    assert jd_workspace.recovery.files() == []


async def test_text_for_a_draft_that_moved_on_comes_back_as_a_new_draft(jd_workspace, no_delays):
    role = jd_workspace.new_draft("en-client-manager")
    jd_workspace.recovery.keep(replace(role, title="Mine"))
    jd_workspace.save(replace(role, title="Theirs"))  # saved elsewhere since
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        messages = [n.message for n in app._notifications]
    assert any("saved as a new draft" in m for m in messages), messages
    titles = sorted(r.title for r in jd_workspace.list_drafts()[0])
    assert titles == ["Mine", "Theirs"]


async def test_a_recovery_file_that_cannot_be_read_is_left_and_named(jd_workspace, no_delays):
    folder = jd_workspace.data_dir / "recovery"
    folder.mkdir(parents=True)
    damaged = folder / "d-12345678-20260101T000000.000000Z.json"
    damaged.write_text("{not json", encoding="utf-8")
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        messages = [n.message for n in app._notifications]
    assert any("recovery file" in m and str(damaged) in m for m in messages), messages
    assert damaged.exists()


def test_recovery_goes_to_the_next_place_when_one_refuses(tmp_path):
    blocked = tmp_path / "blocked"
    blocked.mkdir(mode=0o500)
    elsewhere = tmp_path / "elsewhere" / "recovery"
    recovery = Recovery([blocked / "recovery", elsewhere])
    from jdtui.core.model import Role

    role = Role.from_dict({"id": "d-00000001", "title": "T", "lang": "en", "sections": []})
    path = recovery.keep(role)
    assert path.parent == elsewhere and recovery.files() == [path]
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o700


def test_recovery_never_writes_through_a_link_or_into_a_strangers_folder(tmp_path):
    target = tmp_path / "target"
    target.mkdir()
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "jdtui-0").symlink_to(target)
    from jdtui.core.model import Role
    from jdtui.store.errors import StoreError

    role = Role.from_dict({"id": "d-00000001", "title": "T", "lang": "en", "sections": []})
    try:
        Recovery([tmp_path / "shared" / "jdtui-0" / "recovery"]).keep(role)
    except StoreError as error:
        assert "link" in str(error)
    else:
        raise AssertionError("a recovery file was written through a link")
    assert list(target.iterdir()) == [] or not any(target.rglob("*.json"))


async def test_when_the_time_limit_ends_a_stuck_app_its_text_goes_to_a_recovery_file(
    jd_workspace, no_delays, monkeypatch
):
    from jdtui.tui import saving

    statuses: list[int] = []
    monkeypatch.setattr(saving.os, "_exit", statuses.append)
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_draft(app, pilot)
        app.session.apply(replace(app.session.role, title="Typed, never saved"))
        app._exit_now(143)  # what the killer thread runs when no clean exit came
    assert statuses == [143]
    [path] = jd_workspace.recovery.files()
    assert jd_workspace.recovery.read(path).title == "Typed, never saved"


async def test_the_apps_signal_handlers_are_in_place_only_while_it_runs(jd_workspace, no_delays):
    import signal

    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP)
    app = JdtuiApp(with_ui_lang(jd_workspace, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        during = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP)
    assert during != before and during[0] is during[1]
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP)) == before
