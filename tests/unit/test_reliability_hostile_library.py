"""Issue 18, point 4: a hostile team library crashes no command, and block files
are checked field by field. A damaged team library is skipped with a one-line
warning; everything else keeps working."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jdtui.store.fields import ID
from jdtui.store.workspace import Workspace

from .reliability_support import BLOCK, META, block_file, library_bytes, one_line, run, team_env, team_folder

TEMPLATE = "en-customer-relations-specialist"


@pytest.fixture
def team(tmp_path, monkeypatch):
    library = team_folder(tmp_path) / "library.json"
    team_env(monkeypatch, library)
    return library


def _write(library, payload: bytes) -> None:
    library.write_bytes(payload)
    os.chmod(library, 0o660)


def test_a_huge_integer_in_meta_is_a_warning_in_every_command(team, capsys):
    _write(team, b'{"_meta": {"1": {"schema": ' + b"9" * 5000 + b', "kind": "jdtui-library"}}, "blocks": {}}')
    ws = Workspace()
    draft = ws.new_draft(TEMPLATE, title="Draft").id
    for argv in (
        ["list"],
        ["show", TEMPLATE],
        ["check", draft],
        ["report"],
        ["locate"],
        ["team", "add-block", "--file", str(block_file(team.parent.parent, BLOCK))],
    ):
        status, _out, err = run(capsys, *argv)
        assert "Traceback" not in err and "ValueError" not in err, argv
        if argv[0] == "team":
            assert status == 2 and "number far too long" in one_line(err, str(team))
            assert "block team.duty.plan-hiring written" not in err
        elif argv[0] != "locate":
            assert status in (0, 1), (argv, err)
            assert "number far too long" in one_line(err, str(team)), argv


def test_the_app_starts_over_a_damaged_team_library(team):
    _write(team, b'{"_meta": {"1": {"schema": ' + b"9" * 5000 + b"}}}")
    ws = Workspace()
    library = ws.library  # the app's load: never raises, the file is skipped
    assert library.templates and len(ws.warnings) == 1


def test_blocks_as_a_list_is_refused_by_add_block(team, capsys, tmp_path):
    _write(team, json.dumps({"_meta": META, "blocks": [BLOCK]}).encode())
    before = team.read_bytes()
    status, _out, err = run(
        capsys, "team", "add-block", "--file", str(block_file(tmp_path, dict(BLOCK, id="x.y")))
    )
    assert status == 2 and "must be a JSON object" in one_line(err, str(team))
    assert "AttributeError" not in err and team.read_bytes() == before


def test_a_deeply_nested_block_file_is_refused(team, capsys, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    status, _out, err = run(capsys, "team", "add-block", "--file", str(path))
    assert status == 2 and "nested too deeply" in one_line(err, str(path))
    assert not team.exists()


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"kind": "7"}, "must be one of"),
        ({"id": "../../x"}, "is not a valid id"),
        ({"id": "X"}, "is not a valid id"),
        ({"text": ["a", "list"]}, "must be text"),
        ({"tags": "tag"}, "must be a list of texts"),
        ({"tags": [{"a": 1}]}, "must be a list of texts"),
        ({"day": "9" * 5000}, "whole number"),
        ({"day": True}, "whole number"),
        ({"text": "x" * 30_000}, "too long"),
        ({"lang": "fr"}, "must be one of"),
    ],
)
def test_block_files_are_checked_field_by_field(team, capsys, tmp_path, change, problem):
    path = block_file(tmp_path, {**BLOCK, **change})
    status, _out, err = run(capsys, "team", "add-block", "--file", str(path))
    assert status == 2
    assert problem in one_line(err, str(path))
    assert not team.exists()


def test_a_sound_block_file_is_written_and_shows(team, capsys, tmp_path):
    status, _out, err = run(capsys, "team", "add-block", "--file", str(block_file(tmp_path, BLOCK)))
    assert status == 0 and "written" in err
    assert Workspace().library.block(BLOCK["id"]).text == BLOCK["text"]


def test_a_template_with_a_bad_field_makes_the_library_skipped(team, capsys):
    template = {
        "id": "team.t",
        "title": "T",
        "lang": "en",
        "profile": "en-jd",
        "sections": [{"id": "duties", "blocks": [7]}],
    }
    _write(team, library_bytes(templates={"1": template}))
    status, out, err = run(capsys, "list", "--kind", "template")
    assert status == 0 and "team.t" not in out
    assert "sections.blocks" in one_line(err, str(team))


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=6,
)
FIELDS = [
    "id",
    "kind",
    "lang",
    "text",
    "title",
    "tags",
    "areas",
    "covers",
    "measures",
    "group",
    "day",
    "goal",
    "source",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(FIELDS), value=JSON)
def test_any_value_in_any_field_is_read_or_skipped_never_crashes(team, field, value):
    _write(team, library_bytes({"1": {**BLOCK, field: value}}))
    ws = Workspace()
    wanted = value if field == "id" and isinstance(value, str) and ID.fullmatch(value) else BLOCK["id"]
    block = ws.library.block(wanted)  # never raises
    if block is None:
        assert len(ws.warnings) == 1 and str(team) in str(ws.warnings[0])
    else:  # what was read is what a block holds: no Python reprs shown later
        assert all(isinstance(getattr(block, name), str) for name in ("id", "kind", "lang", "text", "title"))
        assert all(
            isinstance(tag, str) for tag in (*block.tags, *block.areas, *block.covers, *block.measures)
        )
        assert block.day is None or isinstance(block.day, int)
