"""The counter by keyboard alone: every key below goes to the widget that has the focus, as the
officer's keyboard would, and is counted. A complaint from F2 to the printed receipt, a letter
from the scan inbox to its printed receipt; Tab leaves a list; Ctrl+S saves the dialog in front.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from test_attachments import pdf
from test_printing_cups import QUEUE, cups_pdf_queue  # noqa: F401 (a fixture)

from desktop.gui.desk import DeskSettings
from desktop.gui.intake_dialog import IntakeDialog
from desktop.gui.letters_page import LetterDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.preview import PreviewDialog
from desktop.store.models import Case, IncomingLetter, PrintedDocument, Visitor

CTRL = Qt.KeyboardModifier.ControlModifier


class Keyboard:
    """Keys to whatever has the focus, counted."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.count = qtbot, 0

    @staticmethod
    def focus() -> QWidget:
        return QApplication.focusWidget()

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        QTest.keyClick(self.focus(), key, modifier)

    def type(self, text: str) -> None:
        for char in text:
            self.count += 1
            QTest.keyClicks(self.focus(), char)

    def tab_to(self, widget: QWidget, most: int = 40) -> None:
        for _ in range(most):
            if self.focus() is widget:
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reaches {widget.objectName()}")


def active(qtbot, window: QWidget) -> None:
    qtbot.waitUntil(lambda: window.isVisible() and QApplication.activeWindow() is window)


@pytest.fixture
def counter(qtbot, staffed_desk, cups_pdf_queue, tmp_path, monkeypatch):  # noqa: F811
    sane = tmp_path / "sane"  # only SANE's test device: no probing of the network for scanners
    sane.mkdir()
    (sane / "dll.conf").write_text("test\n")
    monkeypatch.setenv("SANE_CONFIG_DIR", str(sane))
    worker, actors, folder = staffed_desk
    desk = DeskSettings(folder)
    desk.set("printer/receipt", QUEUE)  # what the first print remembers
    desk.set("printer/letter_receipt", QUEUE)
    window = MainWindow(worker, actors["petugas"], desk)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    active(qtbot, window)
    yield window, folder
    window.close()
    letters = window.built("letters")
    if letters is not None:
        letters.scanner.stop()  # its search for scanners ends here, not in the next test


def test_a_complaint_from_f2_to_its_printed_receipt_by_keyboard_alone(qtbot, counter):
    window, _folder = counter
    keys = Keyboard(qtbot)
    visitor_keys = []

    def sign_in_the_visitor() -> None:
        dialog = QApplication.activeModalWidget()
        f = dialog.form
        active(qtbot, dialog)
        assert keys.focus() is f.nameEdit
        keys.type("Siti Aminah")
        keys.tab_to(f.phoneEdit)
        keys.type("081234567890")
        keys.tab_to(f.purposeCombo)
        keys.type("Peng")  # the purpose list finds what is typed
        assert f.purposeCombo.currentData() == "complaint"
        keys.press(Qt.Key.Key_S, CTRL)
        visitor_keys.append(keys.count)

    QTimer.singleShot(100, sign_in_the_visitor)
    keys.press(Qt.Key.Key_F2)
    table = window.visitors.form.visitorsView
    # The new visitor is selected and has the focus: not the sidebar, where Down changes page.
    qtbot.waitUntil(lambda: table.currentRow() == 0 and keys.focus() is table)
    assert window.navigation.currentRow() == 1
    keys.press(Qt.Key.Key_N, CTRL)  # the complaint of the visitor just signed in
    qtbot.waitUntil(lambda: bool(window.findChildren(IntakeDialog)))
    intake = window.findChildren(IntakeDialog)[0]
    active(qtbot, intake)
    f = intake.form
    assert f.complainantName.text() == "Siti Aminah"
    keys.tab_to(f.complainantNik)
    keys.type("3174015708850003")
    # The birth date and sex come from the NIK.
    assert f.complainantBirthDate.text() == "17-08-1985"
    assert f.complainantSex.currentData() == "female"
    keys.tab_to(f.businessName)
    keys.type("Toko Sinar Jaya")
    keys.tab_to(f.product)
    keys.type("Telepon genggam")
    keys.tab_to(f.sector)
    keys.type("Elek")
    assert f.sector.currentData() == "electronics_vehicles"
    keys.tab_to(f.chronology)
    keys.type("Ponsel mati total sejak hari pertama.")
    keys.tab_to(f.demandRefund)
    keys.press(Qt.Key.Key_Space)
    keys.tab_to(f.docKtpCopy)
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "receipt_preview", None), PreviewDialog))
    preview = window.receipt_preview
    active(qtbot, preview)
    with qtbot.waitSignal(preview.delivered, timeout=30000):
        keys.press(Qt.Key.Key_Return)  # printed on the receipt printer
    qtbot.waitUntil(lambda: PrintedDocument.select().count() == 1)
    assert Case.select().count() == 1 and Visitor.get().case_id == Case.get().uuid
    print(f"\nkeystrokes: visitor {visitor_keys[0]}, F2 to printed receipt {keys.count}")
    os.environ["LOKET_COMPLAINT_KEYS"] = str(keys.count)


