"""The agencies out-of-scope cases are forwarded to, as admins edit them: a name, the address
their letters go to (in parts, printed as an Indonesian address is written) and the sectors whose
cases go to them unless the analyst chooses another."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.domain.classification import Sector
from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.formatting import address_lines


@dataclass
class AgencyForm:
    code: str
    name: str = ""
    building: str = ""  # "Gedung Sumitro Djojohadikusumo", if the office is in one
    street: str = ""
    city: str = ""
    province: str = ""
    postal_code: str = ""
    sectors: list[str] = field(default_factory=list)


def address(form: AgencyForm) -> list[str]:
    """The lines a letter to the agency is addressed with, under "Yth. Pimpinan …"."""
    return [
        line
        for line in (
            form.building,
            *address_lines(
                form.street, city=form.city, province=form.province, postal_code=form.postal_code
            ),
        )
        if line
    ]


def _one_line(value: str) -> str:
    return " ".join(value.split())


def checked(form: AgencyForm, defaults: dict[str, str]) -> AgencyForm:
    """The form tidied, or ValidationFailed naming each wrong field. ``defaults`` maps a sector
    to the agency its cases go to now: a sector goes to one agency, so another's is refused."""
    parts = ("name", "building", "street", "city", "province", "postal_code")
    clean = AgencyForm(
        form.code,
        *(_one_line(getattr(form, part)) for part in parts),
        sectors=sorted(set(form.sectors)),
    )
    errors = []
    if len(clean.name) < 2:
        errors.append(FieldError("agency.name", "required"))
    for part in ("name", "building", "street", "city", "province"):
        if len(getattr(clean, part)) > 150:
            errors.append(FieldError(f"agency.{part}", "text.too_long", {"limit": 150}))
    if not clean.street:  # a letter goes to an address, not "di tempat"
        errors.append(FieldError("agency.street", "required"))
    if not clean.city:
        errors.append(FieldError("agency.city", "required"))
    if clean.postal_code and not re.fullmatch(r"\d{5}", clean.postal_code):
        errors.append(FieldError("agency.postal_code", "postal_code.invalid"))
    known = {s.value for s in Sector}
    for sector in clean.sectors:
        if sector not in known:
            errors.append(FieldError("agency.sectors", "choice.invalid"))
        elif defaults.get(sector, clean.code) != clean.code:
            errors.append(
                FieldError(
                    "agency.sectors",
                    "agency.sector_taken",
                    {"sector": sector, "agency": defaults[sector].replace("_", " ")},
                )
            )
    if errors:
        raise ValidationFailed(errors)
    return clean
