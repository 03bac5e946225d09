"""`make run` installs what the desk needs, and only that; `make test` adds the test extras."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _planned(target: str, venv: Path) -> str:
    """The commands ``make TARGET`` would run on a checkout without a virtual environment."""
    done = subprocess.run(
        ["make", "-n", target, f"VENV={venv}"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _installs(commands: str) -> list[str]:
    return [line for line in commands.splitlines() if "pip install" in line and "-e" in line]


def test_make_run_installs_the_application_without_the_test_extras(tmp_path):
    run = _installs(_planned("run", tmp_path / "venv"))
    assert run == [f"{tmp_path}/venv/bin/python -m pip install --quiet -e '.[sane]'"]
    test = _installs(_planned("test", tmp_path / "venv"))
    assert any("'.[test,sane]'" in line for line in test), test


def test_make_run_installs_the_system_libraries_of_qts_window_plugin(tmp_path):
    """Every library Qt's xcb plugin links to is found once `make run`'s packages are in."""
    plan = _planned("run", tmp_path / "venv")
    assert "libxcb-cursor0" in plan
    if shutil.which("dpkg-query") is None:
        pytest.skip("not a Debian system: the packages are named, not installed")
    from PySide6 import QtCore

    plugin = Path(QtCore.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    subprocess.run(["make", "-s", "run-deps"], cwd=ROOT, check=True, capture_output=True)
    linked = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    assert "not found" not in linked, linked
