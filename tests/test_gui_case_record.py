"""The case file as the whole record, through its real widgets: every document on the Documents
tab (evidence dropped onto it or chosen, photos too; letters issued and received; the written
answer) opening in the preview; the case printed whole, masked unless chosen; the overdue
header; one file per case however often its row is double-clicked; a duplicate marked by a
supervisor; the visitor log linking every case a visitor started."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess

import pytest
from conftest import PASSWORD, complaint_form
from helpers import loket
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_attachments import jpeg, png
from test_attachments import pdf as scanned_pdf
from test_gui_case_walks import open_file, run
from test_gui_walkin import later

from desktop.domain.errors import DomainError
from desktop.domain.workdays import office_date
from desktop.gui.desk import DeskSettings
from desktop.gui.preview import PreviewDialog
from desktop.services import handling, intake, letters, printing, settings, visitors
from desktop.store.models import Attachment, HistoryEvent, utcnow


@pytest.fixture
def desk(staffed_desk):
    worker, actors, folder = staffed_desk
    return worker, actors, DeskSettings(folder)


def texts(view) -> list[str]:
    return [view.item(i).text() for i in range(view.count())]


def drop(dialog, *paths) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(event)


def in_clarification(qtbot, worker, actors, online=True):
    case = run(qtbot, worker, intake.register_complaint, actors["petugas"], complaint_form())
    analyst = actors["analis"]
    run(qtbot, worker, handling.take_action, analyst, case.uuid, "start_analysis", {})
    params = {"mode": "online" if online else "offline", "reason": "Dalam lingkup UUPK."}
    run(qtbot, worker, handling.take_action, analyst, case.uuid, "start_clarification", params)
    return case


def test_every_document_of_the_case_is_on_its_tab_and_opens(qtbot, desk, tmp_path, monkeypatch):
    worker, actors, settings_ = desk
    case = in_clarification(qtbot, worker, actors)
    analyst = actors["analis"]
    letter = run(
        qtbot,
        worker,
        lambda: printing.print_letter(analyst, case.uuid, "clarification", issue=True),
    )
    came = run(
        qtbot,
        worker,
        lambda: letters.register_letter(
            actors["petugas"],
            letters.LetterForm(sender_name="Toko Elektronik Sinar Jaya", subject="Jawaban"),
            [("jawaban.pdf", scanned_pdf(1))],
        ),
    )
    run(qtbot, worker, letters.link_case, actors["petugas"], came.uuid, case.uuid)
    run(
        qtbot,
        worker,
        lambda: handling.record_answer(
            analyst, case.uuid, "Kami akan mengganti barang.", letter=came.agenda_no
        ),
    )
    dialog = open_file(qtbot, worker, analyst, case.uuid, settings_)
    receipt = tmp_path / "struk.pdf"
    receipt.write_bytes(scanned_pdf(2))
    drop(dialog, receipt)  # dropped onto the case file: read, checked, kept
    view = dialog.form.documentsList
    qtbot.waitUntil(lambda: any("struk.pdf" in t for t in texts(view)), timeout=10000)
    shown = "\n".join(texts(view))
    for expected in (
        "Bukti dari konsumen",
        "struk.pdf",
        "Surat keluar",
        letter.number,
        "Surat masuk",
        came.agenda_no,
        "Jawaban pelaku usaha",
        "Fotokopi KTP",  # handed over at intake
    ):
        assert expected in shown, expected
    assert "Dokumen (4)" in dialog.form.tabs.tabText(
        dialog.form.tabs.indexOf(dialog.form.documentsTab)
    )
    timeline = [
        dialog.form.timelineView.topLevelItem(i).text(1)
        for i in range(dialog.form.timelineView.topLevelItemCount())
    ]
    assert any(letter.number in t for t in timeline)  # the history names the letter issued
    assert any(came.agenda_no in t for t in timeline)  # and the one received
    assert any("struk.pdf" in t for t in timeline)
    for wanted, pages in ((letter.number, None), ("struk.pdf", 2), (came.agenda_no, 1)):
        row = next(i for i, t in enumerate(texts(view)) if wanted in t)
        view.setCurrentRow(row)
        dialog.form.openDocumentButton.click()
        qtbot.waitUntil(
            lambda w=wanted: (
                isinstance(getattr(dialog, "document_preview", None), PreviewDialog)
                and w in dialog.document_preview.windowTitle()
            ),
            timeout=10000,
        )
        preview = dialog.document_preview
        if pages:
            assert preview.document.pageCount() == pages
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf)).pages)
        if wanted == letter.number:
            assert letter.number in text
        preview.close()  # deleted on close: the next one is waited for afresh
        dialog.document_preview = None


def open_listed(qtbot, dialog, wanted: str) -> PreviewDialog:
    """Choose the document whose row names ``wanted`` and press Buka, as the officer would."""
    view = dialog.form.documentsList
    view.setCurrentRow(next(i for i, t in enumerate(texts(view)) if wanted in t))
    dialog.form.openDocumentButton.click()
    qtbot.waitUntil(
        lambda: (
            isinstance(getattr(dialog, "document_preview", None), PreviewDialog)
            and wanted in dialog.document_preview.windowTitle()
        ),
        timeout=10000,
    )
    return dialog.document_preview


def test_photos_chosen_with_add_files_are_kept_and_open_as_a_page(
    qtbot, desk, tmp_path, monkeypatch
):
    worker, actors, settings_ = desk
    case = run(qtbot, worker, intake.register_complaint, actors["petugas"], complaint_form())
    dialog = open_file(qtbot, worker, actors["petugas"], case.uuid, settings_)
    photo, receipt = tmp_path / "foto-barang.jpg", tmp_path / "struk.png"
    photo.write_bytes(jpeg())  # a red 300 x 200 photo
    receipt.write_bytes(png(400, 600))  # a white receipt, upright
    asked = []

    def chosen(*args, **kwargs):
        asked.append(args[3])  # the filter offered
        return [str(photo), str(receipt)], args[3]

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", chosen)
    assert dialog.form.addDocumentButton.isEnabled()
    dialog.form.addDocumentButton.click()
    view = dialog.form.documentsList
    qtbot.waitUntil(
        lambda: all(any(n in t for t in texts(view)) for n in ("foto-barang.jpg", "struk.png")),
        timeout=10000,
    )
    assert "*.jpg" in asked[0] and "*.png" in asked[0]
    assert "Dokumen (2)" in dialog.form.tabs.tabText(
        dialog.form.tabs.indexOf(dialog.form.documentsTab)
    )
    assert "foto-barang.jpg" in _timeline(dialog) and "struk.png" in _timeline(dialog)
    for name, landscape, colour in (
        ("foto-barang.jpg", True, "red"),
        ("struk.png", False, "white"),
    ):
        preview = open_listed(qtbot, dialog, name)
        assert preview.document.pageCount() == 1
        size = preview.document.pagePointSize(0)
        assert (size.width() > size.height()) == landscape  # the photo as it was taken
        page = preview.document.render(0, QSize(300, 300))
        middle = page.pixelColor(150, 150)
        if colour == "red":
            assert middle.red() > 150 and middle.green() < 80 and middle.blue() < 80
        else:
            assert min(middle.red(), middle.green(), middle.blue()) > 230
        preview.close()
        dialog.document_preview = None


def test_a_hostile_file_is_refused_in_words_and_nothing_is_kept(qtbot, desk, tmp_path, monkeypatch):
    from bad_files import pdf_bomb

    worker, actors, settings_ = desk
    case = run(qtbot, worker, intake.register_complaint, actors["petugas"], complaint_form())
    dialog = open_file(qtbot, worker, actors["petugas"], case.uuid, settings_)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    bomb = tmp_path / "bom.pdf"
    bomb.write_bytes(pdf_bomb())
    drop(dialog, bomb)
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert "bom.pdf" not in "\n".join(texts(dialog.form.documentsList))
    added = run(
        qtbot,
        worker,
        lambda: (
            HistoryEvent.select()
            .where((HistoryEvent.case == case.uuid) & (HistoryEvent.kind == "case.document_added"))
            .count()
        ),
    )
    assert added == 0 and said[0].startswith("bom.pdf: ") and len(said[0]) > 12
    said.clear()
    drop(dialog, tmp_path)  # a folder is not a file: said so, nothing kept
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert said[0].startswith(f"{tmp_path.name}: ")


def test_the_answers_scan_is_read_beside_the_database_and_a_pipe_or_device_is_refused(
    qtbot, desk, tmp_path, monkeypatch
):
    """The scanned written answer is chosen in a file dialog: a FIFO (which would wait for a
    writer for ever) or a link to /dev/zero (endless) is refused in words at once, the
    database's worker never waits on it, and an ordinary scan is kept with the answer."""
    from PySide6.QtWidgets import QFileDialog

    worker, actors, settings_ = desk
    case = in_clarification(qtbot, worker, actors)
    dialog = open_file(qtbot, worker, actors["analis"], case.uuid, settings_)
    qtbot.waitUntil(lambda: "recordAnswer" in dialog.more)
    dialog.more["recordAnswer"].click()
    answer = dialog.dialog
    f = answer.form
    chosen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[-1], ""))
    os.mkfifo(tmp_path / "pipa.pdf")
    (tmp_path / "nol.pdf").symlink_to("/dev/zero")
    for name in ("pipa.pdf", "nol.pdf"):
        chosen.append(str(tmp_path / name))
        f.errorLabel.clear()
        f.scanButton.click()
        qtbot.waitUntil(lambda: "bukan berkas biasa" in f.errorLabel.text(), timeout=10000)
        assert f.errorLabel.text().startswith(f"“{name}” bukan berkas biasa")
        assert f.errorLabel.isVisibleTo(answer) and answer.scan is None
        assert f.saveButton.isEnabled()
        qtbot.waitUntil(lambda: worker.pending == 0, timeout=10000)  # the database is free

    good = tmp_path / "jawaban.pdf"
    good.write_bytes(scanned_pdf(2))
    chosen.append(str(good))
    f.scanButton.click()
    qtbot.waitUntil(lambda: f.scanButton.text() == "jawaban.pdf", timeout=10000)
    assert not f.errorLabel.isVisibleTo(answer)
    f.answerEdit.setPlainText("Penjual bersedia mengganti unit dalam 7 hari.")
    f.saveButton.click()
    view = dialog.form.documentsList
    qtbot.waitUntil(lambda: any("pindaian dilampirkan" in t for t in texts(view)), timeout=10000)
    kept = run(
        qtbot,
        worker,
        lambda: [(a.name, a.mime) for a in Attachment.select().where(Attachment.case == case.uuid)],
    )
    assert ("jawaban.pdf", "application/pdf") in kept


