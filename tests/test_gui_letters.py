"""Registering a postal letter in the window: files dropped, pages put right, the scan inbox."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from test_attachments import jpeg, pdf, png

from desktop.gui.desk import DeskSettings
from desktop.gui.letters_page import LettersPage
from desktop.store.models import IncomingLetter


@pytest.fixture
def page(qtbot, tmp_path, monkeypatch, staffed_desk):
    sane = tmp_path / "sane"  # only SANE's test device: no probing of the network for scanners
    sane.mkdir()
    (sane / "dll.conf").write_text("test\n")
    monkeypatch.setenv("SANE_CONFIG_DIR", str(sane))
    worker, actors, _folder = staffed_desk
    inbox = tmp_path / "scan-inbox"
    inbox.mkdir()
    letters_page = LettersPage(worker, actors["petugas"], DeskSettings(tmp_path))
    qtbot.addWidget(letters_page)
    yield letters_page, inbox, tmp_path
    for worker in (letters_page.scanner, letters_page.reader, letters_page.ocr_worker):
        worker.stop(timeout=120)  # a letter's OCR finishes before the next test's desk opens


def drop(dialog, paths) -> None:
    """What a file manager's drag does: enter the page list (Qt delivers it and the list must
    accept), then let go. Qt will not deliver a synthetic drop without a real drag in
    progress, so the drop goes to the list's drop handler as Qt would hand it over."""
    viewport = dialog.form.pagesList.viewport()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where, action = QPoint(10, 10), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, action, data, buttons, keys)
    assert QApplication.sendEvent(viewport, enter) and enter.isAccepted()
    let_go = QDropEvent(where, action, data, buttons, keys)
    assert dialog._drops.eventFilter(viewport, let_go) and let_go.isAccepted()


def test_files_dropped_on_the_pages_become_a_registered_letter(qtbot, page, tmp_path):
    letters_page, _, _ = page
    dialog = letters_page.register()
    files = {"surat.pdf": pdf(2), "foto.jpg": jpeg(), "rusak.png": png()[:60]}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    drop(dialog, [tmp_path / "rusak.png"])
    qtbot.waitUntil(lambda: "rusak.png" in dialog.form.messageLabel.text())
    assert dialog.form.messageLabel.text() == (
        "rusak.png: Berkas rusak atau terpotong dan tidak dapat dibuka."
    )
    drop(dialog, [tmp_path / "surat.pdf", tmp_path / "foto.jpg"])
    qtbot.waitUntil(lambda: dialog.form.pagesList.count() == 3)
    listing = dialog.form.pagesList
    listing.setCurrentRow(2)
    dialog.form.moveLeftButton.click()  # the photo before the letter's second page
    dialog.form.rotateButton.click()
    listing.setCurrentRow(0)
    dialog.form.removeButton.click()  # the cover page is not wanted
    assert [p.label for p in dialog.pages] == ["foto.jpg", "surat.pdf, 2"]
    assert [p.rotation for p in dialog.pages] == [90, 0]
    dialog.form.saveButton.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.shown()))
    assert dialog.errors.shown() == {
        "letter.sender_name": "Tulis nama lengkap, paling sedikit dua huruf."
    }
    qtbot.keyClicks(dialog.form.senderEdit, "Bambang Wijaya")
    qtbot.keyClicks(dialog.form.subjectEdit, "Mobil bekas")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.form.saveButton.click()
    assert dialog.registered.agenda_no == "00001/SM/2026" and dialog.registered.pages == 2
    qtbot.waitUntil(lambda: letters_page.form.lettersView.rowCount() == 1)
    assert letters_page.form.lettersView.item(0, 2).text() == "Bambang Wijaya"
    assert IncomingLetter.get().pages == 2


