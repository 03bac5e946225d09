"""Which cases a visitor started: every one of a visit, kept once each."""

from __future__ import annotations

from desktop.store.models import VisitorCase


def link(visitor_uuid: str, case_uuid: str) -> None:
    """Record that the visitor started the case (again is nothing new)."""
    VisitorCase.insert(visitor=visitor_uuid, case=case_uuid).on_conflict_ignore().execute()
