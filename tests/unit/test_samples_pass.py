"""Every shipped sample, once its details are filled in, passes its own checker."""

from __future__ import annotations

import json

import pytest

from jdtui.core.check import check, has_errors

from .rules_support import FILLED_EN, FILLED_RU, library, sample
from .test_cli import jdtui, sets

TEMPLATES = sorted(library().templates)


def test_there_are_samples_in_both_languages():
    assert any(t.startswith("ru-") for t in TEMPLATES) and any(t.startswith("en-") for t in TEMPLATES)


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_filled_sample_has_no_errors(template_id):
    found = check(sample(template_id), library(), "en")
    errors = [f"{f.rule} {f.section}#{f.item}: {f.message}" for f in found if f.severity == "error"]
    assert not has_errors(found), errors


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_unfilled_sample_is_not_complete_when_it_needs_details(template_id):
    """The checker is not silent by accident: without details the sample has findings."""
    template = library().templates[template_id]
    found = check(sample(template_id).with_variables(organization=""), library(), "en")
    assert any(f.rule in ("requisites", "requisites-minor", "placeholder") for f in found), template.id


@pytest.mark.parametrize("template_id", ["ru-sales-manager", "en-customer-support-specialist"])
def test_new_draft_from_the_cli_checks_complete(tmp_path, template_id):
    filled = FILLED_RU if template_id.startswith("ru-") else FILLED_EN
    draft = jdtui("new", "--from", template_id, *sets(filled), env_home=tmp_path, check=True).stdout.strip()
    result = jdtui("check", draft, "--format", "json", env_home=tmp_path)
    report = json.loads(result.stdout)
    assert result.returncode == 0, [f for f in report["findings"] if f["severity"] == "error"]
    assert report["id"] == draft and 0 <= report["score"] <= 100
