"""The three walks of a case through the case file's real widgets: forwarded to OJK with its
letter; a postal complaint answered in writing and closed; a clarification meeting, a mediation
with both summonses, postponed once, an agreement with a dated term, its berita acara, the term
kept; a mediation without agreement referring the consumer to the BPSK by letter; and an agreed
term not kept, asked for again by a letter to the business, then referred to the BPSK. The
counter registers each complaint through the services (intake through the window is
test_gui_walkin's).

The window runs on the real clock, so meetings land on the first free working days after today.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from conftest import complaint_form
from helpers import printed_to
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QTableWidgetItem
from test_attachments import pdf as scanned_pdf
from test_gui_walkin import later

from desktop.domain.formatting import dated, long_date, short_date
from desktop.domain.workdays import office_date
from desktop.gui import preview
from desktop.gui.case_file import CaseFileDialog
from desktop.gui.desk import DeskSettings
from desktop.gui.meetings import PresenceDialog
from desktop.gui.schedule_page import SchedulePage
from desktop.services import hearings, intake, letters
from desktop.store.models import Hearing, IssuedLetter, PrintedDocument, utcnow


@pytest.fixture
def desk(staffed_desk):
    """A desk on a copy of the staffed database, with a worker; the actors by user name."""
    worker, actors, folder = staffed_desk
    return worker, actors, DeskSettings(folder)


def run(qtbot, worker, fn, *args):
    box = []
    worker.submit(fn, *args, on_success=box.append)
    qtbot.waitUntil(lambda: bool(box))
    return box[0]


def open_file(qtbot, worker, actor, uuid, desk_settings) -> CaseFileDialog:
    dialog = CaseFileDialog(worker, actor, uuid, desk_settings)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.file is not None)
    return dialog


def act(qtbot, dialog: CaseFileDialog, name: str, status: str, fill=None) -> None:
    """Press a workflow button, answer its dialog with ``fill``, wait for the new status."""
    if fill is not None:

        def answer(action_dialog):
            fill(action_dialog.inputs)
            if action_dialog.act.target.value == "closed":  # asked once more: yes, close it
                later(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
            action_dialog._accept()

        later(answer)
    dialog.buttons[name].click()
    qtbot.waitUntil(lambda: dialog.form.statusLabel.text() == status, timeout=10000)


def clarify(qtbot, dialog: CaseFileDialog, mode: str) -> None:
    act(
        qtbot,
        dialog,
        "start_clarification",
        "Klarifikasi",
        lambda inputs: (
            choose(inputs["mode"], mode),
            inputs["reason"].setPlainText("Konsumen akhir; barang cacat."),
        ),
    )


def choose(combo, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def saved_text(qtbot, monkeypatch, shown: preview.PreviewDialog, path) -> str:
    """Save the previewed document as a PDF, as the officer would, and read it back."""
    qtbot.waitUntil(shown.isVisible)
    monkeypatch.setattr(
        preview.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "PDF (*.pdf)")
    )
    shown.findChild(preview.QPushButton, "saveButton").click()
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    shown.close()
    return text


def issued_text(qtbot, monkeypatch, shown: preview.PreviewDialog, path, via="post") -> str:
    """Issue the previewed draft as the officer would (Terbitkan, how it is sent, OK): the
    issued letter goes to the desk's printer (here a file) and its text is read back."""
    qtbot.waitUntil(shown.isVisible)
    shown.desk.set(f"printer/{shown.kind}", "kantor")
    monkeypatch.setattr(preview, "send_to_printer", printed_to(path))

    def confirm(box) -> None:
        box.via.setCurrentIndex(box.via.findData(via))
        box.accept()

    later(confirm)
    shown.findChild(preview.QPushButton, "issueButton").click()
    qtbot.waitUntil(path.exists, timeout=10000)
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def travel(monkeypatch, local: dt.datetime) -> None:
    """The desk's clock at ``local`` (WIB) for the meetings: what the officer sees and what the
    services check, as on the day of the meeting."""
    from desktop.gui import meetings as meetings_gui

    moment = hearings.to_utc(local)
    for module in (hearings, meetings_gui):
        monkeypatch.setattr(module, "utcnow", lambda: moment)


def new_preview(qtbot, owner, before):
    qtbot.waitUntil(lambda: getattr(owner, "last_preview", None) not in (None, before))
    return owner.last_preview


