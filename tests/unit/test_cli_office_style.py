"""``jdtui new --set`` takes the office-style choices of a Russian draft and
refuses a value a choice does not have; the export prints what was chosen."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_cli import FILLED, jdtui, sets


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path


def test_new_with_approval_by_order_and_words_dates_exports_them(home, tmp_path):
    values = {**FILLED, "approval_form": "order", "order_number": "42-к", "date_style": "words"}
    draft = jdtui(
        "new", "--from", "ru-client-manager", *sets(values), env_home=home, check=True
    ).stdout.strip()
    target = tmp_path / "di.md"
    jdtui("export", draft, "-o", str(target), "--force", env_home=home, check=True)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("**УТВЕРЖДЕНА**\\\nприказом от 1 декабря 2026 г. № 42-к\n")
    assert "· г. Москва · 1 декабря 2026 г." in text


@pytest.mark.parametrize(
    "pair", ["date_style=word", "approval_form=приказ", "approval_form=stamp", "date_style=NUMERIC"]
)
def test_a_value_no_choice_has_is_refused_in_one_line(home, pair):
    result = jdtui("new", "--from", "ru-client-manager", "--set", pair, env_home=home)
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    name = pair.split("=")[0]
    assert name in result.stderr and ("numeric" in result.stderr or "order" in result.stderr)


def test_an_empty_choice_is_the_default(home):
    result = jdtui("new", "--from", "ru-client-manager", "--set", "date_style=", env_home=home)
    assert result.returncode == 0, result.stderr
