"""Staff accounts and signing in: argon2 password hashes, a lock after repeated wrong tries."""

from __future__ import annotations

import datetime as dt
import logging
import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desktop.domain.errors import DataUnusable, DomainError, FieldError, ValidationFailed
from desktop.domain.formatting import office_time
from desktop.domain.workflow import Role, check_roles
from desktop.services import caselog
from desktop.services.context import Actor, require, write
from desktop.store import accounts
from desktop.store.db import IntegrityError
from desktop.store.models import Staff, new_uuid, utcnow

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5
LOCK_MINUTES = 15
_hasher = PasswordHasher()


def actor_of(staff: Staff) -> Actor:
    return Actor(
        staff.uuid,
        staff.username,
        staff.full_name,
        frozenset(Role(r) for r in staff.roles.split(",")),
    )


def _check_account(
    username: str, full_name: str, password: str, nip: str, roles: list[str]
) -> frozenset[Role]:
    errors = []
    if not re.fullmatch(r"[a-z0-9._]{3,32}", username):
        errors.append(FieldError("username", "staff.username_invalid"))
    if len(" ".join(full_name.split())) < 2:
        errors.append(FieldError("full_name", "name.too_short"))
    errors += check_password(password)
    if nip and not re.fullmatch(r"\d{18}", nip):
        errors.append(FieldError("nip", "staff.nip_invalid"))
    try:
        checked = check_roles(roles)
    except ValidationFailed as e:
        errors += e.errors
    if errors:
        raise ValidationFailed(errors)
    return checked


def _taken(username: str) -> ValidationFailed:
    taken = FieldError("username", "staff.username_taken", {"username": username})
    return ValidationFailed([taken])


def check_password(password: str) -> list[FieldError]:
    return [] if len(password) >= 10 else [FieldError("password", "staff.password_short")]


def hash_password(password: str) -> str:
    return _hasher.hash(password)


class PasswordChangeNeeded(DomainError):
    """The password was right but an admin reset it: its owner chooses a new one first."""


def _create(
    username: str,
    full_name: str,
    password: str,
    nip: str,
    roles: list[str],
    by: Actor | None,
    now: dt.datetime,
) -> Actor:
    checked = _check_account(username, full_name, password, nip, roles)
    with write():
        if accounts.by_username(username):
            raise _taken(username)
        try:
            staff = accounts.add(
                uuid=new_uuid(),
                username=username,
                full_name=full_name.strip(),
                nip=nip,
                roles=",".join(sorted(r.value for r in checked)),
                password_hash=hash_password(password),
                created_at=now,
            )
        except IntegrityError:  # another desk took the name since the check: the index says so
            raise _taken(username) from None
        caselog.audit(
            "staff.created",
            {"staff": staff.uuid, "username": username, "roles": staff.roles},
            by,
            now,
        )
    return actor_of(staff)


def create_first_admin(
    username: str,
    full_name: str,
    password: str,
    nip: str = "",
    *,
    also_counter: bool = False,
    now: dt.datetime | None = None,
) -> Actor:
    """The setup wizard's admin account; only possible while there is no account at all.
    ``also_counter``: the admin of an office of one person registers complaints too."""
    if accounts.any_account():
        raise DomainError("permission.admin")
    roles = [Role.ADMIN.value] + ([Role.COUNTER.value] if also_counter else [])
    return _create(username, full_name, password, nip, roles, None, now or utcnow())


def create_staff(
    actor: Actor,
    username: str,
    full_name: str,
    password: str,
    roles: list[str],
    nip: str = "",
    *,
    now: dt.datetime | None = None,
) -> Actor:
    require(actor, {Role.ADMIN}, "permission.admin")
    return _create(username, full_name, password, nip, roles, actor, now or utcnow())


