"""The grouped counts behind the recap of a period, the dashboard and their exports, read from
the per-day summaries the database keeps as cases change (migration 0020): a year at a million
cases is a few thousand small rows. They agree with grouping the cases themselves
(store.recap_raw) to the case; ``loket check`` says so. Periods are office days (WIB), both
ends included.
"""

from __future__ import annotations

import datetime as dt

from desktop.store import dialect, sql
from desktop.store.models import Agency, BusinessActor, Staff


def _days(start: dt.date, end: dt.date) -> tuple[str, str]:
    return start.isoformat(), end.isoformat()


def received_groups(start: dt.date, end: dt.date) -> list[tuple[str, str, int, int, int]]:
    """(sector, channel, cases, rupiah, still open) of the cases received in the period."""
    return sql.run(
        'SELECT sector, channel, sum(cases), sum(value), sum(open) FROM "recap_received" '
        "WHERE day BETWEEN ? AND ? GROUP BY sector, channel",
        _days(start, end),
    ).fetchall()


def closed_groups(start: dt.date, end: dt.date) -> list[tuple[str | None, str | None, int]]:
    """(outcome, agency code, cases) of the cases closed in the period."""
    return sql.run(
        "SELECT nullif(outcome, ''), nullif(agency, ''), sum(cases) FROM \"recap_closed\" "
        "WHERE day BETWEEN ? AND ? GROUP BY outcome, agency",
        _days(start, end),
    ).fetchall()


def agency_names() -> dict[str, str]:
    return {a.code: a.name for a in Agency.select(Agency.code, Agency.name)}


def received_by_day(start: dt.date, end: dt.date) -> list[tuple[str, str, int]]:
    """(channel, office day as YYYY-MM-DD, cases) received in the period."""
    return sql.run(
        'SELECT channel, day, sum(cases) FROM "recap_received" '
        "WHERE day BETWEEN ? AND ? GROUP BY channel, day",
        _days(start, end),
    ).fetchall()


def open_by_day(statuses: tuple[str, ...]) -> list[tuple[str, str, int]]:
    """(status, office day received, cases) of the cases in these statuses now."""
    return sql.run(
        f'SELECT status, day, cases FROM "backlog_day" '
        f"WHERE status IN ({', '.join('?' * len(statuses))})",
        statuses,
    ).fetchall()


def sector_people(start: dt.date, end: dt.date) -> list[tuple[str, int, int]]:
    """(sector, cases, complainants) received in the period; a repeat complainant counts once:
    only the case whose previous one in the sector came before the period counts the person."""
    first, last = _days(start, end)
    return sql.run(
        "SELECT sector, sum(cases), sum(CASE WHEN prev < ? THEN cases ELSE 0 END) "
        'FROM "sector_first" WHERE day BETWEEN ? AND ? GROUP BY sector',
        (first, first, last),
    ).fetchall()


# The business actors complained about most: read in the order of their cases ever, each
# counted in the period from its own rows, until the next has fewer cases ever than the tenth
# has in the period (none after it can enter). When that would read more businesses than
# grouping the period's rows costs (a short period), the period is grouped instead.
_BY_TOTAL = (
    'SELECT t.business, t.cases, (SELECT sum(d.cases) FROM "business_day" d '
    "WHERE d.business = t.business AND d.day BETWEEN ? AND ?) "
    'FROM "business_total" t WHERE (t.cases, t.business) < (?, ?) '
    "ORDER BY t.cases DESC, t.business DESC LIMIT ?"
)
_AT_LEAST = 'SELECT count(*) FROM "business_total" WHERE cases >= ?'
_GROUPED = (
    'SELECT business, sum(cases) AS n FROM "business_day"{by} '
    "WHERE day BETWEEN ? AND ? GROUP BY business HAVING sum(cases) >= ? ORDER BY n DESC"
)
_CHUNK = 500
# Counting one business from its own rows costs about as much as grouping this many rows of a
# period (measured at a million cases: 40,000 businesses read one by one took 1.8 s, a
# quarter's 125,000 rows grouped 0.3 s).
READ_PER_GROUPED = 25


