"""Drafts as things a consultant manages: delete to the bin and back, duplicate,
rename, archive; the portfolio's organisation column, filter and date format."""

from __future__ import annotations

import json

import pytest

from jdtui import cli
from jdtui.core.report import filter_rows, format_when, portfolio, sort_rows
from jdtui.store.errors import NotFoundError, StoreError
from jdtui.store.workspace import Workspace


@pytest.fixture
def ws() -> Workspace:
    return Workspace()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _draft(ws: Workspace, organization: str = "", template: str = "ru-client-manager"):
    role = ws.new_draft(template, variables={"organization": organization} if organization else None)
    return role


def test_a_deleted_draft_is_in_the_bin_and_comes_back_whole(ws):
    role = ws.save(_draft(ws).with_variables(city="Тула"))
    ws.delete_draft(role.id)
    assert not ws.is_draft(role.id)
    binned = ws.deleted_drafts()
    assert [(d.id, d.title) for d in binned] == [(role.id, role.title)]
    back = ws.undelete_draft(role.id)
    assert back.variables["city"] == "Тула" and back.revision > role.revision
    assert ws.is_draft(role.id) and ws.deleted_drafts() == []


def test_undelete_refuses_a_draft_that_is_there_or_was_never_deleted(ws):
    role = _draft(ws)
    with pytest.raises(StoreError):
        ws.undelete_draft(role.id)
    with pytest.raises(NotFoundError):
        ws.undelete_draft("d-00000000")


def test_duplicate_makes_a_new_draft_with_the_same_content(ws):
    role = ws.save(_draft(ws, "ООО «Ромашка»").with_variables(city="Тула"))
    copy = ws.duplicate_draft(role.id)
    assert copy.id != role.id
    assert copy.title == f"{role.title} (копия)"
    assert copy.sections == role.sections and copy.variables == role.variables
    named = ws.duplicate_draft(role.id, "Для филиала")
    assert named.title == "Для филиала"
    assert {r.id for r in ws.list_drafts()[0]} == {role.id, copy.id, named.id}


def test_rename_changes_the_title_only_and_refuses_an_empty_one(ws):
    role = _draft(ws)
    renamed = ws.rename_draft(role.id, "  Менеджер   (Тула) ")
    assert renamed.title == "Менеджер (Тула)"
    assert renamed.sections == role.sections
    with pytest.raises(StoreError):
        ws.rename_draft(role.id, "   ")


def test_archived_drafts_leave_lists_and_the_portfolio_unless_asked_for(ws, capsys):
    kept, put_away = _draft(ws), _draft(ws)
    ws.archive_draft(put_away.id)
    _, out, _ = run(capsys, "list", "--kind", "draft", "--format", "json")
    assert [r["id"] for r in json.loads(out)] == [kept.id]
    _, out, _ = run(capsys, "list", "--kind", "draft", "--archived", "--format", "json")
    rows = {r["id"]: r for r in json.loads(out)}
    assert set(rows) == {kept.id, put_away.id} and rows[put_away.id]["archived"] is True
    _, out, _ = run(capsys, "report", "--format", "json")
    assert [r["id"] for r in json.loads(out)] == [kept.id]
    ws.archive_draft(put_away.id, False)
    _, out, _ = run(capsys, "report", "--format", "json")
    assert {r["id"] for r in json.loads(out)} == {kept.id, put_away.id}


def test_an_archived_flag_is_stored_only_when_set():
    from jdtui.core.model import Role

    role = Role(id="d-1", title="x", lang="ru", profile="ru-di")
    assert "archived" not in role.to_dict()
    assert Role.from_dict({**role.to_dict(), "archived": True}).archived is True


def test_cli_draft_commands_delete_undelete_duplicate_rename_archive(ws, capsys):
    role = _draft(ws)
    status, _, err = run(capsys, "draft", "delete", role.id)
    assert status == 0 and "undelete" in err and not ws.is_draft(role.id)
    status, out, _ = run(capsys, "draft", "bin", "--format", "json")
    assert status == 0 and [d["id"] for d in json.loads(out)] == [role.id]
    status, out, _ = run(capsys, "draft", "undelete", role.id)
    assert status == 0 and out.strip() == role.id and ws.is_draft(role.id)
    status, out, _ = run(capsys, "draft", "duplicate", role.id, "--title", "Копия для Тулы")
    assert status == 0 and ws.find(out.strip()).title == "Копия для Тулы"
    status, _, _ = run(capsys, "draft", "rename", role.id, "Новое имя")
    assert status == 0 and ws.find(role.id).title == "Новое имя"
    status, _, _ = run(capsys, "draft", "archive", role.id)
    assert status == 0 and ws.find(role.id).archived
    status, _, _ = run(capsys, "draft", "unarchive", role.id)
    assert status == 0 and not ws.find(role.id).archived


