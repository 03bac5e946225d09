"""Daily backups in the window: an admin chooses the folder and makes the key (shown once, kept
nowhere on the desk), the runner makes the day's backup on its own thread, and Today says when
the last one was made, or that it failed or is too old."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import threading

import pytest
from helpers import loket

from desktop.domain.errors import DomainError
from desktop.gui.backup_runner import BackupRunner
from desktop.gui.backup_settings import BackupDialog
from desktop.gui.today_page import TodayPage
from desktop.services import backups, caselog, settings
from desktop.services.context import write
from desktop.store.models import HistoryEvent


def on_worker(qtbot, worker, fn, *args):
    box = []
    worker.submit(fn, *args, on_success=box.append, on_failure=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=15000)
    assert not isinstance(box[0], Exception), box[0]
    return box[0]


def choose(qtbot, worker, admin, usb) -> str:
    """Through the dialog: a key made and shown, the folder chosen; the key returned."""
    dialog = BackupDialog(worker, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    f = dialog.form
    qtbot.waitUntil(lambda: "no backup key yet" in f.keyStateLabel.text())
    assert not f.keyEdit.isVisible()
    f.makeKeyButton.click()
    qtbot.waitUntil(lambda: f.keyEdit.isVisible())
    key = f.keyEdit.text()
    assert key.startswith("AGE-SECRET-KEY-1") and "safe" in f.keyHintLabel.text()
    dialog.grab().save(str(usb.parent / "backup-key.png"))
    f.folderEdit.setText(str(usb / "tidak-ada"))
    f.saveButton.click()
    qtbot.waitUntil(lambda: f.errorLabel.isVisible())
    assert "cannot be used" in f.errorLabel.text() and dialog.isVisible()
    f.folderEdit.setText(str(usb))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        f.saveButton.click()
    return key


def test_the_day_s_backup_is_made_in_the_background_and_today_says_so(
    qtbot, staffed_desk, tmp_path, monkeypatch
):
    from desktop.gui import i18n

    i18n.install("en")
    worker, actors, folder = staffed_desk
    usb = tmp_path / "usb"
    usb.mkdir()
    key = choose(qtbot, worker, actors["admin"], usb)
    assert subprocess.run(["grep", "-rqF", key, str(folder)]).returncode == 1  # kept nowhere

    page = TodayPage(worker, actors["petugas"])
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: "No backup has been made yet" in page.form.backupLabel.text())
    assert page.form.backupLabel.property("role") == "error"

    made_on = []
    daily = backups.daily
    monkeypatch.setattr(
        backups, "daily", lambda now: made_on.append(threading.current_thread().name) or daily(now)
    )
    runner = BackupRunner(interval=3600, first=0)
    runner.state_changed.connect(page.show_backup)
    with qtbot.waitSignal(runner.state_changed, timeout=30000):
        runner.start()
    runner.stop()
    assert made_on == ["backup"]  # its own thread, not the UI's or the worker's
    [made] = usb.iterdir()
    assert made.name.endswith(".loketbackup")
    assert page.form.backupLabel.text().startswith("Last backup: ")
    assert page.form.backupLabel.property("role") == ""
    page.grab().save(str(tmp_path / "today-backup.png"))

    restored = loket(
        "restore", str(made), "--data-dir", str(tmp_path / "baru"), LOKET_BACKUP_KEY=key
    )
    assert restored.returncode == 0 and "check OK" in restored.stdout, restored.stdout

    # The disk is taken away: the next day's backup fails, and Today says so in words.
    shutil.rmtree(usb)
    tomorrow = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(days=1)
    with pytest.raises(DomainError):
        backups.daily(tomorrow)
    page.show_backup(on_worker(qtbot, worker, backups.state, tomorrow))
    text = page.form.backupLabel.text()
    assert text.startswith("The daily backup failed on ") and "USB disk" in text
    assert page.form.backupLabel.property("role") == "error"


def test_today_warns_when_the_last_backup_is_older_than_two_working_days(
    qtbot, staffed_desk, tmp_path
):
    from desktop.gui import i18n

    i18n.install("en")
    worker, actors, _ = staffed_desk
    monday = dt.datetime(2026, 11, 23, 2, 0)

    def made_monday() -> None:
        settings.put(actors["admin"], "backup.folder", str(tmp_path))
        with write():
            caselog.audit("backup.made", {"file": "x"}, None, monday)

    on_worker(qtbot, worker, made_monday)
    page = TodayPage(worker, actors["petugas"])
    qtbot.addWidget(page)
    page.show()
    page.show_backup(on_worker(qtbot, worker, backups.state, monday + dt.timedelta(days=2)))
    assert page.form.backupLabel.text().startswith("Last backup: 23 Nov 2026")
    page.show_backup(on_worker(qtbot, worker, backups.state, monday + dt.timedelta(days=3)))
    assert "more than two working days ago" in page.form.backupLabel.text()
    assert page.form.backupLabel.property("role") == "error"
    assert HistoryEvent.select().where(HistoryEvent.kind == "backup.made").count() == 1
