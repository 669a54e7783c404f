"""Hostile text through the store, the CLI, check, export and import.

The policy (README, "What jdtui promises about your data"): text is data. It is
never read as Rich markup; control characters (C0 but tab and newline, DEL, C1),
bidi embeddings/overrides/isolates and lone surrogates never reach a terminal or
an exported file: the export drops them and the check reports them with the
``control-chars`` finding. Zero-width characters are ordinary text and kept.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from jdtui import cli
from jdtui.core.model import Block, Item
from jdtui.store.workspace import Workspace

MEGABYTE_LINE = "Клиент " * 150_000  # one line of about a megabyte

HOSTILE = {
    "rich-markup": "[bold red]loud[/] [link=https://evil.example]click[/link] [/] [/bold]",
    "csi": "\x1b[2J\x1b[H\x1b[31mred\x1b[0m \x1b[6n",
    "osc-52-clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07 copied",
    "osc-window-title": "\x1b]0;pwned\x07 \x1b]2;pwned again\x1b\\ title",
    "c0": "".join(chr(c) for c in range(32) if chr(c) not in "\t\n") + " c0",
    "c1": "".join(chr(c) for c in range(0x80, 0xA0)) + " c1",
    "nul": "before\x00after",
    "bel-del": "ring\x07\x7f",
    "bidi": "invoice\u202egpj.exe\u202c \u2066isolated\u2069 \u202aembedded\u202c",
    "zero-width": "zero\u200bwidth\u200c\u200djoiner\ufeff",
    "megabyte-line": MEGABYTE_LINE,
    "lone-surrogates": "high \ud800 low \udfff",
}

# ESC, C0 but tab/newline/carriage return, DEL, C1, bidi controls, lone surrogates
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def assert_clean(text: str, where: str) -> None:
    found = _FORBIDDEN.search(text)
    assert found is None, f"{where}: {found[0]!r} at {found.start()}"
    assert "Traceback" not in text, where


def run(monkeypatch, *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process with a real UTF-8 stdout (strict, like a terminal's)."""
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out_bytes, encoding="utf-8", errors="strict", write_through=True)
    stderr = io.TextIOWrapper(err_bytes, encoding="utf-8", errors="backslashreplace", write_through=True)
    with monkeypatch.context() as patch:
        patch.setattr(sys, "stdout", stdout)
        patch.setattr(sys, "stderr", stderr)
        status = cli.main(list(argv))
    return status, out_bytes.getvalue().decode("utf-8"), err_bytes.getvalue().decode("utf-8")


def _hostile_draft(ws: Workspace, text: str) -> str:
    """A draft whose title, variables and first duty carry ``text``."""
    template = next(t for t in ws.templates("en"))
    role = ws.new_draft(template.id, title=f"Title {text}", variables={"organization": text, "city": text})
    block = Block(
        id="hostile.duty", kind="duty", lang="en", text=f"Does {text}.", areas=("reporting",), goal=text
    )
    index = next(i for i, s in enumerate(role.sections) if s.items)
    section = role.sections[index]
    role = role.with_items(index, (Item.copy_of(block), *section.items))
    return ws.save(role).id


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_text_survives_the_store_round_trip(name):
    ws = Workspace()
    draft_id = _hostile_draft(ws, HOSTILE[name])
    loaded = Workspace().find(draft_id)
    expected = HOSTILE[name]
    if name == "lone-surrogates":  # UTF-8 cannot hold them: stored as U+FFFD
        expected = "high \ufffd low \ufffd"
    assert loaded.variables["organization"] == expected
    assert loaded.title == f"Title {expected}"
    assert loaded.items is not None and any(
        item.local is not None and item.local.text == f"Does {expected}." for _, _, item in loaded.items()
    )
    assert Workspace().list_drafts()[1] == []