def test_cli_draft_commands_on_an_unknown_draft_say_so_in_one_line(capsys):
    for argv in (("delete",), ("rename", "x"), ("archive",), ("duplicate",), ("undelete",)):
        status, _, err = run(capsys, "draft", argv[0], "d-00000000", *argv[1:])
        assert status == 2, argv
        assert "d-00000000" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_the_portfolio_has_the_organisation_sorts_and_filters_by_it(ws):
    a = _draft(ws, "ООО «Ромашка»")
    b = _draft(ws, "АО «Ёлка»")
    c = _draft(ws)
    rows = portfolio(ws.list_drafts()[0], ws.library)
    by_org = [r.id for r in sort_rows(rows, "organization")]
    assert by_org == [c.id, b.id, a.id]  # "" < «АО…» < «ООО…»
    assert [r.id for r in filter_rows(rows, "елка")] == [b.id]  # any case, ё as е
    assert [r.id for r in filter_rows(rows, "РОМАШ")] == [a.id]
    assert {r.id for r in filter_rows(rows, "")} == {a.id, b.id, c.id}


def test_report_shows_the_organisation_and_filters_by_it(ws, capsys):
    a = _draft(ws, "ООО «Ромашка»")
    _draft(ws, "Acme Ltd")
    status, out, _ = run(capsys, "report", "--organization", "ромашка")
    assert status == 0
    lines = out.strip().splitlines()
    assert "Organisation" in lines[0]
    assert len(lines) == 2 and lines[1].startswith(a.id) and "ООО «Ромашка»" in lines[1]


def test_one_date_format_per_ui_language():
    stamp = "2026-12-02T10:36:00"  # no zone: shown as written
    assert format_when(stamp, "ru") == "02.12.2026 10:36"
    assert format_when(stamp, "en") == "2026-12-02 10:36"
    assert format_when("not a time", "ru") == "not a time"


def test_importing_the_same_document_twice_says_it_looks_like_the_first_draft(ws, capsys, tmp_path):
    from jdtui.core.render import render_markdown

    source = tmp_path / "di.md"
    source.write_text(render_markdown(ws.find("ru-client-manager"), ws.library), encoding="utf-8")
    status, first, err = run(capsys, "import", str(source))
    assert status == 0 and "looks like" not in err
    status, second, err = run(capsys, "import", str(source))
    assert status == 0 and second.strip() != first.strip()
    assert f"looks like draft {first.strip()}" in err and "100%" in err


def test_a_different_document_does_not_look_like_a_draft(ws, capsys, tmp_path):
    from jdtui.core.render import render_markdown

    for template, name in (("ru-client-manager", "a.md"), ("ru-accountant", "b.md")):
        (tmp_path / name).write_text(render_markdown(ws.find(template), ws.library), encoding="utf-8")
    run(capsys, "import", str(tmp_path / "a.md"))
    status, _, err = run(capsys, "import", str(tmp_path / "b.md"))
    assert status == 0 and "looks like" not in err


def test_the_app_import_reports_a_look_alike_draft_first(ws, tmp_path):
    from jdtui.core.render import render_markdown
    from jdtui.tui.screens.dialogs.importing import import_file

    source = tmp_path / "di.md"
    source.write_text(render_markdown(ws.find("ru-accountant"), ws.library), encoding="utf-8")
    first = import_file(ws, source, lang=None, title=None)
    again = import_file(ws, source, lang=None, title=None)
    assert not any("looks like" in line for line in first.report)
    assert again.report[0].startswith(f"Note: the document looks like draft {first.role.id}")


def test_the_report_says_archived_and_the_bin_dates_as_the_report_does(ws, capsys):
    role = _draft(ws)
    ws.archive_draft(role.id)
    _, out, _ = run(capsys, "report", "--archived")
    row = next(line for line in out.splitlines() if line.startswith(role.id))
    assert " archived " in row and " draft " not in row  # as the app's portfolio says
    ws.delete_draft(role.id)
    _, out, _ = run(capsys, "draft", "bin")
    line = out.strip().splitlines()[0]
    deleted = ws.deleted_drafts()[0].deleted
    assert line.startswith(f"{role.id}  {format_when(deleted, 'en')}  ru  ")
    assert "T" not in line.split("  ")[1]