def _bar(counted: dict[int, int], limit: int) -> int:
    """The cases in the period a business needs to be among the ``limit`` counted so far."""
    best = sorted(counted.values(), reverse=True)
    return best[limit - 1] if len(best) >= limit else 1


def _most_by_total(days: tuple[str, str], limit: int, budget: int) -> dict[int, int] | None:
    """{business id: cases in the period} of every business that may be among the ``limit``
    with most cases (ties included), or None when that means reading over ``budget``."""
    counted: dict[int, int] = {}
    after: tuple[int, int] = (1 << 62, 0)
    while True:
        rows = sql.run(_BY_TOTAL, (*days, *after, _CHUNK)).fetchall()
        counted.update((business, n) for business, _total, n in rows if n)
        bar = _bar(counted, limit)
        if len(rows) < _CHUNK or rows[-1][1] < bar:
            return {b: n for b, n in counted.items() if n >= bar}
        if after[0] == 1 << 62 and sql.run(_AT_LEAST, (bar,)).fetchone()[0] > budget:
            return None  # the bar only rises: this many at most are left to read
        after = rows[-1][1], rows[-1][0]


def _most_grouped(days: tuple[str, str], limit: int) -> dict[int, int]:
    """The same by grouping every business's rows of the period."""
    rows = _grouped(days, 1, limit * 100)
    if not rows:
        return {}
    bar = rows[min(limit, len(rows)) - 1][1]
    if len(rows) < limit * 100 or rows[-1][1] < bar:
        return {b: n for b, n in rows if n >= bar}
    return dict(_grouped(days, bar, None))


def _grouped(days: tuple[str, str], at_least: int, limit: int | None) -> list[tuple[int, int]]:
    """(business, cases in the period) of those with ``at_least`` cases, most first."""
    engine = dialect.current()
    paging, pages = engine.paging(limit, 0)
    statement = _GROUPED.format(by=engine.indexed_by("business_day_day")) + paging
    return sql.run(statement, (*days, at_least, *pages)).fetchall()


def top_businesses(
    start: dt.date, end: dt.date, limit: int, received: int
) -> list[tuple[str, str, int, int]]:
    """(business uuid, name, cases, complainants) of the ``limit`` business actors complained
    about most in the period (``received`` cases in all), most cases first, then by uuid."""
    days = _days(start, end)
    counted = _most_by_total(days, limit, budget=received // READ_PER_GROUPED)
    if counted is None:
        counted = _most_grouped(days, limit)
    actors = {
        b.id: (b.uuid, b.name)
        for b in BusinessActor.select(
            BusinessActor.id, BusinessActor.uuid, BusinessActor.name
        ).where(BusinessActor.id.in_(list(counted)))
    }
    ranked = sorted(counted.items(), key=lambda item: (-item[1], actors[item[0]][0]))[:limit]
    return [(*actors[b], n, _complainants(actors[b][0], days)) for b, n in ranked]


def _complainants(business: str, days: tuple[str, str]) -> int:
    """The people behind a business actor's cases of the period, each once (its few cases)."""
    return sql.run(
        'SELECT count(DISTINCT complainant_id) FROM "case" WHERE business_id = ? '
        f"AND {dialect.current().office_day('received_at')} BETWEEN ? AND ?",
        (business, *days),
    ).fetchone()[0]


def stages_finished(start: dt.date, end: dt.date) -> list[tuple[str, str | None, int, int]]:
    """(stage, staff uuid who moved the case on, on time, finished) for the stages cases left
    in the period."""
    return sql.run(
        "SELECT stage, nullif(actor, ''), sum(on_time), sum(finished) FROM \"stage_exit_day\" "
        "WHERE day BETWEEN ? AND ? GROUP BY stage, actor",
        _days(start, end),
    ).fetchall()


def staff_names() -> dict[str, str]:
    return dict(Staff.select(Staff.uuid, Staff.full_name).tuples())
