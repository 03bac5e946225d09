"""The register of incoming letters (agenda surat masuk): a row written once when a letter is
registered, later linked to its case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from desktop.store.models import IncomingLetter


def record(**fields: Any) -> IncomingLetter:
    return IncomingLetter.create(**fields)


def by_uuid(uuid: str) -> IncomingLetter | None:
    return IncomingLetter.get_or_none(IncomingLetter.uuid == uuid)


def received_between(since: dt.datetime, until: dt.datetime) -> list[IncomingLetter]:
    """The letters received in [since, until), oldest first (the register's order)."""
    return list(
        IncomingLetter.select()
        .where((IncomingLetter.received_at >= since) & (IncomingLetter.received_at < until))
        .order_by(IncomingLetter.received_at, IncomingLetter.id)
    )


def newest(limit: int) -> list[IncomingLetter]:
    return list(IncomingLetter.select().order_by(IncomingLetter.id.desc()).limit(limit))


def by_ids(ids: Sequence[int]) -> list[IncomingLetter]:
    """The letters of ``ids``, in that order (those that exist)."""
    found = {x.id: x for x in IncomingLetter.select().where(IncomingLetter.id.in_(list(ids)))}
    return [found[i] for i in ids if i in found]


def of_case(case_uuid: str) -> list[IncomingLetter]:
    """The letters linked to a case, oldest first."""
    return list(
        IncomingLetter.select()
        .where(IncomingLetter.case == case_uuid)
        .order_by(IncomingLetter.received_at)
    )


def of_case_as_kept(case_uuid: str) -> list[IncomingLetter]:
    """The letters linked to a case, in the order they were registered."""
    return list(
        IncomingLetter.select().where(IncomingLetter.case == case_uuid).order_by(IncomingLetter.id)
    )


def of_case_by_agenda(case_uuid: str, agenda_no: str) -> IncomingLetter | None:
    return IncomingLetter.get_or_none(
        (IncomingLetter.agenda_no == agenda_no) & (IncomingLetter.case == case_uuid)
    )


def by_uuid_or_agenda(ref: str) -> IncomingLetter | None:
    """The letter of this uuid or agenda number."""
    return IncomingLetter.get_or_none(
        (IncomingLetter.uuid == ref) | (IncomingLetter.agenda_no == ref)
    )
