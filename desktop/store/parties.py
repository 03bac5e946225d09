"""The parties of cases as rows: a complainant, a business actor, by UUID. A case names both
from the moment it is registered, so a missing one is a broken file (peewee's DoesNotExist)."""

from __future__ import annotations

from desktop.store.models import BusinessActor, Complainant


def complainant(uuid: str) -> Complainant:
    return Complainant.get(Complainant.uuid == uuid)


def business(uuid: str) -> BusinessActor:
    return BusinessActor.get(BusinessActor.uuid == uuid)


def complainants_by_number(digits: str, phone: str, limit: int) -> list[Complainant]:
    """Complainants whose NIK begins with ``digits`` or whose phone (E.164) with ``phone``."""
    where = Complainant.nik.startswith(digits) | Complainant.phone.startswith(phone)
    return list(Complainant.select().where(where).limit(limit))


def complainants_by_name(text: str, limit: int) -> list[Complainant]:
    """Complainants whose name begins with ``text`` (LIKE 'x%': the NOCASE index serves it)."""
    return list(Complainant.select().where(Complainant.name.startswith(text)).limit(limit))


def businesses_by_key(key: str, limit: int) -> list[BusinessActor]:
    """Business actors whose folded name begins with ``key``."""
    return list(
        BusinessActor.select()
        .where((BusinessActor.name_key >= key) & (BusinessActor.name_key < key + "\uffff"))
        .limit(limit)
    )


def open_cases_between(nik: str, phone: str, business_key: str, statuses) -> list[str]:
    """Registration numbers of cases in ``statuses`` of a complainant with this NIK or phone
    against a business actor of this folded name."""
    from desktop.store.models import Case

    people = Complainant.select(Complainant.uuid).where(
        ((Complainant.nik == nik) & (Complainant.nik != ""))
        | ((Complainant.phone == phone) & (Complainant.phone != ""))
    )
    businesses = BusinessActor.select(BusinessActor.uuid).where(
        BusinessActor.name_key == business_key
    )
    query = Case.select(Case.reg_no).where(
        Case.complainant.in_(people)
        & Case.business.in_(businesses)
        & Case.status.in_(list(statuses))
    )
    return [c.reg_no for c in query]
