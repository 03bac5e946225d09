"""The intake form's help while typing: known complainants, likely duplicates, live checks;
and the window remembering where it was."""

from __future__ import annotations

import pytest
from conftest import complaint_form
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.gui.desk import DeskSettings
from desktop.gui.intake_dialog import IntakeDialog
from desktop.gui.main_window import MainWindow
from desktop.services import intake, settings


@pytest.fixture
def desk(qtbot, staffed_desk):
    """A worker on a copy of the staffed database that already holds Siti Aminah's case."""
    worker, actors, folder = staffed_desk
    registered = []
    worker.submit(
        intake.register_complaint, actors["petugas"], complaint_form(), on_success=registered.append
    )
    qtbot.waitUntil(lambda: bool(registered))
    return worker, actors, registered[0], folder


def fill_rest(qtbot, f) -> None:
    qtbot.keyClicks(f.businessName, "Toko Elektronik Sinar Jaya")
    qtbot.keyClicks(f.product, "Laptop")
    f.sector.setCurrentIndex(f.sector.findData("electronics_vehicles"))
    qtbot.keyClicks(f.chronology, "Laptop datang dalam keadaan layar retak dan tidak menyala.")
    f.demandReplacement.setChecked(True)


def test_a_returning_complainant_is_offered_and_fills_the_form(qtbot, desk):
    worker, actors, _, _ = desk
    dialog = IntakeDialog(worker, actors["petugas"])
    qtbot.addWidget(dialog)
    dialog.show()
    f = dialog.form
    f.complainantNik.setFocus()
    qtbot.keyClicks(f.complainantNik, "3174015")
    model = dialog.person_completer.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    offered = model.stringList()[0]
    assert offered == "Siti Aminah · 317401******0003 · 0812-3456-7890"  # NIK masked
    dialog.person_completer.activated[str].emit(offered)
    qtbot.waitUntil(lambda: f.complainantName.text() == "Siti Aminah")
    assert (
        f.complainantNik.text(),
        f.complainantPhone.text(),
        f.complainantBirthDate.text(),
        f.complainantPostalCode.text(),
    ) == ("3174015708850003", "0812-3456-7890", "17-08-1985", "12520")
    assert f.complainantSex.currentData() == "female"


def test_a_likely_duplicate_is_pointed_out_before_saving(qtbot, desk):
    worker, actors, first, _ = desk
    dialog = IntakeDialog(worker, actors["petugas"])
    qtbot.addWidget(dialog)
    f = dialog.form
    qtbot.keyClicks(f.complainantName, "Siti Aminah")
    qtbot.keyClicks(f.complainantNik, "3174015708850003")
    qtbot.keyClicks(f.complainantPhone, "081234567890")
    fill_rest(qtbot, f)
    qtbot.mouseClick(f.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.reg_no in f.duplicateLabel.text())
    assert f.saveButton.text() == "Tetap simpan"
    with qtbot.waitSignal(dialog.registered, timeout=10000) as saved:
        qtbot.mouseClick(f.saveButton, Qt.MouseButton.LeftButton)
    assert saved.args[0].reg_no != first.reg_no


def test_leaving_a_field_says_at_once_what_is_wrong(qtbot, desk):
    worker, actors, _, _ = desk
    dialog = IntakeDialog(worker, actors["petugas"])
    qtbot.addWidget(dialog)
    f = dialog.form
    qtbot.keyClicks(f.complainantNik, "31740157088500")
    f.complainantNik.editingFinished.emit()
    assert dialog.errors.shown() == {
        "complainant.nik": "NIK harus 16 angka; yang diketik 14 angka."
    }
    qtbot.keyClicks(f.complainantNik, "03")
    f.complainantNik.editingFinished.emit()
    assert dialog.errors.shown() == {}


def test_the_window_reopens_where_it_was_left(qtbot, desk):
    worker, actors, _, folder = desk
    first = MainWindow(worker, actors["petugas"], DeskSettings(folder))
    qtbot.addWidget(first)
    first.resize(1400, 900)
    first.show_page("cases")
    first.close()
    remembered = DeskSettings(folder)
    assert remembered.bytes("window/geometry") == first.saveGeometry()
    again = MainWindow(worker, actors["petugas"], remembered)
    qtbot.addWidget(again)
    assert again.pages[again.navigation.currentRow()].key == "cases"