def agreed_days_ago(qtbot, worker, actors, term: str, **form) -> tuple[str, dt.date]:
    """A case mediated to an agreement a week ago, whose one dated term fell due two working
    days before today: registered, analysed, met and agreed on the desk's calendar back then."""
    from desktop.services import handling, settings

    calendar = run(qtbot, worker, settings.calendar)
    days, day = [], office_date(utcnow())
    while len(days) < 8:  # the last eight working days before today, the latest first
        day -= dt.timedelta(days=1)
        if calendar.is_working_day(day):
            days.append(day)

    def at(back: int, hour: int, minute: int = 0) -> dt.datetime:
        return hearings.to_utc(dt.datetime.combine(days[back - 1], dt.time(hour, minute)))

    mediator, analyst = actors["mediator"], actors["analis"]
    case = run(
        qtbot,
        worker,
        lambda: intake.register_complaint(actors["petugas"], complaint_form(**form), now=at(8, 9)),
    )
    clarify = {"mode": "offline", "reason": "Konsumen akhir"}
    for who, action, params, moment in (
        (analyst, "start_analysis", {}, at(8, 9, 30)),
        (analyst, "start_clarification", clarify, at(8, 10)),
        (mediator, "start_mediation", {}, at(7, 9)),
    ):
        run(
            qtbot,
            worker,
            lambda w=who, a=action, p=params, m=moment: handling.take_action(
                w, case.uuid, a, p, now=m
            ),
        )
    start = dt.datetime.combine(days[4], dt.time(10))
    meeting = run(
        qtbot,
        worker,
        lambda: hearings.schedule(
            mediator, case.uuid, start, 60, "Ruang Mediasi 1", mediator.uuid, now=at(7, 9, 10)
        ),
    )
    due = days[1]
    run(
        qtbot,
        worker,
        lambda: hearings.record_result(
            mediator,
            meeting.uuid,
            "agreement",
            term,
            terms=[(term, f"{due:%d-%m-%Y}")],
            now=at(5, 11),
        ),
    )
    return case.uuid, due


def test_forwarded_to_ojk_with_the_letter_printed(qtbot, desk, tmp_path, monkeypatch):
    worker, actors, desk_settings = desk
    case = run(qtbot, worker, intake.register_complaint, actors["petugas"], complaint_form())
    dialog = open_file(qtbot, worker, actors["analis"], case.uuid, desk_settings)
    act(qtbot, dialog, "start_analysis", "Analisis")
    act(
        qtbot,
        dialog,
        "forward",
        "Selesai — dialihkan",
        lambda inputs: (
            inputs["reason"].setPlainText("Pinjaman daring: kewenangan OJK."),
            choose(inputs["agency"], "OJK"),
        ),
    )
    qtbot.waitUntil(lambda: "print_forwarding" in dialog.more)
    dialog.more["print_forwarding"].click()
    shown = new_preview(qtbot, dialog, None)
    assert shown.windowTitle() == f"Surat penerusan pengaduan {case.reg_no}"
    draft = " ".join(PdfReader(io.BytesIO(shown.pdf)).pages[0].extract_text().split())
    assert "KONSEP" in draft and "(konsep, belum bernomor)" in draft
    # the dialog closes itself once the letter is printed: its titles are heard as they change
    titles: list[str] = []
    shown.windowTitleChanged.connect(titles.append)
    text = issued_text(qtbot, monkeypatch, shown, tmp_path / "penerusan.pdf")
    assert "Pimpinan Otoritas Jasa Keuangan" in text and "KONSEP" not in text
    assert "Pinjaman daring: kewenangan OJK." in text
    (letter,) = IssuedLetter.select()
    assert f"Nomor : {letter.number}" in text and letter.kind == "forwarding"
    assert titles == [f"Surat penerusan pengaduan {case.reg_no} {letter.number}"]
    qtbot.waitUntil(
        lambda: PrintedDocument.select().where(PrintedDocument.kind == "forwarding").count() == 1
    )
    qtbot.waitUntil(lambda: dialog.file.timeline[-1][1] == "case.letter_issued")


