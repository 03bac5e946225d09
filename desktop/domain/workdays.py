"""Working days (hari kerja): no weekends, public holidays or cuti bersama.

The dates come from the ``holidays`` package: its ``public`` category holds the national
holidays and ``government`` the joint leave days (cuti bersama) of the SKB of three ministers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from zoneinfo import ZoneInfo

OFFICE_TZ = ZoneInfo("Asia/Jakarta")
# WIB keeps no summer time: an office day is always the UTC day shifted by seven hours, which
# lets SQL group stored UTC moments by office day with fixed arithmetic (store.dialect).
OFFICE_UTC_OFFSET = dt.timedelta(hours=7)


@lru_cache(maxsize=64)
def _holidays_of(year: int) -> dict[dt.date, str]:
    import holidays  # a tenth of a second to import: paid when a date is first worked out

    calendar = holidays.country_holidays(
        "ID", years=year, categories=("public", "government"), language="id"
    )
    return dict(calendar.items())


class WorkCalendar:
    """Answers which days the office works, with room for extra closures set by an admin."""

    def __init__(self, extra_closed: Iterable[dt.date] = ()) -> None:
        self.extra_closed = frozenset(extra_closed)

    def holiday_name(self, day: dt.date) -> str | None:
        return _holidays_of(day.year).get(day)

    def is_working_day(self, day: dt.date) -> bool:
        return (
            day.weekday() < 5 and day not in _holidays_of(day.year) and day not in self.extra_closed
        )

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after ``start`` (``start`` itself does not count)."""
        if n < 0:
            raise ValueError("n must not be negative")
        day = start
        while n:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                n -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """How many working days lie after ``start`` up to and including ``end``."""
        if end <= start:
            return 0
        count = 0
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            count += self.is_working_day(day)
        return count

    def next_working_day(self, day: dt.date) -> dt.date:
        """``day`` itself when the office works then, else the first working day after it."""
        while not self.is_working_day(day):
            day += dt.timedelta(days=1)
        return day


def office_date(moment: dt.datetime) -> dt.date:
    """The calendar day at the office for a UTC moment (the counter is in Jakarta, WIB)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(OFFICE_TZ).date()


def office_day_start(day: dt.date) -> dt.datetime:
    """The UTC moment (zone-less, as stored) an office day begins: 00:00 WIB is 17:00 UTC the
    day before."""
    return dt.datetime.combine(day, dt.time()) - OFFICE_UTC_OFFSET


def office_days(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The office days ``start`` to ``end`` (inclusive) as UTC moments, the end exclusive."""
    return office_day_start(start), office_day_start(end + dt.timedelta(days=1))


def to_utc(local: dt.datetime) -> dt.datetime:
    """A wall-clock time at the office (WIB, zone-less) as the UTC moment stored."""
    return local.replace(tzinfo=OFFICE_TZ).astimezone(dt.UTC).replace(tzinfo=None)


def to_local(utc: dt.datetime) -> dt.datetime:
    """A stored UTC moment as the office's wall clock shows it (WIB, zone-less)."""
    return utc.replace(tzinfo=dt.UTC).astimezone(OFFICE_TZ).replace(tzinfo=None)