def test_an_admin_corrects_the_office_details_in_settings(qtbot, desk):
    from desktop.gui.settings_page import SettingsPage

    worker, actors, _, _ = desk
    page = SettingsPage(worker, actors["admin"])
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.form.counterCodeEdit.text() == "LK1")
    page.form.phoneEdit.setText("021")
    page.form.cityEdit.setText("Jakarta Pusat")
    page.save_office()
    qtbot.waitUntil(lambda: bool(page.errors.shown()))
    assert page.errors.shown() == {
        "office.phone": "Nomor telepon tidak sah: periksa jumlah angka dan kodenya."
    }
    page.form.phoneEdit.setText("(021) 3858171")
    page.save_office()
    qtbot.waitUntil(lambda: page.form.officeStatus.text() == "Tersimpan.")
    assert settings.get("office.city") == "Jakarta Pusat"


def test_the_whatsapp_number_set_in_settings_is_printed_on_the_receipt(qtbot, desk):
    import io

    from pypdf import PdfReader

    from desktop.gui.settings_page import SettingsPage
    from desktop.services import printing

    worker, actors, done, _ = desk
    page = SettingsPage(worker, actors["admin"])
    qtbot.addWidget(page)
    page.refresh()
    f = page.form
    qtbot.waitUntil(lambda: f.counterCodeEdit.text() == "LK1")
    assert f.lockMinutesSpin.value() == 10
    assert f.retentionYearsSpin.value() == 5  # the archive schedule's five years
    f.retentionYearsSpin.setValue(7)
    for wrong, said in (
        ("(021) 3858171", "Nomor WhatsApp harus nomor seluler (08…), bukan telepon rumah"),
        ("0812", "Nomor telepon tidak sah"),
    ):
        f.whatsappEdit.setText(wrong)
        page.save_office()
        qtbot.waitUntil(
            lambda said=said: page.errors.shown().get("office.whatsapp", "").startswith(said)
        )
        assert list(page.errors.shown()) == ["office.whatsapp"]
    f.whatsappEdit.setText("+62 853 1111 1010")
    page.save_office()
    qtbot.waitUntil(lambda: f.officeStatus.text() == "Tersimpan.")
    assert not page.errors.shown()
    f.retentionYearsSpin.setValue(1)
    page.refresh()  # stored as the desk writes a number
    qtbot.waitUntil(lambda: f.whatsappEdit.text() == "0853-1111-1010")
    qtbot.waitUntil(lambda: f.retentionYearsSpin.value() == 7)  # saved with the office
    printed = []
    officer = actors["petugas"]
    worker.submit(
        printing.print_receipt, officer, done.uuid, record=False, on_success=printed.append
    )
    qtbot.waitUntil(lambda: bool(printed))
    reader = PdfReader(io.BytesIO(printed[0].pdf))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "WhatsApp 0853-1111-1010" in text


def test_an_admin_sets_who_signs_the_letters(qtbot, desk):
    from desktop.gui.settings_page import SettingsPage

    worker, actors, _, _ = desk
    page = SettingsPage(worker, actors["admin"])
    qtbot.addWidget(page)
    page.refresh()
    f = page.form
    qtbot.waitUntil(lambda: f.signatoryPositionEdit.text() == "Direktur Pemberdayaan Konsumen")
    f.signatoryNameEdit.setText("Dra. Rahmawati, M.Si.")
    f.signatoryNipEdit.setText("1975")
    f.letterPaperCombo.setCurrentIndex(f.letterPaperCombo.findData("f4"))
    page.save_letters()
    qtbot.waitUntil(lambda: bool(page.letter_errors.shown()))
    assert page.letter_errors.shown() == {"signatory.nip": "NIP terdiri dari 18 angka."}
    f.signatoryNipEdit.setText("197508172000122001")
    page.save_letters()
    qtbot.waitUntil(lambda: f.lettersStatus.text() == "Tersimpan.")
    assert (settings.get("signatory.name"), settings.get("letters.paper")) == (
        "Dra. Rahmawati, M.Si.",
        "f4",
    )


