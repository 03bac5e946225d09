"""The staff's accounts: found by name or UUID, added once. Services change an account's
fields on the row they were given and save it."""

from __future__ import annotations

from typing import Any

from desktop.store.models import Staff


def exists(uuid: str | None) -> bool:
    return uuid is not None and Staff.select().where(Staff.uuid == uuid).exists()


def any_account() -> bool:
    """Whether any account was made yet (the setup wizard's admin is the first)."""
    return Staff.select().exists()


def by_username(username: str) -> Staff | None:
    return Staff.get_or_none(Staff.username == username)


def by_uuid(uuid: str) -> Staff | None:
    return Staff.get_or_none(Staff.uuid == uuid)


def add(**fields: Any) -> Staff:
    """A new account (the unique index on the username refuses a name taken meanwhile)."""
    return Staff.create(**fields)


def usernames() -> dict[str, str]:
    """uuid → username of every account."""
    return dict(Staff.select(Staff.uuid, Staff.username).tuples())


def active_with_roles() -> list[tuple[str, str, str]]:
    """(uuid, full name, comma-separated roles) of every active account."""
    return list(Staff.select(Staff.uuid, Staff.full_name, Staff.roles).where(Staff.active).tuples())


def full_names() -> dict[str, str]:
    """uuid → full name of every account."""
    return dict(Staff.select(Staff.uuid, Staff.full_name).tuples())


def by_username_order() -> list[Staff]:
    return list(Staff.select().order_by(Staff.username))