@pytest.mark.parametrize("name", HOSTILE)
def test_no_command_prints_a_control_sequence_or_markup_is_not_interpreted(monkeypatch, tmp_path, name):
    ws = Workspace()
    draft_id = _hostile_draft(ws, HOSTILE[name])
    outputs = {}
    for argv in (
        ["list"],
        ["list", "--format", "json"],
        ["show", draft_id],
        ["show", draft_id, "--format", "json"],
        ["check", draft_id],
        ["check", draft_id, "--format", "json"],
        ["export", draft_id, "--force"],
        ["backups", draft_id],
    ):
        status, out, err = run(monkeypatch, *argv)
        assert status in (0, 1), (argv, err)
        assert_clean(out, f"{argv} stdout")
        assert_clean(err, f"{argv} stderr")
        outputs[" ".join(a for a in argv if a != draft_id)] = out
    for key in ("list --format json", "show --format json", "check --format json"):
        json.loads(outputs[key])  # still valid JSON after escaping
    if name == "rich-markup":  # printed literally (Markdown-escaped in Markdown): nothing interpreted it
        assert "[bold red]loud[/]" in json.loads(outputs["show --format json"])["variables"]["organization"]
        assert r"\[bold red\]loud\[/\]" in outputs["show"]
    if name == "zero-width":  # kept, by policy
        assert "zero\u200bwidth" in outputs["show"]
    if name == "megabyte-line":
        assert MEGABYTE_LINE.strip() in outputs["show"]

    target = tmp_path / "out.md"
    status, _, err = run(monkeypatch, "export", draft_id, "--force", "-o", str(target))
    assert status == 0, err
    assert_clean(target.read_text(encoding="utf-8"), "exported file")


@pytest.mark.parametrize("name", ["csi", "osc-52-clipboard", "c1", "bidi", "nul"])
def test_check_reports_control_characters_the_export_drops(monkeypatch, name):
    ws = Workspace()
    draft_id = _hostile_draft(ws, HOSTILE[name])
    _status, out, _ = run(monkeypatch, "check", draft_id, "--format", "json")
    rules = {f["rule"] for f in json.loads(out)["findings"]}
    assert "control-chars" in rules


def test_zero_width_characters_are_not_reported(monkeypatch):
    ws = Workspace()
    draft_id = _hostile_draft(ws, HOSTILE["zero-width"])
    _status, out, _ = run(monkeypatch, "check", draft_id, "--format", "json")
    assert "control-chars" not in {f["rule"] for f in json.loads(out)["findings"]}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_values_given_on_the_command_line(monkeypatch, name):
    template = Workspace().templates("en")[0].id
    value = HOSTILE[name]
    status, out, err = run(
        monkeypatch, "new", "--from", template, "--title", value, "--set", f"organization={value}"
    )
    assert status == 0, err
    assert_clean(out + err, "new")
    draft_id = out.strip()
    status, out, err = run(monkeypatch, "show", draft_id)
    assert_clean(out + err, "show")
    # an unknown variable or a bad id with hostile text: a clean one-line error
    for argv in (["new", "--from", template, "--set", f"{value}=x"], ["show", value], ["check", value]):
        status, out, err = run(monkeypatch, *argv)
        assert status == 2
        assert_clean(out + err, str(argv))
        assert err.count("\n") == 1


def _write_import_file(path: Path, text: str) -> None:
    body = (
        f"# Job description: Client manager {text}\n\n"
        "## Summary\n\n"
        f"The role {text} looks after clients.\n\n"
        "## Responsibilities\n\n"
        f"- Answers client requests {text}.\n"
        "- Reports weekly on client interactions.\n\n"
        "## Requirements\n\n"
        f"- Two years of experience {text}.\n"
    )
    path.write_text(body, encoding="utf-8", errors="replace" if "\ud800" in text else "strict")


