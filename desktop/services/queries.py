"""Reading cases for lists and the command line: the same search the GUI uses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.store import search
from desktop.store.models import BusinessActor, Case, Complainant


@dataclass(frozen=True)
class CaseRow:
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


def _rows(query) -> list[CaseRow]:
    return [
        CaseRow(
            c.id,
            c.uuid,
            c.reg_no,
            c.status,
            c.outcome,
            c.received_at,
            c.stage_due,
            c.sector,
            c.channel,
            c.complainant.name,
            c.business.name,
        )
        for c in query
    ]


def _with_parties():
    return (
        Case.select(Case, Complainant.name, BusinessActor.name)
        .join(Complainant, on=(Case.complainant == Complainant.uuid))
        .switch(Case)
        .join(BusinessActor, on=(Case.business == BusinessActor.uuid))
    )


def find_cases(text: str = "", limit: int = 50) -> list[CaseRow]:
    """Cases matching what was typed (registration number, names, NIK, phone, business,
    product, chronology), newest first; with nothing to search, the newest cases."""
    ids = search.matching_case_ids(text, limit or -1) if text.strip() else None
    if ids is None:
        query = _with_parties().order_by(Case.received_at.desc(), Case.id.desc())
        return _rows(query.limit(limit) if limit else query)
    found: dict[int, CaseRow] = {}
    for start in range(0, len(ids), 500):  # SQLite limits the parameters of one statement
        chunk = ids[start : start + 500]
        found.update((row.id, row) for row in _rows(_with_parties().where(Case.id.in_(chunk))))
    return [found[i] for i in ids if i in found]


def count_cases() -> int:
    return Case.select().count()