def test_the_case_file_printed_whole_masked_unless_chosen(qtbot, desk, tmp_path):
    worker, actors, settings_ = desk
    case = in_clarification(qtbot, worker, actors)
    dialog = open_file(qtbot, worker, actors["analis"], case.uuid, settings_)
    later(lambda box: _press(box, "Cetak disamarkan"))
    dialog.more["printCaseFile"].click()
    qtbot.waitUntil(
        lambda: isinstance(getattr(dialog, "document_preview", None), PreviewDialog), timeout=10000
    )
    path = tmp_path / "berkas.pdf"
    path.write_bytes(dialog.document_preview.pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True
    ).stdout
    for heading in (
        "BERKAS PENGADUAN",
        "Ringkasan",
        "Para pihak",
        "Kronologi",
        "Riwayat",
        "Dokumen",
        "Sidang dan hasilnya",
    ):
        assert heading in text, heading
    assert case.reg_no in text and "Siti Aminah" in text
    assert "3174015708850003" not in text and "317401******0003" in text
    assert "Jl. Kenanga" not in text and "data pribadi disamarkan" in text
    qtbot.waitUntil(lambda: "Berkas pengaduan dicetak" in _timeline(dialog), timeout=10000)


def _press(box, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def _timeline(dialog) -> str:
    view = dialog.form.timelineView
    return "\n".join(view.topLevelItem(i).text(1) for i in range(view.topLevelItemCount()))


def test_loket_print_case_file_masks_unless_personal_is_asked(actors, data_dir, tmp_path):
    case = intake.register_complaint(actors["petugas"], complaint_form())
    masked, full = tmp_path / "masked.pdf", tmp_path / "full.pdf"
    for out, extra in ((masked, []), (full, ["--personal"])):
        done = loket(
            "print",
            "case-file",
            case.reg_no,
            "--out",
            str(out),
            "--data-dir",
            str(data_dir),
            "--user",
            "petugas",
            *extra,
            password=PASSWORD,
        )
        assert done.returncode == 0, done.stderr
    read = [
        subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout
        for p in (masked, full)
    ]
    assert "3174015708850003" not in read[0] and "3174015708850003" in read[1]
    assert "Jl. Kenanga" in read[1] and "data pribadi ditampilkan utuh" in read[1]
    printed = [
        e.payload["personal"]
        for e in HistoryEvent.select().where(
            (HistoryEvent.case == case.uuid) & (HistoryEvent.kind == "case.file_printed")
        )
    ]
    assert printed == [False, True]  # each print and its choice in the history
    refused = loket(
        "print",
        "case-file",
        "LK9-000000-99999",
        "--out",
        str(masked),
        "--data-dir",
        str(data_dir),
        "--user",
        "petugas",
        password=PASSWORD,
    )
    assert refused.returncode == 2 and "LK9-000000-99999" in refused.stderr


def test_the_header_says_how_late_the_case_is(qtbot, desk):
    worker, actors, settings_ = desk
    weeks_ago = utcnow() - dt.timedelta(days=30)
    case = run(
        qtbot,
        worker,
        lambda: intake.register_complaint(actors["petugas"], complaint_form(), now=weeks_ago),
    )
    calendar = run(qtbot, worker, settings.calendar)
    late = calendar.working_days_between(case.stage_due, office_date(utcnow()))
    dialog = open_file(qtbot, worker, actors["petugas"], case.uuid, settings_)
    assert late > 0
    assert f"terlambat {late} hari kerja" in dialog.form.dueLabel.text()
    on_time = run(qtbot, worker, intake.register_complaint, actors["petugas"], complaint_form())
    fresh = open_file(qtbot, worker, actors["petugas"], on_time.uuid, settings_)
    assert "terlambat" not in fresh.form.dueLabel.text() and fresh.form.dueLabel.text()


def test_the_case_file_on_screen_speaks_the_desk_s_language(qtbot, desk):
    """The complaint's tab said "Chronology" above an Indonesian chronology."""
    worker, actors, settings_ = desk
    case = run(qtbot, worker, intake.register_complaint, actors["petugas"], complaint_form())
    dialog = open_file(qtbot, worker, actors["petugas"], case.uuid, settings_)
    shown = dialog.form.complaintView.toPlainText()
    assert "Kronologi" in shown and "Chronology" not in shown
    assert complaint_form().chronology.split("\n")[0] in shown


def test_double_clicking_a_row_opens_its_case_once(qtbot, staffed_desk):
    from desktop.gui.case_file import CaseFileDialog
    from desktop.gui.main_window import MainWindow

    worker, actors, folder = staffed_desk
    run(qtbot, worker, intake.register_complaint, actors["petugas"], complaint_form())
    window = MainWindow(worker, actors["petugas"], DeskSettings(folder))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("cases")
    view = window.cases.form.casesView
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 1, timeout=10000)
    rect = view.visualRect(view.model().index(0, 0))  # the registration number's cell
    assert rect.isValid()

    def double_click() -> None:  # a real double click: it signals activated and doubleClicked
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    double_click()
    qtbot.waitUntil(lambda: len(window.case_files) == 1)
    double_click()
    qtbot.wait(200)
    shown = [d for d in window.findChildren(CaseFileDialog) if d.isVisible()]
    assert len(shown) == 1 and len(window.case_files) == 1
    window.close()


