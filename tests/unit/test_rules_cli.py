"""The checker from the command line: JSON schema, export gating, report, custom blocks."""

from __future__ import annotations

import json

from .test_cli import FILLED, jdtui, sets


def _draft(home, template="ru-sales-manager", filled=FILLED) -> str:
    return jdtui("new", "--from", template, *sets(filled), env_home=home, check=True).stdout.strip()


def test_check_json_follows_the_documented_schema(tmp_path):
    draft = jdtui("new", "--from", "ru-sales-manager", env_home=tmp_path, check=True).stdout.strip()
    result = jdtui("check", draft, "--format", "json", env_home=tmp_path)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert set(report) == {"id", "score", "findings"} and isinstance(report["score"], int)
    assert report["findings"]
    for f in report["findings"]:
        assert set(f) == {"rule", "severity", "section", "item", "message", "hint"}
        assert f["severity"] in ("error", "warning", "info")
        assert f["section"] is None or isinstance(f["section"], str)
        assert f["item"] is None or isinstance(f["item"], int)
    # the requisites the clauses print are reported once, not once per clause
    assert "requisites" in {f["rule"] for f in report["findings"]}
    assert "placeholder" not in {f["rule"] for f in report["findings"]}


def test_export_is_refused_with_findings_and_exit_1_unless_forced(tmp_path):
    draft = jdtui("new", "--from", "ru-sales-manager", env_home=tmp_path, check=True).stdout.strip()
    refused = jdtui("export", draft, env_home=tmp_path)
    assert refused.returncode == 1 and refused.stdout == ""
    assert "requisites" in refused.stderr and "--force" in refused.stderr
    forced = jdtui("export", draft, "--force", env_home=tmp_path)
    assert forced.returncode == 0 and "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ" in forced.stdout


def test_export_of_complete_role_goes_ahead(tmp_path):
    draft = _draft(tmp_path)
    result = jdtui("export", draft, env_home=tmp_path)
    assert result.returncode == 0 and "УТВЕРЖДАЮ" in result.stdout


def test_report_lists_drafts_sorted_as_asked(tmp_path):
    complete = _draft(tmp_path)
    incomplete = jdtui("new", "--from", "en-sales-manager", env_home=tmp_path, check=True).stdout.strip()
    rows = json.loads(jdtui("report", "--format", "json", env_home=tmp_path, check=True).stdout)
    assert [r["id"] for r in rows] == [complete, incomplete]
    assert rows[0]["ready"] and not rows[1]["ready"] and rows[1]["errors"] > 0
    rows = json.loads(
        jdtui("report", "--format", "json", "--sort", "errors", env_home=tmp_path, check=True).stdout
    )
    assert rows[0]["id"] == incomplete
    rows = json.loads(
        jdtui("report", "--format", "json", "--sort", "title", env_home=tmp_path, check=True).stdout
    )
    assert [r["title"].casefold() for r in rows] == sorted(r["title"].casefold() for r in rows)
    text = jdtui("report", env_home=tmp_path, check=True).stdout.splitlines()
    assert len(text) == 3 and text[1].startswith(complete) and "Score" in text[0]


def test_report_with_no_drafts_says_so(tmp_path):
    result = jdtui("report", env_home=tmp_path, check=True)
    assert result.stdout == "" and "no drafts" in result.stderr


def test_block_add_stores_a_block_with_areas_and_notes_new_ones(tmp_path):
    areas = jdtui("block", "areas", "--lang", "en", env_home=tmp_path, check=True).stdout.split()
    assert "client-interaction" in areas and areas == sorted(areas)
    added = jdtui(
        "block",
        "add",
        "--kind",
        "right",
        "--lang",
        "en",
        "--title",
        "Approve refunds",
        "--text",
        "May approve refunds up to 500 EUR.",
        "--covers",
        "client-feedback",
        "--covers",
        "refund-handling",
        env_home=tmp_path,
        check=True,
    )
    assert added.stdout.strip() == "user.en.right.approve-refunds"
    assert "refund-handling" in added.stderr and "client-feedback" not in added.stderr
    assert "refund-handling" in jdtui("block", "areas", env_home=tmp_path, check=True).stdout.split()


def test_block_add_refuses_fields_of_another_kind_in_one_line(tmp_path):
    result = jdtui(
        "block", "add", "--kind", "right", "--lang", "en", "--text", "x", "--area", "foo", env_home=tmp_path
    )
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
