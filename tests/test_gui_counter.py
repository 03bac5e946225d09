"""The desk's first minutes through the real widgets: the sign-in dialog in another language, the
setup wizard that closes when done, an admin of a one-person office who may register complaints,
and an admin who may not told why Ctrl+N does nothing."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from test_gui_walkin import PASSWORD, sign_in, type_into
from test_gui_walkin import worker as worker  # the fixture

from desktop.gui.app import Counter
from desktop.gui.desk import DeskSettings
from desktop.gui.recovery_key import RecoveryKeyDialog
from desktop.gui.setup_wizard import SetupWizard
from desktop.gui.sign_in import SignInDialog
from desktop.store import keys


def test_choosing_a_language_on_the_sign_in_dialog_rebuilds_it_without_a_crash(qtbot, staffed_desk):
    worker, _actors, folder = staffed_desk
    desk = DeskSettings(folder)
    counter = Counter(worker, folder, desk)
    counter.start()
    qtbot.waitUntil(lambda: isinstance(counter.dialog, SignInDialog))
    qtbot.keyClicks(counter.dialog.form.usernameEdit, "petugas")
    combo = counter.dialog.form.languageCombo
    # A slot after the dialog's own: the combo that emitted must still exist when it runs
    # (deleting the dialog inside its own signal crashed the desk).
    alive = []
    combo.currentIndexChanged.connect(lambda _i: alive.append(shiboken6.isValid(combo)))
    combo.setCurrentIndex(combo.findData("en"))
    assert alive == [True]
    assert DeskSettings(folder).language == "en"  # saved first
    qtbot.waitUntil(lambda: not shiboken6.isValid(combo))  # the old one is gone afterwards
    dialog = counter.dialog
    qtbot.addWidget(dialog)  # closed after the test: a dialog left open outlives its desk
    assert dialog.isVisible() and dialog.form.signInButton.text() == "Sign in"
    assert dialog.form.usernameEdit.text() == "petugas"  # what was typed stays
    # Escape does not quit the desk from the sign-in dialog; only Quit does.
    quits = []
    QApplication.instance().aboutToQuit.connect(lambda: quits.append(True))
    dialog.form.errorLabel.setText("Wrong user name or password.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.form.errorLabel.text() == ""
    from desktop.gui import i18n

    i18n.install("id")


def test_the_wizard_closes_when_done_and_a_one_person_office_admin_registers(
    qtbot, worker, tmp_path
):
    desk = DeskSettings(tmp_path)
    counter = Counter(worker, tmp_path, desk)
    counter.start()
    qtbot.waitUntil(lambda: isinstance(counter.dialog, SetupWizard))
    wizard = counter.dialog
    type_into(qtbot, wizard.office.counterCodeEdit, "LK-1")
    wizard.next()
    assert wizard.currentPage() is wizard.office_page
    assert set(wizard.office_errors.shown()) == {"counter.code"}
    # Each message goes as its field is put right, before the next Next (it stayed, stale).
    type_into(qtbot, wizard.office.counterCodeEdit, "LK2")
    assert wizard.office_errors.shown() == {}
    wizard.next()
    admin = wizard.admin
    type_into(qtbot, admin.usernameEdit, "admin")
    type_into(qtbot, admin.fullNameEdit, "Admin Loket")
    type_into(qtbot, admin.passwordEdit, PASSWORD)
    type_into(qtbot, admin.confirmEdit, PASSWORD + "x")
    finish = wizard.button(wizard.WizardButton.FinishButton)
    finish.click()
    assert wizard.admin_errors.shown() == {"confirm": "Kedua kata sandi berbeda."}
    type_into(qtbot, admin.confirmEdit, PASSWORD)
    assert wizard.admin_errors.shown() == {}  # gone as the two agree, before Finish
    admin.counterCheck.setChecked(True)
    finish.click()
    assert wizard.admin_errors.shown() == {}  # the old complaint is gone with the new try
    finish.click()  # pressed again while the worker sets up: not a second setup
    # Once, after setup: the recovery key, which opens the folder without the keyring.
    qtbot.waitUntil(lambda: isinstance(counter.dialog, RecoveryKeyDialog))
    shown = counter.dialog
    qtbot.addWidget(shown)
    recovery = shown.form.keyLabel.text()
    assert len(recovery) == 47 and recovery.count("-") == 7
    keys.open_with_recovery_key(tmp_path, recovery)  # a wrong one would raise
    qtbot.mouseClick(shown.form.doneButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(counter.dialog, SignInDialog) and counter.dialog.isVisible())
    assert not shiboken6.isValid(wizard) or not wizard.isVisible()
    assert not shiboken6.isValid(wizard) or admin.errorLabel.text() == ""
    qtbot.addWidget(counter.dialog)
    window = sign_in(qtbot, counter, "admin")
    assert window.new_complaint_action.isEnabled()  # admin and counter officer
    window.close()


def test_ctrl_n_without_the_right_to_register_says_why(qtbot, staffed_desk):
    from desktop.gui.main_window import MainWindow

    worker, actors, folder = staffed_desk
    window = MainWindow(worker, actors["admin"], DeskSettings(folder))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert not window.new_complaint_action.isEnabled()
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    said = window.statusBar().currentMessage()
    window.close()
    assert "Petugas loket" in said and "mendaftarkan pengaduan" in said


def test_a_second_open_of_a_case_brings_its_file_to_the_front(qtbot, staffed_desk):
    from conftest import complaint_form

    from desktop.gui.main_window import MainWindow
    from desktop.services import intake

    worker, actors, folder = staffed_desk
    done = []
    worker.submit(
        intake.register_complaint, actors["petugas"], complaint_form(), on_success=done.append
    )
    qtbot.waitUntil(lambda: bool(done))
    window = MainWindow(worker, actors["petugas"], DeskSettings(folder))
    qtbot.addWidget(window)
    first = window.open_case(done[0].uuid)
    qtbot.waitUntil(lambda: first.file is not None)
    assert window.open_case(done[0].uuid) is first
    assert len([d for d in window.findChildren(type(first)) if d.isVisible()]) == 1
    first.close()
    again = window.open_case(done[0].uuid)
    assert again is not first and again.isVisible()
    qtbot.waitUntil(lambda: again.file is not None)
    again.close()
    window.close()


def test_qt_s_own_dialogs_speak_indonesian(qtbot, qapp, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel
    from test_attachments import pdf

    from desktop.gui import i18n
    from desktop.gui.preview import PreviewDialog

    i18n.install("id")
    preview = PreviewDialog(pdf(1), "Tanda terima", "receipt", DeskSettings(tmp_path))
    qtbot.addWidget(preview)
    seen = {}

    def look(dialog) -> None:
        seen["dialog"] = type(dialog)
        seen["texts"] = {
            w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
        }
        dialog.reject()

    QTimer.singleShot(100, lambda: look(QApplication.activeModalWidget()))
    preview.save_as()
    assert seen["dialog"] is QFileDialog  # Qt's own, not the system's untranslatable one
    assert {"&Nama berkas:", "&Jenis berkas:", "&Simpan", "Batal"} <= seen["texts"]
    printing = QPrintDialog(QPrinter())
    qtbot.addWidget(printing)
    texts = {w.text() for w in printing.findChildren(QAbstractButton)}
    assert {"&Cetak", "Batal"} <= texts and printing.windowTitle() == "Cetak"
