"""The visitor log's rows, and which cases a visitor started: every one of a visit, kept once
each."""

from __future__ import annotations

from typing import Any

from desktop.store.models import Visitor, VisitorCase


def link(visitor_uuid: str, case_uuid: str) -> None:
    """Record that the visitor started the case (again is nothing new)."""
    VisitorCase.insert(visitor=visitor_uuid, case=case_uuid).on_conflict_ignore().execute()


def sign_in(**fields: Any) -> Visitor:
    """A visitor's row in the log, as they come in."""
    return Visitor.create(**fields)


def by_uuid(visitor_uuid: str) -> Visitor | None:
    return Visitor.get_or_none(Visitor.uuid == visitor_uuid)


def came_for_meeting(visitor: Visitor, hearing_uuid: str, party: str, case_uuid: str) -> None:
    """The visitor came as ``party`` to the meeting of ``hearing_uuid`` (of that case)."""
    visitor.hearing, visitor.party, visitor.case = hearing_uuid, party, case_uuid
    visitor.save(only=[Visitor.hearing, Visitor.party, Visitor.case])
