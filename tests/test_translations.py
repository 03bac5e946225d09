"""Every visible string has its Indonesian translation, and the compiled files are current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.paths import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[1]
TOOLS = Path(sys.executable).parent


def test_every_tr_string_and_form_label_has_an_indonesian_translation(tmp_path):
    # lupdate merges today's strings into a copy of the committed file: anything new or
    # changed comes out unfinished.
    copy = tmp_path / "loket_id.ts"
    shutil.copy(TRANSLATIONS / "loket_id.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "desktop" / "gui").glob("*.py"))
    sources += sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    done = subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    untranslated = []
    messages = 0
    for context in ET.parse(copy).getroot().iter("context"):
        for message in context.iter("message"):
            messages += 1
            translation = message.find("translation")
            text = "".join(translation.itertext()).strip()
            if translation.get("type") in ("unfinished", "obsolete", "vanished") or not text:
                untranslated.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert messages > 200
    assert untranslated == []


def test_the_compiled_translations_match_their_sources(tmp_path):
    for name in ("loket_id", "qt_id"):
        built = tmp_path / f"{name}.qm"
        done = subprocess.run(
            [str(TOOLS / "pyside6-lrelease"), str(TRANSLATIONS / f"{name}.ts"), "-qm", str(built)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert built.read_bytes() == (TRANSLATIONS / f"{name}.qm").read_bytes(), (
            f"{name}.qm is stale: run make translations"
        )


def test_the_window_speaks_indonesian_by_default_and_english_on_request(qtbot, qapp):
    from desktop.gui import i18n
    from desktop.gui.sign_in import SignInDialog

    class NoWorker:
        def submit(self, *args, **kwargs):
            raise AssertionError("nothing to do yet")

    class Desk:
        def value(self, key, default=""):
            return default

    i18n.install("id")
    dialog = SignInDialog(NoWorker(), Desk(), "Kantor")
    qtbot.addWidget(dialog)
    assert (dialog.form.signInButton.text(), dialog.form.usernameLabel.text()) == (
        "Masuk",
        "Nama pengguna",
    )
    assert i18n.label("status_title", "analysis") == "Analisis"
    i18n.install("en")
    english = SignInDialog(NoWorker(), Desk(), "Kantor")
    qtbot.addWidget(english)
    assert english.form.signInButton.text() == "Sign in"
    assert i18n.label("status_title", "analysis") == "Analysis"
    i18n.install("id")
