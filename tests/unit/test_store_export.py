"""Export file names are safe, and exporting never replaces a file without --overwrite."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdtui import cli
from jdtui.core.text import safe_file_name
from jdtui.store.export import ExportExists, write_export
from jdtui.store.workspace import Workspace

# path separators, C0/C1 controls, bidi controls (which make "gpj.exe" read as "exe.jpg"), lone surrogates
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f/\\\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=400))
def test_safe_file_name_never_escapes_the_folder_or_carries_controls(title):
    name = safe_file_name(title)
    assert name.endswith(".md")
    assert not _UNSAFE.search(name)
    assert ".." not in name
    assert not name.startswith((".", "-"))
    assert name not in (".md", "..md")
    assert len(name) <= 80 + len(".md")


@pytest.mark.parametrize(
    "title",
    [
        "../../etc/passwd",
        "..",
        "/",
        "a/b\\c",
        "\x1b]0;x\x07",
        "invoice\u202egpj.exe",
        "a\ud800b",
        "Менеджер по работе с клиентами",
        "x" * 500,
        "",
        "....",
    ],
)
def test_safe_file_name_examples(title):
    name = safe_file_name(title)
    assert "/" not in name and "\\" not in name and ".." not in name and "\x1b" not in name
    assert 3 < len(name) <= 83


def test_safe_file_name_keeps_readable_titles():
    assert safe_file_name("Менеджер по работе с клиентами") == "Менеджер-по-работе-с-клиентами.md"


def test_write_export_refuses_an_existing_file_unless_overwrite(tmp_path):
    target = tmp_path / "role.md"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(ExportExists):
        write_export(target, "new")
    assert target.read_text(encoding="utf-8") == "mine"
    write_export(target, "new", overwrite=True)
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["role.md"]  # no temp files left


def test_cli_export_needs_overwrite_to_replace_a_file(tmp_path, capsys):
    ws = Workspace()
    draft = ws.new_draft(ws.templates("en")[0].id)
    target = tmp_path / "role.md"
    target.write_text("mine", encoding="utf-8")
    assert cli.main(["export", draft.id, "--force", "-o", str(target)]) == 2
    assert "--overwrite" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mine"
    assert cli.main(["export", draft.id, "--force", "--overwrite", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("#")
