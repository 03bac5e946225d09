"""The office as every printed document heads and signs it, from the settings.

Its own module so that the services printing a document (letters, the schedule, the register,
the recap) need not import ``printing``, which imports them for the case's papers.
"""

from __future__ import annotations

from desktop.documents.common import Office
from desktop.documents.letter import Signatory
from desktop.services import settings


def office() -> Office:
    return Office(
        address=settings.get("office.address"),
        city=settings.get("office.city"),
        phone=settings.get("office.phone"),
        whatsapp=settings.get("office.whatsapp"),
        email=settings.get("office.email"),
        website=settings.get("office.website"),
        directorate=settings.get("office.name").upper(),
    )


def signatory() -> Signatory:
    return Signatory(
        settings.get("signatory.position"),
        settings.get("signatory.name"),
        settings.get("signatory.nip"),
        settings.get("signatory.on_behalf"),
    )
