"""Which daily backups to keep: the newest of each of the last 7 days that have one, of each of
the last 4 weeks and of each of the last 12 months (one backup may count for all three)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

DAILY, WEEKLY, MONTHLY = 7, 4, 12


def keep(
    made: Iterable[dt.datetime], daily: int = DAILY, weekly: int = WEEKLY, monthly: int = MONTHLY
) -> set[dt.datetime]:
    newest_first = sorted(set(made), reverse=True)
    kept: set[dt.datetime] = set()
    periods: tuple[tuple[int, Callable[[dt.datetime], object]], ...] = (
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    )
    for count, period in periods:
        seen: set[object] = set()
        for moment in newest_first:
            key = period(moment)
            if key not in seen and len(seen) < count:
                seen.add(key)
                kept.add(moment)
    return kept