@pytest.mark.parametrize("name", HOSTILE)
def test_importing_a_hostile_file_is_clean(monkeypatch, tmp_path, name):
    source = tmp_path / "hostile.md"
    _write_import_file(source, HOSTILE[name])
    status, out, err = run(monkeypatch, "import", str(source), "--lang", "en")
    assert_clean(out, "import stdout")
    assert_clean(err, "import stderr")
    if status != 0:  # refused (e.g. a NUL byte means binary): one clear line, no draft
        assert status == 2 and err.count("jdtui: error:") == 1
        return
    draft_id = out.strip()
    for argv in (["show", draft_id], ["check", draft_id], ["export", draft_id, "--force"]):
        status, out, err = run(monkeypatch, *argv)
        assert status in (0, 1), (argv, err)
        assert_clean(out + err, str(argv))


def test_invalid_utf8_on_the_real_command_line_is_handled(tmp_path):
    """argv bytes that are not UTF-8 reach Python as lone surrogates."""
    env = dict(os.environ, LANG="en_US.UTF-8")
    template = Workspace().templates("en")[0].id
    result = subprocess.run(
        [sys.executable, "-m", "jdtui.cli", "new", "--from", template, "--title", b"bad \xff\xfe \x1b[31m"],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    draft_id = result.stdout.decode().strip()
    for argv in (["list"], ["show", draft_id], ["show", draft_id, "--format", "json"]):
        shown = subprocess.run(
            [sys.executable, "-m", "jdtui.cli", *argv], capture_output=True, env=env, timeout=60
        )
        assert shown.returncode == 0, shown.stderr
        text = (shown.stdout + shown.stderr).decode("utf-8")  # valid UTF-8
        assert_clean(text, str(argv))


def test_store_writes_lone_surrogates_as_replacement_characters(tmp_path):
    from jdtui.store.safe import dump, read_json, write_json

    path = tmp_path / "x.json"
    write_json(path, {"t": {"1": {"text": "a\ud800b", "\udfffkey": "v"}}})
    assert read_json(path) == {"t": {"1": {"text": "a\ufffdb", "\ufffdkey": "v"}}}
    assert dump(["\udc80"]).decode("utf-8") == '[\n "\ufffd"\n]\n'


def test_check_of_megabyte_variables_and_items_reads_each_once_and_says_what_it_cut():
    """A megabyte variable printed in many clauses and a megabyte clause are read
    once, up to SCAN_LIMIT, and still judged: the discriminatory phrase at the
    start is found, each long text gets a ``too-long`` finding."""
    from jdtui.core.check import check
    from jdtui.core.rules.context import SCAN_LIMIT

    ws = Workspace()
    template = next(t for t in ws.templates("ru") if t.profile == "ru-di")
    filler = ". Ведение документации" * 50_000  # about a megabyte
    position = "Менеджер (только мужчины)" + filler
    role = ws.new_draft(template.id, variables={"position": position, "organization": "ООО Ромашка" + filler})
    block = Block(
        id="huge.req", kind="requirement", lang="ru", text="Возраст до 30 лет," + filler, group="qualities"
    )
    index = next(i for i, s in enumerate(role.sections) if s.id == "general")
    role = role.with_items(index, (*role.sections[index].items, Item.copy_of(block)))
    assert len(role.variables["position"]) > 1_000_000 and len(block.text) > 1_000_000

    findings = check(role, ws.library, "en")
    too_long = [f for f in findings if f.rule == "too-long"]
    assert {(f.section, f.item) for f in too_long} == {
        (None, None),
        ("general", len(role.sections[index].items) - 1),
    }
    assert sorted(f.field for f in too_long if f.section is None) == ["organization", "position"]
    assert sorted(f.message.split("“")[1].split("”")[0] for f in too_long if f.section is None) == [
        "Organisation",
        "Position",
    ]
    assert all(str(SCAN_LIMIT) in f.message for f in too_long)
    # the title-like variable once (not once per clause printing it), and the clause
    discrimination = {(f.section, f.item): f.message for f in findings if f.rule == "discrimination"}
    clause = ("general", len(role.sections[index].items) - 1)
    assert set(discrimination) == {(None, None), clause}
    assert "“Position”" in discrimination[None, None] and "мужчин" in discrimination[None, None]
    assert "30" in discrimination[clause]
