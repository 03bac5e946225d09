"""Everything the office holds about one person, by NIK: the records that named them, their
cases, visits, letters, documents, and who processed their data when."""

from __future__ import annotations

from desktop.domain.person import (
    PersonCase,
    PersonData,
    PersonDocument,
    PersonLetter,
    PersonRecord,
    PersonVisit,
    Processing,
)
from desktop.store.access import OPENED, access_rows
from desktop.store.models import (
    Attachment,
    BusinessActor,
    Case,
    Complainant,
    HistoryEvent,
    IncomingLetter,
    IssuedLetter,
    Staff,
    Visitor,
)


def _address(c: Complainant) -> str:
    neighbourhood = f"RT {c.rt}/RW {c.rw}" if c.rt or c.rw else ""
    parts = (c.address, neighbourhood, c.kelurahan, c.kecamatan, c.city, c.province, c.postal_code)
    return ", ".join(p for p in parts if p)


def holdings(nik: str) -> PersonData:
    """What names ``nik`` (an exact, normalised NIK); read in one snapshot by the caller."""
    people = list(Complainant.select().where(Complainant.nik == nik).order_by(Complainant.id))
    records = [
        PersonRecord(
            p.name, p.nik, p.birth_date, p.sex, p.phone, p.email, _address(p), p.created_at
        )
        for p in people
    ]
    rows = list(
        Case.select(Case, BusinessActor.name)
        .join(BusinessActor, on=(Case.business == BusinessActor.uuid))
        .where(Case.complainant.in_([p.uuid for p in people]))
        .order_by(Case.received_at)
        .objects()
    )
    numbers = {c.uuid: c.reg_no for c in rows}
    cases = [
        PersonCase(
            c.reg_no,
            c.received_at,
            c.channel,
            c.status,
            c.name,
            c.product,
            c.chronology,
            c.outcome or "",
            c.closed_at,
        )
        for c in rows
    ]
    own = list(numbers)
    visits = [
        PersonVisit(v.time_in, v.purpose, numbers.get(v.case_id or "", ""))
        for v in Visitor.select()
        .where((Visitor.nik == nik) | Visitor.case.in_(own))
        .order_by(Visitor.time_in)
    ]
    letters = [
        PersonLetter("in", i.agenda_no, i.letter_date, i.subject, numbers[i.case_id])
        for i in IncomingLetter.select().where(IncomingLetter.case.in_(own))
    ] + [
        PersonLetter("out", o.number, o.issued_on, o.subject, numbers[o.case_id])
        for o in IssuedLetter.select().where(IssuedLetter.case.in_(own))
    ]
    letters.sort(key=lambda letter: (letter.dated is None, letter.dated))
    documents = [
        PersonDocument(a.name, a.size, a.created_at, numbers[a.case_id])
        for a in Attachment.select().where(Attachment.case.in_(own)).order_by(Attachment.id)
    ]
    names = dict(Staff.select(Staff.uuid, Staff.full_name).tuples())
    processing = [
        Processing(e.at, names.get(e.actor_id or "", ""), e.kind, numbers[e.case_id])
        for e in HistoryEvent.select().where(HistoryEvent.case.in_(own))
    ]
    # What the processing record adds to their cases' history: openings and prints.
    processing += [
        Processing(at, names.get(who or "", ""), what, numbers.get(case or "", ""))
        for at, who, what, case in access_rows(own, None)
        if what == OPENED or what.startswith("printed:")
    ]
    # The handing over of this person's data before (an event of no case, naming the cases).
    processing += [
        Processing(e.at, names.get(e.actor_id or "", ""), e.kind, ", ".join(e.payload["cases"]))
        for e in HistoryEvent.select().where(HistoryEvent.kind == "person.data_exported")
        if set(e.payload.get("cases", ())) & set(numbers.values())
    ]
    processing.sort(key=lambda p: p.at)
    return PersonData(nik, records, cases, visits, letters, documents, processing)


def email_of(complainant_uuid: str) -> str:
    """The e-mail address a complainant gave ("" when none)."""
    found = Complainant.get_or_none(Complainant.uuid == complainant_uuid)
    return (found.email or "") if found else ""