def test_a_scan_dropped_in_the_folder_waits_in_the_inbox(qtbot, page):
    letters_page, inbox, _ = page
    assert not letters_page.form.inboxButton.isEnabled()
    (inbox / "scan-001.pdf").write_bytes(pdf(1))
    letters_page.look_in_inbox()
    time.sleep(0.2)
    letters_page.look_in_inbox()  # the second look finds its size unchanged: complete
    qtbot.waitUntil(lambda: letters_page.form.inboxButton.isEnabled())
    assert letters_page.form.inboxButton.text() == "Kotak pindaian (1)"
    letters_page.form.inboxButton.click()
    dialog = letters_page.findChildren(type(letters_page.register()))[0]
    qtbot.waitUntil(lambda: dialog.form.pagesList.count() == 1)


def test_a_complaint_started_from_a_letter_is_linked_to_it(qtbot, page, tmp_path):
    from conftest import complaint_form

    from desktop.gui.main_window import MainWindow
    from desktop.services import letters

    letters_page, _, folder = page
    worker, actor = letters_page.worker, letters_page.actor
    done = []
    worker.submit(
        letters.register_letter,
        actor,
        letters.LetterForm(sender_name="Siti Aminah", subject="Ponsel rusak"),
        [("surat.pdf", pdf(1))],
        on_success=done.append,
    )
    qtbot.waitUntil(lambda: bool(done))
    window = MainWindow(worker, actor, DeskSettings(folder))
    qtbot.addWidget(window)
    window.show_page("letters")
    qtbot.waitUntil(lambda: window.letters.form.lettersView.rowCount() == 1)
    window.letters.form.lettersView.selectRow(0)
    assert window.letters.form.startComplaintButton.isEnabled()
    dialog = window.complaint_from_letter(done[0].uuid, "Siti Aminah")
    assert dialog.form.channel.currentData() == "post"
    assert dialog.form.complainantName.text() == "Siti Aminah"
    qtbot.waitUntil(lambda: dialog.letter_view is not None)  # the letter beside the form
    assert dialog.letter_view.document().pageCount() == 1
    filled = complaint_form()
    f = dialog.form
    f.complainantNik.setText(filled.complainant.nik)
    f.complainantPhone.setText(filled.complainant.phone)
    f.businessName.setText(filled.business.name)
    f.product.setText(filled.product)
    f.sector.setCurrentIndex(f.sector.findData(filled.sector))
    f.chronology.setPlainText(filled.chronology)
    f.demandRefund.setChecked(True)
    with qtbot.waitSignal(dialog.registered, timeout=10000) as saved:
        f.saveButton.click()
    qtbot.waitUntil(lambda: IncomingLetter.get().case_id == saved.args[0].uuid)
    # The registered letter's scan opens from the register.
    window.letters.refresh()
    qtbot.waitUntil(lambda: window.letters.form.lettersView.rowCount() == 1)
    window.letters.form.lettersView.selectRow(0)
    window.letters.show_scan()
    qtbot.waitUntil(lambda: getattr(window.letters, "scan_preview", None) is not None)
    assert window.letters.scan_preview.document.pageCount() == 1
    # And Ctrl+N opens an empty form, walk-in by default.
    window.new_complaint_action.trigger()
    fresh = [d for d in window.findChildren(type(dialog)) if d is not dialog]
    assert fresh and fresh[-1].form.channel.currentData() == "walk_in"


def test_scanning_from_the_dialog_uses_the_feeder(qtbot, page):
    letters_page, _, _ = page
    dialog = letters_page.register()
    combo = dialog.form.deviceCombo
    qtbot.waitUntil(lambda: combo.findData("test:0") >= 0, timeout=15000)  # found off the UI
    combo.setCurrentIndex(combo.findData("test:0"))
    dialog.form.resolutionCombo.setCurrentIndex(0)  # 150 dpi
    dialog.form.feederCheck.setChecked(True)
    dialog.form.scanButton.click()
    qtbot.waitUntil(lambda: dialog.form.pagesList.count() == 10, timeout=30000)
    assert dialog.form.scanButton.isEnabled()
    assert all(p.mime == "image/png" for p in dialog.pages)


