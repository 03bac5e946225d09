"""Who handles a case, and what a meeting allows when: the officer responsible (taken, given
by a mediation meeting, assigned by a supervisor), Kasus saya, the list by officer; a result
only once the meeting has begun; postponing; each refusal in the words of its action."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import NOW, complaint_form
from helpers import table_counts
from test_hearings import MONDAY, in_stage

from desktop.domain import scheduling
from desktop.domain.errors import DomainError, PermissionDenied, ValidationFailed
from desktop.domain.workdays import WorkCalendar
from desktop.services import assignment, handling, hearings, intake, printing, queries
from desktop.store.models import Case, HistoryEvent


def officer_of(uuid: str) -> str | None:
    return Case.get(Case.uuid == uuid).officer_id


def test_the_analyst_who_starts_the_analysis_answers_for_the_case(actors):
    uuid = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW).uuid
    assert officer_of(uuid) is None
    handling.take_action(actors["analis"], uuid, "start_analysis", now=NOW)
    assert officer_of(uuid) == actors["analis"].uuid
    row = queries.case_page(queries.CaseQuery(), 0, 10)[0]
    assert row.officer == "Analis Satu"


def test_the_mediator_of_a_mediation_meeting_takes_the_case_on(actors):
    uuid = in_stage(actors, "mediation")
    hearings.schedule(
        actors["analis"], uuid, MONDAY, 60, "Ruang Mediasi 1", actors["mediator"].uuid, now=NOW
    )
    assert officer_of(uuid) == actors["mediator"].uuid


def test_a_supervisor_reassigns_and_the_history_names_both(actors):
    uuid = in_stage(actors)
    sup = actors["supervisor"]
    found = assignment.candidates(uuid)
    # a case in clarification is an analyst's: the list is the active analysts
    assert (found.role, found.current) == ("analyst", actors["analis"].uuid)
    assert [name for _, name in found.staff] == ["Analis Satu"]
    with pytest.raises(ValidationFailed) as same:
        assignment.assign(sup, uuid, actors["analis"].uuid, now=NOW)
    assert same.value.errors[0].message("id") == "Petugas itu sudah menangani pengaduan ini."
    before = table_counts()
    with pytest.raises(ValidationFailed) as wrong:  # the mediator is not an analyst
        assignment.assign(sup, uuid, actors["mediator"].uuid, now=NOW)
    assert wrong.value.errors[0].message("id") == "Pilih seorang analis yang aktif."
    with pytest.raises(PermissionDenied) as denied:
        assignment.assign(actors["analis"], uuid, actors["analis"].uuid, now=NOW)
    assert denied.value.message("id") == "Hanya supervisor yang dapat menugaskan petugas."
    assert table_counts() == before

    handling.take_action(actors["mediator"], uuid, "start_mediation", now=NOW)
    assert assignment.candidates(uuid).role == "mediator"
    assignment.assign(sup, uuid, actors["mediator"].uuid, now=NOW)
    assert officer_of(uuid) == actors["mediator"].uuid
    event = HistoryEvent.select().where(HistoryEvent.kind == "case.assigned").get()
    assert event.payload == {"officer": actors["mediator"].uuid, "previous": actors["analis"].uuid}
    assert event.actor_id == sup.uuid
    handling.take_action(
        actors["mediator"], uuid, "close", {"outcome": "withdrawn", "note": "Dicabut"}, now=NOW
    )
    with pytest.raises(DomainError) as closed:
        assignment.assign(sup, uuid, actors["mediator"].uuid, now=NOW)
    assert closed.value.message("id") == "Pengaduan yang sudah ditutup tidak ditugaskan lagi."


def test_my_cases_and_the_list_by_officer(actors):
    mine = in_stage(actors)
    waiting = intake.register_complaint(
        actors["petugas"], complaint_form(complainant__name="Bambang Wijaya"), now=NOW
    ).uuid
    today = queries.today_summary(now=NOW, officer=actors["analis"].uuid)
    assert [r.uuid for r in today.mine] == [mine] and today.mine_count == 1
    assert queries.today_summary(now=NOW, officer=actors["mediator"].uuid).mine == []
    by_officer = queries.CaseQuery(officer=actors["analis"].uuid)
    assert [r.uuid for r in queries.case_page(by_officer, 0, 10)] == [mine]
    nobody = queries.CaseQuery(officer=queries.UNASSIGNED)
    assert [r.uuid for r in queries.case_page(nobody, 0, 10)] == [waiting]
    assert queries.count_cases(nobody) == 1
    assert assignment.officers() == [
        (actors["analis"].uuid, "Analis Satu"),
        (actors["mediator"].uuid, "Mediator Satu"),
    ]


def test_a_result_waits_for_the_meeting_to_begin(actors):
    uuid = in_stage(actors)
    meeting = hearings.schedule(actors["analis"], uuid, MONDAY, 60, "Ruang Klarifikasi", now=NOW)
    before = table_counts()
    early = hearings.to_utc(MONDAY - dt.timedelta(minutes=1))
    with pytest.raises(DomainError) as refused:
        hearings.record_result(actors["analis"], meeting.uuid, "no_agreement", "x", now=early)
    assert refused.value.message("id") == (
        "Hasil sidang dapat dicatat setelah sidang dimulai (Senin, 30 November 2026 09.00)."
    )
    assert table_counts() == before
    hearings.record_result(
        actors["analis"], meeting.uuid, "no_agreement", "x", now=hearings.to_utc(MONDAY)
    )


def test_postponing_goes_to_the_next_working_day_and_may_change_room_and_mediator(actors):
    calendar = WorkCalendar()
    friday = dt.datetime(2026, 12, 4, 10, 30)
    # after a Friday comes Monday; a meeting already past moves from today on
    assert scheduling.postponed_default(friday, friday.date(), calendar) == dt.datetime(
        2026, 12, 7, 10, 30
    )
    assert scheduling.postponed_default(friday, dt.date(2026, 12, 8), calendar) == dt.datetime(
        2026, 12, 9, 10, 30
    )
    uuid = in_stage(actors, "mediation")
    meeting = hearings.schedule(
        actors["analis"], uuid, MONDAY, 60, "Ruang Mediasi 1", actors["mediator"].uuid, now=NOW
    )
    default = hearings.postponed_default(meeting.start, now=NOW)
    assert default == dt.datetime(2026, 12, 1, 9, 0)
    moved = hearings.postpone(
        actors["analis"],
        meeting.uuid,
        default,
        "Pelaku usaha sakit",
        room="Ruang Mediasi 2",
        mediator="",
        now=NOW,
    )
    assert (moved.start, moved.room, moved.mediator) == (default, "Ruang Mediasi 2", "")
    kept = hearings.postpone(
        actors["analis"], moved.uuid, dt.datetime(2026, 12, 2, 9, 0), "lagi", now=NOW
    )
    assert kept.room == "Ruang Mediasi 2"  # no room given: the meeting keeps its own


def test_a_counter_officer_is_refused_each_meeting_action_in_its_own_words(actors):
    uuid = in_stage(actors)
    meeting = hearings.schedule(actors["analis"], uuid, MONDAY, 60, "Ruang Klarifikasi", now=NOW)
    counter = actors["petugas"]
    later = hearings.to_utc(MONDAY + dt.timedelta(hours=1))
    before = table_counts()
    for call, words in (
        (
            lambda: hearings.postpone(counter, meeting.uuid, MONDAY, "x", now=NOW),
            "Peran Anda tidak berwenang menunda sidang.",
        ),
        (
            lambda: hearings.cancel(counter, meeting.uuid, "x", now=NOW),
            "Peran Anda tidak berwenang membatalkan sidang.",
        ),
        (
            lambda: hearings.record_result(counter, meeting.uuid, "absent", "", "both", now=later),
            "Peran Anda tidak berwenang mencatat hasil sidang.",
        ),
        (
            lambda: printing.print_invitation(counter, meeting.uuid, "consumer", issue=True),
            "Peran Anda tidak berwenang menerbitkan surat panggilan bernomor; Anda dapat "
            "mencetak konsepnya.",
        ),
    ):
        with pytest.raises(PermissionDenied) as refused:
            call()
        assert refused.value.message("id") == words
    assert table_counts() == before
    draft = printing.print_invitation(counter, meeting.uuid, "consumer", now=NOW, record=False)
    assert draft.draft  # the KONSEP is the counter's to print and hand over


def test_stages_on_time_count_for_the_officer_responsible(actors):
    from desktop.services import dashboard

    uuid = in_stage(actors, "mediation")
    assignment.assign(actors["supervisor"], uuid, actors["mediator"].uuid, now=NOW)
    # the supervisor closes it, but the mediation was the mediator's work
    handling.take_action(
        actors["supervisor"], uuid, "close", {"outcome": "withdrawn", "note": "x"}, now=NOW
    )
    board = dashboard.dashboard(actors["supervisor"], NOW.date(), NOW.date(), today=NOW.date())
    counted = {o.name: (o.on_time, o.finished) for o in board.on_time_by_officer}
    # received, analysis and clarification were the analyst's (who took the case; the mediator
    # started the mediation while it was still the analyst's), the mediation the mediator's
    assert counted == {"Analis Satu": (3, 3), "Mediator Satu": (1, 1)}
