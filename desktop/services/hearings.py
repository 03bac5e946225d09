"""Clarification and mediation meetings: scheduled on working days in office hours, never
double-booking a room, a mediator or a party; postponing and cancelling keep the history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain import agreements, scheduling
from desktop.domain.errors import DomainError, FieldError, NotFound, ValidationFailed
from desktop.domain.formatting import long_date
from desktop.domain.identity import Invalid
from desktop.domain.workdays import to_local, to_utc
from desktop.domain.workflow import EDITORS, Role, Status
from desktop.services import caselog, settings
from desktop.services.context import Actor, require, write
from desktop.store import accounts, cases, hearings, sequences, visits
from desktop.store import agreements as terms_store
from desktop.store.models import Hearing, new_uuid, utcnow

PLANNERS = scheduling.PLANNERS
KIND_OF_STATUS = {Status.CLARIFICATION.value: "clarification", Status.MEDIATION.value: "mediation"}


@dataclass(frozen=True)
class Scheduled:
    uuid: str
    case: str
    kind: str
    start: dt.datetime  # local (WIB)
    end: dt.datetime
    room: str
    mediator: str


def _parties(case_uuid: str) -> frozenset[str]:
    return frozenset(cases.parties_of(case_uuid))


def _planned_around(start: dt.datetime, end: dt.datetime) -> list[tuple[scheduling.Slot, str]]:
    """Planned meetings overlapping [start, end) (local times), with their case's number."""
    return [
        (
            scheduling.Slot(
                to_local(h.starts_at),
                to_local(h.ends_at),
                h.room,
                h.mediator_id or "",
                frozenset({h.case.complainant_id, h.case.business_id}),
            ),
            h.case.reg_no,
        )
        for h in hearings.planned_overlapping(to_utc(start), to_utc(end))
    ]


def _check(slot: scheduling.Slot, now: dt.datetime) -> None:
    try:
        scheduling.check_time(slot.start, slot.end, settings.calendar(), to_local(now))
    except Invalid as e:
        raise ValidationFailed([FieldError("hearing.start", e.code, e.params)]) from None
    if slot.room not in settings.get("hearing.rooms"):
        raise ValidationFailed(
            [FieldError("hearing.room", "hearing.unknown_room", {"room": slot.room})]
        )
    around = _planned_around(slot.start, slot.end)
    numbers = {id(s): n for s, n in around}
    clashes = scheduling.clashes(slot, [s for s, _ in around])
    if clashes:
        first = clashes[0]
        other = f"{numbers[id(first.with_slot)]}, {first.with_slot.start:%H.%M}"
        raise DomainError(f"hearing.clash_{first.kind}", other=other)


def schedule(
    actor: Actor,
    case_ref: str,
    start: dt.datetime,
    minutes: int,
    room: str,
    mediator: str = "",
    *,
    now: dt.datetime | None = None,
) -> Scheduled:
    """A meeting for the case's current stage (clarification or mediation), local start time."""
    require(actor, PLANNERS, scheduling.REFUSED["schedule"])
    return _schedule_as(actor, case_ref, start, minutes, room, mediator, now or utcnow())


def _schedule_as(
    actor: Actor,
    case_ref: str,
    start: dt.datetime,
    minutes: int,
    room: str,
    mediator: str,
    now: dt.datetime,
) -> Scheduled:
    with write():
        case = caselog.load(case_ref)
        kind = KIND_OF_STATUS.get(case["status"])
        if kind is None:
            raise DomainError("hearing.wrong_stage", status=case["status"])
        slot = scheduling.Slot(
            start, start + dt.timedelta(minutes=minutes), room, mediator, _parties(case.uuid)
        )
        sequences.lock("lock:hearings")  # desks booking at once are checked one after another
        _check(slot, now)
        uuid = new_uuid()
        hearings.book(
            uuid=uuid,
            case=case.uuid,
            kind=kind,
            starts_at=to_utc(slot.start),
            ends_at=to_utc(slot.end),
            room=room,
            mediator=mediator or None,
        )
        caselog.append(
            case,
            "case.hearing_scheduled",
            {
                "hearing": uuid,
                "kind": kind,
                "start": slot.start.isoformat(),
                "end": slot.end.isoformat(),
                "room": room,
                "mediator": mediator,
                # the mediator of a mediation answers for the case from now on
                **({"officer": mediator} if kind == "mediation" and mediator else {}),
            },
            actor,
            now,
        )
    return Scheduled(uuid, case.uuid, kind, slot.start, slot.end, room, mediator)


def _reason(reason: str) -> str:
    """Why a meeting moved or was called off: the parties will ask, so it is never blank."""
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", "required")])
    return reason.strip()


