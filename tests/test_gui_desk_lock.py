"""The unattended desk locks: its windows hide their content behind the sign-in; the same
officer finds their unsaved form again, another officer gets a fresh window."""

from __future__ import annotations

import pytest
from conftest import PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.gui.app import Counter
from desktop.gui.desk import DeskSettings
from desktop.gui.desk_lock import IdleWatch
from desktop.gui.sign_in import SignInDialog


def _sign_in(qtbot, counter: Counter, username: str) -> None:
    qtbot.waitUntil(lambda: isinstance(counter.dialog, SignInDialog) and counter.dialog.isVisible())
    form = counter.dialog.form
    qtbot.addWidget(counter.dialog)
    form.usernameEdit.setText(username)
    form.passwordEdit.setText(PASSWORD)
    qtbot.mouseClick(form.signInButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: counter.window is not None and counter.window.actor.username == username
    )
    qtbot.waitUntil(lambda: counter.window.isVisible() and not counter.curtain.drawn)


def _blank(widget) -> bool:
    """Nothing drawn on the window but its background: one colour in every pixel."""
    image = widget.grab().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    return len(colours) == 1


def test_input_keeps_the_desk_awake_and_quiet_locks_it(qtbot, qapp):
    watch = IdleWatch(0.02)  # 1.2 s
    fired = []
    watch.idle.connect(lambda: fired.append(True))
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    watch.start()
    for _ in range(16):  # 1.6 s of typing, each key within the 1.2 s
        qtbot.keyClick(edit, Qt.Key.Key_A)
        qtbot.wait(100)
    assert not fired and len(edit.text()) == 16
    qtbot.waitUntil(lambda: bool(fired), timeout=5000)
    watch.stop()


@pytest.fixture
def counter(qtbot, staffed_desk):
    worker, _actors, folder = staffed_desk
    counter = Counter(worker, folder, DeskSettings(folder))
    counter.start()
    _sign_in(qtbot, counter, "petugas")
    qtbot.addWidget(counter.window)
    yield counter
    counter.idle.stop()


def test_the_same_officer_finds_the_unsaved_form_as_left(qtbot, counter):
    assert counter.lock_minutes == 10  # the office's default
    window = counter.window
    window.resize(1024, 700)
    intake = window.new_complaint()
    qtbot.addWidget(intake)
    qtbot.waitUntil(intake.isVisible)
    name = intake.form.complainantName
    intake.activateWindow()
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)  # the officer types in the form
    qtbot.keyClicks(name, "Siti Aminah")
    case_title = intake.windowTitle()

    counter._watch(0.002)  # the office's minutes, shortened: 0.12 s without input
    qtbot.waitUntil(lambda: counter.curtain.drawn, timeout=5000)
    sign_in = counter.dialog
    assert isinstance(sign_in, SignInDialog) and sign_in.isVisible()
    assert sign_in.isModal() and sign_in.form.usernameEdit.text() == "petugas"
    assert sign_in.form.errorLabel.text().startswith("Loket dikunci")
    # Hidden, not covered: the window and the form draw nothing of what they hold.
    assert window.centralWidget().isHidden() and window.isVisible()
    assert intake.isVisible() and intake.form.isHidden()
    assert _blank(window) and _blank(intake)
    assert "Siti" not in intake.windowTitle()

    _sign_in(qtbot, counter, "petugas")
    assert counter.window is window and not window.centralWidget().isHidden()
    assert intake.isVisible() and not intake.form.isHidden()
    assert name.text() == "Siti Aminah" and intake.windowTitle() == case_title
    qtbot.waitUntil(name.hasFocus)
    assert not _blank(window)


def test_another_officer_gets_a_fresh_window(qtbot, counter):
    window = counter.window
    intake = window.new_complaint()
    qtbot.waitUntil(intake.isVisible)
    qtbot.keyClicks(intake.form.complainantName, "Siti Aminah")
    counter.lock()
    assert counter.curtain.drawn
    _sign_in(qtbot, counter, "analis")
    assert counter.window is not window and counter.window.actor.username == "analis"
    qtbot.addWidget(counter.window)
    assert not window.isVisible() and not intake.isVisible()
    assert not counter.window.centralWidget().isHidden()
