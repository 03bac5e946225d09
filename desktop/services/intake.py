"""Registering complaints at the counter, and correcting them while they are open."""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.domain import case_state
from desktop.domain.errors import DomainError
from desktop.domain.intake import ComplaintForm, validate_complaint
from desktop.domain.workdays import office_date
from desktop.domain.workflow import EDITORS, REGISTRARS, Status
from desktop.services import caselog, settings
from desktop.services.context import Actor, require, write
from desktop.store import rows, sequences
from desktop.store.models import BusinessActor, Complainant, new_uuid, utcnow

# Held while a desk finds or adds a complaint's party: one of a few dozen keys, chosen by who
# the party is, so that desks registering different people rarely wait for each other, and a
# demo's thousands of people in one transaction hold dozens of locks, not thousands.
PARTIES = "intake:parties"
PARTY_LOCKS = 64


def _person_lock(person: dict[str, Any]) -> str:
    return _party_lock("person", person["nik"] or f"{person['phone']} {person['name']}")


def _business_lock(business: dict[str, Any]) -> str:
    return _party_lock("business", name_key(business["name"]))


def _party_lock(kind: str, identity: str) -> str:
    return f"{PARTIES}:{zlib.crc32(f'{kind} {identity}'.encode()) % PARTY_LOCKS}"


def parties(complainant: dict[str, Any], business: dict[str, Any]) -> tuple[dict, dict]:
    """The complaint's two parties' records, found or added. Their locks are taken in one order
    on every desk: two desks each holding one and waiting for the other's would deadlock."""
    for key in sorted({_person_lock(complainant), _business_lock(business)}):
        sequences.hold(key)
    return person_record(complainant), business_record(business)


@dataclass(frozen=True)
class Registered:
    uuid: str
    reg_no: str
    stage_due: dt.date


def name_key(name: str) -> str:
    """How a business actor's name is matched: case and spacing do not count."""
    return " ".join(name.lower().split())


def person_record(person: dict[str, Any]) -> dict[str, Any]:
    """The known complainant with this NIK (or, without a NIK, name and phone), else a new one.

    A returning complainant's contact details are brought up to date with what was typed now.
    """
    sequences.hold(_person_lock(person))  # two desks adding one new person make one record
    found = None
    if person["nik"]:
        found = rows.find(Complainant, "nik", person["nik"])
    elif person["phone"]:
        found = rows.find(Complainant, "phone", person["phone"], {"name": person["name"]})
    if found is None:
        record = {"uuid": new_uuid(), **person}
        record["id"] = rows.insert(Complainant, record)
        return record
    newer = {k: v for k, v in person.items() if v not in ("", None) and found[k] != v}
    if newer:
        rows.update(Complainant, "uuid", found["uuid"], newer)
    record = {**found, **newer}
    if newer.keys() & caselog.PARTY_SEARCHED["complainant"]:
        caselog.reindex_party("complainant", record)
    return record


def business_record(business: dict[str, Any]) -> dict[str, Any]:
    key = name_key(business["name"])
    sequences.hold(_business_lock(business))
    found = rows.find(BusinessActor, "name_key", key)
    if found is None:
        record = {"uuid": new_uuid(), "name_key": key, **business}
        record["id"] = rows.insert(BusinessActor, record)
        return record
    missing = {k: v for k, v in business.items() if v and not found[k]}
    if missing:
        rows.update(BusinessActor, "uuid", found["uuid"], missing)
    record = {**found, **missing}
    if missing.keys() & caselog.PARTY_SEARCHED["business"]:
        caselog.reindex_party("business", record)
    return record


def _snapshot(record: dict[str, Any]) -> dict[str, Any]:
    """A party as it travels inside an event: what the central server needs to know of it.
    The blocking flag travels in its own event, so a returning business actor's snapshot is
    the same as a new one's."""
    skip = {"id", "created_at", "name_key", "blocking_recommended"}
    return {k: case_state.to_json(v) for k, v in record.items() if k not in skip}


def register_complaint(
    actor: Actor, form: ComplaintForm, *, now: dt.datetime | None = None, letter: str | None = None
) -> Registered:
    """A new case from the intake form; its registration number is given at once."""
    require(actor, REGISTRARS, "permission.register")
    now = now or utcnow()
    today = office_date(now)
    clean = validate_complaint(form, today)
    with write():
        complainant, business = parties(clean["complainant"], clean["business"])
        payload = registration(actor, clean["case"], complainant, business, today, letter=letter)
        case = caselog.append(
            new_uuid(), "case.registered", payload, actor, now, parties=(complainant, business)
        )
    return Registered(case.uuid, case["reg_no"], case["stage_due"])


def registration(
    actor: Actor,
    case: dict[str, Any],
    complainant: dict[str, Any],
    business: dict[str, Any],
    today: dt.date,
    *,
    letter: str | None = None,
    take: Callable[[str], int] = sequences.next_value,
) -> dict[str, Any]:
    """The payload of a case.registered event: the clean case with its number, the parties as
    they are now, the first due date."""
    fields = {
        **case,
        "reg_no": sequences.next_number(settings.numbering_of("registration"), today, take=take),
        "complainant": complainant["uuid"],
        "business": business["uuid"],
        "registered_by": actor.uuid,
        "letter": letter,
    }
    due = settings.calendar().add_working_days(today, settings.due_days("received"))
    return {
        "case": {k: case_state.to_json(v) for k, v in fields.items()},
        "complainant": _snapshot(complainant),
        "business": _snapshot(business),
        "due": due.isoformat(),
    }


def amend_case(
    actor: Actor, case_uuid: str, form: ComplaintForm, *, now: dt.datetime | None = None
) -> list[str]:
    """Correct an open case from the edited form; returns the names of the changed fields."""
    require(actor, EDITORS, "permission.edit")
    now = now or utcnow()
    clean = validate_complaint(form, office_date(now))
    with write():
        case = caselog.load(case_uuid)
        if case["status"] == Status.CLOSED.value:
            raise DomainError("workflow.amend_closed")
        complainant, business = parties(clean["complainant"], clean["business"])
        wanted = {**clean["case"], "complainant": complainant["uuid"], "business": business["uuid"]}
        changes = {
            k: case_state.to_json(v)
            for k, v in wanted.items()
            if k in case_state.AMENDABLE and case_state.coerce(k, v) != case[k]
        }
        if changes:
            payload: dict[str, Any] = {"changes": changes}
            if "complainant" in changes:
                payload["complainant"] = _snapshot(complainant)
            if "business" in changes:
                payload["business"] = _snapshot(business)
            case = caselog.append(case, "case.amended", payload, actor, now)
        caselog.reindex(case, (complainant, business))  # their phone or NIK may be new
    return sorted(changes)
