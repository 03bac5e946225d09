"""Who acts, and the one way services open a write transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from peewee import DatabaseError

from desktop.domain.errors import PermissionDenied
from desktop.domain.workflow import Role
from desktop.store import db as store_db
from desktop.store.models import database


@dataclass(frozen=True)
class Actor:
    """The signed-in staff member on whose behalf a service runs."""

    uuid: str
    username: str
    full_name: str
    roles: frozenset[Role]

    def has_any(self, roles: Iterable[Role]) -> bool:
        return bool(self.roles & frozenset(roles))


def require(actor: Actor, roles: Iterable[Role], code: str) -> None:
    if not actor.has_any(roles):
        raise PermissionDenied(code)


class write:
    """A write transaction (BEGIN IMMEDIATE); nested calls become savepoints. A write that
    fails for a full disk is said as such (not as the failed rollback SQLite leaves)."""

    def __enter__(self) -> None:
        self._atomic = database.atomic()
        self._atomic.__enter__()

    def __exit__(self, kind, error, trace) -> bool:
        try:
            self._atomic.__exit__(kind, error, trace)
        except DatabaseError as failed:
            raised = store_db.plain(failed)
            if raised is failed:
                raise
            raise raised from failed
        if isinstance(error, DatabaseError):
            raised = store_db.plain(error)
            if raised is not error:
                raise raised from error
        return False
