"""The agencies out-of-scope cases are forwarded to: reference data that admins edit (a name,
the address letters go to, the sectors that go to each by default)."""

from __future__ import annotations

from desktop.domain.agencies import AgencyForm, checked
from desktop.domain.errors import DomainError
from desktop.domain.workflow import Role
from desktop.services.context import Actor, require, write
from desktop.store import agencies
from desktop.store.models import Agency


def form_of(agency: Agency) -> AgencyForm:
    return AgencyForm(
        agency.code,
        agency.name,
        agency.building,
        agency.street,
        agency.city,
        agency.province,
        agency.postal_code,
        [s for s in agency.sectors.split(",") if s],
    )


def listed() -> list[AgencyForm]:
    """Every agency cases may be forwarded to, by code."""
    return [form_of(a) for a in agencies.active()]


def defaults() -> dict[str, str]:
    """Which agency each sector's out-of-scope cases go to by default: sector → code."""
    return {
        sector: code
        for code, sectors in agencies.active_sectors()
        for sector in sectors.split(",")
        if sector
    }


def save(actor: Actor, form: AgencyForm) -> AgencyForm:
    """An agency's name, address and default sectors as an admin corrected them."""
    require(actor, {Role.ADMIN}, "permission.admin")
    with write():
        agency = agencies.by_code(form.code)
        if agency is None:
            raise DomainError("agency.not_found", code=form.code)
        clean = checked(form, defaults())
        agency.name = clean.name
        agency.building, agency.street = clean.building, clean.street
        agency.city, agency.province = clean.city, clean.province
        agency.postal_code, agency.sectors = clean.postal_code, ",".join(clean.sectors)
        agency.save()
    return clean
