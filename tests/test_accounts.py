"""An admin keeps the staff accounts: lock, unlock, deactivate, roles, a reset password that
must be replaced at the next sign-in; every change audited, no account ever deleted."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import NOW, PASSWORD

from desktop.domain.errors import DomainError, PermissionDenied, ValidationFailed
from desktop.services import accounts, setup, staff
from desktop.store.models import HistoryEvent, Staff

TEMPORARY = "sementara-2026"


def _audited(kind: str) -> list[dict]:
    return [e.payload for e in HistoryEvent.select().where(HistoryEvent.kind == kind)]


def test_a_locked_account_cannot_sign_in_until_an_admin_unlocks_it(actors):
    admin, petugas = actors["admin"], actors["petugas"]
    accounts.lock(admin, petugas.uuid, now=NOW)
    with pytest.raises(DomainError) as info:
        staff.sign_in("petugas", PASSWORD, now=NOW)
    assert str(info.value) == "Akun ini dikunci oleh admin. Mintalah admin membukanya."
    accounts.unlock(admin, petugas.uuid, now=NOW)
    assert staff.sign_in("petugas", PASSWORD, now=NOW).uuid == petugas.uuid
    assert [p["username"] for p in _audited("staff.locked")] == ["petugas"]
    assert [p["username"] for p in _audited("staff.unlocked")] == ["petugas"]


def test_unlock_lifts_the_lock_after_wrong_tries(actors):
    for attempt in range(staff.MAX_ATTEMPTS):
        with pytest.raises(DomainError):
            staff.sign_in("analis", "salah-sandi", now=NOW + dt.timedelta(seconds=attempt))
    with pytest.raises(DomainError) as info:
        staff.sign_in("analis", PASSWORD, now=NOW + dt.timedelta(minutes=1))
    assert info.value.code == "auth.locked"
    accounts.unlock(actors["admin"], actors["analis"].uuid, now=NOW)
    assert staff.sign_in("analis", PASSWORD, now=NOW + dt.timedelta(minutes=1))


def test_a_deactivated_account_stays_with_its_history(actors):
    admin, mediator = actors["admin"], actors["mediator"]
    accounts.set_active(admin, mediator.uuid, False, now=NOW)
    with pytest.raises(DomainError) as info:
        staff.sign_in("mediator", PASSWORD, now=NOW)
    assert info.value.code == "auth.inactive"
    assert Staff.get(Staff.uuid == mediator.uuid).username == "mediator"  # still there
    accounts.set_active(admin, mediator.uuid, True, now=NOW)
    assert staff.sign_in("mediator", PASSWORD, now=NOW)
    assert len(_audited("staff.deactivated")) == len(_audited("staff.activated")) == 1


def test_roles_change_and_the_change_is_audited(actors):
    accounts.set_roles(actors["admin"], actors["petugas"].uuid, ["counter", "analyst"], now=NOW)
    assert staff.sign_in("petugas", PASSWORD, now=NOW).roles == {"counter", "analyst"}
    [change] = _audited("staff.roles_changed")
    assert (change["before"], change["roles"]) == ("counter", "analyst,counter")
    with pytest.raises(ValidationFailed):
        accounts.set_roles(actors["admin"], actors["petugas"].uuid, [], now=NOW)


def test_an_admin_cannot_lock_out_themselves_and_only_admins_manage(actors):
    admin = actors["admin"]
    for change in (
        lambda: accounts.lock(admin, admin.uuid),
        lambda: accounts.set_active(admin, admin.uuid, False),
        lambda: accounts.set_roles(admin, admin.uuid, ["supervisor"]),
    ):
        with pytest.raises(DomainError) as info:
            change()
        assert info.value.code == "staff.not_yourself"
    with pytest.raises(PermissionDenied):
        accounts.lock(actors["supervisor"], actors["petugas"].uuid)
    assert not _audited("staff.locked")


def test_a_reset_password_must_be_changed_at_the_next_sign_in(actors):
    accounts.reset_password(actors["admin"], actors["petugas"].uuid, TEMPORARY, now=NOW)
    with pytest.raises(DomainError):
        staff.sign_in("petugas", PASSWORD, now=NOW)  # the old one is gone
    with pytest.raises(staff.PasswordChangeNeeded) as info:
        staff.sign_in("petugas", TEMPORARY, now=NOW)
    assert str(info.value).startswith("Kata sandi ini diatur ulang oleh admin.")
    with pytest.raises(ValidationFailed) as info:
        staff.change_password("petugas", TEMPORARY, TEMPORARY, now=NOW)
    assert info.value.errors[0].message("id") == (
        "Kata sandi baru harus berbeda dari yang diberikan admin."
    )
    actor = staff.change_password("petugas", TEMPORARY, "milik-petugas-sendiri", now=NOW)
    assert actor.username == "petugas"
    assert staff.sign_in("petugas", "milik-petugas-sendiri", now=NOW).uuid == actor.uuid
    assert [p["username"] for p in _audited("staff.password_reset")] == ["petugas"]
    assert len(_audited("staff.password_changed")) == 1
    with pytest.raises(ValidationFailed):
        accounts.reset_password(actors["admin"], actors["petugas"].uuid, "pendek")


def test_letter_and_office_settings_are_for_admins_as_the_readme_says(actors):
    form = setup.signatory()
    form.name = "Pejabat Baru"
    with pytest.raises(PermissionDenied):
        setup.save_signatory(actors["supervisor"], form)
    with pytest.raises(PermissionDenied):
        setup.save_office(actors["supervisor"], setup.office())
    setup.save_signatory(actors["admin"], form)
    assert setup.signatory().name == "Pejabat Baru"
