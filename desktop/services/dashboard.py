"""The supervisor's dashboard of a period: what came in per week or month and by channel, the
open backlog by stage and age, the share of stages finished on time (per stage and per
officer), sectors and the business actors complained about most (per case and once per
complainant), and the outcomes of the cases closed in the period.

Counts only, no personal data; read from the per-day summaries the database keeps (store.recap),
shaped here. The outcomes are the recap's own figures, so the two can never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from desktop.domain.errors import DomainError
from desktop.domain.workdays import office_date
from desktop.domain.workflow import OPEN_STATUSES, REPORTERS, Status
from desktop.services import settings
from desktop.services.context import Actor, require
from desktop.services.reports import recap
from desktop.store import recap as figures
from desktop.store.models import utcnow

# Working days since a case was received; the last band has no end.
AGE_BANDS = ((0, 7), (8, 14), (15, 30), (31, None))
TOP_BUSINESSES = 10
WEEKLY_UP_TO = 92  # days: a longer period is counted per month


@dataclass(frozen=True)
class Backlog:
    status: str
    band: int  # index into AGE_BANDS
    cases: int


@dataclass(frozen=True)
class OnTime:
    name: str  # a stage (status code) or an officer's name
    on_time: int
    finished: int
    officer: str = ""  # the officer's staff uuid ("" for a stage, or when nobody had the case)

    @property
    def share(self) -> float:
        return self.on_time / self.finished if self.finished else 0.0


@dataclass(frozen=True)
class Dashboard:
    start: dt.date
    end: dt.date
    today: dt.date
    bucket: str  # "week" or "month"
    buckets: list[dt.date]  # the first day of every week or month of the period
    received: dict[str, list[int]]  # channel -> cases per bucket
    backlog: list[Backlog]
    band_days: list[tuple[dt.date | None, dt.date]]  # per band: the days received it covers
    on_time_by_stage: list[OnTime]
    on_time_by_officer: list[OnTime]
    sectors: list[tuple[str, int, int]]  # sector, cases, complainants; most cases first
    businesses: list[tuple[str, int, int]]  # name, cases, complainants; most cases first
    outcomes: list[tuple[str, int]]  # of the cases closed in the period
    forwarded: list[tuple[str, str, int]]  # agency code, name, cases; most cases first

    def bucket_end(self, index: int) -> dt.date:
        """The last day of bucket ``index`` inside the period."""
        if index + 1 < len(self.buckets):
            return self.buckets[index + 1] - dt.timedelta(days=1)
        return self.end


def _bucket_of(day: dt.date, bucket: str) -> dt.date:
    return day - dt.timedelta(days=day.weekday()) if bucket == "week" else day.replace(day=1)


def _buckets(start: dt.date, end: dt.date, bucket: str) -> list[dt.date]:
    firsts, day = [], _bucket_of(start, bucket)
    while day <= end:
        firsts.append(max(day, start))
        day = (
            day + dt.timedelta(days=7)
            if bucket == "week"
            else (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        )
    return firsts


def _ages(oldest: dt.date, today: dt.date) -> dict[dt.date, int]:
    """Working days from each day since ``oldest`` up to today, counted in one walk back."""
    calendar, ages, count, day = settings.calendar(), {}, 0, today
    while day >= oldest:
        ages[day] = count
        count += calendar.is_working_day(day)
        day -= dt.timedelta(days=1)
    return ages


def _band(age: int) -> int:
    return next(i for i, (_lo, hi) in enumerate(AGE_BANDS) if hi is None or age <= hi)


def dashboard(
    actor: Actor, start: dt.date, end: dt.date, *, today: dt.date | None = None
) -> Dashboard:
    require(actor, REPORTERS, "permission.reports")
    if end < start:
        raise DomainError("report.period_reversed", start=start.isoformat(), end=end.isoformat())
    today = today or office_date(utcnow())
    bucket = "week" if (end - start).days < WEEKLY_UP_TO else "month"
    buckets = _buckets(start, end, bucket)
    position = {day: i for i, day in enumerate(buckets)}
    received: dict[str, list[int]] = defaultdict(lambda: [0] * len(buckets))
    for channel, day, count in figures.received_by_day(start, end):
        first = max(_bucket_of(dt.date.fromisoformat(day), bucket), start)
        received[channel][position[first]] += count

    open_rows = figures.open_by_day(tuple(s.value for s in OPEN_STATUSES))
    days = [dt.date.fromisoformat(day) for _s, day, _n in open_rows]
    ages = _ages(min([*days, today]), today)
    backlog: Counter[tuple[str, int]] = Counter()
    for (status, _day, count), day in zip(open_rows, days, strict=True):
        backlog[status, _band(ages.get(day, 0))] += count
    band_days: list[tuple[dt.date | None, dt.date]] = []
    for lo, hi in AGE_BANDS:
        inside = [d for d, age in ages.items() if age >= lo and (hi is None or age <= hi)]
        first = None if hi is None or not inside else min(inside)
        band_days.append((first, max(inside)) if inside else (today, today))
    order = [s.value for s in Status if s in OPEN_STATUSES]

    names = figures.staff_names()
    stages: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    officers: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # by staff uuid ("": nobody)
    for stage, who, on_time, finished in figures.stages_finished(start, end):
        for tally, key in ((stages, stage), (officers, who or "")):
            tally[key][0] += on_time
            tally[key][1] += finished

    recapped = recap(actor, start, end)
    codes = {
        name: code for code, name in figures.agency_names().items()
    }  # the list filters by code
    people = {sector: persons for sector, _n, persons in figures.sector_people(start, end)}
    return Dashboard(
        start=start,
        end=end,
        today=today,
        bucket=bucket,
        buckets=buckets,
        received=dict(received),
        backlog=sorted(
            (Backlog(s, b, n) for (s, b), n in backlog.items()),
            key=lambda r: (order.index(r.status), r.band),
        ),
        band_days=band_days,
        on_time_by_stage=[OnTime(s, *stages[s]) for s in [x.value for x in Status] if s in stages],
        on_time_by_officer=sorted(
            (OnTime(names.get(who, "—"), *tally, officer=who) for who, tally in officers.items()),
            key=lambda r: (-r.finished, r.name),
        ),
        sectors=[(s, n, people.get(s, 0)) for s, n, _value in recapped.by_sector],
        businesses=[
            (name, n, persons)
            for _uuid, name, n, persons in figures.top_businesses(
                start, end, TOP_BUSINESSES, recapped.received
            )
        ],
        outcomes=recapped.by_outcome,
        forwarded=[(codes.get(name, name), name, n) for name, n in recapped.forwarded],
    )
