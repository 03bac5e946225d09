"""The one place where case rows change: append an event, fold it in, update the search index.

The statements are store.cases'; a row changes only under the version it was read at, so a
desk acting on a case another desk has just changed writes nothing and says who changed it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain import case_state, chain
from desktop.domain.errors import DomainError, NotFound
from desktop.domain.formatting import office_time
from desktop.services.context import Actor
from desktop.store import cases, rows, search
from desktop.store.models import BusinessActor, Case, Complainant, new_uuid

_NAMES = tuple(case_state.FIELD_TYPES)
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


def state_of(case: Case) -> dict[str, Any]:
    """A peewee Case row as the projection's plain values (foreign keys as their UUIDs)."""
    return {name: case.__data__.get(name) for name in _NAMES}


def load(ref: str, seen: int | None = None) -> CaseRecord:
    """A case by its UUID or its registration number. ``seen`` is the version the officer
    was shown: if the case has changed since, nothing is done and the officer is told."""
    found = cases.find(ref)
    if found is None:
        raise NotFound("case.not_found", ref=ref)
    record = CaseRecord(*found)
    if seen is not None and record["version"] != seen:
        raise changed_meanwhile(record.uuid, record["reg_no"])
    return record


def changed_meanwhile(case_uuid: str, reg_no: str) -> DomainError:
    """The refusal of a change to a case someone else changed first: who, when, look again."""
    who, at = cases.last_change(case_uuid)
    return DomainError(
        "case.changed_meanwhile",
        reg_no=reg_no,
        who=who or "SIMPKTN",
        at=office_time(at, "id", "HH.mm") if at else "",
    )


def head(case_uuid: str | None) -> str:
    """The hash the next event of a case (or, for None, of the desk's own chain) follows."""
    return cases.chain_head(case_uuid) or chain.GENESIS


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
    return cases.event_row(
        uuid,
        case_uuid,
        kind,
        payload,
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
    if isinstance(case, CaseRecord):
        if not cases.update(case.id, after, case["version"]):
            raise changed_meanwhile(case.uuid, case["reg_no"])
        record = CaseRecord(case.id, case.uuid, after)
    else:
        record = CaseRecord(cases.insert(case, after), case, after)
    status = "synced" if received else "pending"
    prev = chain.GENESIS if before is None else head(record.uuid)
    cases.add_event(_event_row(record.uuid, kind, payload, actor, at, prev, status, received))
    if before is None or any(before[f] != after[f] for f in _SEARCHED):
        reindex(record, parties, new=before is None)
    return record


class Bulk:
    """Many new cases written at once (the demo's million): each event is folded with the same
    ``case_state.apply`` as ``append`` does, and ``flush`` writes the cases, their events and
    search entries with one statement per table. Use inside a write transaction."""

    def __init__(self) -> None:
        self._next_id = cases.next_id()
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
        records = list(self._cases.values())
        cases.insert_many((r.id, r.uuid, r.state) for r in records)
        cases.add_events(self._events)
        party = self._parties
        documents = [
            (r.id, search.search_document(r.state, party[r["complainant"]], party[r["business"]]))
            for r in records
        ]
        search.index_cases(documents, new=True)
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
    other_model, other_name = (
        (BusinessActor, "business") if role == "complainant" else (Complainant, "complainant")
    )
    others: dict[str, dict[str, Any]] = {}
    documents = []
    for case in cases.of_party(role, party["uuid"]):
        state = state_of(case)
        other = others.get(state[other_name])
        if other is None:
            other = others[state[other_name]] = rows.find(other_model, "uuid", state[other_name])
        pair = (party, other) if role == "complainant" else (other, party)
        documents.append((case.id, search.search_document(state, *pair)))
    search.index_cases(documents)


def audit(kind: str, payload: Mapping[str, Any], actor: Actor | None, at: dt.datetime) -> None:
    """A history event that belongs to no case: sign-ins, visitors, settings."""
    cases.add_event(_event_row(None, kind, payload, actor, at, head(None), "local"))
