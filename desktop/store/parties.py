"""The parties of cases as rows: a complainant, a business actor, by UUID. A case names both
from the moment it is registered, so a missing one is a broken file (peewee's DoesNotExist)."""

from __future__ import annotations

from desktop.store.models import BusinessActor, Complainant


def complainant(uuid: str) -> Complainant:
    return Complainant.get(Complainant.uuid == uuid)


def business(uuid: str) -> BusinessActor:
    return BusinessActor.get(BusinessActor.uuid == uuid)
