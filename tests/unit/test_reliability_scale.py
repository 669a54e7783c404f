"""Issue 18, point 11: commands that do not need the library never read it, and the
size limits are settings (``import_limit_mb``, ``library_limit_mb``) whose
refusals name the setting."""

from __future__ import annotations

import json

import pytest

from jdtui.store import library as library_module
from jdtui.store.ingest import MAX_BYTES
from jdtui.store.settings import limit_bytes
from jdtui.store.workspace import Workspace

from .reliability_support import library_bytes, one_line, run

TEMPLATE = "en-client-manager"


@pytest.fixture
def draft_id() -> str:
    ws = Workspace()
    role = ws.new_draft(TEMPLATE, title="Before")
    return ws.save(role).id


@pytest.mark.parametrize(
    "argv",
    [
        ("list", "--kind", "draft"),
        ("draft", "rename", "{id}", "After"),
        ("draft", "duplicate", "{id}"),
        ("draft", "archive", "{id}"),
        ("draft", "delete", "{id}"),
        ("draft", "bin"),
        ("backups", "{id}"),
        ("restore", "{id}", "--latest"),
    ],
)
def test_commands_about_drafts_never_read_the_library(capsys, monkeypatch, draft_id, argv):
    def refuse(*args, **kwargs):
        raise AssertionError("the library was read")

    monkeypatch.setattr(library_module, "load_library", refuse)
    monkeypatch.setattr(library_module, "read_library", refuse)
    status, _, err = run(capsys, *(a.format(id=draft_id) for a in argv))
    assert status == 0, err


def test_an_import_over_the_set_limit_names_the_setting(capsys, tmp_path):
    Workspace().settings.set("import_limit_mb", 0.01)
    document = tmp_path / "big.md"
    document.write_text("# Manager\n\n## Duties\n\n" + "- Prepares reports.\n" * 1000)
    status, out, err = run(capsys, "import", str(document))
    line = one_line(err, str(document))
    assert status == 2 and out == ""
    assert "the limit is 0.01 MB, setting import_limit_mb" in line


def test_a_raised_import_limit_lets_a_big_document_in(capsys, tmp_path):
    document = tmp_path / "big.md"
    document.write_text("# Manager\n\n## Duties\n\n- Prepares reports.\n" + " " * MAX_BYTES)
    status, _, err = run(capsys, "import", str(document))
    assert status == 2 and "setting import_limit_mb" in err
    Workspace().settings.set("import_limit_mb", 40)
    status, out, err = run(capsys, "import", str(document))
    assert status == 0 and out.startswith("d-"), err


def test_a_team_library_over_its_limit_is_skipped_saying_which_setting(capsys, tmp_path, monkeypatch):
    team = tmp_path / "team.json"
    blocks = {
        str(n): {"id": f"team.duty.d{n}", "kind": "duty", "lang": "en", "text": "Plans work. " * 30}
        for n in range(600)
    }
    template = {
        "id": "team-planner",
        "title": "Team planner",
        "lang": "en",
        "profile": "en-jd",
        "sections": [{"id": "duties", "blocks": ["team.duty.d1"]}],
    }
    team.write_bytes(library_bytes(blocks, templates={"1": template}))
    monkeypatch.setenv("JDTUI_TEAM_LIBRARY", str(team))
    status, out, err = run(capsys, "list", "--kind", "template")
    assert status == 0 and "team-planner" in out, err  # read (and kept in the cache, if big)
    Workspace().settings.set("library_limit_mb", 0.1)
    status, out, err = run(capsys, "list", "--kind", "template")
    assert status == 0 and "team-planner" not in out and TEMPLATE in out  # the shipped ones still listed
    assert "the limit is 0.1 MB, setting library_limit_mb" in one_line(err, str(team))


@pytest.mark.parametrize("value", ["lots", -1, 0, None, [], float("nan")])
def test_a_limit_that_is_not_a_positive_number_is_its_default(value):
    assert limit_bytes(value, "import_limit_mb") == MAX_BYTES
    assert limit_bytes(json.loads("2.5"), "import_limit_mb") == int(2.5 * 1024 * 1024)
