"""A case row is a projection of its history events: ``project(events)`` rebuilds it.

Services never set case fields directly: they write an event and apply it with ``apply``, so the
same fold rebuilds every row from the events alone (``loket check`` does exactly that). Values
in event payloads are JSON (dates as ISO text); ``FIELD_TYPES`` turns them back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from desktop.domain import anonymity, workflow

# Every case field and its type; the store's Case model has exactly these columns (a test says so).
FIELD_TYPES: dict[str, str] = {
    "reg_no": "str",
    "channel": "str",
    "report_type": "str",
    "complainant": "str",  # uuid
    "business": "str",  # uuid
    "letter": "str?",  # uuid of the incoming letter a postal complaint came in
    "product": "str",
    "sector": "str",
    "transaction_mode": "str",
    "transaction_date": "date?",
    "transaction_value": "int?",
    "payment_method": "str",
    "complained_to_business": "bool",
    "complained_at": "date?",
    "business_answer": "str",
    "chronology": "str",
    "demands": "list",
    "demand_detail": "str",
    "documents": "list",
    "registered_by": "str",  # staff uuid
    "received_at": "datetime",
    "status": "str",
    "stage_due": "date?",
    "paused_since": "date?",
    "in_scope": "bool?",
    "scope_reason": "str",
    "clarification_mode": "str?",
    "agency": "str?",
    "outcome": "str?",
    "outcome_note": "str",
    "closed_at": "datetime?",
    "answer_received": "date?",  # the business actor's written clarification arrived
    "blocking_recommended": "date?",  # a recommendation to stop the site went to Komdigi
    "officer": "str?",  # staff uuid of the officer responsible now
    "anonymised": "date?",  # the office day its personal data was removed (retention)
    "updated_at": "datetime",
    "version": "int",
}

# What an amendment may change: the complaint's content, never its workflow state.
AMENDABLE = frozenset(
    {
        "report_type",
        "complainant",
        "business",
        "product",
        "sector",
        "transaction_mode",
        "transaction_date",
        "transaction_value",
        "payment_method",
        "complained_to_business",
        "complained_at",
        "business_answer",
        "chronology",
        "demands",
        "demand_detail",
        "documents",
    }
)


def coerce(name: str, value: Any) -> Any:
    kind = FIELD_TYPES[name]
    if value is None:
        if kind.endswith("?"):
            return None
        return {"str": "", "list": [], "bool": False, "int": 0}.get(kind)
    base = kind.rstrip("?")
    if base == "date" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if base == "datetime" and isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    if base == "bool":
        return bool(value)
    if base == "int":
        return int(value)
    if base == "list":
        return list(value)
    return value


def to_json(value: Any) -> Any:
    """A field value as it travels in an event payload."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def apply(
    state: Mapping[str, Any] | None, kind: str, payload: Mapping[str, Any], at: dt.datetime
) -> dict[str, Any]:
    """The case after one more event. Unknown kinds only touch ``updated_at`` and ``version``."""
    if kind == "case.registered":
        new = {name: coerce(name, payload["case"].get(name)) for name in FIELD_TYPES}
        new.update(
            status=workflow.Status.RECEIVED.value,
            received_at=at,
            version=0,
            stage_due=coerce("stage_due", payload.get("due")),
        )
    else:
        if state is None:
            raise ValueError(f"event {kind} before the case was registered")
        new = dict(state)
        if kind == "case.amended":
            for name, value in payload["changes"].items():
                if name in AMENDABLE:
                    new[name] = coerce(name, value)
        elif kind == "case.transition":
            for name, value in workflow.effects(payload["action"], payload["params"]).items():
                new[name] = coerce(name, value)
            new["stage_due"] = coerce("stage_due", payload.get("due"))
            new["paused_since"] = coerce("paused_since", payload.get("paused_since"))
            new["closed_at"] = at if new["status"] == workflow.Status.CLOSED.value else None
        elif kind == "case.reminder_sent":
            new["stage_due"] = coerce("stage_due", payload["due"])
        elif kind == "case.answer_recorded":
            new["answer_received"] = coerce("answer_received", payload["received"])
            new["stage_due"] = coerce("stage_due", payload.get("due"))
        elif kind == "case.hearing_held" and payload.get("due"):
            new["stage_due"] = coerce("stage_due", payload["due"])  # the agreement's last term
        elif kind == "case.blocking_recommended":
            new["blocking_recommended"] = coerce("blocking_recommended", payload["on"])
        elif kind == anonymity.ANONYMISED:
            for name in anonymity.CASE_TEXT:
                new[name] = ""
            new["anonymised"] = coerce("anonymised", payload["on"])
    if kind != "case.registered" and payload.get("officer"):
        # who takes the case on: the analyst starting it, the mediator of its meeting, or
        # whom a supervisor assigned (case.assigned)
        new["officer"] = payload["officer"]
    new["updated_at"] = at
    new["version"] = new["version"] + 1
    return new


def project(events: Iterable[tuple[str, Mapping[str, Any], dt.datetime]]) -> dict[str, Any]:
    state: dict[str, Any] | None = None
    for kind, payload, at in events:
        state = apply(state, kind, payload, at)
    if state is None:
        raise ValueError("a case needs at least its registration event")
    return state
