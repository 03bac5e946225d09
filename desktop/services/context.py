"""Who acts, and the one way services open a write transaction."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass

from desktop.domain.errors import PermissionDenied
from desktop.domain.workflow import Role
from desktop.store import db as store_db


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


def write() -> AbstractContextManager[None]:
    """A write transaction (store.db.transaction): the one way services open one; nested
    calls become savepoints."""
    return store_db.transaction()
