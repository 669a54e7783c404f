"""Installed from a wheel, outside the repository, jdtui finds its styles and
its sample library."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0:
        pytest.fail("building the wheel failed:\n" + result.stderr[-2000:])
    return next(out.glob("jdtui-*.whl"))


def test_wheel_carries_styles_and_library(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    styles = {f"jdtui/styles/{p.name}" for p in (REPO / "styles").glob("*.tcss")}
    data = {f"jdtui/data/{p.name}" for p in (REPO / "data").glob("*.json")}
    assert "jdtui/styles/app.tcss" in styles and {"jdtui/data/ru.json", "jdtui/data/en.json"} <= data
    assert styles <= names and data <= names


def test_wheel_carries_every_module(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(REPO).as_posix() for p in (REPO / "jdtui").rglob("*.py")}
    assert modules - names == set()
    assert any(n.endswith("entry_points.txt") for n in names)


def test_installed_wheel_runs_outside_the_repository(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # -S skips .pth files, so the editable checkout cannot leak in; dependencies
    # come from this environment's site-packages.
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": os.pathsep.join([str(target), sysconfig.get_paths()["purelib"]]),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "LANG": "C.UTF-8",
    }
    probe = (
        "import json, jdtui.store.paths as p, jdtui.store.workspace as w;"
        "print(json.dumps({'styles': str(p.styles_dir()), 'tcss': (p.styles_dir() / 'app.tcss').is_file(),"
        "'module': p.__file__, 'templates': len(w.Workspace().templates())}))"
    )
    result = subprocess.run(
        [sys.executable, "-S", "-c", probe],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["module"].startswith(str(target))
    assert found["styles"].startswith(str(target)) and found["tcss"]
    assert found["templates"] >= 23
    listed = subprocess.run(
        [sys.executable, "-S", "-m", "jdtui.cli", "list", "--lang", "ru", "--format", "json"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) >= 15

    # The app itself starts from the installed copy: its styles load and the Library fills.
    app_probe = (
        "import asyncio, jdtui.tui.app as a\n"
        "async def main():\n"
        "    app = a.JdtuiApp()\n"
        "    async with app.run_test(size=(80, 24)) as pilot:\n"
        "        await app.workers.wait_for_complete()\n"
        "        await pilot.pause()\n"
        "        print(a.__file__, app.screen.__class__.__name__, len(app.stylesheet.rules) > 0)\n"
        "asyncio.run(main())\n"
    )
    started = subprocess.run(
        [sys.executable, "-S", "-c", app_probe],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert started.returncode == 0, started.stderr[-2000:]
    module, screen, styled = started.stdout.split()
    assert module.startswith(str(target)) and screen == "LibraryScreen" and styled == "True"