def test_postal_letter_answered_in_writing_and_closed(qtbot, desk, tmp_path, monkeypatch):
    worker, actors, desk_settings = desk
    counter, analyst = actors["petugas"], actors["analis"]
    came = run(
        qtbot,
        worker,
        letters.register_letter,
        counter,
        letters.LetterForm(sender_name="Siti Aminah", subject="Pengaduan ponsel"),
        [("surat.pdf", scanned_pdf(1))],
    )
    case = run(qtbot, worker, intake.register_complaint, counter, complaint_form(channel="post"))
    answer_letter = run(
        qtbot,
        worker,
        letters.register_letter,
        counter,
        letters.LetterForm(sender_name="Toko Elektronik Sinar Jaya", subject="Jawaban klarifikasi"),
        [("jawaban.pdf", scanned_pdf(1))],
    )
    for letter in (came, answer_letter):
        run(qtbot, worker, letters.link_case, counter, letter.uuid, case.uuid)

    dialog = open_file(qtbot, worker, analyst, case.uuid, desk_settings)
    act(qtbot, dialog, "start_analysis", "Analisis")
    clarify(qtbot, dialog, "online")
    qtbot.waitUntil(lambda: {"print_clarification", "recordAnswer"} <= set(dialog.more))
    dialog.more["print_clarification"].click()
    shown = new_preview(qtbot, dialog, None)
    text = saved_text(qtbot, monkeypatch, shown, tmp_path / "klarifikasi.pdf")
    assert "Permintaan Klarifikasi atas Pengaduan Konsumen" in text

    dialog.more["recordAnswer"].click()
    answer_dialog = dialog.dialog
    f = answer_dialog.form
    qtbot.waitUntil(lambda: f.letterCombo.count() == 3)  # typed in, or one of two letters
    answer_dialog.save()  # nothing typed: refused, with the reason beside the form
    qtbot.waitUntil(lambda: f.errorLabel.isVisibleTo(answer_dialog))
    assert f.errorLabel.text() == "Isi jawaban: Wajib diisi."
    choose(f.letterCombo, answer_letter.agenda_no)
    f.answerEdit.setPlainText("Penjual bersedia mengganti unit dalam 7 hari.")
    answer_dialog.save()
    qtbot.waitUntil(
        lambda: "recordAnswer" not in dialog.more and bool(dialog.file.case["answer_received"])
    )
    timeline = [
        dialog.form.timelineView.topLevelItem(i).text(1)
        for i in range(dialog.form.timelineView.topLevelItemCount())
    ]
    today = short_date(office_date(utcnow()))  # the office's day (Jakarta), not the UTC date
    assert any(  # the answer, named by the incoming letter it came in
        t.startswith(
            f"Jawaban klarifikasi diterima ({today}): Penjual bersedia mengganti unit dalam 7 hari."
        )
        and "(surat masuk " in t
        for t in timeline
    )
    act(
        qtbot,
        dialog,
        "close",
        "Selesai — klarifikasi diterima",
        lambda inputs: choose(inputs["outcome"], "resolved"),
    )


