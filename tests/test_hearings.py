"""Scheduling clarification and mediation meetings: working days, office hours, no clashes."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import NOW, complaint_form
from helpers import desk_args, loket, table_counts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import scheduling
from desktop.domain.errors import DomainError, PermissionDenied, ValidationFailed
from desktop.domain.workdays import WorkCalendar
from desktop.services import handling, hearings, intake
from desktop.store.models import Hearing, HistoryEvent

D = dt.datetime
MONDAY = D(2026, 11, 30, 9, 0)  # local WIB; NOW is Monday 23 November, 09:00 WIB


def in_stage(actors, stage: str = "clarification", **person) -> str:
    uuid = intake.register_complaint(actors["petugas"], complaint_form(**person), now=NOW).uuid
    handling.take_action(actors["analis"], uuid, "start_analysis", now=NOW)
    handling.take_action(
        actors["analis"],
        uuid,
        "start_clarification",
        {"mode": "offline", "reason": "Konsumen akhir"},
        now=NOW,
    )
    if stage == "mediation":
        handling.take_action(actors["mediator"], uuid, "start_mediation", now=NOW)
    return uuid


OTHER = {
    "complainant__name": "Bambang Wijaya",
    "complainant__nik": "3273011203900001",
    "complainant__birth_date": dt.date(1990, 3, 12),
    "complainant__sex": "male",
    "complainant__phone": "0857-1234-0000",
    "business__name": "PT Mobil Sejahtera",
}


def test_a_meeting_is_booked_and_written_in_the_history(actors):
    uuid = in_stage(actors)
    done = hearings.schedule(
        actors["analis"], uuid, MONDAY, 60, "Ruang Klarifikasi", actors["mediator"].uuid, now=NOW
    )
    assert (done.kind, done.start, done.end) == ("clarification", MONDAY, D(2026, 11, 30, 10))
    hearing = Hearing.get()
    assert hearing.starts_at == D(2026, 11, 30, 2, 0)  # stored in UTC
    assert HistoryEvent.select().where(HistoryEvent.kind == "case.hearing_scheduled").count() == 1


@pytest.mark.parametrize(
    ("start", "minutes", "message"),
    [
        (D(2026, 12, 5, 9), 60, "Kantor tutup pada hari Sabtu dan Minggu."),
        (D(2026, 12, 25, 9), 60, "Hari itu libur: Hari Raya Natal."),
        (D(2026, 12, 24, 9), 60, "Hari itu libur: Cuti Bersama Hari Raya Natal."),
        (D(2026, 11, 30, 7, 30), 60, "Sidang hanya pada jam kerja, 08.00\u201316.00 WIB."),
        (D(2026, 11, 30, 15, 30), 60, "Sidang hanya pada jam kerja, 08.00\u201316.00 WIB."),
        (D(2026, 11, 30, 11, 30), 60, "Waktu itu jatuh pada jam istirahat."),
        (D(2026, 12, 4, 11, 0), 60, "Waktu itu jatuh pada jam istirahat."),  # Friday prayers
        (D(2026, 11, 20, 9), 60, "Waktu itu sudah lewat."),
    ],
)
def test_times_the_office_cannot_keep_are_refused(actors, start, minutes, message):
    uuid = in_stage(actors)
    before = table_counts()
    with pytest.raises(ValidationFailed) as info:
        hearings.schedule(actors["analis"], uuid, start, minutes, "Ruang Klarifikasi", now=NOW)
    assert info.value.errors[0].message("id") == message
    assert table_counts() == before


def test_no_double_booking_of_room_mediator_or_party(actors):
    first = in_stage(actors)
    second = in_stage(actors, **OTHER)
    mediator = actors["mediator"].uuid
    hearings.schedule(actors["analis"], first, MONDAY, 60, "Ruang Mediasi 1", mediator, now=NOW)
    half_past = MONDAY + dt.timedelta(minutes=30)
    cases = [
        (second, "Ruang Mediasi 1", "", "hearing.clash_room"),
        (second, "Ruang Mediasi 2", mediator, "hearing.clash_mediator"),
        (first, "Ruang Mediasi 2", "", "hearing.clash_party"),
    ]
    for case, room, who, code in cases:
        before = table_counts()
        with pytest.raises(DomainError) as info:
            hearings.schedule(actors["analis"], case, half_past, 60, room, who, now=NOW)
        assert info.value.code == code
        assert "LK1-202611-00001, 09.00" in str(info.value)
        assert table_counts() == before
    # Another room, another mediator, other parties: fine at the same hour.
    hearings.schedule(actors["analis"], second, half_past, 60, "Ruang Mediasi 2", "", now=NOW)


def test_the_first_free_slots_are_proposed(actors):
    uuid = in_stage(actors, "mediation")
    hearings.schedule(
        actors["mediator"], uuid, MONDAY.replace(hour=8), 60, "Ruang Mediasi 1", now=NOW
    )
    other = in_stage(actors, "mediation", **OTHER)
    offered = hearings.propose(other, 120, "Ruang Mediasi 1", first_day=MONDAY.date(), now=NOW)
    # 08:00-09:00 is taken; 09:00-11:00 is free; 10:00-12:00 fits before the break.
    assert [(s.start.hour, s.start.minute) for s in offered] == [(9, 0), (9, 30), (10, 0)]


def test_postponing_and_cancelling_keep_the_history(actors):
    uuid = in_stage(actors)
    first = hearings.schedule(actors["analis"], uuid, MONDAY, 60, "Ruang Klarifikasi", now=NOW)
    before = table_counts()
    with pytest.raises(ValidationFailed) as refused:  # the parties will ask why: never blank
        hearings.postpone(actors["analis"], first.uuid, MONDAY + dt.timedelta(days=1), " ", now=NOW)
    assert refused.value.errors[0].field == "reason" and table_counts() == before
    moved = hearings.postpone(
        actors["analis"],
        first.uuid,
        MONDAY + dt.timedelta(days=1),
        "Pelaku usaha berhalangan",
        now=NOW,
    )
    assert {h.uuid: h.status for h in Hearing.select()} == {
        first.uuid: "postponed",
        moved.uuid: "planned",
    }
    hearings.cancel(actors["analis"], moved.uuid, "Pengaduan dicabut", now=NOW)
    kinds = [
        e.kind
        for e in HistoryEvent.select()
        .where(HistoryEvent.kind.startswith("case.hearing"))
        .order_by(HistoryEvent.id)
    ]
    assert kinds == [
        "case.hearing_scheduled",
        "case.hearing_scheduled",
        "case.hearing_postponed",
        "case.hearing_cancelled",
    ]
    with pytest.raises(DomainError):
        hearings.cancel(actors["analis"], moved.uuid, "lagi", now=NOW)


def test_only_the_right_stage_and_roles_book(actors):
    uuid = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW).uuid
    with pytest.raises(DomainError) as info:
        hearings.schedule(actors["analis"], uuid, MONDAY, 60, "Ruang Klarifikasi", now=NOW)
    assert info.value.code == "hearing.wrong_stage"
    staged = in_stage(actors, **OTHER)
    with pytest.raises(PermissionDenied):
        hearings.schedule(actors["petugas"], staged, MONDAY, 60, "Ruang Klarifikasi", now=NOW)


calendar = WorkCalendar()
starts = st.builds(
    lambda day, half: D(2026, 12, 1, 8) + dt.timedelta(days=day, minutes=30 * half),
    st.integers(0, 9),
    st.integers(0, 15),
)


@given(
    attempts=st.lists(
        st.tuples(
            starts,
            st.sampled_from([30, 60, 90, 120]),
            st.sampled_from(["A", "B"]),
            st.sampled_from(["m1", "m2", ""]),
            st.sampled_from(["p1", "p2", "p3"]),
        ),
        max_size=40,
    )
)
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_no_schedule_ever_has_two_meetings_in_one_room_at_once(attempts):
    booked: list[scheduling.Slot] = []
    now = D(2026, 11, 23, 9)
    for start, minutes, room, mediator, party in attempts:
        slot = scheduling.Slot(
            start, start + dt.timedelta(minutes=minutes), room, mediator, frozenset({party})
        )
        try:
            scheduling.check_time(slot.start, slot.end, calendar, now)
        except Exception:
            continue
        if not scheduling.clashes(slot, booked):
            booked.append(slot)
    for i, a in enumerate(booked):
        for b in booked[i + 1 :]:
            if a.overlaps(b):
                assert a.room != b.room and not (a.parties & b.parties)
                assert not (a.mediator and a.mediator == b.mediator)


def test_summons_go_to_both_parties_with_day_time_and_place(actors, tmp_path):
    import io
    import subprocess

    from pypdf import PdfReader

    from desktop.services import printing

    uuid = in_stage(actors, "mediation")
    meeting = hearings.schedule(
        actors["mediator"], uuid, MONDAY, 90, "Ruang Mediasi 2", actors["mediator"].uuid, now=NOW
    )
    business = printing.print_invitation(
        actors["mediator"], meeting.uuid, "business", now=NOW, issue=True
    )
    consumer = printing.print_invitation(
        actors["mediator"], meeting.uuid, "consumer", now=NOW, issue=True
    )
    assert business.number != consumer.number and "/UND/XI/2026" in business.number
    texts = [
        " ".join(PdfReader(io.BytesIO(p.pdf)).pages[0].extract_text().split())
        for p in (business, consumer)
    ]
    for text in texts:
        for expected in (
            "Hal : Undangan Mediasi Pengaduan Konsumen",
            "Sifat : Segera",
            "Senin, 30 November 2026",
            "Pukul : 09.00 WIB s.d. selesai",
            "Ruang Mediasi 2",
            "LK1-202611-00001",
            "Mediator Satu",
        ):
            assert expected in text, expected
    assert "Yth. Pimpinan Toko Elektronik Sinar Jaya" in texts[0]
    assert "Yth. Sdr./Sdri. Siti Aminah" in texts[1]
    again = printing.print_invitation(actors["mediator"], meeting.uuid, "business", now=NOW)
    assert again.number == business.number and again.is_copy
    path = tmp_path / "undangan.pdf"
    path.write_bytes(business.pdf)
    assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0


def test_the_schedule_of_a_day_and_of_its_week(actors, data_dir, tmp_path):
    import io

    from pypdf import PdfReader

    first = in_stage(actors, "mediation")
    second = in_stage(actors, **OTHER)
    hearings.schedule(
        actors["mediator"], first, MONDAY, 90, "Ruang Mediasi 1", actors["mediator"].uuid, now=NOW
    )
    hearings.schedule(
        actors["analis"],
        second,
        MONDAY + dt.timedelta(days=2, hours=4),
        60,
        "Ruang Klarifikasi",
        now=NOW,
    )
    week = hearings.schedule_pdf(dt.date(2026, 11, 30), dt.date(2026, 12, 4))
    text = " ".join(PdfReader(io.BytesIO(week)).pages[0].extract_text().split())
    for expected in (
        "JADWAL KLARIFIKASI DAN MEDIASI",
        "30 November 2026 s.d. 4 Desember 2026",
        "Senin, 30 November 2026",
        "09.00\u201310.30",
        "Ruang Mediasi 1",
        "Mediasi",
        "Rabu, 2 Desember 2026",
        "13.00\u201314.00",
        "Ruang Klarifikasi",
        "Klarifikasi",
        "Bambang Wijaya",
        "Mediator Satu",
    ):
        assert expected in text, expected
    from desktop.store.models import database

    database.close()
    out = tmp_path / "jadwal.pdf"
    done = loket("schedule", "--date", "30-11-2026", "--out", str(out), *desk_args(data_dir))
    assert done.returncode == 0, done.stderr
    day = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Ruang Mediasi 1" in day and "Ruang Klarifikasi" not in day
