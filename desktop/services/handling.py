"""Moving a case through the procedure: one service for every workflow action.

The rules are domain.workflow's; this adds what needs the database (the case, the agency list)
and the stage due dates, counted in working days from the settings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from desktop.domain import workflow
from desktop.domain.errors import DomainError, FieldError, ValidationFailed
from desktop.domain.workdays import office_date
from desktop.domain.workflow import Role, Status
from desktop.scanning.files import Inspected
from desktop.services import caselog, settings
from desktop.services.caselog import CaseRecord
from desktop.services.context import Actor, require, write
from desktop.store import agencies, cases, outgoing, parties
from desktop.store.models import BusinessActor, utcnow


def _remaining_when_paused(case: CaseRecord) -> int:
    """Working days the analysis had left when the case began waiting for the consumer."""
    payload = next(cases.payloads(case.uuid, "case.transition"), None)
    return int(payload.get("remaining", 0)) if payload else 0


def _due_dates(
    case: CaseRecord, act: workflow.Action, today: dt.date, remaining: int | None
) -> dict[str, Any]:
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
        if remaining is None:
            remaining = _remaining_when_paused(case)
        days = remaining or settings.due_days("analysis")
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
    seen: int | None = None,
) -> CaseRecord:
    """Take a workflow action on a case; an action the status or role does not allow is refused.
    ``seen`` is the case's version as the officer saw it: changed since, nothing is done."""
    now = now or utcnow()
    with write():
        case = caselog.load(case_uuid, seen)
        payload = transition(actor, case, action, params, office_date(now))
        original = _original(case, payload["params"]) if action == "mark_duplicate" else None
        if action == "close" and payload["params"].get("outcome") == "agreement":
            from desktop.services.agreements import open_count

            waiting = open_count(case.uuid)
            if waiting:  # an agreement is done when its promises are kept
                raise DomainError("agreement.terms_open", count=waiting)
        if action == "forward" and not agencies.active_code(payload["params"]["agency"]):
            raise ValidationFailed(
                [
                    FieldError(
                        "agency", "workflow.agency_unknown", {"agency": payload["params"]["agency"]}
                    )
                ]
            )
        closed = caselog.append(case, "case.transition", payload, actor, now)
        if original is not None:  # the other case's history says so too
            link = {"reg_no": case["reg_no"], "case": case.uuid}
            caselog.append(original, "case.duplicate_linked", link, actor, now)
        return closed


def _original(case: CaseRecord, params: dict[str, Any]) -> CaseRecord:
    """The case a duplicate points to, by its registration number; ``params`` then names it as
    it is written. Never the case itself, never another duplicate (its original instead)."""
    ref = str(params["duplicate_of"]).strip().upper()
    try:
        original = caselog.load(ref)
    except DomainError:
        raise ValidationFailed(
            [FieldError("duplicate_of", "duplicate.unknown", {"reg_no": ref})]
        ) from None
    if original.uuid == case.uuid:
        raise ValidationFailed([FieldError("duplicate_of", "duplicate.self")])
    if original["outcome"] == workflow.Outcome.DUPLICATE.value:
        further = {"reg_no": original["reg_no"], "original": original["outcome_note"]}
        for event in cases.payloads(original.uuid, "case.transition"):
            if event.get("action") == "mark_duplicate":
                further["original"] = event["params"].get("duplicate_of", "")
                break
        raise ValidationFailed([FieldError("duplicate_of", "duplicate.of_duplicate", further)])
    params["duplicate_of"] = original["reg_no"]
    return original


