"""A full disk, for real: a small tmpfs holds the data folder and is filled to the last byte.
Saving says the disk is full and how much room to make, the form keeps what was typed, and
signing in and reading still work.

Mounting the tmpfs needs root. Without it, the test runs itself again in a user namespace of
its own (``unshare --map-root-user --mount``), where it is root of its own mounts; only where
neither is allowed is it skipped, saying so."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSWORD
from helpers import copy_database
from PySide6.QtCore import Qt

from desktop.store import db as store_db

NAMESPACE = ["unshare", "--map-root-user", "--mount"]


@pytest.fixture
def small_disk(tmp_path):
    """An 8 MB filesystem of its own, mounted for the test (root, or root of a namespace)."""
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


def test_a_full_disk_is_said_as_such_and_signing_in_and_reading_still_work(request, tmp_path):
    if os.geteuid() != 0:
        _again_in_a_namespace_of_its_own(request, tmp_path)
        return
    _full_disk(
        request.getfixturevalue("qapp"),
        request.getfixturevalue("qtbot"),
        request.getfixturevalue("small_disk"),
        request.getfixturevalue("staffed_template"),
    )


def _again_in_a_namespace_of_its_own(request, tmp_path: Path) -> None:
    """Not root: this very test, run by pytest as root of a user and mount namespace, where
    the tmpfs can be mounted; it passes only if that run passed, not skipped."""
    why = "unshare is not installed"
    if shutil.which("unshare") is not None:
        probe = subprocess.run([*NAMESPACE, "true"], capture_output=True, text=True)
        why = "" if probe.returncode == 0 else probe.stderr.strip() or f"exit {probe.returncode}"
    if why:
        pytest.skip(
            "a full disk is made by mounting an 8 MB tmpfs: that needs root, or user namespaces "
            f"(unshare --map-root-user --mount: {why}); this machine allows neither, so the "
            "full-disk handling is not proven here"
        )
    pytest_run = [sys.executable, "-m", "pytest", request.node.nodeid, "-q", "-p"]
    done = subprocess.run(
        [*NAMESPACE, *pytest_run, "no:cacheprovider", "--basetemp", str(tmp_path / "inner")],
        cwd=request.config.rootpath,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0 and "1 passed" in done.stdout, done.stdout + done.stderr


def _full_disk(qapp, qtbot, small_disk: Path, staffed_template) -> None:
    from desktop.gui import i18n, style
    from desktop.gui.app import open_desk
    from desktop.gui.desk import DeskSettings
    from desktop.gui.intake_dialog import IntakeDialog
    from desktop.gui.sign_in import SignInDialog
    from desktop.gui.worker import Worker
    from desktop.services import settings
    from desktop.services.check import check_database
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
        checked = []  # the refused save left nothing half-written
        worker.submit(check_database, on_success=checked.append)
        qtbot.waitUntil(lambda: bool(checked), timeout=20000)
        assert checked[0].ok, checked[0].problems
    finally:
        worker.stop()
        store_db.database.obj.close()
        settings.forget()
