"""Team-wide rule settings: severity per rule, rules off, extra terms in ru and
en; the team's file beside the team library, the user's own on top; provenance."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jdtui.core.check import check, score
from jdtui.core.rule_settings import effective_rules, merge, parse_layer
from jdtui.core.rules import RULES
from jdtui.store.rule_files import TEAM_RULES_ENV, load_rule_settings
from jdtui.store.workspace import Workspace

from .rules_support import add, en, library, local, ru

KNOWN = [rule.id for rule in RULES]


def settings(data, source="team"):
    return merge([parse_layer(data, source, f"/{source}/rules.json", KNOWN)])


def rules_of(role, s):
    return {f.rule: f for f in check(role, library(), "en", s)}


def test_severity_change_and_rule_off_apply_to_the_check():
    role = add(
        en(),
        "summary",
        local(
            "An aggressive, competitive, dominant, fearless, driven, ambitious, decisive, forceful, "
            "headstrong and confident leader.",
            "general",
            "en",
        ),
    )
    assert rules_of(role, None)["gender-coded"].severity == "info"
    raised = rules_of(role, settings({"severity": {"gender-coded": "warning"}}))
    assert raised["gender-coded"].severity == "warning"
    assert score(check(role, library(), "en", settings({"severity": {"gender-coded": "error"}}))) <= 80
    assert "gender-coded" not in rules_of(role, settings({"off": ["gender-coded"]}))
    assert "gender-coded" not in rules_of(role, settings({"severity": {"gender-coded": "off"}}))


def test_extra_terms_match_word_forms_in_their_language_only():
    s = settings(
        {
            "forbidden": {"ru": ["харизматичность"], "en": [{"term": "rock star", "hint": "say: expert"}]},
            "discouraged": {"en": ["hit the ground running"]},
        }
    )
    ru_role = add(
        ru(), "requirements", local("Высокая харизматичность и ответственность.", "requirement", "ru")
    )
    found = [f for f in check(ru_role, library(), "ru", s) if f.rule == "forbidden-term"]
    assert len(found) == 1 and found[0].severity == "error" and "харизматичность" in found[0].message
    forms = add(ru(), "requirements", local("Отличается харизматичностью.", "requirement", "ru"))
    assert any(f.rule == "forbidden-term" for f in check(forms, library(), "ru", s))
    en_role = add(en(), "requirements", local("Rock stars who hit the ground running.", "requirement", "en"))
    by_rule = {f.rule: f for f in check(en_role, library(), "en", s)}
    assert by_rule["forbidden-term"].hint == "say: expert"
    assert by_rule["discouraged-term"].severity == "warning"
    # near-misses: the words apart, or in the other language's list
    apart = add(en(), "requirements", local("A star performer who can rock a pitch.", "requirement", "en"))
    assert not {"forbidden-term", "discouraged-term"} & {f.rule for f in check(apart, library(), "en", s)}
    assert not any(f.rule == "forbidden-term" for f in check(en(), library(), "en", s))


def test_later_files_override_earlier_ones_and_remember_where_each_setting_came_from():
    team = parse_layer(
        {"severity": {"gender-coded": "warning"}, "off": ["near-duplicate", "person-tone"]},
        "team",
        "/t",
        KNOWN,
    )
    user = parse_layer({"severity": {"gender-coded": "error"}, "on": ["person-tone"]}, "user", "/u", KNOWN)
    merged = merge([team, user])
    rows = {r.id: r for r in effective_rules(((r.id, r.severity) for r in RULES), merged)}
    assert (rows["gender-coded"].severity, rows["gender-coded"].severity_source) == ("error", "user")
    assert (rows["near-duplicate"].enabled, rows["near-duplicate"].switch_source) == (False, "team")
    assert (rows["person-tone"].enabled, rows["person-tone"].switch_source) == (True, "user")
    assert (rows["missing-section"].severity_source, rows["missing-section"].switch_source) == (
        "default",
        "default",
    )


@pytest.mark.parametrize(
    "data",
    [
        [],
        "text",
        {"severity": {"no-such-rule": "error"}},
        {"severity": {"gender-coded": "fatal"}},
        {"severity": ["gender-coded"]},
        {"forbidden": {"de": ["x"]}},
        {"forbidden": {"en": ["", "x" * 500]}},
    ],
)
def test_what_a_file_gets_wrong_is_named_and_skipped_never_raised(data):
    s = settings(data)
    assert s.problems and s.is_default
    assert check(en(), library(), "en", s) == check(en(), library(), "en")


def _write(path: Path, data) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_team_file_sits_beside_the_team_library_and_the_users_file_refines_it(tmp_path, monkeypatch):
    monkeypatch.delenv(TEAM_RULES_ENV, raising=False)
    team_library = tmp_path / "team" / "library.json"
    monkeypatch.setenv("JDTUI_TEAM_LIBRARY", str(team_library))
    ws = Workspace(tmp_path / "data", tmp_path / "config", library_files=[])
    files = dict(ws.rule_files())
    assert files["team"] == tmp_path / "team" / "rules.json"
    assert files["user"] == tmp_path / "config" / "rules.json"
    _write(files["team"], {"severity": {"gender-coded": "warning"}, "off": ["person-tone"]})
    _write(files["user"], {"severity": {"gender-coded": "error"}})
    effective = ws.rule_settings()
    assert effective.severity["gender-coded"] == "error" and effective.is_off("person-tone")
    # a damaged file is left out and named; the other one still applies
    _write(files["user"], "{not json")
    effective = ws.rule_settings()
    assert effective.severity["gender-coded"] == "warning"
    assert any("rules.json" in p for p in effective.problems)
    # the env var names the team file directly
    other = _write(tmp_path / "elsewhere.json", {"off": ["gender-coded"]})
    monkeypatch.setenv(TEAM_RULES_ENV, str(other))
    assert load_rule_settings(ws.rule_files()).is_off("gender-coded")


def _cli(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess:
    environ = dict(os.environ)
    for name in (TEAM_RULES_ENV, "JDTUI_TEAM_LIBRARY", "LC_ALL"):
        environ.pop(name, None)
    environ.update(
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        LANG="en_US.UTF-8",
        **env,
    )
    return subprocess.run(
        [sys.executable, "-m", "jdtui.cli", *args], capture_output=True, text=True, env=environ, timeout=120
    )


def new_en_draft(home: Path) -> str:
    """A complete English draft (no errors without settings), made by the CLI."""
    made = _cli(
        "new",
        "--from",
        "en-sales-manager",
        "--set",
        "organization=Acme Ltd",
        "--set",
        "city=Leeds",
        home=home,
    )
    return made.stdout.strip()


def test_jdtui_rules_lists_effective_rules_with_provenance(tmp_path):
    team = _write(
        tmp_path / "team" / "rules.json",
        {
            "severity": {"gender-coded": "warning"},
            "off": ["near-duplicate"],
            "forbidden": {"en": ["rockstar"]},
        },
    )
    _write(tmp_path / "config" / "jdtui" / "rules.json", {"off": ["person-tone"], "severity": {"bogus": "x"}})
    result = _cli("rules", "--format", "json", home=tmp_path, JDTUI_TEAM_RULES=str(team))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    rows = {r["id"]: r for r in data["rules"]}
    assert set(rows) == set(KNOWN)
    assert rows["gender-coded"]["severity"] == "warning" and rows["gender-coded"]["severity_source"] == "team"
    assert rows["gender-coded"]["default_severity"] == "info"
    assert rows["near-duplicate"]["enabled"] is False and rows["near-duplicate"]["enabled_source"] == "team"
    assert rows["person-tone"]["enabled"] is False and rows["person-tone"]["enabled_source"] == "user"
    assert rows["discrimination"]["severity_source"] == "default"
    assert [t["text"] for t in data["terms"]] == ["rockstar"] and data["terms"][0]["source"] == "team"
    assert [f["source"] for f in data["files"]] == ["team", "user"] and all(
        f["exists"] for f in data["files"]
    )
    assert any("bogus" in p for p in data["problems"])
    text = _cli("rules", home=tmp_path, JDTUI_TEAM_RULES=str(team))
    assert text.returncode == 0
    line = next(x for x in text.stdout.splitlines() if x.startswith("gender-coded "))
    assert "warning" in line and "team" in line
    assert "bogus" in text.stderr  # the problem is said, once per run, on stderr


def test_check_and_export_in_the_cli_apply_the_team_settings(tmp_path):
    draft = new_en_draft(tmp_path)
    assert _cli("check", draft, home=tmp_path).returncode == 0
    team = _write(tmp_path / "team" / "rules.json", {"forbidden": {"en": ["prospects"]}})
    result = _cli("check", draft, "--format", "json", home=tmp_path, JDTUI_TEAM_RULES=str(team))
    assert result.returncode == 1
    assert {f["rule"] for f in json.loads(result.stdout)["findings"]} >= {"forbidden-term"}
    assert _cli("export", draft, home=tmp_path, JDTUI_TEAM_RULES=str(team)).returncode == 1
    _write(team, {"severity": {"forbidden-term": "warning"}, "forbidden": {"en": ["prospects"]}})
    assert _cli("export", draft, home=tmp_path, JDTUI_TEAM_RULES=str(team)).returncode == 0
