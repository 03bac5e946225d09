"""What the office holds about one person, found by their NIK (UU 27/2022 art. 32: a person's
data and the record of its processing, on request)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PersonRecord:
    """The person as a complaint recorded them (one record per complaint that named the NIK)."""

    name: str
    nik: str
    birth_date: dt.date | None
    sex: str
    phone: str
    email: str
    address: str
    recorded_at: dt.datetime


@dataclass(frozen=True)
class PersonCase:
    reg_no: str
    received_at: dt.datetime
    channel: str
    status: str
    business: str
    product: str
    chronology: str
    outcome: str
    closed_at: dt.datetime | None


@dataclass(frozen=True)
class PersonVisit:
    time_in: dt.datetime
    purpose: str
    case: str  # the registration number of the case the visit started, or ""


@dataclass(frozen=True)
class PersonLetter:
    direction: str  # "in" or "out"
    number: str
    dated: dt.date | None
    subject: str
    case: str


@dataclass(frozen=True)
class PersonDocument:
    name: str
    size: int
    added_at: dt.datetime
    case: str


@dataclass(frozen=True)
class Processing:
    """One act on the person's data: who did what, when (the history of their cases, and what
    the office printed, exported or sent of it)."""

    at: dt.datetime
    who: str
    what: str  # the event's kind, e.g. case.registered, document.printed
    case: str


@dataclass(frozen=True)
class PersonData:
    nik: str
    records: list[PersonRecord] = field(default_factory=list)
    cases: list[PersonCase] = field(default_factory=list)
    visits: list[PersonVisit] = field(default_factory=list)
    letters: list[PersonLetter] = field(default_factory=list)
    documents: list[PersonDocument] = field(default_factory=list)
    processing: list[Processing] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return bool(self.records or self.visits)
