"""Reading for lists, the case file, Today and the command line.

Lists are read a page at a time over indexes (store.case_list), so the case list stays quick
at a million cases; search goes through the full-text indexes and keeps the newest matches.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.workdays import office_date, office_day_start
from desktop.domain.workflow import OPEN_STATUSES
from desktop.services import settings
from desktop.store import accounts, agencies, case_list, cases, parties, search
from desktop.store.case_list import SEARCH_CAP, UNASSIGNED, CaseQuery, CaseRow, visitors_between
from desktop.store.models import (
    utcnow,
)

_OPEN = tuple(s.value for s in OPEN_STATUSES)
__all__ = [
    "SEARCH_CAP",
    "UNASSIGNED",
    "CaseQuery",
    "CaseRow",
    "case_page",
    "count_cases",
    "find_cases",
]


def soon_until(query: CaseQuery, today: dt.date) -> dt.date | None:
    """The last day a case due "soon" is due (two working days on), when the query asks."""
    return settings.calendar().add_working_days(today, 2) if query.due == "soon" else None


def count_cases(query: CaseQuery | None = None, *, today: dt.date | None = None) -> int:
    query = query or CaseQuery()
    today = today or office_date(utcnow())
    return case_list.count(query, today, soon_until(query, today))


def case_page(
    query: CaseQuery, offset: int, limit: int, *, today: dt.date | None = None
) -> list[CaseRow]:
    """One page of the case list: the rows from ``offset`` on, at most ``limit``."""
    today = today or office_date(utcnow())
    return case_list.page(query, offset, limit, today, soon_until(query, today))


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
    officer: str = ""  # the responsible officer's name
    staff: dict[str, str] = field(default_factory=dict)  # names by uuid, for the history
    terms: list = field(default_factory=list)  # services.agreements.TermRow, by date
    documents: list = field(default_factory=list)  # services.casefile.CaseDocument, by group
    overdue: int = 0  # working days past the stage's due date


def case_file(ref: str, lang: str = "id") -> CaseFile:
    from desktop.services import agreements, casefile, outgoing
    from desktop.services.caselog import load
    from desktop.services.hearings import meetings
    from desktop.services.printing import letters_for
    from desktop.services.syncing import case_problem, case_state

    record = load(ref)
    complainant = parties.complainant(record["complainant"]).__data__
    business = parties.business(record["business"]).__data__
    agency = agencies.by_code(record["agency"]) if record["agency"] else None
    names = accounts.full_names()
    events = cases.events_of(record.uuid)
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
        documents=casefile.documents(record.uuid, lang),
        overdue=casefile.overdue_days(record["stage_due"], record["status"], office_date(utcnow())),
        officer=names.get(record["officer"], "") if record["officer"] else "",
        terms=agreements.of_case(record.uuid),
        staff=names,
    )


@dataclass(frozen=True)
class VisitorRow:
    uuid: str
    name: str
    purpose: str
    time_in: dt.datetime
    time_out: dt.datetime | None
    case_reg_no: str  # every case the visitor started, comma-separated


def visitors_on(day: dt.date) -> list[VisitorRow]:
    """The visitor log of one office day, latest first."""
    start = office_day_start(day)
    return [VisitorRow(*r) for r in visitors_between(start, start + dt.timedelta(days=1))]


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
    mine: list[CaseRow] = field(default_factory=list)  # "Kasus saya": most urgent first
    mine_count: int = 0
    terms_overdue: list = field(default_factory=list)  # services.agreements.TermRow
    backup: Any = None  # services.backups.State: when the last daily backup was made


def my_cases(officer: str, limit: int = 20) -> list[CaseRow]:
    """The open cases an officer answers for, the one due first at the top (no due date last)."""
    return case_list.of_officer(officer, limit)


def today_summary(now: dt.datetime | None = None, officer: str = "") -> Today:
    """The day at a glance; with ``officer`` (a staff uuid), also the cases that are theirs."""
    now = now or utcnow()
    day = office_date(now)
    from desktop.services import agreements, backups
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
        mine=my_cases(officer) if officer else [],
        terms_overdue=agreements.overdue(day),
        mine_count=count_cases(CaseQuery(status="open", officer=officer), today=day)
        if officer
        else 0,
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
        found = parties.complainants_by_number(digits, phone, limit)
    else:
        found = parties.complainants_by_name(text, limit)
    return [KnownPerson(p.uuid, p.name, p.nik, p.phone, p.__data__) for p in found]


def known_businesses(typed: str, limit: int = 8) -> list[dict[str, Any]]:
    key = " ".join(typed.lower().split())
    if len(key) < 2:
        return []
    return [b.__data__ for b in parties.businesses_by_key(key, limit)]


def likely_duplicates(nik: str, phone: str, business_name: str) -> list[str]:
    """Open cases of the same complainant against the same business: registration numbers."""
    key = " ".join(business_name.lower().split())
    return parties.open_cases_between(nik, phone, key, _OPEN)


def staff_list() -> list[dict[str, Any]]:
    return [
        {k: v for k, v in s.__data__.items() if k != "password_hash"}
        for s in accounts.by_username_order()
    ]


def has_staff() -> bool:
    return accounts.any_account()
