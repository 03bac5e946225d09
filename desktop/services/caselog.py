"""The one place where case rows change: append an event, fold it in, update the search index.

This is the hot path of intake and of every workflow action, so it speaks plain SQL through
statements built once from the model, instead of compiling a peewee query on every call.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain import case_state
from desktop.domain.errors import NotFound
from desktop.services.context import Actor
from desktop.store import rows, search
from desktop.store.models import BusinessActor, Case, Complainant, database, new_uuid

_NAMES = tuple(case_state.FIELD_TYPES)
_COLUMNS = [Case._meta.fields[name].column_name for name in _NAMES]
_FIELDS = [Case._meta.fields[name] for name in _NAMES]
_SELECT = f'SELECT id, uuid, {", ".join(_COLUMNS)} FROM "case" WHERE '
_INSERT = (
    f'INSERT INTO "case" (uuid, {", ".join(_COLUMNS)}) '
    f"VALUES ({', '.join('?' * (len(_COLUMNS) + 1))})"
)
_UPDATE = f'UPDATE "case" SET {", ".join(c + " = ?" for c in _COLUMNS)} WHERE id = ?'
_EVENT = (
    'INSERT INTO "history_event" (uuid, case_id, kind, payload, actor_id, at, sync_status) '
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_SEARCHED = frozenset({"reg_no", "complainant", "business", "product", "chronology"})


@dataclass
class CaseRecord:
    """A case as the services see it: its ids and its projected fields."""

    id: int
    uuid: str
    state: dict[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.state[name]


def _to_db(name: str, value: Any) -> Any:
    if case_state.FIELD_TYPES[name] == "list":
        return json.dumps(value, ensure_ascii=False)
    return value


def _record(row: tuple) -> CaseRecord:
    state = {
        name: field.python_value(value)
        for name, field, value in zip(_NAMES, _FIELDS, row[2:], strict=True)
    }
    return CaseRecord(row[0], row[1], state)


def state_of(case: Case) -> dict[str, Any]:
    """A peewee Case row as the projection's plain values (foreign keys as their UUIDs)."""
    return {name: case.__data__.get(name) for name in _NAMES}


def load(ref: str) -> CaseRecord:
    """A case by its UUID or its registration number."""
    row = database.execute_sql(_SELECT + "uuid = ? OR reg_no = ?", (ref, ref)).fetchone()
    if row is None:
        raise NotFound("case.not_found", ref=ref)
    return _record(row)


def append(
    case: CaseRecord | str,
    kind: str,
    payload: Mapping[str, Any],
    actor: Actor | None,
    at: dt.datetime,
    parties: tuple[dict, dict] | None = None,
    *,
    received: str | None = None,
) -> CaseRecord:
    """Record an event for a case (a record, or the UUID of a new one) and bring its row and
    search entry up to date. Must run inside the caller's write transaction. ``parties`` spares
    reading the complainant and business actor again when the caller has them at hand.
    ``received`` is the UUID of an event that came from the central server: it is kept, and the
    event is not sent back."""
    before = case.state if isinstance(case, CaseRecord) else None
    after = case_state.apply(before, kind, payload, at)
    values = [_to_db(name, after[name]) for name in _NAMES]
    if isinstance(case, CaseRecord):
        database.execute_sql(_UPDATE, (*values, case.id))
        record = CaseRecord(case.id, case.uuid, after)
    else:
        cursor = database.execute_sql(_INSERT, (case, *values))
        record = CaseRecord(cursor.lastrowid, case, after)
    database.execute_sql(
        _EVENT,
        (
            received or new_uuid(),
            record.uuid,
            kind,
            json.dumps(payload, ensure_ascii=False),
            actor.uuid if actor else None,
            at,
            "synced" if received else "pending",
        ),
    )
    if before is None or any(before[f] != after[f] for f in _SEARCHED):
        reindex(record, parties, new=before is None)
    return record


def reindex(case: CaseRecord, parties: tuple[dict, dict] | None = None, new: bool = False) -> None:
    """Bring the case's search entry up to date; ``parties`` are the two parties' rows."""
    complainant, business = parties or (
        rows.find(Complainant, "uuid", case["complainant"]),
        rows.find(BusinessActor, "uuid", case["business"]),
    )
    search.index_case(case.id, search.search_document(case.state, complainant, business), new=new)


def audit(kind: str, payload: Mapping[str, Any], actor: Actor | None, at: dt.datetime) -> None:
    """A history event that belongs to no case: sign-ins, visitors, settings."""
    database.execute_sql(
        _EVENT,
        (
            new_uuid(),
            None,
            kind,
            json.dumps(payload, ensure_ascii=False),
            actor.uuid if actor else None,
            at,
            "local",
        ),
    )
