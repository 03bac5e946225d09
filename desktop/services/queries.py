"""Reading for lists, the case file, Today and the command line.

Lists are read a page at a time with plain SQL over indexes, so the case list stays quick at a
million cases; search goes through the FTS5 index (store.search) and keeps the newest matches.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from desktop.domain.workdays import office_date
from desktop.domain.workflow import OPEN_STATUSES
from desktop.services import settings
from desktop.store import search
from desktop.store.models import (
    Agency,
    BusinessActor,
    Case,
    Complainant,
    HistoryEvent,
    Staff,
    Visitor,
    database,
    utcnow,
)

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

    def overdue(self, today: dt.date) -> bool:
        return self.status in _OPEN and self.stage_due is not None and self.stage_due < today


def _text_only(query: CaseQuery) -> bool:
    return query == CaseQuery(text=query.text, match_cap=query.match_cap)


def _where(query: CaseQuery, today: dt.date, reach: int | None = None) -> tuple[str, list[Any]]:
    """The WHERE clause; ``reach`` (offset + limit) bounds a text-only search, which then
    need not walk more matches than the page it ends."""
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
        params += [today, settings.calendar().add_working_days(today, 2)]
    for column in ("sector", "channel"):
        if getattr(query, column):
            clauses.append(f"c.{column} = ?")
            params.append(getattr(query, column))
    if query.received_from:
        clauses.append("c.received_at >= ?")
        params.append(dt.datetime.combine(query.received_from, dt.time()) - dt.timedelta(hours=7))
    if query.received_to:
        clauses.append("c.received_at < ?")
        params.append(dt.datetime.combine(query.received_to, dt.time()) + dt.timedelta(hours=17))
    if query.outcome:
        clauses.append("c.outcome = ?")
        params.append(query.outcome)
    if query.agency:
        clauses.append("c.agency_id = ?")
        params.append(query.agency)
    if query.closed_from:
        clauses.append("c.closed_at >= ?")
        params.append(dt.datetime.combine(query.closed_from, dt.time()) - dt.timedelta(hours=7))
    if query.closed_to:
        clauses.append("c.closed_at < ?")
        params.append(dt.datetime.combine(query.closed_to, dt.time()) + dt.timedelta(hours=17))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _order(query: CaseQuery) -> str:
    # A search keeps FTS5's newest-first order (by id); the plain list is by time received.
    return (
        " ORDER BY c.id DESC" if query.text.strip() else " ORDER BY c.received_at DESC, c.id DESC"
    )


def count_cases(query: CaseQuery | None = None, *, today: dt.date | None = None) -> int:
    query = query or CaseQuery()
    where, params = _where(query, today or office_date(utcnow()))
    return database.execute_sql(f'SELECT count(*) FROM "case" c{where}', params).fetchone()[0]


_ROW_SQL = (
    "SELECT c.id, c.uuid, c.reg_no, c.status, c.outcome, c.received_at, c.stage_due, c.sector, "
    'c.channel, p.name, b.name FROM "case" c '
    "JOIN complainant p ON p.uuid = c.complainant_id "
    "JOIN business_actor b ON b.uuid = c.business_id"
)


def _row(r: tuple) -> CaseRow:
    # fromisoformat reads what peewee wrote (str() of the value) in C, ten times quicker than
    # peewee's format-by-format python_value, and a list page converts a hundred of them.
    received, due = dt.datetime.fromisoformat(r[5]), dt.date.fromisoformat(r[6]) if r[6] else None
    return CaseRow(*r[:5], received, due, *r[7:])


def case_page(
    query: CaseQuery, offset: int, limit: int, *, today: dt.date | None = None
) -> list[CaseRow]:
    """One page of the case list: the rows from ``offset`` on, at most ``limit``."""
    reach = offset + limit if limit else None
    where, params = _where(query, today or office_date(utcnow()), reach)
    paging = [*params, limit if limit else -1, offset]
    if reach and _text_only(query) and query.text.strip():
        # A typed search walks at most ``reach`` matches: one query, as plain as it gets.
        sql = f"{_ROW_SQL}{where}{_order(query)} LIMIT ? OFFSET ?"
        return [_row(r) for r in database.execute_sql(sql, paging)]
    # The page's ids first, over the case table and its indexes alone (an OFFSET deep into a
    # million rows, or a thousand search matches, must not join every row it passes), then
    # the rows of just that page.
    ids = [
        r[0]
        for r in database.execute_sql(
            f'SELECT c.id FROM "case" c{where}{_order(query)} LIMIT ? OFFSET ?', paging
        )
    ]
    rows: dict[int, CaseRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        sql = f"{_ROW_SQL} WHERE c.id IN ({', '.join('?' * len(chunk))})"
        rows.update((r[0], _row(r)) for r in database.execute_sql(sql, chunk))
    return [rows[i] for i in ids if i in rows]


def first_page(
    query: CaseQuery, limit: int, *, today: dt.date | None = None
) -> tuple[int | None, list[CaseRow]]:
    """The first rows a list shows, and how many cases match when the rows tell it.

    A page that is not full is the whole answer. A full one leaves the total as None: the list
    shows its rows at once and asks ``count_cases`` after, so typing never waits on a count.
    """
    rows = case_page(query, 0, limit, today=today)
    return (len(rows) if len(rows) < limit else None), rows


def find_cases(text: str = "", limit: int = 50) -> list[CaseRow]:
    """Cases matching what was typed (registration number, names, NIK, phone, business,
    product, chronology), newest first; with nothing to search, the newest cases."""
    return case_page(CaseQuery(text=text, match_cap=None), 0, limit)


def spelling_suggestion(text: str) -> str | None:
    """Another common spelling of the names in ``text`` that finds a case (Soekarno for
    Sukarno), for a search that found none; None when no variant finds one either."""
    from desktop.domain.search_terms import spelling_variants

    for variant in spelling_variants(text):
        if search.matching_case_ids(variant, 1):
            return variant
    return None


@dataclass(frozen=True)
class CaseFile:
    """Everything the case file shows."""

    case: dict[str, Any]
    complainant: dict[str, Any]
    business: dict[str, Any]
    agency: str
    registered_by: str
    timeline: list[tuple[dt.datetime, str, dict[str, Any], str]] = field(default_factory=list)
    meetings: list[Any] = field(default_factory=list)  # hearings.Meeting, oldest first
    letters: list[str] = field(default_factory=list)  # the letters that can be printed now
    sync: str = "pending"  # synced, pending or error (services.syncing.case_state)
    sync_problem: str = ""  # what the central system said, when it did not take a change
    outgoing: list = field(default_factory=list)  # services.outgoing.OutgoingLetter, oldest first


def case_file(ref: str) -> CaseFile:
    from desktop.services import outgoing
    from desktop.services.caselog import load
    from desktop.services.hearings import meetings
    from desktop.services.printing import letters_for
    from desktop.services.syncing import case_problem, case_state

    record = load(ref)
    complainant = Complainant.get(Complainant.uuid == record["complainant"]).__data__
    business = BusinessActor.get(BusinessActor.uuid == record["business"]).__data__
    agency = Agency.get_or_none(Agency.code == record["agency"]) if record["agency"] else None
    names = {s.uuid: s.full_name for s in Staff.select(Staff.uuid, Staff.full_name)}
    events = HistoryEvent.select().where(HistoryEvent.case == record.uuid).order_by(HistoryEvent.id)
    return CaseFile(
        case={"uuid": record.uuid, "id": record.id, **record.state},
        complainant=complainant,
        business=business,
        agency=agency.name if agency else "",
        registered_by=names.get(record["registered_by"], ""),
        timeline=[(e.at, e.kind, e.payload, names.get(e.actor_id, "")) for e in events],
        meetings=meetings(case=record.uuid),
        letters=letters_for(record),
        sync=case_state(record.uuid),
        sync_problem=case_problem(record.uuid),
        outgoing=outgoing.of_case(record.uuid),
    )


@dataclass(frozen=True)
class VisitorRow:
    uuid: str
    name: str
    purpose: str
    time_in: dt.datetime
    time_out: dt.datetime | None
    case_reg_no: str


def visitors_on(day: dt.date) -> list[VisitorRow]:
    """The visitor log of one office day, latest first."""
    start = dt.datetime.combine(day, dt.time()) - dt.timedelta(hours=7)  # 00:00 WIB in UTC
    rows = database.execute_sql(
        'SELECT v.uuid, v.name, v.purpose, v.time_in, v.time_out, c.reg_no FROM "visitor" v '
        'LEFT JOIN "case" c ON c.uuid = v.case_id WHERE v.time_in >= ? AND v.time_in < ? '
        "ORDER BY v.time_in DESC, v.id DESC",
        (start, start + dt.timedelta(days=1)),
    )
    moment = Visitor.time_in.python_value
    return [
        VisitorRow(r[0], r[1], r[2], moment(r[3]), moment(r[4]) if r[4] else None, r[5] or "")
        for r in rows
    ]


@dataclass(frozen=True)
class Today:
    day: dt.date
    waiting: list[VisitorRow]
    hearings: list[Any]  # hearings.Meeting, the day's planned and held meetings
    overdue: int
    due_soon: int
    overdue_rows: list[CaseRow]
    due_rows: list[CaseRow]
    open_cases: int
    backup: Any = None  # services.backups.State: when the last daily backup was made


def today_summary(now: dt.datetime | None = None) -> Today:
    now = now or utcnow()
    day = office_date(now)
    from desktop.services import backups
    from desktop.services.hearings import meetings

    overdue, soon = CaseQuery(due="overdue"), CaseQuery(due="soon")
    return Today(
        day=day,
        waiting=[v for v in visitors_on(day) if v.time_out is None],
        hearings=[m for m in meetings(day, day) if m.status in ("planned", "held")],
        overdue=count_cases(overdue, today=day),
        due_soon=count_cases(soon, today=day),
        overdue_rows=case_page(overdue, 0, 8, today=day),
        due_rows=case_page(soon, 0, 8, today=day),
        open_cases=count_cases(CaseQuery(status="open"), today=day),
        backup=backups.state(now),
    )


@dataclass(frozen=True)
class KnownPerson:
    uuid: str
    name: str
    nik: str
    phone: str
    data: dict[str, Any]


def known_complainants(typed: str, limit: int = 8) -> list[KnownPerson]:
    """Complainants whose NIK, phone or name begins with what was typed."""
    text = typed.strip()
    if len(text) < 3:
        return []
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits and len(digits) == len(text.replace(" ", "").replace("-", "").lstrip("+")):
        phone = "+62" + digits[1:] if digits.startswith("0") else "+" + digits
        where = (Complainant.nik.startswith(digits)) | (Complainant.phone.startswith(phone))
    else:
        where = Complainant.name.startswith(text)  # LIKE 'x%': the NOCASE index serves it
    return [
        KnownPerson(p.uuid, p.name, p.nik, p.phone, p.__data__)
        for p in Complainant.select().where(where).limit(limit)
    ]


def known_businesses(typed: str, limit: int = 8) -> list[dict[str, Any]]:
    key = " ".join(typed.lower().split())
    if len(key) < 2:
        return []
    query = (
        BusinessActor.select()
        .where((BusinessActor.name_key >= key) & (BusinessActor.name_key < key + "\uffff"))
        .limit(limit)
    )
    return [b.__data__ for b in query]


def likely_duplicates(nik: str, phone: str, business_name: str) -> list[str]:
    """Open cases of the same complainant against the same business: registration numbers."""
    people = Complainant.select(Complainant.uuid).where(
        ((Complainant.nik == nik) & (Complainant.nik != ""))
        | ((Complainant.phone == phone) & (Complainant.phone != ""))
    )
    key = " ".join(business_name.lower().split())
    businesses = BusinessActor.select(BusinessActor.uuid).where(BusinessActor.name_key == key)
    query = Case.select(Case.reg_no).where(
        Case.complainant.in_(people) & Case.business.in_(businesses) & Case.status.in_(_OPEN)
    )
    return [c.reg_no for c in query]


def staff_list() -> list[dict[str, Any]]:
    return [
        {k: v for k, v in s.__data__.items() if k != "password_hash"}
        for s in Staff.select().order_by(Staff.username)
    ]


def agencies() -> list[tuple[str, str]]:
    return [(a.code, a.name) for a in Agency.select().where(Agency.active).order_by(Agency.code)]


def has_staff() -> bool:
    return Staff.select().exists()
