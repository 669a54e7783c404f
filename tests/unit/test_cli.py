"""The command line, end to end, in subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FILLED = {
    "organization": "ООО «Ромашка»",
    "approver_title": "Генеральный директор",
    "approver_name": "И. И. Иванов",
    "approval_date": "01.12.2026",
    "doc_number": "15",
    "city": "Москва",
}
FILLED_EN = {"organization": "Acme Ltd", "city": "Leeds"}


def jdtui(*args: str, env_home: Path, check: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["XDG_DATA_HOME"] = str(env_home / "data")
    env["XDG_CONFIG_HOME"] = str(env_home / "config")
    env["XDG_CACHE_HOME"] = str(env_home / "cache")
    env["LANG"] = "en_US.UTF-8"
    env.pop("LC_ALL", None)
    result = subprocess.run(
        [sys.executable, "-m", "jdtui.cli", *args], capture_output=True, text=True, env=env, timeout=120
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def sets(values: dict[str, str]) -> list[str]:
    out: list[str] = []
    for key, value in values.items():
        out += ["--set", f"{key}={value}"]
    return out


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path


def test_list_ru_json_has_at_least_fifteen_roles(home):
    result = jdtui("list", "--lang", "ru", "--format", "json", env_home=home, check=True)
    rows = json.loads(result.stdout)
    assert len([r for r in rows if r["kind"] == "template"]) >= 15
    assert all(r["lang"] == "ru" for r in rows)
    assert {"id", "kind", "title", "lang"} <= set(rows[0])
    titles = {r["title"] for r in rows}
    assert {
        "Специалист по работе с клиентами",
        "Менеджер по работе с клиентами",
        "Менеджер по работе с ключевыми клиентами",
    } <= titles


def test_list_en_has_the_client_counterparts(home):
    rows = json.loads(jdtui("list", "--lang", "en", "--format", "json", env_home=home, check=True).stdout)
    assert len(rows) >= 8
    assert {"Customer Service Specialist", "Account Manager", "Key Account Manager"} <= {
        r["title"] for r in rows
    }


def test_list_query_uses_word_forms(home):
    rows = json.loads(
        jdtui("list", "--query", "ключевой", "--format", "json", env_home=home, check=True).stdout
    )
    assert [r["id"] for r in rows] == ["ru-key-account-manager"]


def test_new_prints_the_id_alone_and_export_prints_a_di(home):
    new = jdtui("new", "--from", "ru-client-manager", *sets(FILLED), env_home=home, check=True)
    draft_id = new.stdout.strip()
    assert new.stdout == draft_id + "\n" and draft_id.startswith("d-")

    listed = json.loads(
        jdtui("list", "--kind", "draft", "--format", "json", env_home=home, check=True).stdout
    )
    assert [r["id"] for r in listed] == [draft_id]

    exported = jdtui("export", draft_id, env_home=home)
    assert exported.returncode == 0, exported.stderr
    text = exported.stdout
    assert text.startswith("**УТВЕРЖДАЮ**\\\nГенеральный директор\\\nООО «Ромашка»")
    assert "# ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ менеджера по работе с клиентами" in text
    assert "## 1. Общие положения" in text and "1.1. " in text
    assert "## Лист ознакомления" in text
    assert "{{" not in text


def test_show_json_lists_items_with_their_blocks(home):
    result = jdtui("show", "ru-client-manager", "--format", "json", env_home=home, check=True)
    data = json.loads(result.stdout)
    assert data["lang"] == "ru" and data["profile"] == "ru-di"
    duties = next(s for s in data["sections"] if s["id"] == "duties")
    assert duties["items"] and all(i["kind"] == "duty" and i["block"] and i["text"] for i in duties["items"])
    assert "position_genitive" in data["variables"]


def test_check_exit_status_says_complete_or_not(home):
    bare = jdtui("new", "--from", "ru-client-manager", env_home=home, check=True).stdout.strip()
    incomplete = jdtui("check", bare, "--format", "json", env_home=home)
    assert incomplete.returncode == 1
    report = json.loads(incomplete.stdout)
    assert isinstance(report["score"], int)
    assert any(f["severity"] == "error" for f in report["findings"])

    filled = jdtui(
        "new", "--from", "ru-client-manager", *sets(FILLED), env_home=home, check=True
    ).stdout.strip()
    complete = jdtui("check", filled, env_home=home)
    assert complete.returncode == 0, complete.stdout


def test_export_refuses_incomplete_role_unless_forced(home, tmp_path):
    bare = jdtui("new", "--from", "ru-client-manager", env_home=home, check=True).stdout.strip()
    target = tmp_path / "out.md"
    refused = jdtui("export", bare, "-o", str(target), env_home=home)
    assert refused.returncode == 1 and not target.exists()
    assert "--force" in refused.stderr
    forced = jdtui("export", bare, "-o", str(target), "--force", env_home=home)
    assert forced.returncode == 0 and "{{approver_title}}" in target.read_text(encoding="utf-8")


def test_export_never_overwrites_without_asking(home, tmp_path):
    target = tmp_path / "out.md"
    target.write_text("keep me", encoding="utf-8")
    result = jdtui("export", "en-client-manager", "-o", str(target), "--force", env_home=home)
    assert result.returncode == 2 and "--overwrite" in result.stderr
    assert target.read_text(encoding="utf-8") == "keep me"
    result = jdtui("export", "en-client-manager", "-o", str(target), "--force", "--overwrite", env_home=home)
    assert result.returncode == 0 and target.read_text(encoding="utf-8").startswith("# Account Manager")


@pytest.mark.parametrize(
    "args",
    [
        ("show", "no-such-role"),
        ("check", "no-such-role"),
        ("export", "no-such-role"),
        ("new", "--from", "no-such-template"),
        ("new", "--from", "ru-client-manager", "--set", "nonsense"),
        ("new", "--from", "ru-client-manager", "--set", "colour=red"),
        ("list", "--kind", "bogus"),
        ("frobnicate",),
    ],
)
def test_bad_input_is_one_line_and_status_two(home, args):
    result = jdtui(*args, env_home=home)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_locate_follows_xdg(home):
    data = json.loads(jdtui("locate", "--format", "json", env_home=home, check=True).stdout)
    assert data["drafts"] == str(home / "data" / "jdtui" / "drafts")
    assert data["settings"] == str(home / "config" / "jdtui" / "settings.json")
    assert data["cache"] == str(home / "cache" / "jdtui")
    assert data["library"]


def test_version(home):
    result = jdtui("--version", env_home=home, check=True)
    assert result.stdout.startswith("jdtui ")


def test_new_draft_files_are_private(home):
    draft_id = jdtui("new", "--from", "en-client-manager", env_home=home, check=True).stdout.strip()
    path = home / "data" / "jdtui" / "drafts" / f"{draft_id}.json"
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert json.loads(path.read_text(encoding="utf-8"))["_meta"]["1"]["schema"] == 1
