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

from desktop.domain import case_state, chain
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
_INSERT_WITH_ID = (
    f'INSERT INTO "case" (id, uuid, {", ".join(_COLUMNS)}) '
    f"VALUES ({', '.join('?' * (len(_COLUMNS) + 2))})"
)
_EVENT = (
    'INSERT INTO "history_event" (uuid, case_id, kind, payload, actor_id, at, sync_status, hash) '
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
# The hash of the newest event of a chain (domain/chain.py): a case's, or the desk's own.
_HEAD = 'SELECT hash FROM "history_event" WHERE case_id = ? ORDER BY id DESC LIMIT 1'
_DESK_HEAD = 'SELECT hash FROM "history_event" WHERE case_id IS NULL ORDER BY id DESC LIMIT 1'
_SEARCHED = frozenset({"reg_no", "complainant", "business", "product", "chronology"})
# What of a party goes into its cases' search entries (search.search_document).
PARTY_SEARCHED = {
    "complainant": frozenset({"name", "nik", "email", "phone"}),
    "business": frozenset({"name", "phone", "website"}),
}


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


def head(case_uuid: str | None) -> str:
    """The hash the next event of a case (or, for None, of the desk's own chain) follows."""
    if case_uuid is None:
        row = database.execute_sql(_DESK_HEAD).fetchone()
    else:
        row = database.execute_sql(_HEAD, (case_uuid,)).fetchone()
    return row[0] if row else chain.GENESIS


def _event_row(
    case_uuid: str | None,
    kind: str,
    payload: Mapping[str, Any],
    actor: Actor | None,
    at: dt.datetime,
    prev: str,
    status: str,
    uuid: str | None = None,
) -> tuple:
    uuid = uuid or new_uuid()
    actor_uuid = actor.uuid if actor else None
    return (
        uuid,
        case_uuid,
        kind,
        json.dumps(payload, ensure_ascii=False),
        actor_uuid,
        at,
        status,
        chain.event_hash(prev, uuid, case_uuid, kind, payload, actor_uuid, at),
    )


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
    status = "synced" if received else "pending"
    prev = chain.GENESIS if before is None else head(record.uuid)
    row = _event_row(record.uuid, kind, payload, actor, at, prev, status, received)
    database.execute_sql(_EVENT, row)
    if before is None or any(before[f] != after[f] for f in _SEARCHED):
        reindex(record, parties, new=before is None)
    return record


class Bulk:
    """Many new cases written at once (the demo's million): each event is folded with the same
    ``case_state.apply`` as ``append`` does, and ``flush`` writes the cases, their events and
    search entries with one statement per table. Use inside a write transaction."""

    def __init__(self) -> None:
        self._next_id = database.execute_sql(
            'SELECT coalesce(max(id), 0) + 1 FROM "case"'
        ).fetchone()[0]
        self._cases: dict[str, CaseRecord] = {}
        # The newest row of each party, by UUID: a party whose details changed within the batch
        # is indexed with its new details in every case of the batch, as reindex_party does.
        self._parties: dict[str, dict] = {}
        self._events: list[tuple] = []
        self._heads: dict[str, str] = {}  # the newest event's hash of each case of the batch

    def append(
        self,
        case: CaseRecord | str,
        kind: str,
        payload: Mapping[str, Any],
        actor: Actor | None,
        at: dt.datetime,
        parties: tuple[dict, dict] | None = None,
    ) -> CaseRecord:
        """As ``caselog.append``; a new case needs its ``parties`` for the search entry."""
        before = case.state if isinstance(case, CaseRecord) else None
        after = case_state.apply(before, kind, payload, at)
        if isinstance(case, CaseRecord):
            record = CaseRecord(case.id, case.uuid, after)
        else:
            record = CaseRecord(self._next_id, case, after)
            self._next_id += 1
        for party in parties or ():
            self._parties[party["uuid"]] = party
        self._cases[record.uuid] = record
        if record.uuid in self._heads:
            prev = self._heads[record.uuid]
        else:
            prev = chain.GENESIS if before is None else head(record.uuid)
        row = _event_row(record.uuid, kind, payload, actor, at, prev, "pending")
        self._heads[record.uuid] = row[-1]
        self._events.append(row)
        return record

    def flush(self) -> None:
        cases = list(self._cases.values())
        database.cursor().executemany(
            _INSERT_WITH_ID,
            [(r.id, r.uuid, *(_to_db(n, r.state[n]) for n in _NAMES)) for r in cases],
        )
        database.cursor().executemany(_EVENT, self._events)
        search.index_many(
            (
                r.id,
                search.search_document(
                    r.state, self._parties[r["complainant"]], self._parties[r["business"]]
                ),
            )
            for r in cases
        )
        self._cases, self._parties, self._events, self._heads = {}, {}, [], {}


def reindex(case: CaseRecord, parties: tuple[dict, dict] | None = None, new: bool = False) -> None:
    """Bring the case's search entry up to date; ``parties`` are the two parties' rows."""
    complainant, business = parties or (
        rows.find(Complainant, "uuid", case["complainant"]),
        rows.find(BusinessActor, "uuid", case["business"]),
    )
    search.index_case(case.id, search.search_document(case.state, complainant, business), new=new)


def reindex_party(role: str, party: dict[str, Any]) -> None:
    """Bring the search entries of every case of a complainant or business actor (``role``)
    up to date with the party's row, after its name, NIK, phone or e-mail changed: the older
    cases are then found by the new details too. Inside the caller's write transaction."""
    column = Case.complainant if role == "complainant" else Case.business
    other_model, other_name = (
        (BusinessActor, "business") if role == "complainant" else (Complainant, "complainant")
    )
    others: dict[str, dict[str, Any]] = {}
    for case in Case.select().where(column == party["uuid"]).iterator():
        state = state_of(case)
        other = others.get(state[other_name])
        if other is None:
            other = others[state[other_name]] = rows.find(other_model, "uuid", state[other_name])
        pair = (party, other) if role == "complainant" else (other, party)
        search.index_case(case.id, search.search_document(state, *pair))


def audit(kind: str, payload: Mapping[str, Any], actor: Actor | None, at: dt.datetime) -> None:
    """A history event that belongs to no case: sign-ins, visitors, settings."""
    database.execute_sql(_EVENT, _event_row(None, kind, payload, actor, at, head(None), "local"))
