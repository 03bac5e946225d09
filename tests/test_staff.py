"""Accounts, signing in with a lock after repeated wrong passwords, and the visitor log."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import NOW, PASSWORD
from helpers import table_counts

from desktop.domain.errors import DomainError, PermissionDenied, ValidationFailed
from desktop.domain.intake import VisitorForm
from desktop.services import staff, visitors
from desktop.store.models import HistoryEvent, Staff, Visitor


def test_the_first_admin_only_on_an_empty_database(db):
    admin = staff.create_first_admin("admin", "Admin Loket", PASSWORD, now=NOW)
    assert admin.roles == {"admin"}
    assert Staff.get().password_hash.startswith("$argon2id$")
    with pytest.raises(DomainError):
        staff.create_first_admin("kedua", "Admin Kedua", PASSWORD, now=NOW)


def test_account_rules_are_explained(actors):
    with pytest.raises(ValidationFailed) as info:
        staff.create_staff(actors["admin"], "A B", "X", "pendek", ["juggler"], nip="123")
    assert set(info.value.by_field()) == {"username", "full_name", "password", "nip", "roles"}
    with pytest.raises(ValidationFailed) as info:
        staff.create_staff(actors["admin"], "petugas", "Petugas Lain", PASSWORD, ["counter"])
    assert str(info.value) == "Nama pengguna: Nama pengguna \u201cpetugas\u201d sudah dipakai."
    with pytest.raises(PermissionDenied):
        staff.create_staff(actors["supervisor"], "baru", "Orang Baru", PASSWORD, ["counter"])


def test_sign_in_and_the_lock_after_five_wrong_passwords(actors):
    assert staff.sign_in(" Petugas ", PASSWORD, now=NOW).username == "petugas"
    said = []
    for attempt in range(5):
        with pytest.raises(DomainError) as info:
            staff.sign_in("petugas", "salah-sandi", now=NOW + dt.timedelta(seconds=attempt))
        said.append(str(info.value))
    # Each wrong try says how many are left; the fifth says until when, on the office's clock
    # (NOW is 09.00 WIB).
    assert said[0] == (
        "Nama pengguna atau kata sandi salah. Sisa 4 kali percobaan sebelum akun dikunci 15 menit."
    )
    assert said[3].startswith("Nama pengguna atau kata sandi salah. Sisa 1 kali")
    assert said[4] == (
        "Akun dikunci sementara karena terlalu banyak percobaan. Coba lagi pukul 09.15 WIB."
    )
    with pytest.raises(DomainError) as info:
        staff.sign_in("petugas", PASSWORD, now=NOW + dt.timedelta(minutes=1))
    assert info.value.code == "auth.locked"
    assert staff.sign_in("petugas", PASSWORD, now=NOW + dt.timedelta(minutes=16))
    with pytest.raises(DomainError):
        staff.sign_in("tidakada", PASSWORD, now=NOW)
    kinds = [e.kind for e in HistoryEvent.select().where(HistoryEvent.kind.startswith("auth."))]
    assert kinds == ["auth.signed_in"] + ["auth.failed"] * 5 + ["auth.signed_in"]
    staff.sign_out(actors["petugas"], now=NOW)
    assert HistoryEvent.select().where(HistoryEvent.kind == "auth.signed_out").count() == 1


def test_visitor_log(actors):
    who = visitors.sign_in_visitor(
        actors["petugas"],
        VisitorForm(name="Andi Pratama", phone="0812 9999 0000", purpose="complaint"),
        now=NOW,
    )
    visitor = Visitor.get(Visitor.uuid == who)
    assert (visitor.phone, visitor.time_out) == ("+6281299990000", None)
    visitors.sign_out_visitor(actors["petugas"], who, now=NOW + dt.timedelta(minutes=40))
    with pytest.raises(DomainError) as info:
        visitors.sign_out_visitor(actors["petugas"], who, now=NOW)
    assert str(info.value) == "Tamu ini sudah tercatat keluar."
    before = table_counts()
    with pytest.raises(ValidationFailed) as info:
        visitors.sign_in_visitor(
            actors["petugas"], VisitorForm(name="A", nik="123", purpose=""), now=NOW
        )
    assert set(info.value.by_field()) == {"visitor.name", "visitor.nik", "visitor.purpose"}
    with pytest.raises(PermissionDenied):
        visitors.sign_in_visitor(actors["admin"], VisitorForm(name="Andi", purpose="other"))
    assert table_counts() == before
