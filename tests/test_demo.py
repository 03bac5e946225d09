"""The demo writes cases in bulk: what it writes must be what intake and handling write."""

from __future__ import annotations

import datetime as dt

from conftest import complaint_form

from desktop.services import caselog, demo, handling, intake
from desktop.services.context import write
from desktop.store.models import Case, CaseParts, CaseSearch, HistoryEvent

RECEIVED = dt.datetime(2026, 11, 2, 2, 30)
STEPS = [  # (who, action, params, days after the last step)
    ("analis", "start_analysis", {}, 1),
    ("analis", "request_completion", {"missing": "Bukti pembayaran"}, 2),
    ("petugas", "resume", {}, 3),
    ("analis", "start_clarification", {"mode": "offline", "reason": "Dalam lingkup UUPK."}, 2),
    ("analis", "close", {"outcome": "resolved", "note": "Dana dikembalikan."}, 6),
]


def _written(uuid: str) -> tuple[dict, list[tuple[str, dict]], tuple]:
    """The case row, its events and its search entry, with what is its own alone left out."""
    row = caselog.state_of(Case.get(Case.uuid == uuid))
    events = [
        (e.kind, e.payload)
        for e in HistoryEvent.select().where(HistoryEvent.case == uuid).order_by(HistoryEvent.id)
    ]
    number = row.pop("reg_no")
    events[0][1]["case"].pop("reg_no")
    case_id = Case.get(Case.uuid == uuid).id
    entry = CaseSearch.select().where(CaseSearch.rowid == case_id).tuples().get()
    entry += CaseParts.select().where(CaseParts.rowid == case_id).tuples().get()
    return row, events, tuple(v for v in entry if v != number and v != case_id)


def test_a_bulk_case_is_written_as_intake_and_handling_write_it(actors):
    form = complaint_form()
    moments = [RECEIVED]
    for *_, days in STEPS:
        moments.append(moments[-1] + dt.timedelta(days=days))

    served = intake.register_complaint(actors["petugas"], form, now=RECEIVED).uuid
    for (who, action, params, _), at in zip(STEPS, moments[1:], strict=True):
        handling.take_action(actors[who], served, action, params, now=at)

    pools = demo.Pools([form.complainant], [form.business])
    with write():
        bulk = caselog.Bulk()
        numbers = demo.Numbers()
        case, paused = demo._register(bulk, numbers, pools, actors["petugas"], form, RECEIVED), []
        for (who, action, params, _), at in zip(STEPS, moments[1:], strict=True):
            case = demo._step(bulk, case, actors[who], action, params, at, paused)
        bulk.flush()
        demo.sequences.advance(numbers.values)
    bulked = case.uuid

    assert Case.select().count() == 2
    assert _written(bulked) == _written(served)
    numbers = sorted(Case.select(Case.reg_no).tuples())
    assert numbers == [("LK1-202611-00001",), ("LK1-202611-00002",)]  # one after the other


def test_the_demo_office_works_on_working_days_in_office_hours_by_the_procedure(db):
    """What an office would see: walk-ins, steps, letters, meetings booked and visitors on
    working days between 08.00 and 15.30 WIB, even when the demo is made in the evening; no
    case left behind (one waiting for the consumer's papers goes on once they come); an address
    in the region of the NIK; a sector of another agency forwarded to it, never clarified or
    mediated here; a loan is not 'bought'."""
    from desktop.services import agencies

    routing = agencies.defaults()  # each sector's agency, as the office keeps it
    from desktop.domain.regions import region_of_nik
    from desktop.services import settings
    from desktop.store.models import Complainant, Visitor

    now = dt.datetime(2026, 11, 23, 14, 3)  # Monday 21.03 WIB: made after hours
    demo.fill(400, seed=5, now=now, span_days=200)
    calendar = settings.calendar()

    def in_hours(moment: dt.datetime) -> bool:
        return calendar.is_working_day(moment.date()) and dt.time(1) <= moment.time() <= dt.time(
            8, 30
        )

    cases = list(Case.select())
    assert len(cases) == 400
    assert all(in_hours(c.received_at) for c in cases)
    steps = HistoryEvent.select().where(HistoryEvent.kind == "case.transition")
    assert steps.count() > 400
    events = list(HistoryEvent.select())  # every event: steps, letters, meetings, accounts …
    kinds = {e.kind for e in events}
    assert {"case.letter_issued", "case.hearing_scheduled", "staff.created"} <= kinds
    late = [(e.kind, e.at) for e in events if not in_hours(e.at)]
    assert not late and all(e.at <= now for e in events)
    # Nobody's case is forgotten: what is still open is at most a few weeks late, and a case
    # whose consumer brought the missing papers went on to clarification or was closed.
    today = now.date()
    open_cases = [c for c in cases if c.status != "closed" and c.stage_due]
    worst = max(calendar.working_days_between(c.stage_due, today) for c in open_cases)
    assert worst <= 15, worst
    resumed = {
        e.case_id for e in steps if e.payload["action"] == "resume" and (now - e.at).days > 30
    }
    assert resumed
    assert all(
        c.status in ("clarification", "mediation", "closed") for c in cases if c.uuid in resumed
    )
    visitors = list(Visitor.select())
    assert visitors and all(in_hours(v.time_in) and v.time_in <= now for v in visitors)
    for person in Complainant.select():
        assert (person.province, person.city) == region_of_nik(person.nik) != ("", "")
        assert person.kecamatan and person.kelurahan
    elsewhere = [c for c in cases if routing.get(c.sector)]
    assert elsewhere
    for case in elsewhere:
        assert case.status not in ("clarification", "mediation")
        assert case.outcome not in ("agreement", "no_agreement", "resolved")
        if case.outcome == "forwarded":
            assert case.agency_id == routing[case.sector]
    loans = [c for c in cases if c.product == "Pinjaman daring"]
    assert loans and not any("membeli pinjaman" in c.chronology for c in loans)