def test_meetings_mediation_postponed_agreement_and_minutes(qtbot, desk, tmp_path, monkeypatch):
    worker, actors, desk_settings = desk
    analyst = actors["analis"]
    case = run(qtbot, worker, intake.register_complaint, actors["petugas"], complaint_form())
    dialog = open_file(qtbot, worker, analyst, case.uuid, desk_settings)
    act(qtbot, dialog, "start_analysis", "Analisis")
    assert not dialog.form.scheduleMeetingButton.isEnabled()  # no meeting before clarification
    clarify(qtbot, dialog, "offline")
    panel = dialog.meetings

    def book(room: str) -> None:
        dialog.form.scheduleMeetingButton.click()
        f = dialog.dialog.form
        qtbot.waitUntil(lambda: f.roomCombo.count() > 0)
        choose(f.roomCombo, room)
        f.mediatorCombo.setCurrentIndex(f.mediatorCombo.findText("Mediator Satu"))
        # Every change asked for new proposals: take one once the last answer is in.
        qtbot.waitUntil(lambda: worker.pending == 0 and f.proposalsList.count() == 3)
        f.proposalsList.itemDoubleClicked.emit(f.proposalsList.item(1))  # the second one
        dialog.dialog.save()

    def planned():
        return [m for m in panel.meetings if m.status == "planned"]

    book("Ruang Klarifikasi")
    qtbot.waitUntil(lambda: len(planned()) == 1)
    first = planned()[0]
    panel.select(first.uuid)
    # Before the meeting begins there is no result to write: the button says so.
    assert not panel.form.resultButton.isEnabled() and not panel.form.minutesButton.isEnabled()
    assert panel.form.resultButton.toolTip() == (
        "Hasil sidang dapat dicatat setelah sidang dimulai "
        f"({long_date(first.start.date())} {first.start:%H.%M})."
    )
    travel(monkeypatch, first.start + dt.timedelta(minutes=10))
    panel.update_buttons()  # as its clock does every half minute
    assert panel.form.resultButton.isEnabled()

    panel.form.resultButton.click()
    f = panel.dialog.form
    choose(f.resultCombo, "no_agreement")
    f.noteEdit.setPlainText("Penjual hanya menawarkan servis.")
    panel.dialog.save()
    qtbot.waitUntil(lambda: bool(panel.meetings) and panel.meetings[0].result == "no_agreement")
    act(qtbot, dialog, "start_mediation", "Mediasi")

    book("Ruang Mediasi 1")
    qtbot.waitUntil(lambda: len(planned()) == 1)
    mediation = planned()[0]
    assert mediation.kind == "mediation" and mediation.mediator == "Mediator Satu"
    panel.select(mediation.uuid)
    shown = None
    for button, file_name, addressee in (
        (panel.form.summonsConsumerButton, "undangan-konsumen.pdf", "Sdr./Sdri. Siti Aminah"),
        (panel.form.summonsBusinessButton, "undangan-pelaku.pdf", "Pimpinan Toko Elektronik"),
    ):
        button.click()
        shown = new_preview(qtbot, panel, shown)
        text = saved_text(qtbot, monkeypatch, shown, tmp_path / file_name)
        assert "Undangan Mediasi Pengaduan Konsumen" in text and addressee in text
        assert f"{mediation.start:%H.%M} WIB" in text

    panel.form.postponeButton.click()
    f = panel.dialog.form
    qtbot.waitUntil(lambda: f.proposalsList.count() == 3 and worker.pending == 0)
    # Postponed to the next working day after the meeting, at the same hour, by default
    after = run(qtbot, worker, hearings.postponed_default, mediation.start)
    assert after.date() > mediation.start.date() and after.time() == mediation.start.time()
    assert (f.dateEdit.date().toPython(), f.timeEdit.time().toPython()) == (
        after.date(),
        after.time(),
    )
    choose(f.roomCombo, "Ruang Mediasi 2")  # and it may move to another room
    qtbot.waitUntil(lambda: worker.pending == 0)
    assert f.timeEdit.time().toPython() == after.time()  # the room did not reset the time
    f.reasonEdit.setText("Pelaku usaha berhalangan hadir.")
    panel.dialog.save()
    qtbot.waitUntil(lambda: len(panel.meetings) == 3 and len(planned()) == 1)
    moved = planned()[0]
    assert (moved.start, moved.room) == (after, "Ruang Mediasi 2")
    assert Hearing.get(Hearing.uuid == mediation.uuid).status == "postponed"

    travel(monkeypatch, moved.start + dt.timedelta(minutes=5))
    panel.select(moved.uuid)

    def agreement(result_dialog):
        f = result_dialog.form
        choose(f.resultCombo, "agreement")
        result_dialog.save()  # an agreement without its terms is held back
        qtbot.waitUntil(lambda: f.errorLabel.isVisibleTo(result_dialog))
        assert "Tuliskan isi kesepakatan." in f.errorLabel.text()
        f.noteEdit.setPlainText(
            "Penjual mengembalikan Rp3.450.000 dalam 7 hari kerja.\nKonsumen mengembalikan ponsel."
        )
        assert f.termsTable.isVisibleTo(result_dialog)  # an agreement's dated terms
        f.termsTable.setItem(0, 0, QTableWidgetItem("Penjual mengembalikan Rp3.450.000"))
        f.termsTable.setItem(0, 1, QTableWidgetItem("tanggal 15"))
        result_dialog.save()
        qtbot.waitUntil(lambda: "Baris 1: tulis tanggal" in f.errorLabel.text())
        f.termsTable.setItem(0, 1, QTableWidgetItem(f"{due:%d-%m-%Y}"))
        result_dialog.save()

    due = moved.start.date() + dt.timedelta(days=7)
    later(agreement)
    panel.form.resultButton.click()
    qtbot.waitUntil(lambda: any(m.result == "agreement" for m in panel.meetings))
    # The case waits for the promise: its due date is the term's, and a button asks if it was kept
    qtbot.waitUntil(lambda: bool(dialog.file.terms))
    assert dialog.form.dueLabel.text() == f"Tenggat {long_date(due)}"
    [term_button] = [b for k, b in dialog.more.items() if k.startswith("term_")]
    # the button names the promise in a few words; the whole of it and its date are in the
    # tooltip and the question it asks
    assert term_button.text().startswith("Dipenuhi? Penjual mengembalikan Rp")
    assert term_button.text().endswith("…")
    assert term_button.toolTip() == (
        f"Dipenuhi? Penjual mengembalikan Rp3.450.000 (paling lambat {short_date(due)})"
    )
    panel.select(moved.uuid)
    assert panel.form.minutesButton.isEnabled()
    panel.form.minutesButton.click()
    shown = new_preview(qtbot, panel, shown)
    text = saved_text(qtbot, monkeypatch, shown, tmp_path / "berita-acara.pdf")
    for expected in (
        "BERITA ACARA MEDIASI",
        "1. Penjual mengembalikan Rp3.450.000 dalam 7 hari kerja.",
        "2. Konsumen mengembalikan ponsel.",
        "Mediator Satu",
    ):
        assert expected in text
    later(lambda box: next(b for b in box.buttons() if b.text() == "Dipenuhi").click())
    term_button.click()
    qtbot.waitUntil(lambda: dialog.file.terms[0].state == "fulfilled")
    assert not [k for k in dialog.more if k.startswith("term_")]
    last = dialog.form.timelineView.topLevelItem(dialog.form.timelineView.topLevelItemCount() - 1)
    assert last.text(1) == (
        "Pelaksanaan kesepakatan dicatat: Penjual mengembalikan Rp3.450.000 — dipenuhi"
    )
    act(
        qtbot,
        dialog,
        "close",
        "Selesai — sepakat",
        lambda inputs: choose(inputs["outcome"], "agreement"),
    )
    assert not dialog.form.scheduleMeetingButton.isEnabled()


