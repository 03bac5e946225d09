"""The case list: a page at a time with plain SQL over indexes, so it stays quick at a million
cases; a typed search goes through the full-text indexes (store.search), newest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from desktop.domain.workdays import office_day_start
from desktop.domain.workflow import OPEN_STATUSES
from desktop.store import dialect, search, sql

SEARCH_CAP = 1000  # matches a typed search keeps, newest first: enough for any counter
_OPEN = tuple(s.value for s in OPEN_STATUSES)


@dataclass(frozen=True)
class CaseQuery:
    """What the case list shows: typed text and filters; empty means every case."""

    text: str = ""
    status: str = ""  # a workflow status, or "open"
    due: str = ""  # "overdue" or "soon" (within two working days)
    sector: str = ""
    channel: str = ""
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    match_cap: int | None = SEARCH_CAP
    # what the dashboard's outcome chart opens: the cases closed so, in its period
    outcome: str = ""
    agency: str = ""  # forwarded to it
    closed_from: dt.date | None = None
    closed_to: dt.date | None = None
    officer: str = ""  # the responsible officer's staff uuid, or UNASSIGNED
    # what the dashboard's on-time charts open: the cases that left a stage in the period
    left_from: dt.date | None = None
    left_to: dt.date | None = None
    left_stage: str = ""
    left_by: str = ""  # who answered for it then: a staff uuid, or UNASSIGNED for nobody


UNASSIGNED = "-"  # CaseQuery.officer for the cases nobody has taken yet


class CaseRow(NamedTuple):
    """A line of the case list (a tuple: a page makes a hundred of them per keystroke)."""

    id: int
    uuid: str
    reg_no: str
    status: str
    outcome: str | None
    received_at: dt.datetime
    stage_due: dt.date | None
    sector: str
    channel: str
    complainant: str
    business: str
    officer: str  # the responsible officer's name, "" while nobody has the case

    def overdue(self, today: dt.date) -> bool:
        return self.status in _OPEN and self.stage_due is not None and self.stage_due < today


def _text_only(query: CaseQuery) -> bool:
    return query == CaseQuery(text=query.text, match_cap=query.match_cap)


def where(
    query: CaseQuery, today: dt.date, soon_until: dt.date | None = None, reach: int | None = None
) -> tuple[str, list[Any]]:
    """The WHERE clause over ``c`` (the case table) and its parameters; ``soon_until`` is the
    last day a case due "soon" may be due; ``reach`` (offset + limit) bounds a text-only
    search, which then need not walk more matches than the page it ends."""
    clauses, params = [], []
    caps = [query.match_cap, reach if reach and _text_only(query) else None]
    matching = search.matching_ids_sql(query.text, min((c for c in caps if c), default=None))
    if matching is not None:
        clauses.append(f"c.id IN ({matching[0]})")
        params += matching[1]
    if query.status == "open" or query.due:
        clauses.append(f"c.status IN ({', '.join('?' * len(_OPEN))})")
        params += _OPEN
    elif query.status:
        clauses.append("c.status = ?")
        params.append(query.status)
    if query.due == "overdue":
        clauses.append("c.stage_due < ?")
        params.append(today)
    elif query.due == "soon":
        clauses.append("c.stage_due BETWEEN ? AND ?")
        params += [today, soon_until]
    for column in ("sector", "channel"):
        if getattr(query, column):
            clauses.append(f"c.{column} = ?")
            params.append(getattr(query, column))
    for column, first, last in (
        ("received_at", query.received_from, query.received_to),
        ("closed_at", query.closed_from, query.closed_to),
    ):  # office days, first to last inclusive, as UTC moments
        if first:
            clauses.append(f"c.{column} >= ?")
            params.append(office_day_start(first))
        if last:
            clauses.append(f"c.{column} < ?")
            params.append(office_day_start(last + dt.timedelta(days=1)))
    if query.officer == UNASSIGNED:
        clauses.append("c.officer_id IS NULL")
    elif query.officer:
        clauses.append("c.officer_id = ?")
        params.append(query.officer)
    if query.left_from or query.left_stage or query.left_by:
        clauses.append(_left(query, params))
    if query.outcome:
        clauses.append("c.outcome = ?")
        params.append(query.outcome)
    if query.agency:
        clauses.append("c.agency_id = ?")
        params.append(query.agency)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _left(query: CaseQuery, params: list[Any]) -> str:
    """The cases with a stage exit (migration 0012) as the query asks: in its office days, of
    its stage, by its officer; the rows the dashboard's on-time bars count."""
    exits = []
    if query.left_from:
        exits.append("left_at >= ?")
        params.append(office_day_start(query.left_from))
    if query.left_to:
        exits.append("left_at < ?")
        params.append(office_day_start(query.left_to + dt.timedelta(days=1)))
    if query.left_stage:
        exits.append("stage = ?")
        params.append(query.left_stage)
    if query.left_by == UNASSIGNED:
        exits.append("coalesce(actor_id, '') = ''")
    elif query.left_by:
        exits.append("actor_id = ?")
        params.append(query.left_by)
    return f"c.uuid IN (SELECT case_id FROM stage_exit WHERE {' AND '.join(exits)})"


