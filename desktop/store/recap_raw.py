"""The figures of the recap and the dashboard grouped from the cases themselves: what the
summaries of migration 0020 must always agree with. ``loket check``, the tests and the
benchmark read them; the desk reads the summaries (store.recap).

Each names its index (migrations 0007, 0012): SQLite would rather take received_at's range and
then sort half a million rows to group them. Moments are UTC; ``since`` is inclusive and
``until`` exclusive.
"""

from __future__ import annotations

import datetime as dt

from desktop.store import dialect, sql

# How many of a group's cases are open: a count both engines take (PostgreSQL sums no booleans).
OPEN = "sum(CASE WHEN status != 'closed' THEN 1 ELSE 0 END)"


def statements(
    since: dt.datetime, until: dt.datetime, statuses: tuple[str, ...], top: int
) -> dict[str, tuple[str, tuple]]:
    """Every figure of a period's recap and dashboard: its name, its SQL and parameters."""
    engine = dialect.current()
    day, by = engine.office_day("received_at"), engine.indexed_by
    period = (since, until)
    return {
        "received": (
            "SELECT sector, channel, count(*), coalesce(sum(transaction_value), 0), "
            f'{OPEN} FROM "case"{by("case_received_recap")} '
            "WHERE received_at >= ? AND received_at < ? GROUP BY sector, channel",
            period,
        ),
        "closed": (
            f'SELECT outcome, agency_id, count(*) FROM "case"{by("case_closed_recap")} '
            "WHERE closed_at >= ? AND closed_at < ? GROUP BY outcome, agency_id",
            period,
        ),
        "by_day": (
            f"SELECT channel, {day} AS day, count(*) "
            f'FROM "case"{by("case_channel_received_at")} '
            "WHERE received_at >= ? AND received_at < ? GROUP BY channel, day",
            period,
        ),
        "open": (
            f"SELECT status, {day} AS day, count(*) "
            f'FROM "case"{by("case_status_stage_due_received")} '
            f"WHERE status IN ({', '.join('?' * len(statuses))}) GROUP BY status, day",
            statuses,
        ),
        "sector_people": (
            'SELECT sector, count(*), count(DISTINCT complainant_id) FROM "case"'
            f"{by('case_received_parties')} WHERE received_at >= ? AND received_at < ? "
            "GROUP BY sector",
            period,
        ),
        "top_businesses": (
            'SELECT business_id, count(*) AS n, count(DISTINCT complainant_id) FROM "case"'
            f"{by('case_received_parties')} WHERE received_at >= ? AND received_at < ? "
            "GROUP BY business_id ORDER BY n DESC, business_id LIMIT ?",
            (*period, top),
        ),
        "stages_finished": (
            'SELECT stage, actor_id, sum(on_time), count(*) FROM "stage_exit" '
            "WHERE left_at >= ? AND left_at < ? GROUP BY stage, actor_id",
            period,
        ),
    }


def figures(
    since: dt.datetime, until: dt.datetime, statuses: tuple[str, ...], top: int
) -> dict[str, list[tuple]]:
    """The rows of every statement, run now."""
    return {
        name: sql.run(statement, params).fetchall()
        for name, (statement, params) in statements(since, until, statuses, top).items()
    }


def summaries(engine: dialect.SqliteDialect) -> dict[str, str]:
    """Each summary as it should be, grouped from the cases (and the stages left) now."""
    day = engine.office_day
    return {
        "recap_received": f"SELECT {day('received_at')} AS d, sector, channel, count(*), "
        f'coalesce(sum(transaction_value), 0), {OPEN} FROM "case" '
        "GROUP BY d, sector, channel",
        "recap_closed": f"SELECT {day('closed_at')} AS d, coalesce(outcome, '') AS o, "
        "coalesce(agency_id, '') AS a, count(*) FROM \"case\" WHERE closed_at IS NOT NULL "
        "GROUP BY d, o, a",
        "backlog_day": f'SELECT status, {day("received_at")} AS d, count(*) FROM "case" '
        "GROUP BY status, d",
        "stage_exit_day": f"SELECT {day('left_at')} AS d, stage, coalesce(actor_id, '') AS a, "
        'sum(on_time), count(*) FROM "stage_exit" GROUP BY d, stage, a',
        "business_day": f'SELECT b.id, {day("c.received_at")} AS d, count(*) FROM "case" c '
        'JOIN "business_actor" b ON b.uuid = c.business_id GROUP BY b.id, d',
        "business_total": 'SELECT b.id, count(*) FROM "case" c '
        'JOIN "business_actor" b ON b.uuid = c.business_id GROUP BY b.id',
        "sector_first": f"SELECT d, sector, prev, count(*) FROM (SELECT {day('received_at')} "
        f"AS d, sector, coalesce(lag({day('received_at')}) OVER (PARTITION BY "
        "complainant_id, sector ORDER BY received_at, id), '') AS prev FROM \"case\") AS firsts "
        "GROUP BY d, sector, prev",
    }


# Migration 0020 (frozen, SQLite's) fills the summary tables with these statements.
SUMMARIES = summaries(dialect.SQLITE)


def summaries_astray() -> dict[str, int]:
    """Per summary table that differs from what the cases say: how many rows differ."""
    astray = {}
    for table, truth in summaries(dialect.current()).items():
        kept = f'SELECT * FROM "{table}"'
        differ = sql.run(
            f"SELECT (SELECT count(*) FROM ({kept} EXCEPT {truth}) AS extra) "
            f"+ (SELECT count(*) FROM ({truth} EXCEPT {kept}) AS lacking)"
        ).fetchone()[0]
        if differ:
            astray[table] = differ
    return astray