def _planned(uuid: str) -> Hearing:
    hearing = hearings.planned(uuid)
    if hearing is None:
        raise NotFound("hearing.not_found")
    return hearing


def postpone(
    actor: Actor,
    hearing_uuid: str,
    start: dt.datetime,
    reason: str,
    *,
    room: str | None = None,
    mediator: str | None = None,
    now: dt.datetime | None = None,
) -> Scheduled:
    """Move a meeting: the old one stays in the history as postponed, a new one is planned,
    in another room or with another mediator when given (None keeps the old one's)."""
    require(actor, PLANNERS, scheduling.REFUSED["postpone"])
    now = now or utcnow()
    reason = _reason(reason)
    with write():
        old = _planned(hearing_uuid)
        old.status = "postponed"
        old.save(only=[Hearing.status])
        minutes = int((old.ends_at - old.starts_at).total_seconds() // 60)
        moved = _schedule_as(
            actor,
            old.case_id,
            start,
            minutes,
            old.room if room is None else room,
            (old.mediator_id or "") if mediator is None else mediator,
            now,
        )
        caselog.append(
            caselog.load(old.case_id),
            "case.hearing_postponed",
            {"hearing": hearing_uuid, "to": moved.uuid, "reason": reason},
            actor,
            now,
        )
    return moved


def cancel(actor: Actor, hearing_uuid: str, reason: str, *, now: dt.datetime | None = None) -> None:
    require(actor, PLANNERS, scheduling.REFUSED["cancel"])
    now = now or utcnow()
    reason = _reason(reason)
    with write():
        hearing = _planned(hearing_uuid)
        hearing.status = "cancelled"
        hearing.save(only=[Hearing.status])
        caselog.append(
            caselog.load(hearing.case_id),
            "case.hearing_cancelled",
            {"hearing": hearing_uuid, "reason": reason},
            actor,
            now,
        )


def record_result(
    actor: Actor,
    hearing_uuid: str,
    result: str,
    note: str = "",
    absent: str = "",
    *,
    terms: list[tuple[str, str]] | tuple = (),
    now: dt.datetime | None = None,
) -> None:
    """What came of a meeting: an agreement and its terms, no agreement, or a party absent.
    An agreement's dated ``terms`` (what, by when as dd-mm-yyyy) are kept one by one: the case
    waits for the last of them. The case itself moves on by a workflow action."""
    require(actor, PLANNERS, scheduling.REFUSED["result"])
    now = now or utcnow()
    note = note.strip()
    errors = scheduling.result_errors(result, note, absent)
    if errors:
        raise ValidationFailed([FieldError(name, code) for name, code in errors])
    with write():
        hearing = _planned(hearing_uuid)
        start = to_local(hearing.starts_at)
        if scheduling.result_refusal(start, to_local(now)):
            raise DomainError("hearing.not_begun", when=f"{long_date(start.date())} {start:%H.%M}")
        hearing.status, hearing.result, hearing.result_note = "held", result, note
        hearing.absent = absent if result == "absent" else ""
        hearing.held_at = now
        dated, wrong = agreements.terms_errors(list(terms), start.date())
        if wrong:
            raise ValidationFailed(wrong)
        hearing.save()
        kept = [
            terms_store.add(hearing.case_id, hearing_uuid, t.text, t.due)
            for t in (dated if result == "agreement" else [])
        ]
        caselog.append(
            caselog.load(hearing.case_id),
            "case.hearing_held",
            {
                "hearing": hearing_uuid,
                "kind": hearing.kind,
                "result": result,
                "note": note,
                "absent": hearing.absent,
                **(
                    {
                        "terms": [
                            {"uuid": t.uuid, "text": t.text, "due": t.due.isoformat()} for t in kept
                        ],
                        # the case waits for the last promise
                        "due": max(t.due for t in kept).isoformat(),
                    }
                    if kept
                    else {}
                ),
            },
            actor,
            now,
        )


def mark_present(
    actor: Actor,
    visitor_uuid: str,
    hearing_uuid: str,
    party: str,
    *,
    now: dt.datetime | None = None,
) -> None:
    """A visitor of the day came for this meeting as the consumer's or the business's side."""
    from desktop.domain.workdays import office_date

    require(actor, EDITORS, "permission.edit")
    now = now or utcnow()
    if party not in scheduling.PARTIES:
        raise ValidationFailed([FieldError("hearing.party", "required")])
    with write():
        hearing = _planned(hearing_uuid)
        visitor = visits.by_uuid(visitor_uuid)
        if visitor is None:
            raise NotFound("visitor.not_found")
        day = office_date(now)
        if office_date(visitor.time_in) != day or to_local(hearing.starts_at).date() != day:
            raise DomainError("hearing.not_today")
        visits.came_for_meeting(visitor, hearing_uuid, party, hearing.case_id)
        caselog.append(
            caselog.load(hearing.case_id),
            "case.hearing_attended",
            {"hearing": hearing_uuid, "visitor": visitor_uuid, "party": party},
            actor,
            now,
        )


@dataclass(frozen=True)
class Meeting:
    """A meeting as the schedule and the case file list it."""

    uuid: str
    case: str
    reg_no: str
    kind: str
    start: dt.datetime  # local
    end: dt.datetime
    room: str
    mediator: str  # the mediator's name
    complainant: str
    business: str
    status: str
    result: str | None
    present: tuple[str, ...]  # "consumer" and/or "business", from the visitor log


def meetings(
    start: dt.date | None = None, end: dt.date | None = None, case: str | None = None
) -> list[Meeting]:
    """The meetings from ``start`` to ``end`` (inclusive, local days), or every one of a case."""
    since = until = None
    if start is not None and end is not None:
        since = to_utc(dt.datetime.combine(start, dt.time()))
        until = to_utc(dt.datetime.combine(end, dt.time()) + dt.timedelta(1))
    found = hearings.listed(caselog.load(case).uuid if case is not None else None, since, until)
    names = accounts.full_names()
    present = hearings.parties_present(h.uuid for h in found) if found else {}
    return [
        Meeting(
            h.uuid,
            h.case.uuid,
            h.case.reg_no,
            h.kind,
            to_local(h.starts_at),
            to_local(h.ends_at),
            h.room,
            names.get(h.mediator_id, ""),
            h.case.complainant.name,
            h.case.business.name,
            h.status,
            h.result,
            tuple(p for p in scheduling.PARTIES if p in present.get(h.uuid, ())),
        )
        for h in found
    ]


def mediators() -> list[tuple[str, str]]:
    """Active staff who may lead a meeting: (uuid, full name), by name."""
    return sorted(
        (
            (uuid, name)
            for uuid, name, roles in accounts.active_with_roles()
            if Role.MEDIATOR.value in roles.split(",")
        ),
        key=lambda pair: pair[1],
    )


def postponed_default(start: dt.datetime, now: dt.datetime | None = None) -> dt.datetime:
    """Where a meeting starting at ``start`` (local) is moved unless the officer says otherwise."""
    today = to_local(now or utcnow()).date()
    return scheduling.postponed_default(start, today, settings.calendar())


def rooms() -> list[str]:
    return list(settings.get("hearing.rooms"))


def today(now: dt.datetime | None = None) -> list[Meeting]:
    """The meetings still to be held today: the ones a visitor can be present for."""
    day = to_local(now or utcnow()).date()
    return [m for m in meetings(day, day) if m.status == "planned"]


def propose(
    case_ref: str,
    minutes: int,
    room: str,
    mediator: str = "",
    first_day: dt.date | None = None,
    *,
    now: dt.datetime | None = None,
    count: int = 3,
) -> list[scheduling.Slot]:
    """The first free times for the case's meeting in this room with this mediator."""
    now = now or utcnow()
    case = caselog.load(case_ref)
    first_day = first_day or to_local(now).date()
    horizon_end = dt.datetime.combine(first_day + dt.timedelta(days=45), dt.time())
    existing = [
        s for s, _ in _planned_around(dt.datetime.combine(first_day, dt.time()), horizon_end)
    ]
    return scheduling.free_slots(
        first_day,
        dt.timedelta(minutes=minutes),
        room,
        mediator,
        _parties(case.uuid),
        existing,
        settings.calendar(),
        to_local(now),
        count=count,
        days=45,
    )


def schedule_pdf(start: dt.date, end: dt.date, *, now: dt.datetime | None = None) -> bytes:
    """The planned meetings from ``start`` to ``end`` (inclusive), by day, time and room, signed
    by the office's signatory with the day it is printed."""
    from desktop.documents.schedule import MeetingRow, render_schedule
    from desktop.domain.formatting import dated, long_date
    from desktop.domain.workdays import office_date
    from desktop.services.letterhead import office, signatory

    rows = [
        MeetingRow(
            long_date(m.start.date()),
            f"{m.start:%H.%M}\u2013{m.end:%H.%M}",
            m.room,
            "Klarifikasi" if m.kind == "clarification" else "Mediasi",
            m.reg_no,
            m.complainant,
            m.business,
            m.mediator,
        )
        for m in meetings(start, end)
        if m.status == "planned"
    ]
    period = dated(start) if start == end else f"{dated(start)} s.d. {dated(end)}"
    place_date = f"{settings.get('office.city')}, {dated(office_date(now or utcnow()))}"
    return render_schedule(rows, period, office(), signatory(), place_date)