def test_every_problem_is_shown_at_once_at_its_field_and_goes_when_fixed(qtbot, desk, tmp_path):
    from desktop.gui import screen_fit

    worker, actors, _, _ = desk
    dialog = IntakeDialog(worker, actors["petugas"])
    qtbot.addWidget(dialog)
    screen_fit.place(dialog, 1000, 700)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    f = dialog.form
    qtbot.keyClicks(f.complainantName, "Budi Hartono")
    qtbot.keyClicks(f.complainantPhone, "0812")  # too short
    qtbot.keyClicks(f.complainantEmail, "budi@")  # not an address
    qtbot.keyClick(f.complainantName, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wrong = dialog.errors.shown()
    assert {"complainant.phone", "complainant.email", "product", "chronology"} <= set(wrong)
    assert f.summaryLabel.text() == f"{len(wrong)} isian perlu diperbaiki."
    qtbot.waitUntil(lambda: f.scrollArea.verticalScrollBar().value() == 0)  # the phone: on top
    # The summary is whole: nothing of it cut off.
    assert f.summaryLabel.width() >= f.summaryLabel.fontMetrics().horizontalAdvance(
        f.summaryLabel.text()
    )
    f.complainantEmail.clear()
    qtbot.keyClicks(f.complainantEmail, "budi@contoh.co.id")
    qtbot.waitUntil(lambda: "complainant.email" not in dialog.errors.shown())
    assert f.summaryLabel.text() == f"{len(wrong) - 1} isian perlu diperbaiki."
    fill_rest(qtbot, f)
    f.complainantPhone.clear()
    qtbot.keyClicks(f.complainantPhone, "0812-3456-7891")
    qtbot.waitUntil(lambda: dialog.errors.shown() == {})
    assert f.summaryLabel.text() == ""
    dialog.grab().save(str(tmp_path / "intake.png"))


def test_a_refusal_scrolls_to_its_first_wrong_field_below_the_fold(qtbot, desk):
    """The form went to its top while the field to fix was out of sight further down."""
    from desktop.gui import screen_fit

    worker, actors, _, _ = desk
    dialog = IntakeDialog(worker, actors["petugas"])
    qtbot.addWidget(dialog)
    screen_fit.place(dialog, 1000, 560)  # a short window: the product is below the fold
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    f = dialog.form
    qtbot.keyClicks(f.complainantName, "Budi Hartono")
    qtbot.keyClicks(f.complainantNik, "3174011708850003")
    qtbot.keyClicks(f.complainantPhone, "0812-3456-7891")
    qtbot.keyClicks(f.businessName, "Toko Elektronik Sinar Jaya")
    f.sector.setCurrentIndex(f.sector.findData("electronics_vehicles"))
    f.demandReplacement.setChecked(True)
    bar = f.scrollArea.verticalScrollBar()
    bar.setValue(0)
    qtbot.wait(50)
    assert f.product.visibleRegion().isEmpty()  # out of sight before saving
    qtbot.keyClick(f.complainantName, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert set(dialog.errors.shown()) == {"product", "chronology"}
    qtbot.waitUntil(lambda: bar.value() > 0)
    qtbot.waitUntil(lambda: not f.product.visibleRegion().isEmpty())
    # Wholly in sight, and the focus in it for the typing that follows.
    assert f.product.visibleRegion().boundingRect() == f.product.rect()
    assert QApplication.focusWidget() is f.product


def test_the_birth_date_and_sex_come_from_the_nik(qtbot, desk):
    worker, actors, _, _ = desk
    dialog = IntakeDialog(worker, actors["petugas"])
    qtbot.addWidget(dialog)
    f = dialog.form
    qtbot.keyClicks(f.complainantNik, "3174015708850003")
    assert (f.complainantBirthDate.text(), f.complainantSex.currentData()) == (
        "17-08-1985",
        "female",
    )
    # The NIK corrected: what it had filled in follows; what the officer typed stays.
    f.complainantNik.clear()
    qtbot.keyClicks(f.complainantNik, "3174011708850003")
    assert (f.complainantBirthDate.text(), f.complainantSex.currentData()) == (
        "17-08-1985",
        "male",
    )


def test_the_province_and_regency_are_offered_from_the_nik(qtbot, desk):
    """Leaving the NIK fills the province and regency of its region code (Kemendagri's codes);
    what the officer already typed there is left alone."""
    worker, actors, _, _ = desk
    dialog = IntakeDialog(worker, actors["petugas"])
    qtbot.addWidget(dialog)
    f = dialog.form
    qtbot.keyClicks(f.complainantNik, "5371011203900001")
    f.complainantNik.editingFinished.emit()  # the officer leaves the field
    qtbot.waitUntil(lambda: f.complainantProvince.text() != "", timeout=5000)
    assert (f.complainantProvince.text(), f.complainantCity.text()) == (
        "Nusa Tenggara Timur",
        "Kota Kupang",
    )

    typed = IntakeDialog(worker, actors["petugas"])
    qtbot.addWidget(typed)
    g = typed.form
    qtbot.keyClicks(g.complainantProvince, "Jawa Timur")
    qtbot.keyClicks(g.complainantNik, "5371011203900001")
    g.complainantNik.editingFinished.emit()
    region = []  # the dialog asks the worker; once the worker has answered, nothing may change
    worker.submit(lambda: "done", on_success=region.append)
    qtbot.waitUntil(lambda: bool(region))
    assert (g.complainantProvince.text(), g.complainantCity.text()) == ("Jawa Timur", "")
