"""The register of outgoing letters (agenda surat keluar): issued letters, found again."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import NOW
from peewee import IntegrityError

from desktop.services.context import write
from desktop.store import outgoing


def _issue(actor, number: str, sha: str, on: dt.date, **extra):
    with write():
        return outgoing.record_issued(
            number=number,
            kind=extra.pop("kind", "clarification"),
            issued_on=on,
            issued_at=NOW,
            issued_by=actor.uuid,
            subject="Permintaan Klarifikasi atas Pengaduan Konsumen",
            addressee="Pimpinan PT Contoh Jaya\nJl. Melati No. 1",
            signatory_name="Dra. Ani Lestari",
            signatory_position="Direktur Pemberdayaan Konsumen",
            signatory_nip="197003151995032001",
            sha256=sha,
            **extra,
        )


def test_an_issued_letter_is_found_by_its_number_and_by_the_hash_of_its_pdf(actors):
    admin = actors["admin"]
    _issue(admin, "B-1/PKTN.4/KLR/XI/2026", "a" * 64, dt.date(2026, 11, 24))
    found = outgoing.by_number("B-1/PKTN.4/KLR/XI/2026")
    assert found.signatory_name == "Dra. Ani Lestari" and found.signature == "wet"
    assert outgoing.by_hash("A" * 64).number == "B-1/PKTN.4/KLR/XI/2026"
    assert outgoing.by_hash("b" * 64) is None
    with write():
        outgoing.record_signed("B-1/PKTN.4/KLR/XI/2026", "c" * 64)
        outgoing.record_sending("B-1/PKTN.4/KLR/XI/2026", "email")
        outgoing.record_sending("B-1/PKTN.4/KLR/XI/2026", "post")
        outgoing.record_sending("B-1/PKTN.4/KLR/XI/2026", "email")
    signed = outgoing.by_hash("c" * 64)
    assert signed.number == "B-1/PKTN.4/KLR/XI/2026" and signed.signature == "electronic"
    assert signed.sent_via == "email,post"


def test_a_number_is_issued_once(actors):
    _issue(actors["admin"], "B-2/PKTN.4/KLR/XI/2026", "d" * 64, dt.date(2026, 11, 24))
    with pytest.raises(IntegrityError):
        _issue(actors["admin"], "B-2/PKTN.4/KLR/XI/2026", "e" * 64, dt.date(2026, 11, 25))


def test_the_register_of_a_period_is_searchable(actors):
    admin = actors["admin"]
    _issue(admin, "B-3/PKTN.4/KLR/XI/2026", "1" * 64, dt.date(2026, 11, 2))
    _issue(admin, "B-4/PKTN.4/PGL/XI/2026", "2" * 64, dt.date(2026, 11, 20), kind="forwarding")
    _issue(admin, "B-5/PKTN.4/KLR/XII/2026", "3" * 64, dt.date(2026, 12, 1))
    november = outgoing.between(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert [x.number for x in november] == ["B-3/PKTN.4/KLR/XI/2026", "B-4/PKTN.4/PGL/XI/2026"]
    assert [
        x.number for x in outgoing.between(dt.date(2026, 1, 1), dt.date(2026, 12, 31), "pgl")
    ] == ["B-4/PKTN.4/PGL/XI/2026"]