def test_a_supervisor_marks_a_duplicate_both_histories_say_so(qtbot, desk):
    worker, actors, settings_ = desk
    original = run(qtbot, worker, intake.register_complaint, actors["petugas"], complaint_form())
    again = run(qtbot, worker, intake.register_complaint, actors["petugas"], complaint_form())
    counter = open_file(qtbot, worker, actors["petugas"], again.uuid, settings_)
    assert not counter.buttons["mark_duplicate"].isEnabled()  # a supervisor's decision
    dialog = open_file(qtbot, worker, actors["supervisor"], again.uuid, settings_)

    def fill(action_dialog, ref):
        action_dialog.inputs["duplicate_of"].setText(ref)
        action_dialog.inputs["reason"].setPlainText("Pengaduan yang sama didaftarkan dua kali.")

    said = []

    def answer(action_dialog, ref):
        fill(action_dialog, ref)
        if ref == again.reg_no:  # itself: refused in words beside the field, the dialog stays
            action_dialog._accept()
            return
        later(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        action_dialog._accept()

    later(lambda d: answer(d, original.reg_no))
    dialog.buttons["mark_duplicate"].click()
    qtbot.waitUntil(
        lambda: dialog.form.statusLabel.text() == f"Selesai — duplikat dari {original.reg_no}",
        timeout=10000,
    )
    assert f"Ditandai duplikat dari {original.reg_no}" in _timeline(dialog)
    other = open_file(qtbot, worker, actors["supervisor"], original.uuid, settings_)
    assert f"Pengaduan {again.reg_no} ditandai sebagai duplikat" in _timeline(other)
    assert other.form.statusLabel.text() == "Diterima"  # the original goes on
    third = run(qtbot, worker, intake.register_complaint, actors["petugas"], complaint_form())
    refused = []
    run(
        qtbot,
        worker,
        lambda: _refusal(refused, actors["supervisor"], third.uuid, again.reg_no),
    )
    assert original.reg_no in refused[0]  # a duplicate of a duplicate: its original is named
    del said


def _refusal(box, actor, uuid, ref):
    from desktop.domain.errors import ValidationFailed
    from desktop.domain.messages import render

    try:
        handling.take_action(actor, uuid, "mark_duplicate", {"duplicate_of": ref, "reason": "x"})
    except ValidationFailed as e:
        box.append(render(e.errors[0].code, "id", **e.errors[0].params))


def test_the_visitor_log_links_every_case_a_visitor_started(qtbot, staffed_desk):
    from desktop.domain.intake import VisitorForm
    from desktop.gui.visitors_page import VisitorsPage

    worker, actors, _folder = staffed_desk
    counter = actors["petugas"]
    came = run(
        qtbot,
        worker,
        lambda: visitors.sign_in_visitor(
            counter, VisitorForm(name="Siti Aminah", purpose="complaint")
        ),
    )
    first = run(qtbot, worker, intake.register_complaint, counter, complaint_form())
    run(qtbot, worker, visitors.link_case, counter, came, first.uuid)
    page = VisitorsPage(worker, counter)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.form.visitorsView.rowCount() == 1)
    page.form.visitorsView.selectRow(0)
    assert page.form.startComplaintButton.isEnabled()  # still here: a second complaint
    second = run(
        qtbot, worker, intake.register_complaint, counter, complaint_form(product="Laptop")
    )
    run(qtbot, worker, visitors.link_case, counter, came, second.uuid)
    page.refresh()
    qtbot.waitUntil(
        lambda: page.form.visitorsView.item(0, 4).text() == f"{first.reg_no}, {second.reg_no}"
    )


