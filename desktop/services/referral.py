"""Referral to the BPSK: when mediation ends without agreement, or an agreement is not kept,
the consumer is pointed to the consumer dispute settlement body of their regency or city."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.workflow import Role
from desktop.services import caselog
from desktop.services.context import Actor, require, write
from desktop.store import agreements as terms
from desktop.store import bpsk
from desktop.store.models import BpskOffice, Complainant, utcnow

_PREFIXES = ("kota administrasi ", "kabupaten ", "kab. ", "kota ")


def _place(name: str) -> str:
    """A regency or city as it is compared: "Kota Bandung", "bandung" and "KOTA BANDUNG" meet."""
    key = " ".join(name.lower().split())
    for prefix in _PREFIXES:
        if key.startswith(prefix):
            return key[len(prefix) :]
    return key


def bpsk_for(city: str, province: str) -> BpskOffice | None:
    """The BPSK of the consumer's regency or city; else the province's own (Jakarta's); None
    when the list has neither (the letter then names no office)."""
    offices = bpsk.active()
    kabupaten = city.lower().startswith(("kabupaten", "kab."))
    same = [o for o in offices if o.city and _place(o.city) == _place(city)]
    # a regency and the city of the same name (Kabupaten and Kota Malang) are different places
    exact = [o for o in same if o.city.lower().startswith("kab") == kabupaten]
    if exact or same:
        return (exact or same)[0]
    in_province = [o for o in offices if not o.city and o.province.lower() == province.lower()]
    return in_province[0] if in_province else None


def referable(case: Mapping[str, Any]) -> bool:
    """The parties did not agree, or an agreement was not kept: the BPSK letter applies."""
    if case["status"] == "closed" and case["outcome"] == "no_agreement":
        return True
    uuid = case.get("uuid") if isinstance(case, dict) else getattr(case, "uuid", None)
    return bool(uuid) and terms.any_unfulfilled(uuid)


def bpsk_fields(case, person: Complainant) -> dict[str, str]:
    """What the referral letter says: why, and which BPSK."""
    office = bpsk_for(person.city, person.province)
    broken = terms.unfulfilled(case.uuid)
    because = (
        "Kesepakatan yang dicapai dalam mediasi tidak dilaksanakan oleh pelaku usaha, yaitu: "
        + "; ".join(broken)
        + "."
        if broken
        else "Mediasi yang kami fasilitasi antara Saudara dan pelaku usaha tidak menghasilkan "
        "kesepakatan."
    )
    return {
        "because": because,
        "bpsk": office.name if office else "BPSK setempat",
        "bpsk_address": office.address if office else "sebagaimana ditetapkan pemerintah daerah",
    }


@dataclass(frozen=True)
class Office:
    code: str
    name: str
    city: str
    province: str
    address: str
    active: bool = True


def offices() -> list[Office]:
    return [Office(o.code, o.name, o.city, o.province, o.address, o.active) for o in bpsk.listed()]


def save_offices(actor: Actor, rows: list[Office], *, now: dt.datetime | None = None) -> None:
    """The list of BPSK offices as edited in Settings (admins): rows are matched by code; a row
    gone from the list is made inactive, never deleted (issued letters name it)."""
    require(actor, {Role.ADMIN}, "permission.admin")
    now = now or utcnow()
    errors = []
    seen: set[str] = set()
    for number, row in enumerate(rows, start=1):
        if not (row.code.strip() and row.name.strip() and row.address.strip()):
            errors.append(FieldError("bpsk", "bpsk.incomplete", {"row": number}))
        elif not (row.city.strip() or row.province.strip()):
            errors.append(FieldError("bpsk", "bpsk.no_place", {"row": number}))
        elif row.code.strip().upper() in seen:
            errors.append(FieldError("bpsk", "bpsk.duplicate", {"row": number}))
        seen.add(row.code.strip().upper())
    if errors:
        raise ValidationFailed(errors)
    with write():
        kept = set()
        for row in rows:
            code = row.code.strip().upper()
            kept.add(code)
            values = {
                "name": " ".join(row.name.split()),
                "city": " ".join(row.city.split()),
                "province": " ".join(row.province.split()),
                "address": row.address.strip(),
                "active": row.active,
            }
            bpsk.put(code, values)
        bpsk.retire_all_but(kept)
        caselog.audit("settings.bpsk_offices", {"codes": sorted(kept)}, actor, now)