def test_the_schedule_shows_the_week_and_prints_it(qtbot, desk, tmp_path):

    from desktop.services import handling

    worker, actors, desk_settings = desk
    analyst = actors["analis"]
    case = run(qtbot, worker, intake.register_complaint, actors["petugas"], complaint_form())
    run(qtbot, worker, handling.take_action, analyst, case.uuid, "start_analysis")
    run(
        qtbot,
        worker,
        handling.take_action,
        analyst,
        case.uuid,
        "start_clarification",
        {"mode": "offline", "reason": "x"},
    )
    [slot] = run(qtbot, worker, lambda: hearings.propose(case.uuid, 60, "Ruang Mediasi 2", count=1))
    run(qtbot, worker, hearings.schedule, analyst, case.uuid, slot.start, 60, "Ruang Mediasi 2")

    page = SchedulePage(worker, analyst, desk_settings)
    qtbot.addWidget(page)
    page.form.dateEdit.setDate(slot.start.date())
    page.form.weekButton.click()
    qtbot.waitUntil(lambda: len(page.panel.meetings) == 1)
    monday = slot.start.date() - dt.timedelta(days=slot.start.weekday())
    assert page.period() == (monday, monday + dt.timedelta(days=4))
    row = page.panel.form.meetingsView.topLevelItem(0)
    assert row.text(2) == "Ruang Mediasi 2" and row.text(3) == case.reg_no
    assert page.form.countLabel.text() == "1 sidang terjadwal"
    page.form.nextButton.click()
    qtbot.waitUntil(lambda: not page.panel.meetings)
    assert page.form.countLabel.text() == "Tidak ada sidang pada periode ini."
    page.form.previousButton.click()
    qtbot.waitUntil(lambda: len(page.panel.meetings) == 1)
    page.form.printScheduleButton.click()
    qtbot.waitUntil(lambda: getattr(page, "preview", None) is not None)
    assert PdfReader(io.BytesIO(page.preview.pdf)).pages[0].extract_text().count(case.reg_no) == 1
    # The title names the week as the officer reads dates (2 Des 2026), not as ISO does.
    title, friday = page.preview.windowTitle(), monday + dt.timedelta(days=4)
    assert not re.search(r"\d{4}-\d\d-\d\d", title)
    assert title.startswith(f"Jadwal {monday.day} ") and title.endswith(str(friday.year))

    # Cancelling asks why, and the meeting stays in the list, greyed, as cancelled.
    page.panel.select(page.panel.meetings[0].uuid)

    def why(box):
        assert isinstance(box, QInputDialog)
        box.setTextValue("Konsumen mencabut pengaduan.")
        box.accept()

    later(why)
    page.panel.form.cancelMeetingButton.click()
    qtbot.waitUntil(lambda: page.panel.meetings and page.panel.meetings[0].status == "cancelled")
    assert "Dibatalkan" in page.panel.form.meetingsView.topLevelItem(0).text(6)