def test_the_printed_case_file_has_the_meeting_its_result_and_the_berita_acara(actors, tmp_path):
    from test_case_walks import utc
    from test_minutes import held_mediation

    from desktop.services import casefile

    reg_no, meeting = held_mediation(actors, "Penjual mengembalikan dana Rp1.250.000.")
    minutes = printing.print_minutes(actors["analis"], meeting, now=utc(30, 11, 5), issue=True)
    pdf = casefile.print_case_file(actors["analis"], reg_no, now=utc(30, 11, 6))
    path = tmp_path / "berkas.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Sidang dan hasilnya" in flat and "Ruang Mediasi 1" in flat
    assert "Sepakat: Penjual mengembalikan dana Rp1.250.000." in flat
    assert "Berita acara" in flat and minutes.number in flat  # in the documents and the history
    docs = casefile.documents(reg_no)
    assert [d.group for d in docs if d.ref == minutes.number] == ["minutes"]
    shown = casefile.document_pdf(reg_no, "minutes", minutes.number)
    assert shown[:5] == b"%PDF-"  # the issued file from the store
    assert PdfReader(io.BytesIO(shown)).pages
    other = intake.register_complaint(actors["petugas"], complaint_form())
    with pytest.raises(DomainError):  # a document of another case is not shown through this one
        casefile.document_pdf(other.reg_no, "minutes", minutes.number)