def test_without_tesseract_the_register_says_ocr_is_off(qtbot, page, monkeypatch):
    from desktop.scanning import ocr

    letters_page, _, _ = page
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)  # as on a desk without it
    letters_page.scanner.submit(ocr.available, on_success=letters_page._ocr_known)
    qtbot.waitUntil(lambda: "OCR mati" in letters_page.form.countLabel.text())


def test_a_dangling_link_or_a_vanished_scan_is_passed_over_and_the_rest_offered(qtbot, page):
    letters_page, inbox, _ = page
    failures = []
    for worker in (letters_page.worker, letters_page.reader):
        worker.failed.connect(failures.append)  # what the window shows as "Something went wrong"
    (inbox / "scan-000.pdf").symlink_to(inbox / "sudah-dipindah.pdf")  # dangling
    (inbox / "scan-001.pdf").write_bytes(pdf(1))
    (inbox / "scan-002.pdf").write_bytes(pdf(1))
    for _ in range(2):  # two looks: the sizes stayed the same
        letters_page.look_in_inbox()
        time.sleep(0.2)
    qtbot.waitUntil(lambda: letters_page.form.inboxButton.text() == "Kotak pindaian (2)")
    (inbox / "scan-002.pdf").unlink()  # taken away before the officer opened the inbox
    for _ in range(3):
        letters_page.look_in_inbox()
    qtbot.wait(300)
    letters_page.form.inboxButton.click()
    dialog = letters_page.findChildren(type(letters_page.register()))[0]
    qtbot.waitUntil(lambda: dialog.form.pagesList.count() == 1)
    qtbot.waitUntil(lambda: "scan-002.pdf" in dialog.form.messageLabel.text())
    assert dialog.form.messageLabel.text() == (
        "scan-002.pdf: Berkas \u201cscan-002.pdf\u201d tidak ada (dipindah atau dihapus)."
    )
    assert failures == []


def test_a_joined_scan_registered_in_the_window_is_found_by_what_it_says(qtbot, page, tmp_path):
    from test_scanning import text_image

    from desktop.scanning import ocr
    from desktop.services import letters

    if not ocr.available():
        pytest.fail("Tesseract with Indonesian is needed: make test installs tesseract-ocr-ind")
    letters_page, _, _ = page
    for number, line in enumerate(("Perihal pengaduan kulkas", "Pendingin bocor sejak dibeli")):
        (tmp_path / f"hal-{number}.png").write_bytes(text_image(line))
    dialog = letters_page.register()
    dialog.add_files([tmp_path / "hal-0.png", tmp_path / "hal-1.png"])
    qtbot.waitUntil(lambda: dialog.form.pagesList.count() == 2)
    qtbot.keyClicks(dialog.form.senderEdit, "Bambang Wijaya")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.form.saveButton.click()
    found = []

    def look() -> bool:
        letters_page.worker.submit(letters.find_letters, "bocor", on_success=found.append)
        qtbot.wait(200)
        return bool(found and found[-1])

    qtbot.waitUntil(look, timeout=60000)
    assert [x.agenda_no for x in found[-1]] == [dialog.registered.agenda_no]


def test_ocr_runs_beside_the_database_and_a_failure_is_said_and_logged(
    qtbot, page, monkeypatch, caplog
):
    import threading

    from desktop.gui import letters_page as module
    from desktop.scanning import ocr
    from desktop.services import letters

    letters_page, _, _ = page
    release = threading.Event()

    def stuck_then_failing(scans):
        release.wait(30)
        raise ocr.OcrFailed("tesseract: Error opening data file ind.traineddata")

    warnings = []
    monkeypatch.setattr(module, "read_scans", stuck_then_failing)
    monkeypatch.setattr(
        module.QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text))
    )
    done = []
    letters_page.worker.submit(
        letters.register_letter,
        letters_page.actor,
        letters.LetterForm(sender_name="Siti Aminah"),
        [("surat.pdf", pdf(1))],
        on_success=done.append,
    )
    qtbot.waitUntil(lambda: bool(done))
    letters_page.read_text(done[0].uuid)
    qtbot.waitUntil(lambda: letters_page.ocr_worker.pending == 1)
    letters_page.refresh()  # the database worker answers while OCR is busy
    qtbot.waitUntil(lambda: letters_page.form.lettersView.rowCount() == 1)
    assert letters_page.ocr_worker.pending == 1 and not warnings
    release.set()
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings == [
        (
            "Teks surat tidak terbaca",
            "Surat sudah tercatat, tetapi teks pindaiannya tidak terbaca, jadi surat ini belum "
            "dapat dicari menurut isinya (tesseract: Error opening data file ind.traineddata).",
        )
    ]
    assert "Traceback" in caplog.text and "OcrFailed" in caplog.text


