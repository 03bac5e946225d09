"""The named periods a supervisor reports on: this month, last month, a quarter, a semester,
a year. Each is its first and last office day; a period in progress ends today."""

from __future__ import annotations

import datetime as dt

PERIODS = (
    "month",
    "last_month",
    "quarter",
    "last_quarter",
    "semester",
    "last_semester",
    "year",
    "last_year",
)


def _months(year: int, first: int, count: int, today: dt.date) -> tuple[dt.date, dt.date]:
    """``count`` months from month ``first`` of ``year``, cut at today when it is inside them."""
    start = dt.date(year, first, 1)
    after = dt.date(year + (first + count - 1) // 12, (first + count - 1) % 12 + 1, 1)
    return start, min(after - dt.timedelta(days=1), today)


def period_of(choice: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a named period; None for dates the officer picks."""
    year, month = today.year, today.month
    if choice == "month":
        return _months(year, month, 1, today)
    if choice == "last_month":
        return _months(year - (month == 1), (month - 2) % 12 + 1, 1, today)
    quarter = (month - 1) // 3 * 3 + 1
    if choice == "quarter":
        return _months(year, quarter, 3, today)
    if choice == "last_quarter":
        return _months(year - (quarter == 1), (quarter - 4) % 12 + 1, 3, today)
    semester = 1 if month <= 6 else 7
    if choice == "semester":
        return _months(year, semester, 6, today)
    if choice == "last_semester":
        return _months(year - (semester == 1), 7 if semester == 1 else 1, 6, today)
    if choice == "year":
        return _months(year, 1, 12, today)
    if choice == "last_year":
        return _months(year - 1, 1, 12, today)
    return None