def test_an_answer_typed_in_opens_as_a_page_of_its_own(actors):
    from test_minutes import in_clarification as clarifying

    from desktop.services import casefile

    case = clarifying(actors, "online")
    handling.record_answer(actors["analis"], case.uuid, "Barang akan kami ganti minggu depan.")
    (answer,) = [d for d in casefile.documents(case.reg_no) if d.group == "answer"]
    assert answer.detail == "diketik oleh petugas"
    pdf = casefile.document_pdf(case.reg_no, "answer", answer.ref)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "JAWABAN TERTULIS PELAKU USAHA" in text and "Barang akan kami ganti" in text
    assert case.reg_no in text


@pytest.mark.parametrize(
    ("clock", "day"),
    [
        (dt.datetime(2026, 11, 24, 16, 59), dt.date(2026, 11, 24)),  # 23.59 WIB
        (dt.datetime(2026, 11, 24, 17, 0), dt.date(2026, 11, 25)),  # 00.00 WIB the next day
    ],
)
def test_the_answer_dialog_offers_the_offices_day(qtbot, desk, monkeypatch, clock, day):
    """The received date the analyst finds filled in, and the latest one allowed, are the
    office's day in Jakarta, not the machine's UTC date (the clock is fixed at the boundary)."""
    from desktop.gui import case_records

    worker, actors, _settings = desk
    case = run(qtbot, worker, intake.register_complaint, actors["petugas"], complaint_form())
    monkeypatch.setattr(case_records, "utcnow", lambda: clock)
    dialog = case_records.AnswerDialog(worker, actors["analis"], case.uuid, case.reg_no)
    qtbot.addWidget(dialog)
    received = dialog.form.receivedEdit
    assert received.date().toPython() == day and received.maximumDate().toPython() == day
    assert received.text() == day.strftime("%d-%m-%Y")
