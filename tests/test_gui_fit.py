"""Every window and dialog fits the counter's screen (1366×768, and the 1024×768 still found),
in Indonesian and in English, with its main buttons in sight, every label and button wide enough
for its text, no control on top of another, and a name for every control.

Each size and language runs tests/window_fit.py in a process of its own, on Qt's offscreen
platform given a screen of that size; the PNGs it leaves are the ones looked at.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services import demo, settings
from desktop.store import db as store_db

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = {
    "sign-in",
    "setup-office",
    "setup-admin",
    "main-today",
    "main-visitors",
    "main-cases",
    "main-letters",
    "main-outgoing",
    "main-schedule",
    "main-reports",
    "main-dashboard",
    *(
        f"dashboard-{chart}"
        for chart in (
            "receivedChart",
            "backlogChart",
            "stagesChart",
            "sectorsChart",
            "businessesChart",
            "officersChart",
            "outcomesChart",
        )
    ),
    "main-settings",
    "intake",
    "recovery-key",
    "intake-from-letter",
    "preview",
    "letter",
    "visitor",
    "case-file",
    "case-file-meetings",
    "case-file-letters",
    "case-file-documents",
    "case-file-terms",
    "action-forward",
    "action-mark-duplicate",
    "send-letter",
    "export",
    "issue",
    "passphrase",
    "outgoing",
    "numbering",
    "meeting",
    "postpone",
    "result",
    "presence",
    "answer",
    "blocking",
    "assign",
    "bpsk",
    "settle",
    "enrol",
    "staff",
    "person",
    "agencies",
    "backup",
    "sync",
}


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> Path:
    """A living demo office: letters in the inbox, cases at every stage, meetings ahead."""
    folder = tmp_path_factory.mktemp("fit")
    settings.forget()
    database = store_db.open_database(folder)
    demo.fill(400, seed=11)
    database.close()
    settings.forget()
    return folder


SCREENS = {"1366x768": (1366, 768), "1024x768": (1024, 768)}
LANGS = ("id", "en")


class Probe:
    """tests/window_fit in a process of its own, on a screen of one size, in one language."""

    def __init__(self, screen: tuple[int, int], lang: str, office: Path, folder: Path) -> None:
        config = folder / "screen.json"
        width, height = screen
        config.write_text(
            json.dumps(
                {
                    "screens": [
                        {"name": "counter", "x": 0, "y": 0, "width": width, "height": height}
                        | {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                    ]
                }
            )
        )
        data = folder / "office"
        shutil.copytree(office, data)  # the window remembers its size per desk: a fresh desk
        shots = (
            Path(os.environ.get("LOKET_FIT_SHOTS", folder / "shots")) / f"{width}x{height}-{lang}"
        )
        self.process = subprocess.Popen(
            [
                *(sys.executable, "-m", "tests.window_fit", "--lang", lang),
                *("--out", str(shots / f"{width}x{height}-{lang}"), "--data-dir", str(data)),
            ],
            cwd=ROOT,
            env=os.environ | {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def windows(self) -> dict[str, dict]:
        """What the probe found of each window, by the window's name."""
        stdout, stderr = self.process.communicate(timeout=600)
        assert self.process.returncode == 0, stderr[-3000:]
        return {
            report["window"]: report
            for report in (json.loads(line) for line in stdout.splitlines() if line[:1] == "{")
        }


@pytest.fixture(scope="module")
def probes(office, tmp_path_factory) -> dict[tuple[str, str], Probe]:
    """Every screen and language probed at once: two cores take two probes at a time."""
    return {
        (screen, lang): Probe(size, lang, office, tmp_path_factory.mktemp(f"fit-{screen}-{lang}"))
        for screen, size in SCREENS.items()
        for lang in LANGS
    }


# Each language its own lengths: "Data pribadi disimpan" was cut where "Personal data kept" fit.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("named", SCREENS)
def test_every_window_fits_the_screen_with_its_main_buttons_in_sight(named, lang, probes):
    screen = SCREENS[named]
    found = probes[named, lang].windows()
    assert set(found) == WINDOWS
    assert all(report["screen"] == list(screen) for report in found.values())
    problems = {name: r["problems"] for name, r in found.items() if r["problems"]}
    assert problems == {}
    unnamed = {name: r["unnamed"] for name, r in found.items() if r["unnamed"]}
    assert unnamed == {}
    # Tab, pressed on and on, reaches every enabled control in sight.
    unreached = {name: r["unreached"] for name, r in found.items() if r["unreached"]}
    assert unreached == {}
    # The desk's own window takes the whole of a small screen.
    assert found["main-cases"]["frame"][2:] == [screen[0], screen[1]]
