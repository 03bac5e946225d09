"""The grouped counts behind the recap of a period, the dashboard and their exports.

Each reads an index that leads with its groups and holds every column it counts (migrations
0007 and 0012), so a year at a million cases is read from the index alone, in its order.
Moments are UTC; ``since`` is inclusive and ``until`` exclusive.
"""

from __future__ import annotations

import datetime as dt

from desktop.store.models import Agency, BusinessActor, Staff, database

OFFICE_DAY = "'+7 hours'"  # WIB: the office's calendar day of a UTC moment


def received_groups(since: dt.datetime, until: dt.datetime) -> list[tuple[str, str, int, int, int]]:
    """(sector, channel, cases, rupiah, still open) of the cases received in the period."""
    # Named, because SQLite would rather take received_at's range and then sort half a million
    # rows to group them (twice as slow for a year; a month is fast either way).
    return database.execute_sql(
        "SELECT sector, channel, count(*), coalesce(sum(transaction_value), 0), "
        "sum(status != 'closed') FROM \"case\" INDEXED BY case_received_recap "
        "WHERE received_at >= ? AND received_at < ? GROUP BY sector, channel",
        (since, until),
    ).fetchall()


def closed_groups(since: dt.datetime, until: dt.datetime) -> list[tuple[str, str | None, int]]:
    """(outcome, agency code, cases) of the cases closed in the period."""
    return database.execute_sql(
        'SELECT outcome, agency_id, count(*) FROM "case" INDEXED BY case_closed_recap '
        "WHERE closed_at >= ? AND closed_at < ? GROUP BY outcome, agency_id",
        (since, until),
    ).fetchall()


def agency_names() -> dict[str, str]:
    return {a.code: a.name for a in Agency.select(Agency.code, Agency.name)}


def received_by_day(since: dt.datetime, until: dt.datetime) -> list[tuple[str, str, int]]:
    """(office day as YYYY-MM-DD, channel, cases) received in the period."""
    return database.execute_sql(
        f"SELECT channel, date(received_at, {OFFICE_DAY}) AS day, count(*) "
        'FROM "case" INDEXED BY case_channel_received_at '
        "WHERE received_at >= ? AND received_at < ? GROUP BY channel, day",
        (since, until),
    ).fetchall()


def open_by_day(statuses: tuple[str, ...]) -> list[tuple[str, str, int]]:
    """(status, office day received, cases) of the cases in these statuses now."""
    marks = ", ".join("?" * len(statuses))
    return database.execute_sql(
        f"SELECT status, date(received_at, {OFFICE_DAY}) AS day, count(*) "
        'FROM "case" INDEXED BY case_status_stage_due_received '
        f"WHERE status IN ({marks}) GROUP BY status, day",
        statuses,
    ).fetchall()


def sector_people(since: dt.datetime, until: dt.datetime) -> list[tuple[str, int, int]]:
    """(sector, cases, complainants) received in the period; a repeat complainant counts once."""
    return database.execute_sql(
        'SELECT sector, count(*), count(DISTINCT complainant_id) FROM "case" '
        "INDEXED BY case_received_parties WHERE received_at >= ? AND received_at < ? "
        "GROUP BY sector",
        (since, until),
    ).fetchall()


def top_businesses(
    since: dt.datetime, until: dt.datetime, limit: int
) -> list[tuple[str, str, int, int]]:
    """(business uuid, name, cases, complainants) of the business actors complained about most
    in the period, most cases first."""
    rows = database.execute_sql(
        'SELECT business_id, count(*) AS n, count(DISTINCT complainant_id) FROM "case" '
        "INDEXED BY case_received_parties WHERE received_at >= ? AND received_at < ? "
        "GROUP BY business_id ORDER BY n DESC, business_id LIMIT ?",
        (since, until, limit),
    ).fetchall()
    names = dict(
        BusinessActor.select(BusinessActor.uuid, BusinessActor.name)
        .where(BusinessActor.uuid.in_([r[0] for r in rows]))
        .tuples()
    )
    return [(uuid, names.get(uuid, ""), n, people) for uuid, n, people in rows]


# A stage is finished on time when the case leaves it on or before the due date the stage was
# given: the due of the event before the transition (registration, the transition into the
# stage, a reminder or a recorded answer, which each set one).
_STAGES_FINISHED = f"""
WITH moved AS (
    SELECT DISTINCT case_id FROM history_event INDEXED BY history_event_kind_at
    WHERE kind = 'case.transition' AND at >= ? AND at < ?
), steps AS (
    SELECT e.kind, e.at, e.actor_id, json_extract(e.payload, '$.from') AS stage,
           lag(json_extract(e.payload, '$.due')) OVER (PARTITION BY e.case_id ORDER BY e.id)
               AS due
    FROM moved JOIN history_event e ON e.case_id = moved.case_id
    WHERE e.kind IN ('case.registered', 'case.transition', 'case.reminder_sent',
                     'case.answer_recorded')
)
SELECT stage, actor_id, sum(date(at, {OFFICE_DAY}) <= due), count(*) FROM steps
WHERE kind = 'case.transition' AND at >= ? AND at < ? AND due IS NOT NULL
GROUP BY stage, actor_id
"""


def stages_finished(since: dt.datetime, until: dt.datetime) -> list[tuple[str, str, int, int]]:
    """(stage, staff uuid who moved the case on, on time, finished) for the stages cases left
    in the period."""
    return database.execute_sql(_STAGES_FINISHED, (since, until, since, until)).fetchall()


def staff_names() -> dict[str, str]:
    return dict(Staff.select(Staff.uuid, Staff.full_name).tuples())
