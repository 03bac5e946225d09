"""The whole walk-in, through the real widgets: setup, sign-in, a visitor, a complaint with a
mistake fixed, finding it by part of a name, its case file; and what a counter officer may not do.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.domain.errors import PermissionDenied
from desktop.gui import i18n, style
from desktop.gui.app import Counter
from desktop.gui.case_file import CaseFileDialog
from desktop.gui.desk import DeskSettings
from desktop.gui.intake_dialog import IntakeDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.recovery_key import RecoveryKeyDialog
from desktop.gui.setup_wizard import SetupWizard
from desktop.gui.sign_in import SignInDialog
from desktop.gui.worker import Worker
from desktop.services import settings
from desktop.store.models import Case, Visitor

PASSWORD = "rahasia-loket-1"


@pytest.fixture
def worker(qapp):
    style.apply(qapp)
    i18n.install("id")
    worker = Worker()
    yield worker
    worker.stop()
    settings.forget()


def later(action) -> None:
    """Act on the modal dialog that the next call opens (exec() does not return until then)."""
    QTimer.singleShot(50, lambda: action(QApplication.activeModalWidget()))


def type_into(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def sign_in(qtbot, counter: Counter, username: str) -> MainWindow:
    qtbot.waitUntil(lambda: isinstance(counter.dialog, SignInDialog) and counter.dialog.isVisible())
    form = counter.dialog.form
    type_into(qtbot, form.usernameEdit, username)
    type_into(qtbot, form.passwordEdit, PASSWORD)
    qtbot.mouseClick(form.signInButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.window is not None and counter.window.isVisible())
    return counter.window


def test_the_whole_walk_in(qtbot, worker, tmp_path):
    desk = DeskSettings(tmp_path)
    counter = Counter(worker, tmp_path, desk)
    counter.start()

    # First run: the wizard asks for the office, then the first admin.
    qtbot.waitUntil(lambda: isinstance(counter.dialog, SetupWizard))
    wizard = counter.dialog
    qtbot.addWidget(wizard)
    type_into(qtbot, wizard.office.counterCodeEdit, "LK-1")
    wizard.next()
    assert wizard.currentPage() is wizard.office_page  # the bad counter code holds it back
    assert wizard.office_errors.shown() == {
        "counter.code": "Kode loket 2\u20136 huruf besar atau angka, misalnya LK1."
    }
    type_into(qtbot, wizard.office.counterCodeEdit, "LK2")
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    admin = wizard.admin
    type_into(qtbot, admin.usernameEdit, "admin")
    type_into(qtbot, admin.fullNameEdit, "Admin Loket")
    type_into(qtbot, admin.passwordEdit, PASSWORD)
    type_into(qtbot, admin.confirmEdit, PASSWORD + "x")
    wizard.next()  # Finish
    assert wizard.admin_errors.shown() == {"confirm": "Kedua kata sandi berbeda."}
    type_into(qtbot, admin.confirmEdit, PASSWORD)
    wizard.button(wizard.WizardButton.FinishButton).click()

    # Once, after setup: the recovery key for the supervisor's safe.
    qtbot.waitUntil(lambda: isinstance(counter.dialog, RecoveryKeyDialog))
    shown = counter.dialog
    qtbot.addWidget(shown)
    assert shown.form.keyLabel.text().count("-") == 7
    qtbot.mouseClick(shown.form.doneButton, Qt.MouseButton.LeftButton)

    # Sign in: a wrong password is refused in plain words, then the admin gets in.
    qtbot.waitUntil(lambda: isinstance(counter.dialog, SignInDialog))
    dialog = counter.dialog
    type_into(qtbot, dialog.form.usernameEdit, "admin")
    type_into(qtbot, dialog.form.passwordEdit, "salah-sandi-9")
    qtbot.mouseClick(dialog.form.signInButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            dialog.form.errorLabel.text()
            == "Nama pengguna atau kata sandi salah. Sisa 4 kali percobaan sebelum akun dikunci "
            "15 menit."
        )
    )
    window = sign_in(qtbot, counter, "admin")
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == [
        "Hari ini",
        "Buku tamu",
        "Pengaduan",
        "Surat masuk",
        "Surat keluar",
        "Jadwal",
        "Dasbor",
        "Laporan",
        "Pengaturan",
    ]
    assert not window.new_complaint_action.isEnabled()  # an admin does not register complaints
    # Only the page shown is made at start, each with its icon; the rest when first visited.
    assert [p.key for p in window.pages if p.widget is not None] == ["today"]
    assert not any(window.navigation.item(i).icon().isNull() for i in range(7))

    # The admin adds a counter officer in Settings.
    window.show_page("settings")
    assert window.stack.currentWidget() is window.built("settings") is not None

    def fill_account(dialog):
        form = dialog.form
        form.usernameEdit.setText("petugas")
        form.fullNameEdit.setText("Rina Marlina")
        form.passwordEdit.setText(PASSWORD)
        form.roleCounter.setChecked(True)
        form.saveButton.click()

    later(fill_account)
    window.settings.add_staff()
    qtbot.waitUntil(lambda: window.settings.form.staffView.rowCount() == 2)
    window.sign_out()

    # The counter officer signs in; Settings is not even offered.
    window = sign_in(qtbot, counter, "petugas")
    keys = [p.key for p in window.pages]
    assert "settings" not in keys and "reports" not in keys and window.settings is None
    assert (
        window.statusBar()
        .findChildren(type(window.user_label))[0]
        .text()
        .startswith("Rina Marlina")
    )

    # A visitor signs in at the counter (F2).
    def fill_visitor(dialog):
        dialog.form.nameEdit.setText("Siti Aminah")
        dialog.form.phoneEdit.setText("0812-3456-7890")
        dialog.form.purposeCombo.setCurrentIndex(dialog.form.purposeCombo.findData("complaint"))
        dialog.form.saveButton.click()

    later(fill_visitor)
    window.new_visitor_action.trigger()
    visitors_view = window.visitors.form.visitorsView
    qtbot.waitUntil(lambda: visitors_view.rowCount() == 1)
    visitors_view.selectRow(0)
    assert window.visitors.form.startComplaintButton.isEnabled()

    # The complaint starts from the visitor, with what the visitor gave filled in.
    qtbot.mouseClick(window.visitors.form.startComplaintButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.findChildren(IntakeDialog)))
    intake = window.findChildren(IntakeDialog)[0]
    f = intake.form
    assert (f.complainantName.text(), f.complainantPhone.text()) == (
        "Siti Aminah",
        "0812-3456-7890",
    )
    type_into(qtbot, f.complainantNik, "3174015708850003")
    type_into(qtbot, f.complainantPhone, "0812")  # a mistake
    type_into(qtbot, f.businessName, "Toko Elektronik Sinar Jaya")
    type_into(qtbot, f.product, "Telepon genggam")
    f.sector.setCurrentIndex(f.sector.findData("electronics_vehicles"))
    type_into(qtbot, f.transactionValue, "3.450.000")
    qtbot.keyClicks(f.chronology, "Ponsel yang diterima mati total dan penjual tidak membalas.")
    f.demandRefund.setChecked(True)
    f.docKtpCopy.setChecked(True)
    qtbot.mouseClick(f.saveButton, Qt.MouseButton.LeftButton)
    assert intake.errors.shown() == {
        "complainant.phone": "Nomor telepon tidak sah: periksa jumlah angka dan kodenya."
    }
    assert f.summaryLabel.text() == "1 isian perlu diperbaiki."
    assert f.complainantPhone.hasFocus() or not intake.isActiveWindow()
    type_into(qtbot, f.complainantPhone, "0812-3456-7890")
    with qtbot.waitSignal(intake.registered, timeout=10000) as saved:
        qtbot.mouseClick(f.saveButton, Qt.MouseButton.LeftButton)
    reg_no = saved.args[0].reg_no
    assert reg_no.startswith("LK2-")
    qtbot.waitUntil(
        lambda: visitors_view.item(0, 4) is not None and visitors_view.item(0, 4).text() == reg_no
    )

    # Found by typing part of the name, newest first; Enter opens its file.
    window.find_action.trigger()
    cases = window.cases
    assert cases.form.searchEdit.hasFocus() or not window.isActiveWindow()
    qtbot.keyClicks(cases.form.searchEdit, "amin")
    qtbot.waitUntil(
        lambda: (
            cases.model.rowCount() == 1
            and cases.model.row(0) is not None
            and cases.model.row(0).reg_no == reg_no
        )
    )
    assert cases.form.countLabel.text() == "1 pengaduan"
    # Ctrl+P prints the receipt of the case selected in the list.
    cases.form.casesView.selectRow(0)
    window.receipt_preview = None  # the one shown after registering is gone
    window.print_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "receipt_preview", None) is not None)
    assert reg_no in window.receipt_preview.windowTitle()
    window.receipt_preview.close()
    dialog = window.open_case(cases.model.row(0).uuid)
    assert isinstance(dialog, CaseFileDialog)
    qtbot.waitUntil(lambda: dialog.form.regNoLabel.text() == reg_no)
    assert dialog.form.statusLabel.text() == "Diterima"
    assert dialog.form.timelineView.topLevelItem(0).text(1) == "Pengaduan dicatat"
    assert dialog.form.timelineView.topLevelItem(0).text(2) == "Rina Marlina"
    # The procedure's next steps are shown; a counter officer may not start the analysis.
    assert set(dialog.buttons) == {"start_analysis", "close", "mark_duplicate"}
    assert not dialog.buttons["start_analysis"].isEnabled()
    dialog.close()

    # And the services refuse what the window does not offer.
    with pytest.raises(PermissionDenied):
        settings.put(window.actor, "counter.code", "XX")
    assert Case.select().count() == 1 and Visitor.get().case_id == Case.get().uuid
    window.close()


def test_actions_from_the_case_file_move_the_case(qtbot, staffed_desk):
    from conftest import complaint_form

    from desktop.services import intake

    worker, actors, tmp_path = staffed_desk
    registered = []
    worker.submit(
        intake.register_complaint, actors["petugas"], complaint_form(), on_success=registered.append
    )
    qtbot.waitUntil(lambda: bool(registered))
    dialog = CaseFileDialog(worker, actors["analis"], registered[0].uuid, DeskSettings(tmp_path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "start_analysis" in dialog.buttons)
    dialog.buttons["start_analysis"].click()
    qtbot.waitUntil(lambda: dialog.form.statusLabel.text() == "Analisis")

    def forward(action_dialog):
        action_dialog.inputs["reason"].setPlainText("Pinjaman daring: kewenangan OJK.")
        index = action_dialog.inputs["agency"].findData("OJK")
        action_dialog.inputs["agency"].setCurrentIndex(index)
        asked = []

        def confirm(box) -> None:  # closing the case is asked once more
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()

        later(confirm)
        action_dialog._accept()
        assert asked == [
            f"Pengaduan {registered[0].reg_no} akan ditutup: Alihkan ke instansi lain. "
            "Pengaduan dialihkan ke OJK."
        ]

    later(forward)
    dialog.buttons["forward"].click()
    qtbot.waitUntil(lambda: dialog.form.statusLabel.text() == "Selesai — dialihkan")
    assert {"reopen"} == set(dialog.buttons) and not dialog.buttons["reopen"].isEnabled()
    texts = [dialog.form.timelineView.topLevelItem(i).text(1) for i in range(3)]
    assert texts[2] == "Alihkan ke instansi lain — OJK: Pinjaman daring: kewenangan OJK."


def test_an_action_without_its_reason_is_held_back_with_a_message(qtbot, worker):
    from desktop.domain import workflow
    from desktop.gui.case_file import ActionDialog

    dialog = ActionDialog(worker, workflow.ACTIONS["reopen"], workflow.Status.CLOSED)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    reason = dialog.inputs["reason"]
    ctrl_s = (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(reason, *ctrl_s)  # Ctrl+S is the dialog's OK, as in every form dialog
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.errors.shown() == {"reason": "Wajib diisi."}
    qtbot.keyClicks(reason, "Konsumen membawa bukti baru.")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(reason, *ctrl_s)
    assert dialog.params["reason"] == "Konsumen membawa bukti baru."


def test_laps_sjk_is_written_without_its_underscore(qtbot, staffed_desk):
    """The agency's code is LAPS_SJK in the data; the officer, the printed case file and the
    dashboard read "LAPS SJK" (the issue saw the underscore on screen)."""
    import io

    from conftest import complaint_form
    from pypdf import PdfReader

    from desktop.gui.dashboard_page import DashboardPage
    from desktop.services import casefile, intake

    worker, actors, tmp_path = staffed_desk
    registered = []
    worker.submit(
        intake.register_complaint,
        actors["petugas"],
        complaint_form(sector="financial"),
        on_success=registered.append,
    )
    qtbot.waitUntil(lambda: bool(registered))
    reg_no = registered[0].reg_no
    dialog = CaseFileDialog(worker, actors["analis"], registered[0].uuid, DeskSettings(tmp_path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "start_analysis" in dialog.buttons)
    dialog.buttons["start_analysis"].click()
    qtbot.waitUntil(lambda: dialog.form.statusLabel.text() == "Analisis")

    offered, asked = [], []

    def forward(action_dialog):
        combo = action_dialog.inputs["agency"]
        offered.extend(combo.itemText(i) for i in range(combo.count()))
        action_dialog.inputs["reason"].setPlainText("Sengketa tidak selesai di bank.")
        combo.setCurrentIndex(combo.findData("LAPS_SJK"))

        def confirm(box) -> None:
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()

        later(confirm)
        action_dialog._accept()

    later(forward)
    dialog.buttons["forward"].click()
    qtbot.waitUntil(lambda: dialog.form.statusLabel.text() == "Selesai — dialihkan")
    laps = "LAPS SJK — Lembaga Alternatif Penyelesaian Sengketa Sektor Jasa Keuangan"
    assert laps in offered
    assert asked == [
        f"Pengaduan {reg_no} akan ditutup: Alihkan ke instansi lain. "
        "Pengaduan dialihkan ke LAPS SJK."
    ]
    timeline = dialog.form.timelineView
    texts = [timeline.topLevelItem(i).text(1) for i in range(timeline.topLevelItemCount())]
    assert "Alihkan ke instansi lain — LAPS SJK: Sengketa tidak selesai di bank." in texts
    dialog.close()

    printed = []
    worker.submit(casefile.print_case_file, actors["analis"], reg_no, on_success=printed.append)
    qtbot.waitUntil(lambda: bool(printed))
    text = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(printed[0])).pages
    )
    assert f"Dialihkan ke {laps}" in text and "— LAPS SJK: Sengketa" in text

    page = DashboardPage(worker, actors["supervisor"], DeskSettings(tmp_path))
    qtbot.addWidget(page)
    page.form.periodCombo.setCurrentIndex(page.form.periodCombo.findData("month"))
    page.refresh()
    qtbot.waitUntil(lambda: page.board is not None, timeout=10000)
    [outcomes] = page.views["outcomesChart"].chart().series()
    labels = [s.label() for s in outcomes.slices()]
    assert any(label.startswith("dialihkan ke LAPS SJK: 1 (") for label in labels), labels
    for shown in [*offered, *asked, *texts, text, *labels]:
        assert "LAPS_SJK" not in shown