def sign_in(username: str, password: str, *, now: dt.datetime | None = None) -> Actor:
    """The account's actor if the password is right; wrong tries count towards a lock."""
    now = now or utcnow()
    verified: list[Staff] = []
    tried: list[Staff] = []
    try:
        with write():
            _sign_in(username, password, now, verified, tried)
    except DataUnusable as e:
        if e.code != "disk.full" or not verified:
            raise
        # The password was right; only recording the sign-in failed. On a full disk the
        # officer can still sign in and read; whatever they save says the disk is full.
        log.warning("a sign-in was not recorded: the disk is full")
    if not verified:  # raised after the commit, so the failed try is remembered
        staff = tried[0]
        if staff.locked_until and staff.locked_until > now:
            raise DomainError("auth.locked", until=_wall_clock(staff.locked_until))
        raise DomainError(
            "auth.failed_tries", left=MAX_ATTEMPTS - staff.failed_attempts, minutes=LOCK_MINUTES
        )
    if verified[0].must_change_password:
        raise PasswordChangeNeeded("auth.must_change_password")
    return actor_of(verified[0])


def change_password(
    username: str, password: str, new_password: str, *, now: dt.datetime | None = None
) -> Actor:
    """Signing in with the password an admin reset, and replacing it by the owner's own."""
    now = now or utcnow()
    errors = check_password(new_password)
    if errors:
        raise ValidationFailed([FieldError("new_password", e.code) for e in errors])
    if new_password == password:
        raise ValidationFailed([FieldError("new_password", "auth.same_password")])
    verified: list[Staff] = []
    tried: list[Staff] = []
    with write():
        _sign_in(username, password, now, verified, tried)
        if verified:
            staff = verified[0]
            staff.password_hash = hash_password(new_password)
            staff.must_change_password = False
            staff.save()
            actor = actor_of(staff)
            caselog.audit("staff.password_changed", {"staff": staff.uuid}, actor, now)
            caselog.audit("auth.signed_in", {}, actor, now)
    if not verified:
        raise DomainError("auth.failed")
    return actor


def _sign_in(
    username: str, password: str, now: dt.datetime, verified: list[Staff], tried: list[Staff]
) -> None:
    """Inside sign_in's transaction: check the account and the password (the account goes in
    ``verified`` before anything is written, or in ``tried`` when the password is wrong), and
    record the try."""
    staff = accounts.by_username(username.strip().lower())
    if staff is None:
        _hasher.hash(password)  # as slow as a real check, so names cannot be probed by time
        raise DomainError("auth.failed")
    if not staff.roles:  # the central system's own account: no person signs in as it
        raise DomainError("auth.system_account", username=staff.username)
    if not staff.active:
        raise DomainError("auth.inactive")
    if staff.locked:
        raise DomainError("auth.locked_by_admin")
    if staff.locked_until and staff.locked_until > now:
        raise DomainError("auth.locked", until=_wall_clock(staff.locked_until))
    try:
        _hasher.verify(staff.password_hash, password)
    except (VerificationError, InvalidHashError):
        staff.failed_attempts += 1
        if staff.failed_attempts >= MAX_ATTEMPTS:
            staff.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
            staff.failed_attempts = 0
        staff.save()
        caselog.audit("auth.failed", {"username": staff.username}, None, now)
        tried.append(staff)
        return
    verified.append(staff)
    staff.failed_attempts = 0
    staff.locked_until = None
    if _hasher.check_needs_rehash(staff.password_hash):
        staff.password_hash = _hasher.hash(password)
    staff.save()
    if not staff.must_change_password:  # signed in only once the new password is chosen
        caselog.audit("auth.signed_in", {}, actor_of(staff), now)


def _wall_clock(moment: dt.datetime) -> str:
    """A lock's end as the office's clock shows it (HH.mm WIB), not the stored UTC."""
    return office_time(moment, "id", "HH.mm")


def sign_out(actor: Actor, *, now: dt.datetime | None = None) -> None:
    with write():
        caselog.audit("auth.signed_out", {}, actor, now or utcnow())
