"""Meetings of a case (clarification, mediation): booked, moved, held. Moments are UTC here;
the service converts the office's local times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from desktop.store.models import BusinessActor, Case, Complainant, Hearing, Visitor


def by_uuid(uuid: str) -> Hearing | None:
    return Hearing.get_or_none(Hearing.uuid == uuid)


def planned(uuid: str) -> Hearing | None:
    """The meeting of ``uuid`` while it is still planned (not held, moved or called off)."""
    return Hearing.get_or_none((Hearing.uuid == uuid) & (Hearing.status == "planned"))


def book(**fields: Any) -> Hearing:
    return Hearing.create(**fields)


def planned_overlapping(since: dt.datetime, until: dt.datetime) -> list[Hearing]:
    """Planned meetings overlapping [since, until), each with its case's number and parties
    (``hearing.case.reg_no``, ``.complainant_id``, ``.business_id``)."""
    return list(
        Hearing.select(Hearing, Case.reg_no, Case.complainant, Case.business)
        .join(Case, on=(Hearing.case == Case.uuid))
        .where(
            (Hearing.status == "planned") & (Hearing.starts_at < until) & (Hearing.ends_at > since)
        )
    )


def listed(
    case_uuid: str | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
) -> list[Hearing]:
    """Meetings of a case, or starting in [since, until), by start and room; each with its
    case's uuid and number and the parties' names (``hearing.case.complainant.name``)."""
    query = (
        Hearing.select(Hearing, Case.uuid, Case.reg_no, Complainant.name, BusinessActor.name)
        .join(Case, on=(Hearing.case == Case.uuid))
        .join(Complainant, on=(Case.complainant == Complainant.uuid))
        .switch(Case)
        .join(BusinessActor, on=(Case.business == BusinessActor.uuid))
        .order_by(Hearing.starts_at, Hearing.room)
    )
    if case_uuid is not None:
        query = query.where(Hearing.case == case_uuid)
    if since is not None and until is not None:
        query = query.where((Hearing.starts_at >= since) & (Hearing.starts_at < until))
    return list(query)


def parties_present(hearing_uuids: Iterable[str]) -> dict[str, set[str]]:
    """hearing uuid → the parties signed in at the counter for it."""
    present: dict[str, set[str]] = {}
    for v in Visitor.select(Visitor.hearing, Visitor.party).where(
        Visitor.hearing.in_(list(hearing_uuids))
    ):
        present.setdefault(v.hearing, set()).add(v.party)
    return present


def of_case(case_uuid: str) -> list[Hearing]:
    """A case's meetings, by start."""
    return list(Hearing.select().where(Hearing.case == case_uuid).order_by(Hearing.starts_at))


def of_case_by_prefix(case_uuid: str, prefix: str) -> Hearing | None:
    """The case's meeting whose uuid begins with ``prefix`` (the tag a print's number carries)."""
    return (
        Hearing.select()
        .where((Hearing.case == case_uuid) & Hearing.uuid.startswith(prefix))
        .first()
    )


def came(hearing_uuid: str) -> dict[str, Visitor]:
    """party → the visitor who signed in at the counter as that party of the meeting."""
    return {v.party: v for v in Visitor.select().where(Visitor.hearing == hearing_uuid)}
