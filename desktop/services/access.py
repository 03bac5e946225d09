"""The processing record (UU 27/2022 art. 31): who opened a case file, printed, e-mailed or
exported it, and when. Openings are events of the desk's own history chain, prints are the
register of printed documents, e-mails and issued letters are case events: none of it is edited
(``loket check`` names an event changed after it was written). Supervisors and admins read it
per person (by NIK) or per officer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from desktop.domain.errors import NotFound
from desktop.domain.workflow import Role
from desktop.services import queries
from desktop.services.caselog import audit
from desktop.services.context import Actor, require, write
from desktop.store.models import Case, Complainant, HistoryEvent, PrintedDocument, Staff, utcnow

OPENED = "access.case_opened"
# Case events that hand a case's data on: a letter issued (printed), a letter e-mailed.
HANDED_ON = ("case.letter_issued", "case.letter_emailed")
READERS = {Role.SUPERVISOR, Role.ADMIN}


def open_case_file(
    actor: Actor, ref: str, lang: str = "id", now: dt.datetime | None = None
) -> queries.CaseFile:
    """The case file, its opening recorded in the same transaction."""
    with write():
        file = queries.case_file(ref, lang)
        audit(
            OPENED,
            {"case": file.case["uuid"], "reg_no": file.case["reg_no"]},
            actor,
            now or utcnow(),
        )
    return file


@dataclass(frozen=True)
class Access:
    at: dt.datetime
    officer: str  # user name
    what: str  # access.case_opened, printed:KIND, or the case event's kind
    reg_no: str


def record(actor: Actor, *, nik: str = "", username: str = "") -> list[Access]:
    """Every access to the cases of the person with ``nik``, or by the officer ``username``,
    oldest first."""
    require(actor, READERS, "permission.access_record")
    cases: dict[str, str] = {}  # uuid: reg_no
    officer = None
    if nik:
        query = (
            Case.select(Case.uuid, Case.reg_no)
            .join(Complainant, on=(Case.complainant == Complainant.uuid))
            .where(Complainant.nik == nik)
        )
        cases = {uuid: reg_no for uuid, reg_no in query.tuples()}
        if not cases:
            raise NotFound("access.no_person")
    else:
        officer = Staff.get_or_none(Staff.username == username)
        if officer is None:
            raise NotFound("access.no_officer", username=username)
    opened_case = fn.json_extract(HistoryEvent.payload, "$.case")
    events = HistoryEvent.select(
        HistoryEvent.at, HistoryEvent.actor, HistoryEvent.kind, HistoryEvent.case, opened_case
    ).where(
        ((HistoryEvent.kind == OPENED) & HistoryEvent.case.is_null())
        | HistoryEvent.kind.in_(HANDED_ON)
    )
    prints = PrintedDocument.select(
        PrintedDocument.printed_at,
        PrintedDocument.printed_by,
        PrintedDocument.kind,
        PrintedDocument.case,
    )
    if officer is not None:
        events = events.where(HistoryEvent.actor == officer.uuid)
        prints = prints.where(PrintedDocument.printed_by == officer.uuid)
    else:
        wanted = list(cases)
        events = events.where(HistoryEvent.case.in_(wanted) | opened_case.in_(wanted))
        prints = prints.where(PrintedDocument.case.in_(wanted))
    names = dict(Staff.select(Staff.uuid, Staff.username).tuples())
    found: list[tuple[dt.datetime, str, str, str | None]] = []
    for at, who, kind, case, opened in events.tuples():
        found.append((at, who, kind, case or opened))
    for at, who, kind, case in prints.tuples():
        found.append((at, who, f"printed:{kind}", case))
    numbers = cases or dict(
        Case.select(Case.uuid, Case.reg_no)
        .where(Case.uuid.in_([c for *_, c in found if c]))
        .tuples()
    )
    return [
        Access(at, names.get(who, ""), what, numbers.get(case, "") if case else "")
        for at, who, what, case in sorted(found, key=lambda r: r[0])
    ]