def test_a_letter_kept_as_a_safe_copy_says_so_in_the_register(qtbot, page):
    from bad_files import scripted_pdf

    from desktop.services import letters

    letters_page, _, _ = page
    done = []
    letters_page.worker.submit(
        letters.register_letter,
        letters_page.actor,
        letters.LetterForm(sender_name="Bambang Wijaya", subject="Mobil bekas"),
        [("surat.pdf", scripted_pdf())],
        on_success=done.append,
    )
    qtbot.waitUntil(lambda: bool(done))
    letters_page.refresh()
    qtbot.waitUntil(lambda: letters_page.form.lettersView.rowCount() == 1)
    subject = letters_page.form.lettersView.item(0, 3)
    assert subject.text() == "\u26a0 salinan aman \u2014 Mobil bekas"
    assert subject.toolTip() == (
        "Disimpan salinan aman; dihapus dari berkas: JavaScript, perintah menjalankan program."
    )


def test_a_white_page_s_thumbnail_shows_its_edge_on_the_list(qtbot, page, tmp_path):
    """White pages were drawn white on the list's white: nothing to see where they were."""
    from desktop.gui.letters_page import THUMB

    letters_page, _, _ = page
    dialog = letters_page.register([])
    (tmp_path / "kosong.pdf").write_bytes(pdf(2))  # two blank, white pages
    dialog.add_files([tmp_path / "kosong.pdf"])
    listing = dialog.form.pagesList
    qtbot.waitUntil(lambda: listing.count() == 2)
    listing.setCurrentRow(0)  # the second page is drawn as it is, not highlighted
    qtbot.wait(50)
    shown = listing.viewport().grab().toImage()
    cell = listing.visualItemRect(listing.item(1))
    ground = shown.pixelColor(cell.left() + 1, cell.top() + 1)

    def differs(x: int, y: int) -> bool:
        c = shown.pixelColor(x, y)
        return max(abs(c.red() - ground.red()), abs(c.green() - ground.green())) > 40

    # The page's edges are lines that stand out from the list, the height of the page.
    columns = [
        sum(differs(x, y) for y in range(cell.top(), cell.top() + THUMB.height()))
        for x in range(cell.left(), cell.right())
    ]
    assert sum(1 for count in columns if count >= THUMB.height() * 0.6) >= 2
    dialog.close()


def test_the_scanner_s_message_is_shown_whole(qtbot, page):
    """ "Pemindai tidak diter" was all the device list showed on a desk with no scanner."""
    from window_fit import combo_cuts

    letters_page, _, _ = page
    dialog = letters_page.register([])
    combo = dialog.form.deviceCombo
    assert combo.currentText() == "Mencari pemindai…" and not combo_cuts(combo)
    qtbot.waitUntil(lambda: combo.findData("test:0") >= 0, timeout=15000)  # SANE answered
    dialog._devices([])  # SANE's answer on a desk with no scanner (its answer is the process's)
    assert combo.currentText() == "Pemindai tidak ditemukan"
    for width in (dialog.width(), dialog.minimumSizeHint().width()):
        dialog.resize(width, dialog.height())
        qtbot.wait(20)
        assert not combo_cuts(combo), width
    dialog.close()
