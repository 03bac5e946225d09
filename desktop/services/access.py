"""The processing record (UU 27/2022 art. 31): who opened a case file, printed, e-mailed or
exported it, or handed a person their data, and when. Openings, prints, exports of lists and
hand-overs are events of the desk's own history chain, e-mails and issued letters are case
events: none of it is edited (``loket check`` names an event changed after it was written, and a
row of the register of printed documents that no longer matches its event). Supervisors and
admins read it per person (by NIK) or per officer; an export of a list is read per officer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.errors import NotFound
from desktop.domain.workflow import Role
from desktop.services import queries
from desktop.services.caselog import audit
from desktop.services.context import Actor, require, write
from desktop.store import accounts
from desktop.store import cases as case_rows
from desktop.store.access import OPENED, access_rows
from desktop.store.models import utcnow

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
    what: str  # access.case_opened, printed:KIND, export.saved, person.data_exported,
    # or the case event's kind
    reg_no: str


def record(actor: Actor, *, nik: str = "", username: str = "") -> list[Access]:
    """Every access to the cases of the person with ``nik``, or by the officer ``username``,
    oldest first."""
    require(actor, READERS, "permission.access_record")
    cases: dict[str, str] = {}  # uuid: reg_no
    officer = None
    if nik:
        cases = case_rows.numbers_of_person(nik)
        if not cases:
            raise NotFound("access.no_person")
    else:
        officer = accounts.by_username(username)
        if officer is None:
            raise NotFound("access.no_officer", username=username)
    found = access_rows(list(cases) if officer is None else None, officer and officer.uuid)
    names = accounts.usernames()
    numbers = cases or case_rows.numbers(c for *_, c in found if c)
    return [
        Access(at, names.get(who, ""), what, numbers.get(case, "") if case else "")
        for at, who, what, case in sorted(found, key=lambda r: r[0])
    ]
