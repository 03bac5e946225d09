"""The rows of every list that can be exported, streamed from the database a row at a time.

A cursor is iterated, never fetched whole, so a million cases pass through in constant
memory. The export runs on a thread of its own: peewee gives that thread its own connection,
and in WAL mode its read transaction neither waits for nor blocks the desk's writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from desktop.store import case_list, dialect, sql
from desktop.store.case_list import CaseQuery
from desktop.store.models import database

# The page cache of an export's connection (KiB): enough for the indexes' upper pages, and the
# same at ten thousand rows as at a million (the desk's 64 MB would fill as the rows pass).
EXPORT_CACHE_KIB = 8000

# Letters the desk numbers and sends out (their first print took the number).


@contextmanager
def snapshot():
    """A read transaction: every query of one export sees the same database. Deferred, so it
    takes no write lock; a small page cache, so its memory stays flat however many rows pass.
    A connection opened for it (on an export's own thread) is closed after."""
    opened = database.is_closed()
    try:
        with dialect.current().page_cache(EXPORT_CACHE_KIB), database.atomic("DEFERRED"):
            yield
    finally:
        if opened:
            database.close()


def _stream(
    statement: str, params: Sequence[Any], moments: tuple[int, ...], days: tuple[int, ...] = ()
) -> Iterator[tuple]:
    """The rows, a batch at a time, the columns at ``moments`` and ``days`` as datetime and
    date values (what a raw row holds differs between the engines)."""
    engine = dialect.current()
    cursor = sql.run(statement, params)
    while batch := cursor.fetchmany(1000):
        for row in batch:
            row = list(row)
            for i in moments:
                row[i] = engine.moment(row[i])
            for i in days:
                row[i] = engine.day(row[i])
            yield tuple(row)


def count(statement: str, params: Sequence[Any]) -> int:
    return sql.value(f"SELECT count(*) FROM ({statement})", params)


CASE_ROWS = (
    "SELECT c.reg_no, c.received_at, c.channel, c.report_type, c.status, c.outcome, c.sector, "
    "c.product, c.transaction_mode, c.transaction_value, c.stage_due, c.closed_at, a.name, "
    "p.name, p.nik, p.phone, p.email, p.address, p.city, b.name "
    'FROM "case" c JOIN complainant p ON p.uuid = c.complainant_id '
    "JOIN business_actor b ON b.uuid = c.business_id LEFT JOIN agency a ON a.code = c.agency_id"
)


def case_rows(query: CaseQuery, today: dt.date, soon_until: dt.date | None) -> Iterator[tuple]:
    """The cases a list query selects, in the list's order, with their parties."""
    where, params = case_list.where(query, today, soon_until)
    return _stream(CASE_ROWS + where + case_list.order(query), params, (1, 11), (10,))


def count_cases(query: CaseQuery, today: dt.date, soon_until: dt.date | None) -> int:
    return case_list.count(query, today, soon_until)


def visitor_cases() -> str:
    """Every case the visitor started on the visit, oldest first, one string."""
    joined = dialect.current().joined("reg_no", ", ")
    return (
        f"(SELECT {joined} FROM (SELECT c.reg_no FROM visitor_case vc "
        'JOIN "case" c ON c.uuid = vc.case_id WHERE vc.visitor_id = v.uuid ORDER BY c.id) '
        "AS started)"
    )


VISITOR_ROWS = (
    "SELECT v.time_in, v.time_out, v.name, v.nik, v.phone, v.purpose, v.note, "
    "{cases}, s.full_name FROM visitor v "
    "LEFT JOIN staff s ON s.uuid = v.signed_in_by_id "
    "WHERE v.time_in >= ? AND v.time_in < ? ORDER BY v.time_in, v.id"
)

INCOMING_ROWS = (
    "SELECT l.agenda_no, l.received_at, l.received_via, l.letter_no, l.letter_date, "
    "l.sender_name, l.sender_address, l.subject, l.pages, l.enclosures, c.reg_no "
    'FROM incoming_letter l LEFT JOIN "case" c ON c.uuid = l.case_id '
    "WHERE l.received_at >= ? AND l.received_at < ? ORDER BY l.received_at, l.id"
)

OUTGOING_ROWS = (
    "SELECT l.number, l.kind, l.issued_at, c.reg_no, l.addressee, l.signatory_name, "
    'l.sent_via, s.full_name FROM issued_letter l LEFT JOIN "case" c ON c.uuid = l.case_id '
    "LEFT JOIN staff s ON s.uuid = l.issued_by_id "
    "WHERE l.issued_at >= ? AND l.issued_at < ? ORDER BY l.issued_at, l.id"
)

SCHEDULE_ROWS = (
    "SELECT h.starts_at, h.ends_at, h.kind, h.room, c.reg_no, p.name, b.name, s.full_name, "
    'h.status, h.result FROM hearing h JOIN "case" c ON c.uuid = h.case_id '
    "JOIN complainant p ON p.uuid = c.complainant_id "
    "JOIN business_actor b ON b.uuid = c.business_id LEFT JOIN staff s ON s.uuid = h.mediator_id "
    "WHERE h.starts_at >= ? AND h.starts_at < ? ORDER BY h.starts_at, h.room"
)


# A list's statement, its parameters, and which columns are moments and which days.
ListQuery = tuple[str, list[Any], tuple[int, ...], tuple[int, ...]]


def visitor_rows(since: dt.datetime, until: dt.datetime) -> ListQuery:
    return VISITOR_ROWS.format(cases=visitor_cases()), [since, until], (0, 1), ()


def incoming_rows(since: dt.datetime, until: dt.datetime) -> ListQuery:
    return INCOMING_ROWS, [since, until], (1,), (4,)


def outgoing_rows(since: dt.datetime, until: dt.datetime) -> ListQuery:
    """The register of outgoing letters (agenda surat keluar) of the period: each issued letter
    once, whatever its reprints."""
    return OUTGOING_ROWS, [since, until], (2,), ()


def schedule_rows(since: dt.datetime, until: dt.datetime) -> ListQuery:
    return SCHEDULE_ROWS, [since, until], (0, 1), ()


def stream(query: ListQuery) -> Iterator[tuple]:
    return _stream(*query)


def total(query: ListQuery) -> int:
    return count(*query[:2])
