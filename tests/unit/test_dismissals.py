"""Dismissed findings: by rule and place, with a reason, kept with the draft,
not counted for the score or export, and void once their clause changes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jdtui.core.check import check, has_errors, review, score
from jdtui.core.dismissals import (
    DismissError,
    dismiss,
    fingerprint,
    parse_place,
    place_text,
    undismiss,
    with_dismissed,
)
from jdtui.core.model import Dismissal, Role
from jdtui.store.workspace import Workspace

from .rules_support import add, en, library, local, set_section

BAD = "Young male candidates only."


def _offending() -> Role:
    """An English draft with one discriminatory requirement (an error)."""
    return add(en(), "requirements", local(BAD, "requirement", "en", group="qualities"))


def _error(role: Role):
    return next(f for f in check(role, library(), "en") if f.rule == "discrimination")


def test_place_syntax():
    assert parse_place("discrimination") == ("discrimination", None, None)
    assert parse_place("missing-section@rights") == ("missing-section", "rights", None)
    assert parse_place(" discrimination@requirements#3 ") == ("discrimination", "requirements", 2)
    for bad in ("", "@x", "rule@", "rule@sec#", "rule@sec#0", "rule@sec#two"):
        with pytest.raises(DismissError):
            parse_place(bad)


def test_a_dismissed_finding_stops_counting_but_stays_listed_with_its_reason():
    role = _offending()
    finding = _error(role)
    assert has_errors(check(role, library(), "en"))
    before = score(check(role, library(), "en"))
    dismissed, chosen = dismiss(
        role, library(), check(role, library(), "en"), place_text(finding), "Client's casting call"
    )
    assert chosen == finding
    result = review(dismissed, library(), "en")
    assert finding not in result.active and not has_errors(result.active)
    assert [(f, d.reason) for f, d in result.dismissed] == [(finding, "Client's casting call")]
    assert score(result.active) == before + 20  # an error no longer costs its 20 points
    assert result.stale == []


def test_a_dismissal_no_longer_applies_once_its_clause_changes():
    role = _offending()
    finding = _error(role)
    dismissed = with_dismissed(role, library(), finding, "agreed with the client")
    changed_text = BAD.replace("only", "preferred")
    items = list(dismissed.section("requirements").items)
    items[finding.item] = local(changed_text, "requirement", "en", group="qualities")
    changed = set_section(dismissed, "requirements", items)
    result = review(changed, library(), "en")
    assert any(f.rule == "discrimination" for f in result.active)  # counts again
    assert result.dismissed == [] and len(result.stale) == 1
    # re-spacing the same words is no change
    items[finding.item] = local("  Young   male candidates only. ", "requirement", "en", group="qualities")
    respaced = set_section(dismissed, "requirements", items)
    assert not has_errors(review(respaced, library(), "en").active)


def test_a_dismissal_follows_its_clause_when_the_clause_moves():
    role = _offending()
    dismissed = with_dismissed(role, library(), _error(role), "agreed")
    items = list(dismissed.section("requirements").items)
    moved = set_section(dismissed, "requirements", [items[-1], *items[:-1]])
    result = review(moved, library(), "en")
    assert not has_errors(result.active) and len(result.dismissed) == 1
    assert result.dismissed[0].finding.item == 0


def test_a_field_finding_is_dismissed_until_the_field_changes():
    role = en().with_variables(position="Young salesman")
    finding = next(f for f in check(role, library(), "en") if f.rule == "discrimination" and f.field)
    dismissed = with_dismissed(role, library(), finding, "a quoted historic title")
    assert finding not in check(dismissed, library(), "en")
    assert finding.rule in {
        f.rule for f in check(dismissed.with_variables(position="Young salesmen"), library())
    }


def test_ambiguous_missing_and_reasonless_dismissals_are_refused_with_the_places():
    role = add(_offending(), "requirements", local("Female applicants only.", "requirement", "en"))
    findings = check(role, library(), "en")
    with pytest.raises(DismissError, match=r"requirements#\d+.*requirements#\d+"):
        dismiss(role, library(), findings, "discrimination", "x")
    with pytest.raises(DismissError):
        dismiss(role, library(), findings, "discrimination@duties#1", "x")
    with pytest.raises(DismissError):
        dismiss(role, library(), findings, place_text(_error(role)), "   ")


def test_undismiss_takes_a_dismissal_back():
    role = _offending()
    finding = _error(role)
    dismissed = with_dismissed(role, library(), finding, "x")
    back, count = undismiss(dismissed, place_text(finding))
    assert count == 1 and back.dismissals == () and has_errors(check(back, library(), "en"))
    with pytest.raises(DismissError):
        undismiss(back, place_text(finding))


def test_dismissals_are_stored_with_the_draft_only_when_there_are_any(tmp_path):
    role = _offending()
    assert "dismissals" not in role.to_dict()
    dismissed = with_dismissed(role, library(), _error(role), "agreed", when="2026-12-02T10:00:00+00:00")
    data = dismissed.to_dict()
    assert data["dismissals"] == [
        {
            "rule": "discrimination",
            "reason": "agreed",
            "section": "requirements",
            "item": _error(role).item,
            "fingerprint": fingerprint(BAD + "\n"),
            "when": "2026-12-02T10:00:00+00:00",
        }
    ]
    assert Role.from_dict(data) == dismissed
    # damaged entries are left out, not an error
    assert Role.from_dict({**data, "dismissals": [{"reason": "no rule"}, 3, "x"]}).dismissals == ()
    ws = Workspace(tmp_path / "data", tmp_path / "config", library_files=[])
    saved = ws.create_draft(dismissed)
    assert ws.find(saved.id).dismissals == dismissed.dismissals
    cleared = ws.save(replace(ws.find(saved.id), dismissals=()))
    assert ws.find(cleared.id).dismissals == ()
    assert "dismissals" not in ws.find(cleared.id).to_dict()


def test_a_whole_document_finding_is_dismissed_by_rule_and_section():
    role = set_section(en(), "requirements", [])
    missing = next(f for f in check(role, library(), "en") if f.rule == "missing-section")
    dismissed, _ = dismiss(
        role, library(), check(role, library(), "en"), place_text(missing), "posted elsewhere"
    )
    assert missing not in check(dismissed, library(), "en")
    assert dismissed.dismissals == (
        Dismissal("missing-section", "requirements", None, None, "posted elsewhere", "", ""),
    )
