"""Meetings of a case (clarification, mediation): booked, moved, held."""

from __future__ import annotations

from desktop.store.models import Hearing


def by_uuid(uuid: str) -> Hearing | None:
    return Hearing.get_or_none(Hearing.uuid == uuid)
