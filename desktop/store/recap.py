"""The grouped counts behind the recap of a period, the dashboard and their exports.

Each reads an index that leads with its groups and holds every column it counts (migrations
0007 and 0012), so a year at a million cases is read from the index alone, in its order.
Moments are UTC; ``since`` is inclusive and ``until`` exclusive.
"""

from __future__ import annotations

import datetime as dt

from desktop.store import dialect, sql
from desktop.store.models import Agency, BusinessActor, Staff

_ENGINE = dialect.current()

# Each names its index: SQLite would rather take received_at's range and then sort half a
# million rows to group them (twice as slow for a year; a month is fast either way).
_RECEIVED = (
    "SELECT sector, channel, count(*), coalesce(sum(transaction_value), 0), "
    "count(*) FILTER (WHERE status <> 'closed') "
    f'FROM "case"{_ENGINE.indexed_by("case_received_recap")} '
    "WHERE received_at >= ? AND received_at < ? GROUP BY sector, channel"
)
_CLOSED = (
    f'SELECT outcome, agency_id, count(*) FROM "case"{_ENGINE.indexed_by("case_closed_recap")} '
    "WHERE closed_at >= ? AND closed_at < ? GROUP BY outcome, agency_id"
)
_BY_DAY = (
    f"SELECT channel, {_ENGINE.office_day('received_at')} AS day, count(*) "
    f'FROM "case"{_ENGINE.indexed_by("case_channel_received_at")} '
    "WHERE received_at >= ? AND received_at < ? GROUP BY channel, day"
)
_SECTOR_PEOPLE = (
    'SELECT sector, count(*), count(DISTINCT complainant_id) FROM "case"'
    f"{_ENGINE.indexed_by('case_received_parties')} WHERE received_at >= ? AND received_at < ? "
    "GROUP BY sector"
)
_TOP_BUSINESSES = (
    'SELECT business_id, count(*) AS n, count(DISTINCT complainant_id) FROM "case"'
    f"{_ENGINE.indexed_by('case_received_parties')} WHERE received_at >= ? AND received_at < ? "
    "GROUP BY business_id ORDER BY n DESC, business_id LIMIT ?"
)


def _open_sql(statuses: int) -> str:
    return (
        f"SELECT status, {_ENGINE.office_day('received_at')} AS day, count(*) "
        f'FROM "case"{_ENGINE.indexed_by("case_status_stage_due_received")} '
        f"WHERE status IN ({', '.join('?' * statuses)}) GROUP BY status, day"
    )


def received_groups(since: dt.datetime, until: dt.datetime) -> list[tuple[str, str, int, int, int]]:
    """(sector, channel, cases, rupiah, still open) of the cases received in the period."""
    return sql.run(_RECEIVED, (since, until)).fetchall()


def closed_groups(since: dt.datetime, until: dt.datetime) -> list[tuple[str, str | None, int]]:
    """(outcome, agency code, cases) of the cases closed in the period."""
    return sql.run(_CLOSED, (since, until)).fetchall()


def agency_names() -> dict[str, str]:
    return {a.code: a.name for a in Agency.select(Agency.code, Agency.name)}


def received_by_day(since: dt.datetime, until: dt.datetime) -> list[tuple[str, dt.date, int]]:
    """(channel, office day, cases) received in the period."""
    day = _ENGINE.day
    return [(channel, day(d), n) for channel, d, n in sql.run(_BY_DAY, (since, until))]


def open_by_day(statuses: tuple[str, ...]) -> list[tuple[str, dt.date, int]]:
    """(status, office day received, cases) of the cases in these statuses now."""
    day = _ENGINE.day
    return [(s, day(d), n) for s, d, n in sql.run(_open_sql(len(statuses)), statuses)]


def sector_people(since: dt.datetime, until: dt.datetime) -> list[tuple[str, int, int]]:
    """(sector, cases, complainants) received in the period; a repeat complainant counts once."""
    return sql.run(_SECTOR_PEOPLE, (since, until)).fetchall()


def top_businesses(
    since: dt.datetime, until: dt.datetime, limit: int
) -> list[tuple[str, str, int, int]]:
    """(business uuid, name, cases, complainants) of the business actors complained about most
    in the period, most cases first."""
    rows = sql.run(_TOP_BUSINESSES, (since, until, limit)).fetchall()
    names = dict(
        BusinessActor.select(BusinessActor.uuid, BusinessActor.name)
        .where(BusinessActor.uuid.in_([r[0] for r in rows]))
        .tuples()
    )
    return [(uuid, names.get(uuid, ""), n, people) for uuid, n, people in rows]


# Kept by a trigger on the history (migration 0012): one row per stage left, on time or not.
_STAGES_FINISHED = (
    'SELECT stage, actor_id, sum(on_time), count(*) FROM "stage_exit" '
    "WHERE left_at >= ? AND left_at < ? GROUP BY stage, actor_id"
)


def stages_finished(since: dt.datetime, until: dt.datetime) -> list[tuple[str, str, int, int]]:
    """(stage, staff uuid who moved the case on, on time, finished) for the stages cases left
    in the period."""
    return sql.run(_STAGES_FINISHED, (since, until)).fetchall()


def staff_names() -> dict[str, str]:
    return dict(Staff.select(Staff.uuid, Staff.full_name).tuples())