def test_presence_needs_a_meeting_today(qtbot, desk):
    worker, actors, _desk = desk
    dialog = PresenceDialog(worker, actors["petugas"], "visitor-uuid", "Siti Aminah")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.form.meetingCombo.count() == 1)
    assert dialog.form.meetingCombo.currentText() == "Tidak ada sidang yang dijadwalkan hari ini."
    assert not dialog.form.saveButton.isEnabled()
    QApplication.processEvents()


def test_blocking_recommended_from_the_case_file(qtbot, desk):
    worker, actors, desk_settings = desk
    case = run(qtbot, worker, intake.register_complaint, actors["petugas"], complaint_form())
    counter_view = open_file(qtbot, worker, actors["petugas"], case.uuid, desk_settings)
    assert "recommendBlocking" not in counter_view.more  # not before the analysis
    dialog = open_file(qtbot, worker, actors["analis"], case.uuid, desk_settings)
    act(qtbot, dialog, "start_analysis", "Analisis")
    qtbot.waitUntil(lambda: "recommendBlocking" in dialog.more)

    dialog.more["recommendBlocking"].click()
    blocking_dialog = dialog.dialog
    f = blocking_dialog.form
    assert f.siteValue.text() == "belanjayuk.id/sinarjaya"
    blocking_dialog.save()
    qtbot.waitUntil(lambda: f.errorLabel.isVisibleTo(blocking_dialog))
    assert f.errorLabel.text() == "Alasan: Wajib diisi."
    f.reasonEdit.setPlainText("Barang tidak pernah dikirim kepada banyak konsumen.")
    blocking_dialog.save()
    qtbot.waitUntil(lambda: "print_blocking" in dialog.more)
    assert dialog.form.statusLabel.text() == "Analisis · pemblokiran situs direkomendasikan"
    assert "direkomendasikan ke Komdigi pada" in dialog.form.businessView.toPlainText()
    assert "recommendBlocking" not in dialog.more


def test_no_agreement_and_the_consumer_referred_to_the_bpsk(qtbot, desk, tmp_path, monkeypatch):
    from desktop.services import handling

    worker, actors, desk_settings = desk
    mediator = actors["mediator"]
    form = complaint_form(complainant__city="Kota Surabaya", complainant__province="Jawa Timur")
    case = run(qtbot, worker, intake.register_complaint, actors["petugas"], form)
    run(qtbot, worker, handling.take_action, actors["analis"], case.uuid, "start_analysis")
    params = {"mode": "offline", "reason": "Konsumen akhir"}
    run(
        qtbot,
        worker,
        handling.take_action,
        actors["analis"],
        case.uuid,
        "start_clarification",
        params,
    )
    run(qtbot, worker, handling.take_action, mediator, case.uuid, "start_mediation")
    [slot] = run(qtbot, worker, lambda: hearings.propose(case.uuid, 60, "Ruang Mediasi 1", count=1))
    run(qtbot, worker, hearings.schedule, mediator, case.uuid, slot.start, 60, slot.room)
    dialog = open_file(qtbot, worker, mediator, case.uuid, desk_settings)
    assert "print_bpsk_referral" not in dialog.more  # not while the parties may still agree
    panel = dialog.meetings
    travel(monkeypatch, slot.start + dt.timedelta(minutes=45))
    panel.select(panel.meetings[0].uuid)
    panel.form.resultButton.click()
    f = panel.dialog.form
    choose(f.resultCombo, "no_agreement")
    assert not f.termsTable.isVisibleTo(panel.dialog)  # terms are an agreement's
    f.noteEdit.setPlainText("Penjual menolak mengganti barang.")
    panel.dialog.save()
    qtbot.waitUntil(lambda: panel.meetings[0].result == "no_agreement")
    act(
        qtbot,
        dialog,
        "close",
        "Selesai — tidak sepakat",
        lambda inputs: choose(inputs["outcome"], "no_agreement"),
    )
    qtbot.waitUntil(lambda: "print_bpsk_referral" in dialog.more)
    button = dialog.more["print_bpsk_referral"]
    assert button.text() == "Cetak: Surat rujukan ke BPSK" and button.isEnabled()
    button.click()
    shown = new_preview(qtbot, dialog, None)
    text = issued_text(qtbot, monkeypatch, shown, tmp_path / "rujukan-bpsk.pdf")
    assert "Penyelesaian Sengketa Konsumen melalui BPSK" in text
    assert "BPSK Kota Surabaya, Jl. Jimerto No. 25-27" in text
    number = IssuedLetter.get(IssuedLetter.kind == "bpsk_referral").number
    assert number in text
    qtbot.waitUntil(lambda: f"dirujuk ke BPSK ({number})" in dialog.form.statusLabel.text())
    assert dialog.form.statusLabel.text().startswith("Selesai — tidak sepakat")


