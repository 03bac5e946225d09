"""The list of BPSK offices (consumer dispute settlement bodies) a referral letter names."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.store.models import BpskOffice


def active() -> list[BpskOffice]:
    """The offices in use, by code."""
    return list(BpskOffice.select().where(BpskOffice.active).order_by(BpskOffice.code))


def listed() -> list[BpskOffice]:
    """Every office, used or not, by province and city."""
    return list(BpskOffice.select().order_by(BpskOffice.province, BpskOffice.city))


def put(code: str, values: dict[str, Any]) -> None:
    """The office of ``code`` as given: changed when listed, added when not."""
    if BpskOffice.get_or_none(BpskOffice.code == code):
        BpskOffice.update(**values).where(BpskOffice.code == code).execute()
    else:
        BpskOffice.create(code=code, **values)


def retire_all_but(kept: Iterable[str]) -> None:
    """Offices not among ``kept`` are made inactive, never deleted (issued letters name them)."""
    BpskOffice.update(active=False).where(BpskOffice.code.not_in(list(kept))).execute()
