"""Who handles a case: a supervisor assigns the officer responsible, or hands the case to
another; each change is a history event (case.assigned) naming both officers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain import workflow
from desktop.domain.errors import DomainError, FieldError, ValidationFailed
from desktop.domain.workflow import Role, Status
from desktop.services import caselog
from desktop.services.context import Actor, require, write
from desktop.store import accounts
from desktop.store.models import utcnow

ASSIGNERS = frozenset({Role.SUPERVISOR})


def role_for(status: str) -> Role:
    """The role of the officer who handles a case at this stage: a case in mediation is the
    mediator's; before that the analyst's."""
    return Role.MEDIATOR if status == Status.MEDIATION.value else Role.ANALYST


@dataclass(frozen=True)
class Candidates:
    """Whom a case can be given to now: the active staff of the stage's role, by name."""

    role: str
    current: str  # the officer's uuid, "" when nobody has the case
    staff: list[tuple[str, str]]  # (uuid, full name)


def _active_of(role: Role) -> list[tuple[str, str]]:
    return sorted(
        (
            (uuid, name)
            for uuid, name, roles in accounts.active_with_roles()
            if role.value in roles.split(",")
        ),
        key=lambda pair: pair[1],
    )


def candidates(case_ref: str) -> Candidates:
    case = caselog.load(case_ref)
    role = role_for(case["status"])
    return Candidates(role.value, case["officer"] or "", _active_of(role))


def assign(
    actor: Actor, case_ref: str, officer: str, *, now: dt.datetime | None = None
) -> caselog.CaseRecord:
    """Make ``officer`` (a staff uuid) responsible for an open case."""
    require(actor, ASSIGNERS, "permission.assign")
    now = now or utcnow()
    with write():
        case = caselog.load(case_ref)
        if case["status"] not in {s.value for s in workflow.OPEN_STATUSES}:
            raise DomainError("assign.closed")
        role = role_for(case["status"])
        if officer not in {uuid for uuid, _ in _active_of(role)}:
            raise ValidationFailed([FieldError("officer", f"assign.not_{role.value}")])
        if officer == case["officer"]:
            raise ValidationFailed([FieldError("officer", "assign.same")])
        return caselog.append(
            case,
            "case.assigned",
            {"officer": officer, "previous": case["officer"] or ""},
            actor,
            now,
        )


def officers() -> list[tuple[str, str]]:
    """Everyone active who can be given a case (analysts and mediators), by name: the case
    list's filter."""
    both = dict(_active_of(Role.ANALYST)) | dict(_active_of(Role.MEDIATOR))
    return sorted(both.items(), key=lambda pair: pair[1])