def test_a_term_not_kept_is_asked_for_by_letter_then_referred_to_the_bpsk(
    qtbot, desk, tmp_path, monkeypatch
):
    from desktop.services import settings

    worker, actors, desk_settings = desk
    term = "Penjual mengembalikan Rp1.250.000"
    form = {"complainant__city": "Kota Surabaya", "complainant__province": "Jawa Timur"}
    uuid, due = agreed_days_ago(qtbot, worker, actors, term, **form)
    dialog = open_file(qtbot, worker, actors["mediator"], uuid, desk_settings)
    assert dialog.form.dueLabel.text().startswith(f"Tenggat {long_date(due)} — terlambat")
    # the promise may still be kept: nothing to ask for, nobody to refer
    assert not {"print_agreement_followup", "print_bpsk_referral"} & set(dialog.more)
    [key] = [k for k in dialog.more if k.startswith("term_")]
    assert dialog.more[key].text().startswith("Dipenuhi? Penjual mengembalikan")
    assert dialog.more[key].toolTip() == f"Dipenuhi? {term} (paling lambat {short_date(due)})"
    later(lambda box: next(b for b in box.buttons() if b.text() == "Tidak dipenuhi").click())
    dialog.more[key].click()
    qtbot.waitUntil(lambda: dialog.file.terms[0].state == "unfulfilled")
    # not kept is said once; what is left is to record it carried out late
    [late] = [b for k, b in dialog.more.items() if k.startswith("term_")]
    assert late.text().startswith("Sudah dipenuhi? Penjual mengembalikan")
    assert late.toolTip() == (
        f"Sudah dipenuhi? {term} (batas waktu {short_date(due)}, tercatat tidak dipenuhi)"
    )
    timeline = dialog.form.timelineView

    def last_event() -> tuple[str, str]:
        item = timeline.topLevelItem(timeline.topLevelItemCount() - 1)
        return item.text(1), item.text(2)

    assert last_event() == (
        f"Pelaksanaan kesepakatan dicatat: {term} — tidak dipenuhi",
        "Mediator Satu",
    )
    # First the business is asked again, by a letter with a new date; the case waits for it.
    qtbot.waitUntil(lambda: "print_agreement_followup" in dialog.more)
    keys = list(dialog.more)
    assert keys.index("print_agreement_followup") < keys.index("print_bpsk_referral")
    button = dialog.more["print_agreement_followup"]
    assert button.text() == "Cetak: Surat tindak lanjut kesepakatan" and button.isEnabled()
    button.click()
    shown = new_preview(qtbot, dialog, None)
    qtbot.waitUntil(shown.isVisible)
    assert "KONSEP" in "".join(p.extract_text() for p in PdfReader(io.BytesIO(shown.pdf)).pages)
    text = issued_text(qtbot, monkeypatch, shown, tmp_path / "permintaan-pelaksanaan.pdf")
    demand = run(qtbot, worker, lambda: IssuedLetter.get(IssuedLetter.kind == "agreement_followup"))
    new_due = run(
        qtbot,
        worker,
        lambda: settings.calendar().add_working_days(office_date(utcnow()), 7),
    )
    for expected in (
        "Permintaan Pelaksanaan Kesepakatan",
        "Pimpinan Toko Elektronik Sinar Jaya",
        f"Kesepakatan : {term}",
        f"Batas waktu : {dated(due)}",
        f"paling lambat {long_date(new_due)}",
        demand.number,
    ):
        assert expected in text, expected
    assert "KONSEP" not in text
    qtbot.waitUntil(lambda: dialog.form.dueLabel.text() == f"Tenggat {long_date(new_due)}")
    assert last_event() == (
        f"Surat tindak lanjut kesepakatan diterbitkan, nomor {demand.number}",
        "Mediator Satu",
    )
    tabs = dialog.form.tabs
    assert tabs.tabText(tabs.indexOf(dialog.form.lettersTab)) == "Surat keluar (1)"
    shown_docs = [
        dialog.form.documentsList.item(i).text() for i in range(dialog.form.documentsList.count())
    ]
    assert any(demand.number in t for t in shown_docs)  # and on the Documents tab
    # Not kept after all: the consumer is referred to the BPSK, the letter says why.
    dialog.more["print_bpsk_referral"].click()
    shown = new_preview(qtbot, dialog, shown)
    text = issued_text(qtbot, monkeypatch, shown, tmp_path / "rujukan-bpsk.pdf")
    assert f"tidak dilaksanakan oleh pelaku usaha, yaitu: {term}." in text
    assert "BPSK Kota Surabaya, Jl. Jimerto No. 25-27" in text
    number = run(qtbot, worker, lambda: IssuedLetter.get(IssuedLetter.kind == "bpsk_referral"))
    assert number.number in text
    qtbot.waitUntil(lambda: f"dirujuk ke BPSK ({number.number})" in dialog.form.statusLabel.text())
    assert dialog.form.statusLabel.text().startswith("Mediasi")  # the case itself goes on
    assert key not in dialog.more  # referred: the term stays not kept


