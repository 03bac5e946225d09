"""When a clarification or mediation meeting may be held: working days, office hours, and never
two meetings at once for one room, one mediator or one party. Times here are the office's local
wall-clock time (WIB), without a zone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.identity import Invalid
from desktop.domain.workdays import WorkCalendar
from desktop.domain.workflow import Role

OPENS, CLOSES = dt.time(8, 0), dt.time(16, 0)
BREAK = (dt.time(12, 0), dt.time(13, 0))
FRIDAY_BREAK = (dt.time(11, 30), dt.time(13, 30))  # Friday prayers
STEP = dt.timedelta(minutes=30)  # meetings start on the hour or the half hour


@dataclass(frozen=True)
class Slot:
    start: dt.datetime
    end: dt.datetime
    room: str
    mediator: str  # staff uuid, or "" when none is assigned
    parties: frozenset[str]  # complainant and business actor uuids

    def overlaps(self, other: Slot) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Clash:
    kind: str  # "room", "mediator" or "party"
    with_slot: Slot


def check_time(
    start: dt.datetime, end: dt.datetime, calendar: WorkCalendar, now: dt.datetime
) -> None:
    """A meeting time the office can keep, or Invalid saying why not."""
    if end <= start:
        raise Invalid("hearing.too_short")
    if start < now:
        raise Invalid("hearing.past")
    if start.date() != end.date():
        raise Invalid("hearing.office_hours")
    if not calendar.is_working_day(start.date()):
        name = calendar.holiday_name(start.date())
        raise Invalid("hearing.holiday", name=name) if name else Invalid("hearing.weekend")
    if start.time() < OPENS or end.time() > CLOSES:
        raise Invalid("hearing.office_hours")
    pause = FRIDAY_BREAK if start.weekday() == 4 else BREAK
    if start.time() < pause[1] and pause[0] < end.time():
        raise Invalid("hearing.break")


def clashes(new: Slot, existing: Iterable[Slot]) -> list[Clash]:
    found = []
    for other in existing:
        if not new.overlaps(other):
            continue
        if other.room == new.room:
            found.append(Clash("room", other))
        if new.mediator and other.mediator == new.mediator:
            found.append(Clash("mediator", other))
        if new.parties & other.parties:
            found.append(Clash("party", other))
    return found


def free_slots(
    first_day: dt.date,
    duration: dt.timedelta,
    room: str,
    mediator: str,
    parties: frozenset[str],
    existing: list[Slot],
    calendar: WorkCalendar,
    now: dt.datetime,
    count: int = 3,
    days: int = 30,
) -> list[Slot]:
    """The first ``count`` meeting times on or after ``first_day`` that break no rule."""
    found: list[Slot] = []
    day = first_day
    for _ in range(days):
        if calendar.is_working_day(day):
            start = dt.datetime.combine(day, OPENS)
            while start + duration <= dt.datetime.combine(day, CLOSES):
                slot = Slot(start, start + duration, room, mediator, parties)
                try:
                    check_time(slot.start, slot.end, calendar, now)
                except Invalid:
                    pass
                else:
                    if not clashes(slot, existing):
                        found.append(slot)
                        if len(found) == count:
                            return found
                start += STEP
        day += dt.timedelta(days=1)
    return found


RESULTS = ("agreement", "no_agreement", "absent")
ABSENT_PARTIES = ("consumer", "business", "both")
PARTIES = ("consumer", "business")


def result_errors(result: str, note: str, absent: str) -> list[tuple[str, str]]:
    """What is missing from a meeting's result: (field, message code) pairs, empty when whole.

    An agreement is worth only its terms; an absence must say who stayed away."""
    errors = []
    if result not in RESULTS:
        errors.append(("hearing.result", "required" if not result else "choice.invalid"))
    if result == "agreement" and not note.strip():
        errors.append(("hearing.note", "hearing.terms_required"))
    if result == "absent" and absent not in ABSENT_PARTIES:
        errors.append(("hearing.absent", "required"))
    return errors


def result_refusal(start: dt.datetime, now: dt.datetime) -> str:
    """Why no result can be recorded for a meeting starting at ``start`` (local) yet; "" once
    it has begun. A result written before the parties sat down would be a guess."""
    return "hearing.not_begun" if now < start else ""


def postponed_default(start: dt.datetime, today: dt.date, calendar: WorkCalendar) -> dt.datetime:
    """Where a postponed meeting goes unless the officer says otherwise: the next working day
    after the meeting (or after today, for a meeting already past), at the same hour."""
    return dt.datetime.combine(calendar.add_working_days(max(start.date(), today), 1), start.time())


# Who may plan, move, call off and hold meetings, and issue their numbered summons.
PLANNERS = frozenset({Role.ANALYST, Role.MEDIATOR, Role.SUPERVISOR})
# Each refusal in its own words: "may not schedule" is not what a cancellation was refused for.
REFUSED = {
    "schedule": "permission.hearings",
    "postpone": "permission.postpone",
    "cancel": "permission.cancel_meeting",
    "result": "permission.result",
    "summons": "permission.summons",
}


def meeting_refusal(
    what: str, roles: frozenset[Role], status: str, start: dt.datetime, now: dt.datetime
) -> str:
    """Why ``what`` (a key of REFUSED) cannot be done to a meeting now; "" when it can.
    The window disables the button with this reason and the service refuses with it."""
    if not roles & PLANNERS:
        return REFUSED[what]
    if status != "planned":
        return "hearing.not_found"
    if what == "result":
        return result_refusal(start, now)
    return ""
