"""Moving a case through the procedure: one service for every workflow action.

The rules are domain.workflow's; this adds what needs the database (the case, the agency list)
and the stage due dates, counted in working days from the settings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from desktop.domain import workflow
from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.workdays import office_date
from desktop.domain.workflow import Status
from desktop.services import caselog, settings
from desktop.services.caselog import CaseRecord
from desktop.services.context import Actor, write
from desktop.store.models import Agency, HistoryEvent, utcnow


def _remaining_when_paused(case: CaseRecord) -> int:
    """Working days the analysis had left when the case began waiting for the consumer."""
    event = (
        HistoryEvent.select()
        .where((HistoryEvent.case == case.uuid) & (HistoryEvent.kind == "case.transition"))
        .order_by(HistoryEvent.id.desc())
        .first()
    )
    return int(event.payload.get("remaining", 0)) if event else 0


def _due_dates(case: CaseRecord, act: workflow.Action, today: dt.date) -> dict[str, Any]:
    """The due date of the stage the case enters, and the pause bookkeeping."""
    calendar = settings.calendar()
    if act.target is Status.CLOSED:
        return {"due": None}
    if act.name == "request_completion":
        remaining = (
            calendar.working_days_between(today, case["stage_due"]) if case["stage_due"] else 0
        )
        return {
            "due": calendar.add_working_days(today, settings.due_days("waiting")).isoformat(),
            "paused_since": today.isoformat(),
            "remaining": remaining,
        }
    if act.name == "resume":
        # The clock stood still while the consumer was away: the analysis gets back what it had.
        days = _remaining_when_paused(case) or settings.due_days("analysis")
        return {"due": calendar.add_working_days(today, days).isoformat()}
    return {
        "due": calendar.add_working_days(today, settings.due_days(act.target.value)).isoformat()
    }


def take_action(
    actor: Actor,
    case_uuid: str,
    action: str,
    params: Mapping[str, Any] | None = None,
    *,
    now: dt.datetime | None = None,
) -> CaseRecord:
    """Take a workflow action on a case; an action the status or role does not allow is refused."""
    params = {k: v.strip() if isinstance(v, str) else v for k, v in (params or {}).items()}
    now = now or utcnow()
    with write():
        case = caselog.load(case_uuid)
        act = workflow.check(action, Status(case["status"]), actor.roles, params)
        if action == "forward" and not Agency.get_or_none(
            (Agency.code == params["agency"]) & Agency.active
        ):
            raise ValidationFailed(
                [FieldError("agency", "workflow.agency_unknown", {"agency": params["agency"]})]
            )
        payload = {
            "action": action,
            "from": case["status"],
            "params": dict(params),
            **_due_dates(case, act, office_date(now)),
        }
        return caselog.append(case, "case.transition", payload, actor, now)


def available_actions(actor: Actor, case: CaseRecord) -> list[tuple[str, bool]]:
    """The actions the case's status allows, each with whether this actor may take it."""
    return [
        (a.name, allowed) for a, allowed in workflow.available(Status(case["status"]), actor.roles)
    ]