def order(query: CaseQuery) -> str:
    # A search keeps FTS5's newest-first order (by id); the plain list is by time received.
    return (
        " ORDER BY c.id DESC" if query.text.strip() else " ORDER BY c.received_at DESC, c.id DESC"
    )


def count(query: CaseQuery, today: dt.date, soon_until: dt.date | None = None) -> int:
    if replace(query, match_cap=SEARCH_CAP) == CaseQuery():
        # Every case: the per-day summary of cases received (migration 0020) holds the count;
        # counting the cases themselves walks an index of all of them (300 ms at a million
        # on PostgreSQL, after each new case on every desk that shows the whole list).
        return sql.value('SELECT coalesce(sum("cases"), 0) FROM "recap_received"')
    clause, params = where(query, today, soon_until)
    return sql.value(f'SELECT count(*) FROM "case" c{clause}', params)


_ROW_SQL = (
    "SELECT c.id, c.uuid, c.reg_no, c.status, c.outcome, c.received_at, c.stage_due, c.sector, "
    "c.channel, p.name, b.name, coalesce(s.full_name, '') FROM \"case\" c "
    "JOIN complainant p ON p.uuid = c.complainant_id "
    "JOIN business_actor b ON b.uuid = c.business_id "
    "LEFT JOIN staff s ON s.uuid = c.officer_id"
)


def _row(r: tuple) -> CaseRow:
    engine = dialect.current()  # a list page converts a hundred of these per keystroke
    return CaseRow(*r[:5], engine.moment(r[5]), engine.day(r[6]), *r[7:])


def of_officer(officer: str, limit: int) -> list[CaseRow]:
    """The open cases an officer answers for, the one due first at the top (no due date last)."""
    statement = (
        f"{_ROW_SQL} WHERE c.officer_id = ? AND c.status IN ({', '.join('?' * len(_OPEN))}) "
        "ORDER BY c.stage_due IS NULL, c.stage_due, c.id LIMIT ?"
    )
    return [_row(r) for r in sql.run(statement, [officer, *_OPEN, limit])]


def page(
    query: CaseQuery, offset: int, limit: int, today: dt.date, soon_until: dt.date | None = None
) -> list[CaseRow]:
    """One page of the case list: the rows from ``offset`` on, at most ``limit`` (0: all)."""
    reach = offset + limit if limit else None
    clause, params = where(query, today, soon_until, reach)
    limits, more = dialect.current().paging(limit or None, offset)
    paging = [*params, *more]
    if reach and _text_only(query) and query.text.strip():
        # A typed search walks at most ``reach`` matches: one query, as plain as it gets.
        statement = f"{_ROW_SQL}{clause}{order(query)}{limits}"
        return [_row(r) for r in sql.run(statement, paging)]
    # The page's ids first, over the case table and its indexes alone (an OFFSET deep into a
    # million rows, or a thousand search matches, must not join every row it passes), then
    # the rows of just that page.
    ids = [
        r[0] for r in sql.run(f'SELECT c.id FROM "case" c{clause}{order(query)}{limits}', paging)
    ]
    rows: dict[int, CaseRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        statement = f"{_ROW_SQL} WHERE c.id IN ({', '.join('?' * len(chunk))})"
        rows.update((r[0], _row(r)) for r in sql.run(statement, chunk))
    return [rows[i] for i in ids if i in rows]


def visitors_between(since: dt.datetime, until: dt.datetime) -> list[tuple]:
    """(uuid, name, purpose, time in, time out, the numbers of every case the visitor started
    or "") of the visitors signed in from ``since`` to ``until`` (UTC, the end exclusive),
    latest first."""
    from desktop.store.exports import visitor_cases

    engine = dialect.current()
    rows = sql.run(
        f"SELECT v.uuid, v.name, v.purpose, v.time_in, v.time_out, {visitor_cases()} "
        'FROM "visitor" v WHERE v.time_in >= ? AND v.time_in < ? '
        "ORDER BY v.time_in DESC, v.id DESC",
        (since, until),
    )
    return [(*r[:3], engine.moment(r[3]), engine.moment(r[4]), r[5] or "") for r in rows]
