"""The domain, the store and the command line never pull in Textual.

Each check runs in a fresh interpreter, so what other tests imported does not count.
"""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import jdtui

ROOT = Path(jdtui.__file__).resolve().parent


def _modules(package: str) -> list[str]:
    folder = ROOT / package.split(".", 1)[1].replace(".", os.sep)
    found = [package]
    for info in pkgutil.walk_packages([str(folder)], prefix=package + "."):
        found.append(info.name)
    return found


def _run(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env, check=False
    )


REPORT = (
    "import json, sys; print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('textual',))))"
)


def test_core_and_store_modules_import_no_textual() -> None:
    modules = _modules("jdtui.core") + _modules("jdtui.store")
    assert "jdtui.core.search" in modules and "jdtui.store.workspace" in modules
    code = "import importlib\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules) + REPORT
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []


def test_the_check_is_able_to_see_textual() -> None:
    """The probe itself works: importing the app does show up."""
    result = _run("import jdtui.tui.app\n" + REPORT)
    assert result.returncode == 0, result.stderr
    assert "textual" in json.loads(result.stdout.splitlines()[-1])


def test_cli_import_pulls_no_textual() -> None:
    result = _run("import jdtui.cli\n" + REPORT)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []


def test_cli_check_runs_without_textual(tmp_path: Path) -> None:
    """``jdtui check ID`` on a shipped template, in a process, imports no Textual."""
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("JDTUI_TEAM_LIBRARY", None)
    listing = _run(
        "import sys; from jdtui.cli import main; sys.exit(main(['list', '--kind', 'template', "
        "'--format', 'json']))",
        env,
    )
    assert listing.returncode == 0, listing.stderr
    template_id = json.loads(listing.stdout)[0]["id"]
    code = (
        "import sys\n"
        "from jdtui.cli import main\n"
        f"status = main(['check', {template_id!r}])\n"
        "sys.stdout.flush()\n" + REPORT + "\nsys.exit(0 if status in (0, 1) else status)\n"
    )
    result = _run(code, env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []
