"""Who handles a case, through the real widgets: a supervisor assigns from the case file with
the active staff of the stage's role listed; the officer finds the case under "Kasus saya" on
Today; the case list filters by officer and shows the officer's column. And the Schedule page
gates each meeting action for a counter officer as the case file does, in its own words; the
scheduling dialog keeps a chosen time when the room changes and proposes from the date shown."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import complaint_form
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from test_gui_case_walks import agreed_days_ago, choose, new_preview, open_file, run
from test_hearings import OTHER

from desktop.domain.formatting import short_date
from desktop.gui.cases_page import CasesPage
from desktop.gui.desk import DeskSettings
from desktop.gui.meetings import MeetingDialog
from desktop.gui.schedule_page import SchedulePage
from desktop.gui.today_page import TodayPage
from desktop.services import handling, hearings, intake


@pytest.fixture
def desk(staffed_desk):
    worker, actors, folder = staffed_desk
    return worker, actors, DeskSettings(folder)


def analysed(qtbot, worker, actors, **form) -> str:
    case = run(qtbot, worker, intake.register_complaint, actors["petugas"], complaint_form(**form))
    run(qtbot, worker, handling.take_action, actors["analis"], case.uuid, "start_analysis")
    return case.uuid


def in_clarification(qtbot, worker, actors) -> str:
    uuid = analysed(qtbot, worker, actors)
    params = {"mode": "offline", "reason": "Konsumen akhir"}
    run(qtbot, worker, handling.take_action, actors["analis"], uuid, "start_clarification", params)
    return uuid


def test_a_supervisor_reassigns_a_case_from_its_file(qtbot, desk):
    worker, actors, desk_settings = desk
    uuid = in_clarification(qtbot, worker, actors)
    analyst_view = open_file(qtbot, worker, actors["analis"], uuid, desk_settings)
    f = analyst_view.form
    assert f.officerLabel.text() == "Petugas penanggung jawab: Analis Satu"
    assert not f.assignButton.isEnabled()
    assert f.assignButton.toolTip() == "Hanya supervisor yang dapat menugaskan petugas."

    run(qtbot, worker, handling.take_action, actors["mediator"], uuid, "start_mediation")
    dialog = open_file(qtbot, worker, actors["supervisor"], uuid, desk_settings)
    f = dialog.form
    assert f.assignButton.isEnabled() and f.assignButton.text() == "Alihkan tugas…"
    f.assignButton.click()
    assign = dialog.dialog
    qtbot.waitUntil(lambda: assign.form.staffList.count() > 0)
    # in mediation the case is a mediator's: the active mediators, nobody else
    names = [assign.form.staffList.item(i).text() for i in range(assign.form.staffList.count())]
    assert names == ["Mediator Satu"]
    assert "peran Mediator" in assign.form.caseLabel.text()
    assert not assign.form.saveButton.isEnabled()  # nobody chosen yet
    assign.form.staffList.setCurrentRow(0)
    assign.form.saveButton.click()
    qtbot.waitUntil(lambda: f.officerLabel.text() == "Petugas penanggung jawab: Mediator Satu")
    timeline = [f.timelineView.topLevelItem(i) for i in range(f.timelineView.topLevelItemCount())]
    last = timeline[-1]
    assert (last.text(1), last.text(2)) == (
        "Ditugaskan kepada Mediator Satu (sebelumnya Analis Satu)",
        "Supervisor Satu",
    )


def test_my_cases_on_today_and_the_case_list_by_officer(qtbot, desk):
    worker, actors, _desk = desk
    mine = analysed(qtbot, worker, actors)
    run(
        qtbot,
        worker,
        intake.register_complaint,
        actors["petugas"],
        complaint_form(**OTHER),
    )
    today = TodayPage(worker, actors["analis"])
    qtbot.addWidget(today)
    today.refresh()
    qtbot.waitUntil(lambda: today.summary is not None)
    f = today.form
    assert f.mineBox.isVisibleTo(today) and f.mineBox.title() == "Kasus saya (1)"
    item = f.mineList.item(0)
    number = today.summary.mine[0].reg_no
    assert item.text().startswith(f"{number}\nSiti Aminah\nAnalisis · tenggat ")
    with qtbot.waitSignal(today.open_case) as opened:
        f.mineList.itemActivated.emit(item)
    assert opened.args == [mine]
    counter = TodayPage(worker, actors["petugas"])
    qtbot.addWidget(counter)
    assert not counter.form.mineBox.isVisibleTo(counter)  # a counter officer is given no cases

    page = CasesPage(worker)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.apply()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.form.officerFilter.count() == 4)
    view = page.form.casesView
    assert page.model.headerData(7, Qt.Orientation.Horizontal) == "Petugas"
    assert not view.isColumnHidden(7)
    officers = {page.model.data(page.model.index(r, 7)) for r in range(2)}
    assert officers == {"Analis Satu", ""}
    choose(page.form.officerFilter, actors["analis"].uuid)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 2)) == "Siti Aminah"
    page.form.officerFilter.setCurrentIndex(page.form.officerFilter.findText("Belum ditugaskan"))
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 2)) == "Bambang Wijaya")
    assert page.model.rowCount() == 1


def test_a_term_past_its_date_is_on_today_in_red_and_opens_its_case(qtbot, desk):
    worker, actors, _desk = desk
    term = "Penjual mengembalikan Rp1.250.000"
    uuid, due = agreed_days_ago(qtbot, worker, actors, term)
    today = TodayPage(worker, actors["analis"])
    qtbot.addWidget(today)
    today.refresh()
    qtbot.waitUntil(lambda: today.summary is not None)
    f = today.form
    items = [f.dueList.item(i) for i in range(f.dueList.count())]
    number = today.summary.terms_overdue[0].reg_no
    [promise] = [i for i in items if "Kesepakatan:" in i.text()]
    assert promise.text() == (f"{number}\nKesepakatan: {term}\ntenggat {short_date(due)} terlewati")
    assert promise.foreground().color() == QColor(Qt.GlobalColor.darkRed)
    # the case waits for the term, so it is late too: the promise heads the list
    late = [i for i in items if i.text().startswith(f"{number}\nSiti Aminah\n")]
    assert items.index(promise) == 0 and len(late) == 1
    with qtbot.waitSignal(today.open_case) as opened:
        f.dueList.itemActivated.emit(promise)
    assert opened.args == [uuid]


def test_the_schedule_gates_a_counter_officer_action_by_action(qtbot, desk):
    worker, actors, desk_settings = desk
    uuid = in_clarification(qtbot, worker, actors)
    [slot] = run(qtbot, worker, lambda: hearings.propose(uuid, 60, "Ruang Klarifikasi", count=1))
    run(qtbot, worker, hearings.schedule, actors["analis"], uuid, slot.start, 60, slot.room)

    def schedule_of(actor) -> SchedulePage:
        page = SchedulePage(worker, actor, desk_settings)
        qtbot.addWidget(page)
        page.form.dateEdit.setDate(slot.start.date())
        page.refresh()
        qtbot.waitUntil(lambda: len(page.panel.meetings) == 1)
        page.panel.select(page.panel.meetings[0].uuid)
        return page

    page = schedule_of(actors["petugas"])
    f = page.panel.form
    refusals = {
        f.postponeButton: "Peran Anda tidak berwenang menunda sidang.",
        f.cancelMeetingButton: "Peran Anda tidak berwenang membatalkan sidang.",
        f.resultButton: "Peran Anda tidak berwenang mencatat hasil sidang.",
    }
    for button, words in refusals.items():
        assert not button.isEnabled() and button.toolTip() == words
    # the summons' draft is the counter's to print; its number is not
    assert f.summonsConsumerButton.isEnabled() and f.attendanceButton.isEnabled()
    f.summonsConsumerButton.click()
    shown = new_preview(qtbot, page.panel, None)
    qtbot.waitUntil(shown.isVisible)
    assert not shown.issue_button.isVisibleTo(shown)
    shown.close()

    analyst = schedule_of(actors["analis"])
    g = analyst.panel.form
    assert g.postponeButton.isEnabled() and g.cancelMeetingButton.isEnabled()
    assert not g.resultButton.isEnabled()  # the meeting has not begun
    assert g.resultButton.toolTip().startswith("Hasil sidang dapat dicatat setelah sidang dimulai")
    g.summonsConsumerButton.click()
    shown = new_preview(qtbot, analyst.panel, None)
    qtbot.waitUntil(shown.isVisible)
    assert shown.issue_button.isVisibleTo(shown)
    shown.close()


def test_changing_the_room_keeps_the_time_chosen_and_proposals_follow_the_date(qtbot, desk):
    worker, actors, _desk = desk
    uuid = in_clarification(qtbot, worker, actors)
    dialog = MeetingDialog(worker, actors["analis"], uuid, "X")
    qtbot.addWidget(dialog)
    f = dialog.form
    qtbot.waitUntil(lambda: f.proposalsList.count() == 3 and worker.pending == 0)
    first = f.proposalsList.item(0).text()
    # a date three weeks on: the proposals are of that date or later
    later = dt.date.today() + dt.timedelta(days=21)
    while later.weekday() >= 5:
        later += dt.timedelta(days=1)
    f.dateEdit.setDate(QDate(later.year, later.month, later.day))
    qtbot.waitUntil(lambda: worker.pending == 0 and f.proposalsList.item(0).text() != first)
    starts = [f.proposalsList.item(i).data(0x0100) for i in range(f.proposalsList.count())]
    assert all(s.date() >= later for s in starts)
    f.timeEdit.setTime(f.timeEdit.time().fromString("14:00", "HH:mm"))
    # a refusal on the screen, then the room changes: the refusal goes, the time stays
    f.errorLabel.setText("Ruangan sudah dipakai pada waktu itu.")
    f.errorLabel.show()
    choose(f.roomCombo, "Ruang Mediasi 2")
    qtbot.waitUntil(lambda: worker.pending == 0)
    assert not f.errorLabel.isVisibleTo(dialog)
    assert (f.dateEdit.date().toPython(), f.timeEdit.time().toPython()) == (
        later,
        dt.time(14, 0),
    )
    assert dialog.start() == dt.datetime.combine(later, dt.time(14, 0))


def test_an_admin_edits_the_bpsk_offices_in_settings(qtbot, desk):
    from desktop.gui.settings_page import SettingsPage
    from desktop.services import referral
    from desktop.store.models import BpskOffice

    worker, actors, _desk = desk
    page = SettingsPage(worker, actors["admin"])
    qtbot.addWidget(page)
    page.form.bpskButton.click()
    dialog = page.bpsk
    table = dialog.form.officesTable
    qtbot.waitUntil(lambda: table.rowCount() == 18)
    bandung = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "BPSK-BDG")
    table.item(bandung, 4).setText("Jl. Sukabumi No. 17, Bandung 40271")
    dialog.form.addButton.click()
    new = table.rowCount() - 1
    for column, text in enumerate(("bpsk-kpg", "BPSK Kota Kupang", "Kota Kupang", "NTT", "")):
        table.item(new, column).setText(text)
    dialog.save()  # no address: said in words, nothing written
    qtbot.waitUntil(lambda: dialog.form.errorLabel.isVisibleTo(dialog))
    assert "Baris 19: isi kode, nama dan alamat BPSK." in dialog.form.errorLabel.text()
    table.item(new, 4).setText("Jl. El Tari No. 52, Kupang")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    office = run(qtbot, worker, lambda: BpskOffice.get(BpskOffice.code == "BPSK-KPG"))
    assert (office.name, office.city, office.active) == ("BPSK Kota Kupang", "Kota Kupang", True)
    found = run(qtbot, worker, referral.bpsk_for, "Kota Bandung", "Jawa Barat")
    assert found.address == "Jl. Sukabumi No. 17, Bandung 40271"
    # a clerk sees the list but cannot change it
    clerk = SettingsPage(worker, actors["supervisor"])
    qtbot.addWidget(clerk)
    clerk.form.bpskButton.click()
    assert not clerk.bpsk.form.saveButton.isEnabled()