def test_a_letter_from_the_scan_inbox_to_its_printed_receipt_by_keyboard_alone(qtbot, counter):
    window, folder = counter
    inbox = folder / "scan-inbox"
    inbox.mkdir(exist_ok=True)
    (inbox / "surat.pdf").write_bytes(pdf(2))
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_4, CTRL)
    page = window.letters
    qtbot.waitUntil(lambda: page.form.inboxButton.isEnabled(), timeout=10000)
    keys.tab_to(page.form.inboxButton)
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(window.findChildren(LetterDialog)))
    dialog = window.findChildren(LetterDialog)[0]
    active(qtbot, dialog)
    f = dialog.form
    qtbot.waitUntil(lambda: f.pagesList.count() == 2)
    assert keys.focus() is f.senderEdit
    keys.type("Budi Santoso")
    keys.tab_to(f.senderAddressEdit)
    keys.type("Jl. Melati 3")
    keys.press(Qt.Key.Key_Space)  # a space typed in the address stays there
    assert f.senderAddressEdit.text() == "Jl. Melati 3 "
    # Tab reaches the dialog's own buttons (the page list does not hold it).
    start = keys.count
    keys.tab_to(f.cancelButton)
    keys.tab_to(f.saveButton)
    assert f.senderAddressEdit.text() == "Jl. Melati 3 "
    keys.count = start  # that lap was to prove the way, not part of the walk
    keys.press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: IncomingLetter.select().count() == 1)
    qtbot.waitUntil(lambda: isinstance(getattr(page, "document_preview", None), PreviewDialog))
    preview = page.document_preview
    active(qtbot, preview)
    with qtbot.waitSignal(preview.delivered, timeout=30000):
        keys.press(Qt.Key.Key_Return)
    print(f"\nkeystrokes: letter from the inbox to its printed receipt {keys.count}")


def test_ctrl_n_on_a_letter_chosen_in_the_register_starts_its_sender_s_complaint(qtbot, counter):
    from desktop.services import letters

    window, _folder = counter
    for sender in ("Budi Santoso", "Rina Marlina"):
        done = []
        window.worker.submit(
            letters.register_letter,
            window.actor,
            letters.LetterForm(sender_name=sender, subject="Kulkas rusak"),
            [("surat.pdf", pdf(1))],
            on_success=done.append,
        )
        qtbot.waitUntil(lambda done=done: bool(done))
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_4, CTRL)
    page = window.letters
    table = page.form.lettersView
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    keys.tab_to(table)
    keys.press(Qt.Key.Key_Down)  # the second letter of the list
    qtbot.waitUntil(lambda: page.selected() is not None)
    chosen = page.selected().sender_name
    assert chosen == table.item(table.currentRow(), 2).text()
    keys.press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: bool(window.findChildren(IntakeDialog)))
    intake = window.findChildren(IntakeDialog)[0]
    # The letter's complaint, not a blank walk-in form.
    assert intake.form.channel.currentData() == "post"
    assert intake.form.complainantName.text() == chosen
    intake.close()


def test_the_meeting_s_date_and_time_take_typed_digits_after_tab(qtbot, staffed_desk):
    from conftest import complaint_form

    from desktop.gui.meetings import MeetingDialog
    from desktop.services import intake

    worker, actors, _folder = staffed_desk
    done = []
    worker.submit(
        intake.register_complaint, actors["petugas"], complaint_form(), on_success=done.append
    )
    qtbot.waitUntil(lambda: bool(done))
    dialog = MeetingDialog(worker, actors["mediator"], done[0].uuid, done[0].reg_no)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    active(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.form.proposalsList.count() > 0)
    keys = Keyboard(qtbot)
    dialog.form.dateEdit.setFocus()
    keys.type("07122026")
    keys.press(Qt.Key.Key_Tab)  # out of the date, into the time (not the date's month)
    assert keys.focus() is dialog.form.timeEdit
    keys.type("1030")
    assert dialog.form.dateEdit.text() == "07-12-2026"
    assert dialog.form.timeEdit.text() == "10.30"