def test_a_long_term_not_kept_is_recorded_kept_late_after_the_follow_up_letter(qtbot, desk):
    from desktop.services import agreements, printing

    worker, actors, desk_settings = desk
    mediator = actors["mediator"]
    term = (
        "Penjual mengembalikan seluruh uang pembelian sebesar Rp12.750.000 ke rekening konsumen "
        "dan menanggung ongkos kirim pengembalian barang"
    )
    uuid, due = agreed_days_ago(qtbot, worker, actors, term)
    [lapsed] = run(qtbot, worker, agreements.of_case, uuid)
    run(qtbot, worker, agreements.record, mediator, lapsed.uuid, False, "Belum ditransfer")
    run(
        qtbot,
        worker,
        lambda: printing.print_letter(mediator, uuid, "agreement_followup", issue=True),
    )
    dialog = open_file(qtbot, worker, mediator, uuid, desk_settings)
    button = dialog.more[f"term_{lapsed.uuid}"]
    # The long term is cut on its button (in full it widened the file past a 1024-pixel
    # screen); the whole of it is in the tooltip and for a screen reader.
    shown = button.text()
    assert shown.startswith("Sudah dipenuhi? Penjual mengembalikan") and shown.endswith("…")
    assert term.startswith(shown.removeprefix("Sudah dipenuhi? ").removesuffix("…"))
    assert len(shown) < len(term)
    whole = f"Sudah dipenuhi? {term} (batas waktu {short_date(due)}, tercatat tidak dipenuhi)"
    assert button.toolTip() == whole and button.accessibleName() == whole
    assert button.sizeHint().width() < button.fontMetrics().horizontalAdvance(term)
    asked = []

    def kept(box):
        asked.append(box.text())
        assert "Tidak dipenuhi" not in [b.text() for b in box.buttons()]  # said once already
        next(b for b in box.buttons() if b.text() == "Dipenuhi").click()

    later(kept)
    button.click()
    qtbot.waitUntil(lambda: dialog.file.terms[0].state == "fulfilled")
    assert asked == [
        f"Tercatat tidak dipenuhi sampai {long_date(due)}. Apakah sudah dipenuhi sekarang?"
        f"\n\n{term}"
    ]
    timeline = dialog.form.timelineView
    last = timeline.topLevelItem(timeline.topLevelItemCount() - 1)
    assert (last.text(1), last.text(2)) == (
        f"Pelaksanaan kesepakatan dicatat: {term} — dipenuhi terlambat (semula dicatat tidak "
        "dipenuhi)",
        "Mediator Satu",
    )
    # nothing left to ask the business for, nobody to refer: the case closes as agreed
    assert not {"print_agreement_followup", "print_bpsk_referral"} & set(dialog.more)
    assert not [k for k in dialog.more if k.startswith("term_")]
    act(
        qtbot,
        dialog,
        "close",
        "Selesai — sepakat",
        lambda inputs: choose(inputs["outcome"], "agreement"),
    )
