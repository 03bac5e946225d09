"""The figures of the recap and the dashboard grouped from the cases themselves: what the
summaries of migration 0020 must always agree with. ``loket check``, the tests and the
benchmark read them; the desk reads the summaries (store.recap).

Each names its index (migrations 0007, 0012): SQLite would rather take received_at's range and
then sort half a million rows to group them. Moments are UTC; ``since`` is inclusive and
``until`` exclusive.
"""

from __future__ import annotations

import datetime as dt

from desktop.store import sql

OFFICE_DAY = "'+7 hours'"  # WIB: the office's calendar day of a UTC moment

RECEIVED = (
    "SELECT sector, channel, count(*), coalesce(sum(transaction_value), 0), "
    "sum(status != 'closed') FROM \"case\" INDEXED BY case_received_recap "
    "WHERE received_at >= ? AND received_at < ? GROUP BY sector, channel"
)
CLOSED = (
    'SELECT outcome, agency_id, count(*) FROM "case" INDEXED BY case_closed_recap '
    "WHERE closed_at >= ? AND closed_at < ? GROUP BY outcome, agency_id"
)
BY_DAY = (
    f"SELECT channel, date(received_at, {OFFICE_DAY}) AS day, count(*) "
    'FROM "case" INDEXED BY case_channel_received_at '
    "WHERE received_at >= ? AND received_at < ? GROUP BY channel, day"
)
SECTOR_PEOPLE = (
    'SELECT sector, count(*), count(DISTINCT complainant_id) FROM "case" '
    "INDEXED BY case_received_parties WHERE received_at >= ? AND received_at < ? "
    "GROUP BY sector"
)
TOP_BUSINESSES = (
    'SELECT business_id, count(*) AS n, count(DISTINCT complainant_id) FROM "case" '
    "INDEXED BY case_received_parties WHERE received_at >= ? AND received_at < ? "
    "GROUP BY business_id ORDER BY n DESC, business_id LIMIT ?"
)
STAGES_FINISHED = (
    'SELECT stage, actor_id, sum(on_time), count(*) FROM "stage_exit" '
    "WHERE left_at >= ? AND left_at < ? GROUP BY stage, actor_id"
)


def open_sql(statuses: int) -> str:
    return (
        f"SELECT status, date(received_at, {OFFICE_DAY}) AS day, count(*) "
        'FROM "case" INDEXED BY case_status_stage_due_received '
        f"WHERE status IN ({', '.join('?' * statuses)}) GROUP BY status, day"
    )


def statements(
    since: dt.datetime, until: dt.datetime, statuses: tuple[str, ...], top: int
) -> dict[str, tuple[str, tuple]]:
    """Every figure of a period's recap and dashboard: its name, its SQL and parameters."""
    period = (since, until)
    return {
        "received": (RECEIVED, period),
        "closed": (CLOSED, period),
        "by_day": (BY_DAY, period),
        "open": (open_sql(len(statuses)), statuses),
        "sector_people": (SECTOR_PEOPLE, period),
        "top_businesses": (TOP_BUSINESSES, (*period, top)),
        "stages_finished": (STAGES_FINISHED, period),
    }


def figures(
    since: dt.datetime, until: dt.datetime, statuses: tuple[str, ...], top: int
) -> dict[str, list[tuple]]:
    """The rows of every statement, run now."""
    return {
        name: sql.run(statement, params).fetchall()
        for name, (statement, params) in statements(since, until, statuses, top).items()
    }


# Each summary as it should be, grouped from the cases (and the stages left) now.
DAY = "date({}, '+7 hours')"
SUMMARIES = {
    "recap_received": f"SELECT {DAY.format('received_at')} AS d, sector, channel, count(*), "
    "coalesce(sum(transaction_value), 0), sum(status != 'closed') FROM \"case\" "
    "GROUP BY d, sector, channel",
    "recap_closed": f"SELECT {DAY.format('closed_at')} AS d, coalesce(outcome, '') AS o, "
    "coalesce(agency_id, '') AS a, count(*) FROM \"case\" WHERE closed_at IS NOT NULL "
    "GROUP BY d, o, a",
    "backlog_day": f'SELECT status, {DAY.format("received_at")} AS d, count(*) FROM "case" '
    "GROUP BY status, d",
    "stage_exit_day": f"SELECT {DAY.format('left_at')} AS d, stage, coalesce(actor_id, '') AS a, "
    'sum(on_time), count(*) FROM "stage_exit" GROUP BY d, stage, a',
    "business_day": f'SELECT b.id, {DAY.format("c.received_at")} AS d, count(*) FROM "case" c '
    'JOIN "business_actor" b ON b.uuid = c.business_id GROUP BY b.id, d',
    "business_total": 'SELECT b.id, count(*) FROM "case" c '
    'JOIN "business_actor" b ON b.uuid = c.business_id GROUP BY b.id',
    "sector_first": f"SELECT d, sector, prev, count(*) FROM (SELECT {DAY.format('received_at')} "
    f"AS d, sector, coalesce(lag({DAY.format('received_at')}) OVER (PARTITION BY "
    "complainant_id, sector ORDER BY received_at, id), '') AS prev FROM \"case\") "
    "GROUP BY d, sector, prev",
}


def summaries_astray() -> dict[str, int]:
    """Per summary table that differs from what the cases say: how many rows differ."""
    astray = {}
    for table, truth in SUMMARIES.items():
        kept = f'SELECT * FROM "{table}"'
        differ = sql.run(
            f"SELECT (SELECT count(*) FROM ({kept} EXCEPT {truth})) "
            f"+ (SELECT count(*) FROM ({truth} EXCEPT {kept}))"
        ).fetchone()[0]
        if differ:
            astray[table] = differ
    return astray
