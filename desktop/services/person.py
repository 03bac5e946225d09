"""A person's data on request (UU 27/2022 art. 32): everything the office holds about the owner
of a NIK, and who processed it when, as a PDF handed to them. Supervisors and admins only; the
handing over is itself recorded, with the NIK masked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.documents.person import render_person
from desktop.domain import identity
from desktop.domain.errors import DomainError
from desktop.domain.workflow import REPORTERS
from desktop.services import caselog, printing
from desktop.services.context import Actor, require
from desktop.services.context import write as write_transaction
from desktop.store import exports as store_exports
from desktop.store import person as store_person
from desktop.store.models import utcnow


@dataclass(frozen=True)
class PersonExport:
    pdf: bytes
    cases: int
    visits: int


def export(actor: Actor, nik: str, *, now: dt.datetime | None = None) -> PersonExport:
    """The PDF of what the office holds about the owner of ``nik``; refused when it holds
    nothing (a NIK typed wrong must not look like a person with no data)."""
    require(actor, REPORTERS, "permission.person_data")
    try:
        number = identity.normalize_nik(nik).number
    except identity.Invalid as e:  # said as at intake: which part of the NIK is wrong
        raise DomainError(e.code, **e.params) from None
    now = now or utcnow()
    with store_exports.snapshot():
        data = store_person.holdings(number)
    if not data.found:
        raise DomainError("person.not_found", nik=identity.mask_nik(number))
    pdf = render_person(data, printing.office(), now)
    with write_transaction():
        caselog.audit(
            "person.data_exported",
            {
                "nik": identity.mask_nik(number),
                "cases": [c.reg_no for c in data.cases],
                "visits": len(data.visits),
            },
            actor,
            now,
        )
    return PersonExport(pdf, len(data.cases), len(data.visits))
