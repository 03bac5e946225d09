"""The terms of an agreement after the meeting: each recorded kept or not, those past their
date listed for Today; a case is not closed as agreed while a term is still open."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain import agreements, scheduling
from desktop.domain.errors import DomainError, NotFound
from desktop.domain.formatting import dated, long_date
from desktop.domain.workdays import office_date
from desktop.services import caselog
from desktop.services.context import Actor, require, write
from desktop.store import agreements as terms
from desktop.store import hearings, outgoing
from desktop.store.models import utcnow


@dataclass(frozen=True)
class TermRow:
    uuid: str
    case: str
    reg_no: str
    text: str
    due: dt.date
    state: str
    note: str


def _rows(found: list[tuple]) -> list[TermRow]:
    return [TermRow(*row) for row in found]


def of_case(case_uuid: str) -> list[TermRow]:
    return _rows(terms.of_case(case_uuid))


def overdue(today: dt.date, limit: int = 8) -> list[TermRow]:
    """Open terms whose date has passed: the officer asks whether they were kept."""
    return _rows(terms.overdue(today, limit))


def open_count(case_uuid: str) -> int:
    return terms.open_count(case_uuid)


def record(
    actor: Actor, term_uuid: str, fulfilled: bool, note: str = "", *, now: dt.datetime | None = None
) -> None:
    """A term of an agreement was kept, or it was not (the case may then go to BPSK). A term
    recorded not kept may later be recorded kept, carried out after the follow-up letter:
    while the case is still handled and its consumer has not been sent to the BPSK."""
    require(actor, scheduling.PLANNERS, "permission.terms")
    now = now or utcnow()
    with write():
        term = terms.by_uuid(term_uuid)
        if term is None:
            raise NotFound("agreement.term_not_found")
        if not agreements.recordable(term.state, fulfilled):
            raise DomainError("agreement.term_recorded")
        case = caselog.load(term.case_id)
        late = term.state == "unfulfilled"
        if late and case["status"] == "closed":
            raise DomainError("agreement.term_case_closed")
        referral = outgoing.first_issued(case.uuid, "bpsk_referral") if late else None
        if referral is not None:  # the consumer was told to go to the BPSK: that stands
            raise DomainError("agreement.term_referred", number=referral.number)
        term.state = "fulfilled" if fulfilled else "unfulfilled"
        term.note, term.recorded_at = note.strip(), now
        term.save()
        payload = {"term": term_uuid, "text": term.text, "fulfilled": fulfilled, "note": term.note}
        caselog.append(
            case,
            "case.term_recorded",
            payload | ({"late": True} if late else {}),
            actor,
            now,
        )


def lapsed(case_uuid: str) -> list[TermRow]:
    """The terms recorded as not carried out: what a follow-up letter asks for again."""
    return [t for t in of_case(case_uuid) if t.state == "unfulfilled"]


def followup_fields(case_uuid: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """What the letter asking the business to carry out a lapsed agreement says: when it was
    agreed and in which berita acara (its number once issued), and each term not carried out
    with the date it was due, as a tabulated block."""
    owed = lapsed(case_uuid)
    if not owed:
        return {"agreed_on": "", "minutes": ""}, []
    first = terms.by_uuid(owed[0].uuid)
    hearing = hearings.by_uuid(first.hearing) if first else None
    meeting = {"clarification": "klarifikasi", "mediation": "mediasi"}.get(
        hearing.kind if hearing else "", "mediasi"
    )
    minutes = outgoing.first_issued(case_uuid, "minutes", hearing.uuid) if hearing else None
    agreed_on = office_date(hearing.held_at or hearing.starts_at) if hearing else owed[0].due
    where = (
        f" sebagaimana tertuang dalam Berita Acara {meeting.title()} nomor {minutes.number} "
        f"tanggal {dated(minutes.issued_on)}"
        if minutes
        else f" dalam {meeting} yang kami fasilitasi"
    )
    details = []
    for term in owed:  # "Kesepakatan 1" would not fit the label's column: pairs in order
        details += [("Kesepakatan", term.text), ("Batas waktu", dated(term.due))]
    return {"agreed_on": long_date(agreed_on), "minutes": where}, details
