"""Without its key in the keyring the desk asks for the recovery key (a wrong one is asked
again, in one sentence); the recovery sheet printed through the preview."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from test_gui_walkin import worker as worker  # the fixture

from desktop.gui.app import Counter
from desktop.gui.desk import DeskSettings
from desktop.gui.recovery_key import RecoveryKeyDialog
from desktop.gui.setup_wizard import SetupWizard
from desktop.store import db as store_db
from desktop.store import keys


def test_a_desk_without_its_key_opens_with_the_recovery_key(qtbot, worker, tmp_path, monkeypatch):
    folder = tmp_path / "desk"
    store_db.open_database(folder).close()
    recovery = keys.take_unshown(folder)
    header = keys.read_header(folder)
    keys._unlocked.pop(header.folder)  # a new computer: nothing in this process ...
    keyring_name = f"data-key:{header.folder}"
    keys.secrets.keyring.delete_password(keys.secrets.SERVICE, keyring_name)  # ... nor keyring

    asked: list[str] = []
    typed = iter(["AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH", recovery.lower()])

    def answer(_parent, _title, label, _echo):
        asked.append(label)
        return next(typed), True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    counter = Counter(worker, folder, DeskSettings(folder))
    counter.start()
    # opened: a folder with no account yet goes on to the setup wizard
    qtbot.waitUntil(lambda: isinstance(counter.dialog, SetupWizard), timeout=20000)
    qtbot.addWidget(counter.dialog)
    assert len(asked) == 2
    assert asked[0].startswith("Kunci folder data") and "tidak ada di keyring" in asked[0]
    assert asked[1].startswith("Kunci pemulihan itu bukan kunci folder data ini")
    assert keys.secrets.load(keyring_name)  # back in the keyring for the next start


def test_the_recovery_sheet_prints_the_key(qtbot, tmp_path):
    recovery = "JT43Z-LPMCB-Q444H-5BNKR-Q2Z6U-C6QR6-MZIWO-WVXEO"
    dialog = RecoveryKeyDialog(recovery, tmp_path, "Direktorat", DeskSettings(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.form.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.isVisible())
    (tmp_path / "sheet.pdf").write_bytes(dialog.preview.pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "sheet.pdf"), "-"], capture_output=True, text=True
    ).stdout
    words = " ".join(text.split())
    assert "JT43Z LPMCB Q444H 5BNKR Q2Z6U C6QR6 MZIWO WVXEO" in words
    assert "brankas penyelia" in words and str(tmp_path) in words
    dialog.preview.close()
