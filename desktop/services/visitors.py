"""The visitor log (buku tamu): who came in, why, and when they left."""

from __future__ import annotations

import datetime as dt

from desktop.domain.errors import DomainError, NotFound
from desktop.domain.intake import VisitorForm, validate_visitor
from desktop.domain.workdays import office_date
from desktop.domain.workflow import Role
from desktop.services import caselog
from desktop.services.context import Actor, require, write
from desktop.store import visits
from desktop.store.models import Visitor, new_uuid, utcnow

RECEPTION = frozenset({Role.COUNTER, Role.ANALYST, Role.MEDIATOR, Role.SUPERVISOR})


def sign_in_visitor(actor: Actor, form: VisitorForm, *, now: dt.datetime | None = None) -> str:
    require(actor, RECEPTION, "permission.visitors")
    now = now or utcnow()
    clean = validate_visitor(form, office_date(now))
    with write():
        visitor = visits.sign_in(uuid=new_uuid(), time_in=now, signed_in_by=actor.uuid, **clean)
        caselog.audit(
            "visitor.signed_in", {"visitor": visitor.uuid, "purpose": clean["purpose"]}, actor, now
        )
    return visitor.uuid


def sign_out_visitor(actor: Actor, visitor_uuid: str, *, now: dt.datetime | None = None) -> None:
    require(actor, RECEPTION, "permission.visitors")
    now = now or utcnow()
    with write():
        visitor = visits.by_uuid(visitor_uuid)
        if visitor is None:
            raise NotFound("visitor.not_found")
        if visitor.time_out is not None:
            raise DomainError("visitor.already_out")
        visitor.time_out = now
        visitor.save()
        caselog.audit("visitor.signed_out", {"visitor": visitor.uuid}, actor, now)


def link_case(
    actor: Actor, visitor_uuid: str, case_uuid: str, *, now: dt.datetime | None = None
) -> None:
    """The complaint a visitor came to file, once it is registered."""
    require(actor, RECEPTION, "permission.visitors")
    with write():
        visitor = visits.by_uuid(visitor_uuid)
        if visitor is None:
            raise NotFound("visitor.not_found")
        if visitor.case_id is None:  # the first complaint of the visit; every one in the links
            visitor.case = case_uuid
            visitor.save(only=[Visitor.case])
        visits.link(visitor_uuid, case_uuid)
        caselog.audit(
            "visitor.case_linked",
            {"visitor": visitor_uuid, "case": case_uuid},
            actor,
            now or utcnow(),
        )


def visitor_person(visitor_uuid: str):
    """What the intake form can take over from a visitor: name, NIK, phone."""
    from desktop.domain.identity import display_phone
    from desktop.domain.intake import PersonForm

    visitor = visits.by_uuid(visitor_uuid)
    if visitor is None:
        raise NotFound("visitor.not_found")
    return PersonForm(
        name=visitor.name,
        nik=visitor.nik,
        phone=display_phone(visitor.phone) if visitor.phone else "",
    )
