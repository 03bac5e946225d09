"""Case rows and history events: the statements behind services.caselog.

This is the hot path of intake and of every workflow action, so it speaks plain SQL through
statements built once from the model, instead of compiling a peewee query on every call.

A case row changes only under its version: ``update`` writes ``… WHERE id = ? AND version = ?``
with the version the caller read, so a desk acting on a case another desk changed since
writes nothing (on PostgreSQL too, where two transactions can read the same row at once).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from desktop.domain import case_state
from desktop.store import dialect, sql
from desktop.store.models import BusinessActor, Case, Complainant, HistoryEvent

_NAMES = tuple(case_state.FIELD_TYPES)
_COLUMNS = [Case._meta.fields[name].column_name for name in _NAMES]
_FIELDS = [Case._meta.fields[name] for name in _NAMES]
_SELECT = f'SELECT id, uuid, {", ".join(_COLUMNS)} FROM "case" WHERE '
_INSERT = (
    f'INSERT INTO "case" (uuid, {", ".join(_COLUMNS)}) '
    f"VALUES ({', '.join('?' * (len(_COLUMNS) + 1))}) RETURNING id"
)
_UPDATE = (
    f'UPDATE "case" SET {", ".join(c + " = ?" for c in _COLUMNS)} WHERE id = ? AND version = ?'
)
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


def _to_db(name: str, value: Any) -> Any:
    if case_state.FIELD_TYPES[name] == "list":
        return json.dumps(value, ensure_ascii=False)
    return value


def _values(state: Mapping[str, Any]) -> list[Any]:
    return [_to_db(name, state[name]) for name in _NAMES]


def find(ref: str) -> tuple[int, str, dict[str, Any]] | None:
    """(id, uuid, projected fields) of the case with this UUID or registration number."""
    row = sql.one(_SELECT + "uuid = ? OR reg_no = ?", (ref, ref))
    if row is None:
        return None
    state = {
        name: field.python_value(value)
        for name, field, value in zip(_NAMES, _FIELDS, row[2:], strict=True)
    }
    return row[0], row[1], state


def insert(uuid: str, state: Mapping[str, Any]) -> int:
    """A new case row; its id."""
    return sql.value(_INSERT, (uuid, *_values(state)))


def update(case_id: int, state: Mapping[str, Any], version: int) -> bool:
    """Write the case's new fields if its row is still at ``version``; False (nothing written)
    when another desk changed it meanwhile."""
    return sql.changed(_UPDATE, (*_values(state), case_id, version)) == 1


def next_id() -> int:
    """The id the next case would get, for ids handed out in bulk inside a write."""
    return sql.value('SELECT coalesce(max(id), 0) + 1 FROM "case"')


def insert_many(cases: Iterable[tuple[int, str, Mapping[str, Any]]]) -> None:
    """New cases, (id, uuid, fields) each, in one statement."""
    rows = [(i, uuid, *_values(state)) for i, uuid, state in cases]
    sql.run_many(_INSERT_WITH_ID, rows)
    if rows:
        dialect.current().ids_given("case")


def event_row(
    uuid: str,
    case_uuid: str | None,
    kind: str,
    payload: Mapping[str, Any],
    actor: str | None,
    at: dt.datetime,
    sync_status: str,
    chained: str,
) -> tuple:
    """A history event as ``add_event`` and ``add_events`` take it; ``chained`` is its hash."""
    payload_text = json.dumps(payload, ensure_ascii=False)
    return (uuid, case_uuid, kind, payload_text, actor, at, sync_status, chained)


def chain_order() -> Iterable[tuple]:
    """Every event as stored, (uuid, case, kind, payload text, actor, at text, hash), chain by
    chain (the desk's own first) in the order they were written."""
    return sql.run(
        'SELECT uuid, case_id, kind, payload, actor_id, at, hash FROM "history_event" '
        "ORDER BY case_id, id"
    )


def chain_head(case_uuid: str | None) -> str | None:
    """The hash of the newest event of a case's chain, or (None) of the desk's own."""
    if case_uuid is None:
        return sql.value(_DESK_HEAD)
    return sql.value(_HEAD, (case_uuid,))


def add_event(row: Sequence[Any]) -> None:
    sql.run(_EVENT, row)


def add_events(rows: Iterable[Sequence[Any]]) -> None:
    sql.run_many(_EVENT, rows)


def last_change(case_uuid: str) -> tuple[str, dt.datetime | None]:
    """Who made the case's latest change (a full name; empty for the central system) and when."""
    row = sql.one(
        'SELECT s.full_name, e.at FROM "history_event" e LEFT JOIN "staff" s '
        "ON s.uuid = e.actor_id WHERE e.case_id = ? ORDER BY e.id DESC LIMIT 1",
        (case_uuid,),
    )
    if row is None:
        return "", None
    return row[0] or "", dialect.current().moment(row[1])


def exists(case_uuid: str) -> bool:
    return Case.select().where(Case.uuid == case_uuid).exists()


def numbers_of_person(nik: str) -> dict[str, str]:
    """uuid → registration number of every case the person with this NIK complained in."""
    query = (
        Case.select(Case.uuid, Case.reg_no)
        .join(Complainant, on=(Case.complainant == Complainant.uuid))
        .where(Complainant.nik == nik)
    )
    return dict(query.tuples())


def numbers(case_uuids: Iterable[str]) -> dict[str, str]:
    """uuid → registration number of the cases named."""
    return dict(Case.select(Case.uuid, Case.reg_no).where(Case.uuid.in_(list(case_uuids))).tuples())


def reg_no(case_uuid: str) -> str | None:
    """The registration number of the case with this UUID; None when there is none."""
    found = Case.get_or_none(Case.uuid == case_uuid)
    return None if found is None else found.reg_no


def of_party(role: str, party_uuid: str) -> Iterator[Case]:
    """The cases a complainant (``role`` "complainant") or a business actor is party to, a row
    at a time."""
    column = Case.complainant if role == "complainant" else Case.business
    return Case.select().where(column == party_uuid).iterator()


def last_desk_event(kind: str) -> HistoryEvent | None:
    """The latest event of ``kind`` in the desk's own chain (no case): its moment and payload."""
    return (
        HistoryEvent.select(HistoryEvent.at, HistoryEvent.payload)
        .where(HistoryEvent.kind == kind, HistoryEvent.case.is_null())
        .order_by(HistoryEvent.id.desc())
        .first()
    )


def payloads(case_uuid: str, kind: str) -> Iterator[Any]:
    """The payloads of a case's events of ``kind``, newest first."""
    for event in (
        HistoryEvent.select(HistoryEvent.payload)
        .where((HistoryEvent.case == case_uuid) & (HistoryEvent.kind == kind))
        .order_by(HistoryEvent.id.desc())
    ):
        yield event.payload


def all_by_uuid() -> Iterator[Case]:
    """Every case row, in UUID order, a row at a time (``loket check`` walks them beside their
    histories)."""
    return Case.select().order_by(Case.uuid).iterator()


def all_events() -> Iterator[tuple[str, str, Any, dt.datetime]]:
    """(case uuid, kind, payload, moment) of every case event, by case and then in order."""
    return (
        HistoryEvent.select(
            HistoryEvent.case, HistoryEvent.kind, HistoryEvent.payload, HistoryEvent.at
        )
        .where(HistoryEvent.case.is_null(False))
        .order_by(HistoryEvent.case, HistoryEvent.id)
        .tuples()
        .iterator()
    )


def with_parties_after(last_id: int, limit: int) -> list[Case]:
    """The next ``limit`` cases after id ``last_id``, each with its complainant and business
    actor rows (``case.complainant``, ``case.business``)."""
    return list(
        Case.select(Case, Complainant, BusinessActor)
        .join(Complainant, on=(Case.complainant == Complainant.uuid))
        .switch(Case)
        .join(BusinessActor, on=(Case.business == BusinessActor.uuid))
        .where(Case.id > last_id)
        .order_by(Case.id)
        .limit(limit)
    )


def events_of(case_uuid: str) -> list[HistoryEvent]:
    """A case's history, in order."""
    return list(
        HistoryEvent.select().where(HistoryEvent.case == case_uuid).order_by(HistoryEvent.id)
    )


def parties_of(case_uuid: str) -> tuple[str, str]:
    """(complainant uuid, business actor uuid) of a case."""
    case = Case.get(Case.uuid == case_uuid)
    return case.complainant_id, case.business_id


def events_of_kind(case_uuid: str, kind: str) -> list[HistoryEvent]:
    """A case's events of one kind, in order."""
    return list(
        HistoryEvent.select()
        .where((HistoryEvent.case == case_uuid) & (HistoryEvent.kind == kind))
        .order_by(HistoryEvent.id)
    )


def event_of(case_uuid: str, event_uuid: str) -> HistoryEvent | None:
    """The case's event of ``event_uuid``; None when it is another case's or nobody's."""
    return HistoryEvent.get_or_none(
        (HistoryEvent.uuid == event_uuid) & (HistoryEvent.case == case_uuid)
    )


def newest_with_documents() -> str | None:
    """The newest case with a document kept or a letter issued."""
    from desktop.store.models import Attachment, IssuedLetter

    kept = Attachment.select(Attachment.case).where(Attachment.case.is_null(False))
    issued = IssuedLetter.select(IssuedLetter.case).where(IssuedLetter.case.is_null(False))
    found = (
        Case.select(Case.uuid)
        .where(Case.uuid.in_(kept) | Case.uuid.in_(issued))
        .order_by(Case.received_at.desc())
        .first()
    )
    return found.uuid if found else None


def last_event(case_uuid: str) -> HistoryEvent | None:
    """A case's latest event (its kind and moment)."""
    return (
        HistoryEvent.select(HistoryEvent.kind, HistoryEvent.at)
        .where(HistoryEvent.case == case_uuid)
        .order_by(HistoryEvent.id.desc())
        .first()
    )


def latest_moment(case_uuid: str) -> dt.datetime | None:
    """The moment of a case's latest event, by moment."""
    found = (
        HistoryEvent.select(HistoryEvent.at)
        .where(HistoryEvent.case == case_uuid)
        .order_by(HistoryEvent.at.desc())
        .first()
    )
    return found.at if found else None
