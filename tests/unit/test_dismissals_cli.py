"""``jdtui check ID --dismiss RULE[@SECTION#ITEM] --reason …`` end to end:
the JSON, the score, export gating, a changed clause, undismiss."""

from __future__ import annotations

import json
from dataclasses import replace

from jdtui.core.model import Item
from jdtui.store.workspace import Workspace

from .test_rule_settings import _cli, _write, new_en_draft


def _setup(tmp_path):
    draft = new_en_draft(tmp_path)
    team = _write(tmp_path / "team" / "rules.json", {"forbidden": {"en": ["prospects"]}})
    return draft, {"JDTUI_TEAM_RULES": str(team)}


def _json(tmp_path, draft, env):
    result = _cli("check", draft, "--format", "json", home=tmp_path, **env)
    return result.returncode, json.loads(result.stdout)


def test_dismissing_every_error_lets_the_draft_export_and_keeps_the_reasons(tmp_path):
    draft, env = _setup(tmp_path)
    status, report = _json(tmp_path, draft, env)
    errors = [f for f in report["findings"] if f["rule"] == "forbidden-term"]
    assert status == 1 and len(errors) >= 2 and "dismissed" not in report
    # the rule alone names several findings: refused, with the places to choose from
    refused = _cli("check", draft, "--dismiss", "forbidden-term", "--reason", "x", home=tmp_path, **env)
    assert refused.returncode == 2 and "forbidden-term@" in refused.stderr
    # no reason: refused, nothing stored
    place = f"forbidden-term@{errors[0]['section']}#{errors[0]['item'] + 1}"
    assert _cli("check", draft, "--dismiss", place, home=tmp_path, **env).returncode == 2
    assert "dismissed" not in _json(tmp_path, draft, env)[1]
    for n, f in enumerate(errors):
        place = f"forbidden-term@{f['section']}#{f['item'] + 1}"
        done = _cli(
            "check", draft, "--dismiss", place, "--reason", f"client wording {n}", home=tmp_path, **env
        )
        assert place in done.stderr
    status, report = _json(tmp_path, draft, env)
    assert status == 0 and report["score"] == 100
    assert not [f for f in report["findings"] if f["rule"] == "forbidden-term"]
    assert sorted(d["reason"] for d in report["dismissed"]) == [
        f"client wording {n}" for n in range(len(errors))
    ]
    assert all(d["rule"] == "forbidden-term" and d["dismissed_at"] for d in report["dismissed"])
    assert report["stale_dismissals"] == []
    exported = _cli("export", draft, home=tmp_path, **env)
    assert exported.returncode == 0 and exported.stdout.startswith("#")
    text = _cli("check", draft, home=tmp_path, **env).stdout
    assert "Dismissed findings" in text and "client wording 0" in text
    # the portfolio scores it the same
    rows = json.loads(_cli("report", "--format", "json", home=tmp_path, **env).stdout)
    assert next(r for r in rows if r["id"] == draft)["errors"] == 0


def test_a_changed_clause_brings_its_finding_back_and_undismiss_takes_one_back(tmp_path):
    draft, env = _setup(tmp_path)
    _, report = _json(tmp_path, draft, env)
    first, *rest = [f for f in report["findings"] if f["rule"] == "forbidden-term"]
    for f in (first, *rest):
        place = f"forbidden-term@{f['section']}#{f['item'] + 1}"
        _cli("check", draft, "--dismiss", place, "--reason", "agreed", home=tmp_path, **env)
    assert _json(tmp_path, draft, env)[0] == 0
    # the consultant rewrites the first clause, still with the term in it
    ws = Workspace(tmp_path / "data" / "jdtui", tmp_path / "config" / "jdtui")
    role = ws.find(draft)
    index = next(i for i, s in enumerate(role.sections) if s.id == first["section"])
    items = list(role.sections[index].items)
    old = ws.library.resolve(items[first["item"]])
    items[first["item"]] = Item.copy_of(
        replace(old, id="local-x", text=old.text + " Keeps notes."), ref=old.id
    )
    ws.save(role.with_items(index, items))
    status, report = _json(tmp_path, draft, env)
    assert status == 1
    back = [f for f in report["findings"] if f["rule"] == "forbidden-term"]
    assert [(f["section"], f["item"]) for f in back] == [(first["section"], first["item"])]
    assert len(report["stale_dismissals"]) == 1 and report["stale_dismissals"][0]["reason"] == "agreed"
    # undismiss one of the others: it counts again
    other = rest[0]
    place = f"forbidden-term@{other['section']}#{other['item'] + 1}"
    assert _cli("check", draft, "--undismiss", place, home=tmp_path, **env).returncode == 1
    _, report = _json(tmp_path, draft, env)
    assert (other["section"], other["item"]) in {(f["section"], f["item"]) for f in report["findings"]}
    assert _cli("check", draft, "--undismiss", place, home=tmp_path, **env).returncode == 2


def test_templates_cannot_take_dismissals(tmp_path):
    result = _cli("check", "en-sales-manager", "--dismiss", "gender-coded", "--reason", "x", home=tmp_path)
    assert result.returncode == 2 and "template" in result.stderr
