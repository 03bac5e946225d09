"""A full disk, for real: a small tmpfs holds the data folder and is filled to the last byte.
Saving says the disk is full and how much room to make, the form keeps what was typed, and
signing in and reading still work."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import PASSWORD
from helpers import copy_database
from PySide6.QtCore import Qt

from desktop.store import db as store_db


@pytest.fixture
def small_disk(tmp_path):
    """An 8 MB filesystem of its own, mounted for the test (root only, as in CI)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], check=True)
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=True)


def _fill(disk: Path) -> Path:
    """Write a ballast file until the filesystem refuses another byte."""
    ballast = disk / "ballast"
    fd = os.open(ballast, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)
    assert shutil.disk_usage(disk).free == 0
    return ballast


def test_a_full_disk_is_said_as_such_and_signing_in_and_reading_still_work(
    qapp, qtbot, small_disk, staffed_template
):
    from desktop.gui import i18n, style
    from desktop.gui.app import open_desk
    from desktop.gui.desk import DeskSettings
    from desktop.gui.intake_dialog import IntakeDialog
    from desktop.gui.sign_in import SignInDialog
    from desktop.gui.worker import Worker
    from desktop.services import settings
    from desktop.services.queries import find_cases

    style.apply(qapp)
    i18n.install("id")
    template, _ = staffed_template
    folder = small_disk / "data"
    folder.mkdir()
    copy_database(template, folder)
    worker = Worker()
    try:
        opened = []
        worker.submit(open_desk, folder, on_success=opened.append)
        qtbot.waitUntil(lambda: bool(opened))
        ballast = _fill(small_disk)

        sign_in = SignInDialog(worker, DeskSettings(folder), "Kantor")
        qtbot.addWidget(sign_in)
        sign_in.form.usernameEdit.setText("petugas")
        sign_in.form.passwordEdit.setText(PASSWORD)
        with qtbot.waitSignal(sign_in.signed_in, timeout=20000) as signed_in:
            qtbot.mouseClick(sign_in.form.signInButton, Qt.MouseButton.LeftButton)
        actor = signed_in.args[0]
        assert actor.username == "petugas"

        dialog = IntakeDialog(worker, actor)
        qtbot.addWidget(dialog)
        dialog.show()
        f = dialog.form
        qtbot.keyClicks(f.complainantName, "Bambang Irawan")
        qtbot.keyClicks(f.complainantPhone, "085711112222")
        qtbot.keyClicks(f.businessName, "Toko Elektronik Sinar Jaya")
        qtbot.keyClicks(f.product, "Laptop")
        f.sector.setCurrentIndex(f.sector.findData("electronics_vehicles"))
        qtbot.keyClicks(f.chronology, "Laptop datang dalam keadaan layar retak dan tidak menyala.")
        f.demandReplacement.setChecked(True)
        qtbot.mouseClick(f.saveButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "penuh" in f.summaryLabel.text(), timeout=20000)
        said = f.summaryLabel.text()
        assert str(folder) in said and "Kosongkan paling sedikit 64.0 MB" in said, said
        assert "rollback" not in said
        assert f.complainantName.text() == "Bambang Irawan"  # what was typed is kept
        assert f.chronology.toPlainText().startswith("Laptop datang")
        assert f.saveButton.isEnabled()

        found = []
        worker.submit(find_cases, "", 10, on_success=found.append)
        qtbot.waitUntil(lambda: bool(found), timeout=20000)
        assert found[0] == []  # reading works (the template holds no case yet)

        ballast.unlink()  # room again: the same form saves
        with qtbot.waitSignal(dialog.registered, timeout=20000) as saved:
            qtbot.mouseClick(f.saveButton, Qt.MouseButton.LeftButton)
        assert saved.args[0].reg_no
    finally:
        worker.stop()
        store_db.database.obj.close()
        settings.forget()
