"""The terms of agreements reached at meetings: each open until recorded kept or not."""

from __future__ import annotations

import datetime as dt

from desktop.store.models import AgreementTerm, Case

TermTuple = tuple[str, str, str, str, dt.date, str, str]


def _with_reg_no(query) -> list[TermTuple]:
    """(uuid, case uuid, registration number, text, due, state, note) of each term."""
    # The case's columns go on an attribute of their own: joined onto ``case`` they would
    # replace the foreign key with a Case holding only reg_no (and a uuid of None).
    joined = query.join(Case, on=(AgreementTerm.case == Case.uuid), attr="of_case")
    return [
        (t.uuid, t.case_id, t.of_case.reg_no, t.text, t.due, t.state, t.note)
        for t in joined.select_extend(Case.reg_no)
    ]


def of_case(case_uuid: str) -> list[TermTuple]:
    """A case's terms, by date due."""
    return _with_reg_no(
        AgreementTerm.select()
        .where(AgreementTerm.case == case_uuid)
        .order_by(AgreementTerm.due, AgreementTerm.id)
    )


def overdue(today: dt.date, limit: int) -> list[TermTuple]:
    """Open terms due before ``today``, the longest overdue first."""
    return _with_reg_no(
        AgreementTerm.select()
        .where((AgreementTerm.state == "open") & (AgreementTerm.due < today))
        .order_by(AgreementTerm.due, AgreementTerm.id)
        .limit(limit)
    )


def open_count(case_uuid: str) -> int:
    return (
        AgreementTerm.select()
        .where((AgreementTerm.case == case_uuid) & (AgreementTerm.state == "open"))
        .count()
    )


def by_uuid(term_uuid: str) -> AgreementTerm | None:
    return AgreementTerm.get_or_none(AgreementTerm.uuid == term_uuid)


def unfulfilled(case_uuid: str) -> list[str]:
    """The text of each of the case's terms recorded as not carried out."""
    return [
        t.text
        for t in AgreementTerm.select(AgreementTerm.text).where(
            (AgreementTerm.case == case_uuid) & (AgreementTerm.state == "unfulfilled")
        )
    ]


def any_unfulfilled(case_uuid: str) -> bool:
    return (
        AgreementTerm.select()
        .where((AgreementTerm.case == case_uuid) & (AgreementTerm.state == "unfulfilled"))
        .exists()
    )


def add(case_uuid: str, hearing_uuid: str, text: str, due: dt.date) -> AgreementTerm:
    """A term agreed at a meeting, open until recorded kept or not."""
    return AgreementTerm.create(case=case_uuid, hearing=hearing_uuid, text=text, due=due)