def transition(
    actor: Actor,
    case: CaseRecord,
    action: str,
    params: Mapping[str, Any] | None,
    today: dt.date,
    remaining: int | None = None,
) -> dict[str, Any]:
    """The payload of a case.transition event, once the workflow allows the action; ``remaining``
    is what the analysis had left when it paused (read from the history when not given)."""
    params = {k: v.strip() if isinstance(v, str) else v for k, v in (params or {}).items()}
    act = workflow.check(action, Status(case["status"]), actor.roles, params)
    payload = {
        "action": action,
        "from": case["status"],
        "params": params,
        **_due_dates(case, act, today, remaining),
    }
    if action == "start_analysis" and not case["officer"] and Role.ANALYST in actor.roles:
        payload["officer"] = actor.uuid  # the analyst who takes the case answers for it
    return payload


def available_actions(actor: Actor, case: CaseRecord) -> list[tuple[str, bool]]:
    """The actions the case's status allows, each with whether this actor may take it."""
    return [
        (a.name, allowed) for a, allowed in workflow.available(Status(case["status"]), actor.roles)
    ]


def record_answer(
    actor: Actor,
    case_uuid: str,
    text: str,
    received: dt.date | None = None,
    letter: str = "",
    scan: tuple[str, bytes] | None = None,
    *,
    now: dt.datetime | None = None,
    seen: int | None = None,
    kept: Inspected | None = None,
) -> CaseRecord:
    """The business actor's written clarification arrived (typed in, or as a registered letter
    whose agenda number is given): the analyst now has the clarification stage's days to decide
    whether the consumer accepts it or a meeting is needed. ``kept``: what the window's reader
    made of the scan already (checked, perhaps neutralised), so it is not checked again here."""
    require(actor, workflow.EDITORS, "permission.edit")
    now = now or utcnow()
    text = text.strip()
    received = received or office_date(now)
    with write():
        case = caselog.load(case_uuid, seen)
        if case["status"] != Status.CLARIFICATION.value or case["clarification_mode"] != "online":
            raise DomainError("answer.wrong_stage")
        if not text:
            raise ValidationFailed([FieldError("answer.text", "required")])
        if received > office_date(now):
            raise ValidationFailed([FieldError("answer.received", "date.future")])
        asked = outgoing.first_issued(case.uuid, "clarification")
        if asked is not None and received < asked.issued_on:
            raise ValidationFailed(
                [
                    FieldError(
                        "answer.received",
                        "answer.before_letter",
                        {"date": asked.issued_on.strftime("%d-%m-%Y")},
                    )
                ]
            )
        due = settings.calendar().add_working_days(office_date(now), settings.due_days("analysis"))
        payload = {
            "text": text,
            "received": received.isoformat(),
            "letter": letter,
            "due": due.isoformat(),
        }
        if scan is not None:  # the scanned answer, kept with the case (refused: nothing kept)
            from desktop.services.attachments import attach_file

            payload["attachment"] = attach_file(actor, case.uuid, *scan, now=now, kept=kept).uuid
            case = caselog.load(case.uuid)
        return caselog.append(case, "case.answer_recorded", payload, actor, now)


def recommend_blocking(
    actor: Actor,
    case_uuid: str,
    reason: str,
    *,
    now: dt.datetime | None = None,
    seen: int | None = None,
) -> CaseRecord:
    """Ask Komdigi to stop an online business actor's site or shop page; the case and the
    business actor both carry the flag from then on."""
    require(actor, workflow.BLOCKERS, "permission.action")
    now = now or utcnow()
    reason = reason.strip()
    with write():
        case = caselog.load(case_uuid, seen)
        business = parties.business(case["business"])
        refusal = workflow.blocking_refusal(case, business.__data__)
        if refusal:
            done = case["blocking_recommended"]
            raise DomainError(
                refusal, business=business.name, date=done.strftime("%d-%m-%Y") if done else ""
            )
        if not reason:
            raise ValidationFailed([FieldError("reason", "required")])
        today = office_date(now)
        business.blocking_recommended = today
        business.save(only=[BusinessActor.blocking_recommended])
        payload = {"reason": reason, "site": business.website, "on": today.isoformat()}
        return caselog.append(case, "case.blocking_recommended", payload, actor, now)
