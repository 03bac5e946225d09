"""An admin keeps the staff accounts: locks and unlocks, deactivates, changes roles, resets a
password. An account is never deleted (its history points to it); every change is audited."""

from __future__ import annotations

import datetime as dt

from desktop.domain.errors import DomainError, NotFound, ValidationFailed
from desktop.domain.workflow import Role, check_roles
from desktop.services import caselog
from desktop.services.context import Actor, require, write
from desktop.services.staff import check_password, hash_password
from desktop.store import accounts
from desktop.store.models import Staff, utcnow


def _account(actor: Actor, uuid: str) -> Staff:
    require(actor, {Role.ADMIN}, "permission.admin")
    staff = accounts.by_uuid(uuid)
    if staff is None:
        raise NotFound("staff.unknown")
    if not staff.roles:  # the central system's own account
        raise DomainError("staff.system_account")
    return staff


def _not_own(actor: Actor, staff: Staff) -> None:
    # An admin who locks themselves out may leave the office with no admin at all.
    if staff.uuid == actor.uuid:
        raise DomainError("staff.not_yourself")


def _change(actor: Actor, staff: Staff, kind: str, now: dt.datetime | None, **payload) -> None:
    staff.save()
    caselog.audit(
        kind, {"staff": staff.uuid, "username": staff.username, **payload}, actor, now or utcnow()
    )


def lock(actor: Actor, uuid: str, *, now: dt.datetime | None = None) -> None:
    """Locked until an admin unlocks it (a lost badge, a leave): signing in is refused."""
    with write():
        staff = _account(actor, uuid)
        _not_own(actor, staff)
        staff.locked = True
        _change(actor, staff, "staff.locked", now)


def unlock(actor: Actor, uuid: str, *, now: dt.datetime | None = None) -> None:
    """Lifts an admin's lock and the lock after wrong tries, and forgets the tries."""
    with write():
        staff = _account(actor, uuid)
        staff.locked, staff.locked_until, staff.failed_attempts = False, None, 0
        _change(actor, staff, "staff.unlocked", now)


def set_active(actor: Actor, uuid: str, active: bool, *, now: dt.datetime | None = None) -> None:
    """Deactivate (someone who left) or activate again; the account stays for its history."""
    with write():
        staff = _account(actor, uuid)
        if not active:
            _not_own(actor, staff)
        staff.active = active
        _change(actor, staff, "staff.activated" if active else "staff.deactivated", now)


def set_roles(actor: Actor, uuid: str, roles: list[str], *, now: dt.datetime | None = None) -> None:
    checked = check_roles(roles)
    with write():
        staff = _account(actor, uuid)
        if staff.uuid == actor.uuid and Role.ADMIN not in checked:
            raise DomainError("staff.not_yourself")
        before = staff.roles
        staff.roles = ",".join(sorted(r.value for r in checked))
        if staff.roles != before:
            _change(actor, staff, "staff.roles_changed", now, before=before, roles=staff.roles)


def reset_password(
    actor: Actor, uuid: str, password: str, *, now: dt.datetime | None = None
) -> None:
    """A password the admin tells its owner, who must choose their own at the next sign-in."""
    errors = check_password(password)
    if errors:
        raise ValidationFailed(errors)
    with write():
        staff = _account(actor, uuid)
        staff.password_hash = hash_password(password)
        staff.must_change_password = True
        staff.failed_attempts, staff.locked_until = 0, None
        _change(actor, staff, "staff.password_reset", now)


def update(
    actor: Actor,
    uuid: str,
    roles: list[str],
    new_password: str = "",
    *,
    now: dt.datetime | None = None,
) -> None:
    """The account dialog's save: its roles, and a reset password when one is typed; both or
    neither."""
    with write():
        set_roles(actor, uuid, roles, now=now)
        if new_password:
            reset_password(actor, uuid, new_password, now=now)
