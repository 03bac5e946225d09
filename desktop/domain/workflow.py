"""The ministry's complaint procedure as an explicit state machine (docs/architecture.md).

received → analysis ⇄ waiting (for the consumer's documents; the clock pauses)
analysis → closed/forwarded (out of UUPK scope) | closed/not processed (already at BPSK, court
or police) | clarification (in scope) → mediation → closed with an outcome. Any open case may
be closed as withdrawn or unreachable; only a supervisor reopens a closed one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.domain.errors import (
    DomainError,
    FieldError,
    PermissionDenied,
    TransitionError,
    ValidationFailed,
)


class Status(StrEnum):
    RECEIVED = "received"
    ANALYSIS = "analysis"
    WAITING = "waiting"  # for the consumer to complete data or documents
    CLARIFICATION = "clarification"
    MEDIATION = "mediation"
    CLOSED = "closed"


OPEN_STATUSES = frozenset(Status) - {Status.CLOSED}


class Outcome(StrEnum):
    RESOLVED = "resolved"  # the consumer accepted the clarification
    AGREEMENT = "agreement"  # kesepakatan in mediation
    NO_AGREEMENT = "no_agreement"  # the consumer is advised to go to BPSK or court
    FORWARDED = "forwarded"  # dialihkan to the competent agency
    WITHDRAWN = "withdrawn"
    UNREACHABLE = "unreachable"
    NOT_PROCESSED = "not_processed"  # the same dispute is at BPSK, a court or the police
    DUPLICATE = "duplicate"  # the same complaint is handled under another registration number


class Role(StrEnum):
    COUNTER = "counter"
    ANALYST = "analyst"
    MEDIATOR = "mediator"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class ClarificationMode(StrEnum):
    ONLINE = "online"  # a clarification letter asking for a written answer
    OFFLINE = "offline"  # both parties invited to come in


@dataclass(frozen=True)
class Action:
    name: str
    sources: frozenset[Status]
    target: Status
    roles: frozenset[Role]
    requires: tuple[str, ...] = ()
    outcome: Outcome | None = None  # the outcome this action always closes with
    outcomes_by_source: Mapping[Status, frozenset[Outcome]] = field(default_factory=dict)


_HANDLERS = frozenset({Role.ANALYST, Role.SUPERVISOR})
_MEETINGS = frozenset({Role.ANALYST, Role.MEDIATOR, Role.SUPERVISOR})
_ANY_OPEN_END = frozenset({Outcome.WITHDRAWN, Outcome.UNREACHABLE})

ACTIONS: dict[str, Action] = {
    a.name: a
    for a in (
        Action("start_analysis", frozenset({Status.RECEIVED}), Status.ANALYSIS, _HANDLERS),
        Action(
            "request_completion",
            frozenset({Status.ANALYSIS}),
            Status.WAITING,
            _HANDLERS,
            requires=("missing",),
        ),
        Action("resume", frozenset({Status.WAITING}), Status.ANALYSIS, _HANDLERS | {Role.COUNTER}),
        Action(
            "forward",
            frozenset({Status.ANALYSIS}),
            Status.CLOSED,
            _HANDLERS,
            requires=("agency", "reason"),
            outcome=Outcome.FORWARDED,
        ),
        Action(
            "decline",
            frozenset({Status.ANALYSIS}),
            Status.CLOSED,
            _HANDLERS,
            requires=("venue", "reason"),
            outcome=Outcome.NOT_PROCESSED,
        ),
        Action(
            "start_clarification",
            frozenset({Status.ANALYSIS}),
            Status.CLARIFICATION,
            _HANDLERS,
            requires=("mode", "reason"),
        ),
        Action("start_mediation", frozenset({Status.CLARIFICATION}), Status.MEDIATION, _MEETINGS),
        Action(
            "close",
            OPEN_STATUSES,
            Status.CLOSED,
            _MEETINGS,
            requires=("outcome",),
            outcomes_by_source={
                **{s: _ANY_OPEN_END for s in OPEN_STATUSES},
                Status.CLARIFICATION: _ANY_OPEN_END | {Outcome.RESOLVED, Outcome.NO_AGREEMENT},
                Status.MEDIATION: _ANY_OPEN_END | {Outcome.AGREEMENT, Outcome.NO_AGREEMENT},
            },
        ),
        Action(
            "mark_duplicate",
            OPEN_STATUSES,
            Status.CLOSED,
            frozenset({Role.SUPERVISOR}),
            requires=("duplicate_of", "reason"),
            outcome=Outcome.DUPLICATE,
        ),
        Action(
            "reopen",
            frozenset({Status.CLOSED}),
            Status.ANALYSIS,
            frozenset({Role.SUPERVISOR}),
            requires=("reason",),
        ),
    )
}

# Who may change a case's details or add a note while it is open.
EDITORS = frozenset({Role.COUNTER, Role.ANALYST, Role.MEDIATOR, Role.SUPERVISOR})
REGISTRARS = frozenset({Role.COUNTER, Role.ANALYST, Role.SUPERVISOR})
# Who may ask Komdigi to stop a site.
BLOCKERS = frozenset({Role.ANALYST, Role.SUPERVISOR})
REPORTERS = frozenset({Role.SUPERVISOR, Role.ADMIN})  # the recap of a period
ONLINE_KINDS = frozenset({"marketplace_seller", "platform"})  # business kinds that sell online


def awaits_written_answer(case: Mapping[str, Any]) -> bool:
    """A written clarification was asked of the business actor and has not come yet."""
    return (
        case["status"] == Status.CLARIFICATION.value
        and case["clarification_mode"] == ClarificationMode.ONLINE.value
        and not case["answer_received"]
    )


def blocking_refusal(case: Mapping[str, Any], business: Mapping[str, Any]) -> str:
    """Why no site-blocking recommendation can be made for this case now; "" when it can."""
    if not (business["website"] or business["kind"] in ONLINE_KINDS):
        return "blocking.not_online"
    if case["status"] in (Status.RECEIVED.value, Status.WAITING.value):
        return "blocking.not_analysed"
    if case["blocking_recommended"]:
        return "blocking.already"
    return ""


def action(name: str) -> Action:
    try:
        return ACTIONS[name]
    except KeyError:
        raise DomainError("workflow.unknown_action", action=name) from None


def check(name: str, status: Status, roles: frozenset[Role], params: Mapping[str, Any]) -> Action:
    """The action if it may be taken now; otherwise a clear error, and nothing happens."""
    act = action(name)
    if status not in act.sources:
        raise TransitionError("workflow.not_allowed", action=name, status=status.value)
    if not roles & act.roles:
        raise PermissionDenied("permission.action", action=name)
    errors = [FieldError(r, "required") for r in act.requires if not params.get(r)]
    if act.outcomes_by_source and params.get("outcome"):
        allowed = act.outcomes_by_source[status]
        if params["outcome"] not in {o.value for o in allowed}:
            errors.append(
                FieldError(
                    "outcome",
                    "workflow.outcome_not_allowed",
                    {"outcome": str(params["outcome"]), "status": status.value},
                )
            )
    if (
        name == "start_clarification"
        and params.get("mode")
        and (params["mode"] not in {m.value for m in ClarificationMode})
    ):
        errors.append(FieldError("mode", "choice.invalid"))
    if errors:
        raise ValidationFailed(errors)
    return act


def available(status: Status, roles: frozenset[Role]) -> list[tuple[Action, bool]]:
    """Every action that the status allows, and whether these roles may take it now."""
    return [(a, bool(roles & a.roles)) for a in ACTIONS.values() if status in a.sources]


def effects(name: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """The case fields an action sets, beside status, due date and timestamps."""
    act = action(name)
    changes: dict[str, Any] = {"status": act.target.value}
    if act.target is Status.CLOSED:
        changes["outcome"] = (act.outcome or Outcome(params["outcome"])).value
        changes["outcome_note"] = params.get("reason") or params.get("note") or ""
    else:
        changes["outcome"] = None
        changes["outcome_note"] = ""
    if name == "forward":
        changes.update(in_scope=False, scope_reason=params["reason"], agency=params["agency"])
    elif name == "start_clarification":
        changes.update(
            in_scope=True, scope_reason=params["reason"], clarification_mode=params["mode"]
        )
    return changes


def check_roles(values: list[str]) -> frozenset[Role]:
    valid = {r.value for r in Role}
    if not values or any(v not in valid for v in values):
        raise ValidationFailed([FieldError("roles", "roles.invalid")])
    return frozenset(Role(v) for v in values)
