"""Every rule is documented once, translated, and has a stable id and severity."""

from __future__ import annotations

import re
from pathlib import Path

from jdtui.core.rules import RULES
from jdtui.i18n import CATALOGUE

DOC = Path(__file__).resolve().parents[2] / "docs" / "RULES.md"
REQUIRED = {
    "missing-section",
    "placeholder",
    "rights-coverage",
    "kpi-coverage",
    "non-performance",
    "requirement-groups",
    "discrimination",
    "duplicate",
}


def test_required_rule_ids_exist_with_unique_slugs():
    ids = [r.id for r in RULES]
    assert set(ids) >= REQUIRED
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", i) for i in ids)
    assert all(r.severity in ("error", "warning", "info") for r in RULES)


def test_docs_table_lists_every_rule_with_its_severity_and_nothing_else():
    rows = re.findall(r"^\| `([a-z-]+)` \| (error|warning|info) \|", DOC.read_text(encoding="utf-8"), re.M)
    assert sorted(rows) == sorted((r.id, r.severity) for r in RULES)


def test_every_rule_message_and_hint_is_in_russian_and_english():
    for r in RULES:
        keys = [k for k in CATALOGUE if k.startswith(f"rule.{r.id}.") or k.startswith(f"rule.{r.id}")]
        own = [k for k in keys if k.split(".")[1] == r.id]
        assert f"rule.{r.id}.title" in own
        assert any(k.endswith(".message") for k in own) and any(k.endswith(".hint") for k in own)
        for key in own:
            assert CATALOGUE[key]["ru"] and CATALOGUE[key]["en"], key
            assert set(re.findall(r"{(\w+)", CATALOGUE[key]["ru"])) == set(
                re.findall(r"{(\w+)", CATALOGUE[key]["en"])
            ), key
