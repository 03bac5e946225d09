"""In the window, nothing is swallowed: a late answer to a closed dialog is dropped quietly,
a refusal or failure reaches the officer in plain words and the log with its traceback, and
the unforeseen (an escaped exception, on any thread; Qt's critical messages; a crash) gives a
dialog naming the log file."""

from __future__ import annotations

import faulthandler
import logging
import os
import subprocess
import sys
import threading

import pytest
import shiboken6
from helpers import raw_connection
from PySide6.QtCore import QCoreApplication, QEvent, Qt, qCritical
from PySide6.QtWidgets import QMessageBox

from desktop.gui import crash
from desktop.gui.worker import Worker


@pytest.fixture
def dialogs(monkeypatch) -> list[tuple[str, str]]:
    """The message boxes the officer would see, as (title, text); none is left open."""
    shown: list[tuple[str, str]] = []
    for kind in ("critical", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda _parent, title, text, *_a: shown.append((title, text))
        )
    return shown


@pytest.fixture
def logged(staffed_desk):
    """The desk's log file, as the window writes it, and the unforeseen routed to the officer."""
    from desktop.gui import app

    _, _, folder = staffed_desk
    hooks = sys.excepthook, threading.excepthook
    before = list(logging.getLogger("desktop").handlers)
    app._log_to(folder)
    yield folder / crash.LOG_NAME
    for handler in logging.getLogger("desktop").handlers:
        if handler not in before:
            handler.close()
            logging.getLogger("desktop").removeHandler(handler)
    sys.excepthook, threading.excepthook = hooks
    # What app._log_to installed for the whole process goes too: the tests after this one run
    # with Qt's own message handler and their faults on stderr, not in this test's folder.
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(None)
    faulthandler.enable(file=sys.stderr, all_threads=True)
    if crash._state["faults"] is not None:
        crash._state["faults"].close()
    crash._state.update(log=None, faults=None)


def _hold(worker: Worker) -> threading.Event:
    """Keep the worker busy until the event is set: the next answers come late."""
    release = threading.Event()
    worker.submit(release.wait, 20)
    return release


def test_a_late_answer_to_a_closed_dialog_is_dropped_without_an_error(qtbot, staffed_desk):
    from desktop.gui.visitors_page import VisitorDialog

    worker, actors, _ = staffed_desk
    dialog = VisitorDialog(worker, actors["petugas"])
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    qtbot.keyClicks(dialog.form.nameEdit, "Bambang Irawan")
    dialog.form.purposeCombo.setCurrentIndex(dialog.form.purposeCombo.findData("question"))
    release = _hold(worker)
    dialog.save()  # the officer saves, then closes the dialog before the answer
    dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)
    release.set()
    qtbot.waitUntil(lambda: worker.pending == 0, timeout=10000)
    # pytest-qt fails the test on an exception raised in a Qt callback (the RuntimeError)


def test_a_refused_visitor_or_account_is_said_not_dropped(qtbot, staffed_desk, dialogs):
    from desktop.gui.settings_page import StaffDialog
    from desktop.gui.visitors_page import VisitorDialog

    worker, actors, _ = staffed_desk
    visitor = VisitorDialog(worker, actors["admin"])  # an admin does not keep the visitor log
    qtbot.addWidget(visitor)
    qtbot.keyClicks(visitor.form.nameEdit, "Bambang Irawan")
    visitor.form.purposeCombo.setCurrentIndex(visitor.form.purposeCombo.findData("question"))
    visitor.save()
    qtbot.waitUntil(lambda: bool(dialogs), timeout=10000)
    assert dialogs[-1][1] == "Peran Anda tidak berwenang mencatat tamu."
    assert visitor.form.saveButton.isEnabled()

    account = StaffDialog(worker, actors["petugas"])  # only an admin adds accounts
    qtbot.addWidget(account)
    f = account.form
    f.usernameEdit.setText("baru")
    f.fullNameEdit.setText("Petugas Baru")
    f.passwordEdit.setText("rahasia-loket-9")
    f.roleCounter.setChecked(True)
    account.save()
    qtbot.waitUntil(lambda: len(dialogs) == 2, timeout=10000)
    assert dialogs[-1][1] == "Hanya admin yang dapat melakukan ini."


def test_a_failure_nobody_handles_is_said_naming_the_log_which_has_the_traceback(
    qtbot, staffed_desk, logged, dialogs
):
    from desktop.gui.settings_page import SettingsPage

    worker, actors, folder = staffed_desk
    database = raw_connection(folder)
    database.execute("DROP TABLE setting")  # the settings page asks for the office's details
    database.commit()
    database.close()
    page = SettingsPage(worker, actors["admin"])
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: bool(dialogs), timeout=10000)
    title, text = dialogs[0]
    assert title == "Terjadi kesalahan"
    assert str(logged) in text and "OperationalError" in text
    log = logged.read_text()
    assert "Traceback (most recent call last)" in log and "no such table: setting" in log


def test_an_escaped_exception_on_any_thread_gives_a_dialog_and_a_logged_traceback(
    qtbot, staffed_desk, logged, dialogs
):
    try:
        raise LookupError("a bug on the UI thread")
    except LookupError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: bool(dialogs), timeout=5000)

    def broken() -> None:
        raise ZeroDivisionError("a bug on another thread")

    thread = threading.Thread(target=broken, name="printing")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(dialogs) == 2, timeout=5000)
    assert "LookupError" in dialogs[0][1] and str(logged) in dialogs[0][1]
    assert "ZeroDivisionError" in dialogs[1][1] and str(logged) in dialogs[1][1]
    log = logged.read_text()
    assert "a bug on the UI thread" in log and "a bug on another thread" in log
    assert "thread printing" in log and log.count("Traceback (most recent call last)") == 2


def test_a_critical_message_from_qt_gives_a_dialog_and_is_logged(
    qtbot, staffed_desk, logged, dialogs
):
    qCritical("QPainter::begin: Paint device returned engine == 0")
    qtbot.waitUntil(lambda: bool(dialogs), timeout=5000)
    assert "Paint device returned engine" in dialogs[0][1] and str(logged) in dialogs[0][1]
    assert "Qt critical message" in logged.read_text()


def test_a_crash_leaves_its_stacks_in_the_log_folder_and_a_fatal_qt_message_in_the_log(
    tmp_path,
):
    """In processes of their own: a segmentation fault, and Qt's qFatal (which aborts)."""
    crashing = (
        "import faulthandler, pathlib, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop.gui import app, crash\n"
        "qt = QApplication([])\n"
        "app._log_to(pathlib.Path(sys.argv[1]))\n"
        "faulthandler._sigsegv()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", crashing, str(tmp_path / "a")], capture_output=True, timeout=120
    )
    assert done.returncode != 0
    faults = (tmp_path / "a" / crash.FAULTS_NAME).read_text()
    assert "Segmentation fault" in faults and "most recent call first" in faults

    fatal = (
        "import pathlib, sys\n"
        "from PySide6.QtCore import QTimer, qFatal\n"
        "from PySide6.QtWidgets import QApplication, QMessageBox\n"
        "from desktop.gui import app\n"
        "qt = QApplication([])\n"
        "app._log_to(pathlib.Path(sys.argv[1]))\n"
        "def answer():\n"  # the officer reads the dialog and clicks it away
        "    box = QApplication.activeModalWidget()\n"
        "    print('DIALOG:', box.text() if box else None, flush=True)\n"
        "    box.accept() if box else QTimer.singleShot(100, answer)\n"
        "QTimer.singleShot(300, answer)\n"
        "qFatal('the scene graph could not be made')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", fatal, str(tmp_path / "b")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode != 0  # Qt aborts after a fatal message
    # (PySide6 hands Qt a stand-in for a fatal message given in Python, after a warning with
    # the message itself)
    assert "DIALOG:" in done.stdout and "qFatal()" in done.stdout
    assert str(tmp_path / "b" / crash.LOG_NAME) in done.stdout
    log = (tmp_path / "b" / crash.LOG_NAME).read_text()
    assert "Qt fatal message" in log and "the scene graph could not be made" in log
