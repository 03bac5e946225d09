"""Every case reaches the central system, and the counter keeps working when the network does
not (DESIGN.md §7).

The outbox is the history itself: each case event carries its sync state (pending, uploading,
synced, conflict, rejected). One run uploads the files the pending events point to (by hash,
resumable), pushes the events in batches and stores the answer to each, then pulls the changes
for this office and moves the cursor in the same transaction that applies them. Every step is
idempotent on both sides (events by UUID, files by hash), so a run cut short anywhere — the
network, the server, the desk killed — is simply run again.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.errors import DomainError, FieldError, ValidationFailed
from desktop.domain.workflow import Role
from desktop.services import caselog, settings
from desktop.services.context import Actor, require, write
from desktop.store import rows
from desktop.store.files import FileStore
from desktop.store.models import (
    Attachment,
    BusinessActor,
    Case,
    Complainant,
    HistoryEvent,
    Setting,
    Staff,
    database,
    new_uuid,
    utcnow,
)
from desktop.sync import token as tokens
from desktop.sync.client import CentralClient, Refused, Server, Unreachable

BATCH = 100
# Cases that reach the office from the ministry's other channels were registered by nobody
# here: their rows point to this account, which cannot sign in.
CENTRAL_STAFF = "00000000-0000-4000-8000-000000000000"


@dataclass
class Report:
    files: int = 0
    sent: int = 0
    accepted: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0

    def line(self) -> str:
        return (
            f"{self.files} files, {self.sent} events sent ({self.accepted} accepted, "
            f"{self.duplicates} already there, {self.conflicts} conflicts, {self.rejected} "
            f"rejected), {self.pulled} changes pulled"
        )


@dataclass(frozen=True)
class State:
    """What the status light shows."""

    configured: bool
    pending: int
    errors: int  # rejected events
    conflicts: int
    last_ok: str  # ISO time of the last complete run, UTC
    last_error: str  # why the last run failed, empty after a good one
    failures: int  # runs failed in a row

    @property
    def light(self) -> str:
        if not self.configured:
            return "off"
        if self.errors or self.conflicts:
            return "errors"
        if self.failures:
            return "offline"
        return "pending" if self.pending else "synced"


@dataclass(frozen=True)
class Problem:
    """An event the server did not take, as the error view lists it."""

    event: str
    reg_no: str
    kind: str
    at: dt.datetime
    status: str  # conflict or rejected
    code: str
    reason: str
    ours: dict[str, Any]
    theirs: dict[str, Any] = field(default_factory=dict)


# -- configuration ---------------------------------------------------------------------------
def server() -> Server:
    return Server(settings.get("sync.server") or "", settings.get("sync.ca_bundle") or "")


def enrol(actor: Actor, url: str, code: str, ca_bundle: str = "") -> None:
    """Enrol this desk with the central server and keep its token in the keyring."""
    require(actor, {Role.ADMIN, Role.SUPERVISOR}, "permission.admin")
    url = url.strip().rstrip("/")
    if not url.startswith(("https://", "http://")):
        raise DomainError("sync.bad_url", url=url)
    desk = _memory("sync.desk") or new_uuid()
    with CentralClient(Server(url, ca_bundle)) as client:
        try:
            token = client.enrol(settings.get("counter.code"), desk, code)
        except Refused as e:
            raise DomainError("sync.enrol_refused", reason=e.reason) from None
        except Unreachable as e:
            raise DomainError("sync.unreachable", reason=str(e)) from None
    try:
        tokens.save(url, token)
    except tokens.NoKeyring as e:
        raise DomainError("sync.no_keyring", reason=str(e)) from None
    settings.put(actor, "sync.server", url)
    settings.put(actor, "sync.ca_bundle", ca_bundle)
    with write():
        _remember("sync.desk", desk)


# -- one run ---------------------------------------------------------------------------------
def run_once(batch: int = BATCH, *, timeout: Any = None) -> Report:
    """Files, then events, then the changes for this office. Unreachable is raised (and
    remembered for the status light) when the network or the server fails."""
    where = server()
    if not where.url:
        raise DomainError("sync.not_set_up")
    try:
        token = tokens.load(where.url)
    except tokens.NoKeyring as e:
        raise DomainError("sync.no_keyring", reason=str(e)) from None
    if not token:
        raise DomainError("sync.not_enrolled", url=where.url)
    report = Report()
    try:
        kwargs = {"timeout": timeout} if timeout is not None else {}
        with CentralClient(where, token, **kwargs) as client:
            _recover()
            while _push_batch(client, batch, report):
                pass
            _pull(client, report)
            _reference(client)
    except (Unreachable, Refused) as e:
        with write():
            _remember("sync.failures", int(_memory("sync.failures") or 0) + 1)
            _remember("sync.last_error", str(e))
        raise
    with write():
        _remember("sync.failures", 0)
        _remember("sync.last_error", "")
        _remember("sync.last_ok", utcnow().isoformat(timespec="seconds"))
    return report


def _recover() -> None:
    """A run that died mid-batch left events marked uploading: they go again (the server
    answers "already have it" for those it took)."""
    with write():
        HistoryEvent.update(sync_status="pending").where(
            HistoryEvent.sync_status == "uploading"
        ).execute()


def _push_batch(client: CentralClient, batch: int, report: Report) -> bool:
    with write():
        chosen = list(
            HistoryEvent.select()
            .where(HistoryEvent.sync_status == "pending")
            .order_by(HistoryEvent.id)
            .limit(batch)
        )
        if not chosen:
            return False
        ids = [e.id for e in chosen]
        HistoryEvent.update(sync_status="uploading").where(HistoryEvent.id.in_(ids)).execute()
        versions = _versions(chosen)
        wire = [_wire(e, versions[e.id]) for e in chosen]
    try:
        for event in wire:  # files before the records that point to them
            for sha in event["files"]:
                report.files += _upload(client, sha)
        answers = client.push(wire)
    except BaseException:
        with write():
            HistoryEvent.update(sync_status="pending").where(
                HistoryEvent.id.in_(ids) & (HistoryEvent.sync_status == "uploading")
            ).execute()
        raise
    by_uuid = {a.get("uuid"): a for a in answers}
    with write():
        for event in chosen:
            answer = by_uuid.get(event.uuid, {"status": "pending"})
            status = answer["status"]
            report.sent += 1
            if status in ("accepted", "duplicate"):
                report.accepted += status == "accepted"
                report.duplicates += status == "duplicate"
                new, kept = "synced", ""
            elif status in ("conflict", "rejected"):
                report.conflicts += status == "conflict"
                report.rejected += status == "rejected"
                new, kept = status, json.dumps(answer, ensure_ascii=False)
            else:
                new, kept = "pending", ""
            HistoryEvent.update(sync_status=new, sync_answer=kept).where(
                (HistoryEvent.id == event.id) & (HistoryEvent.sync_status == "uploading")
            ).execute()
    return True


def _versions(events: list[HistoryEvent]) -> dict[int, int]:
    """The version each event makes of its case: its place among the case's events, for the
    whole batch in one query."""
    cases = sorted({e.case_id for e in events})
    marks = ", ".join("?" * len(cases))
    rows = database.execute_sql(
        "SELECT id, ROW_NUMBER() OVER (PARTITION BY case_id ORDER BY id) "
        f'FROM "history_event" WHERE case_id IN ({marks})',
        cases,
    )
    wanted = {e.id for e in events}
    return {event_id: version for event_id, version in rows if event_id in wanted}


def _wire(event: HistoryEvent, version: int) -> dict[str, Any]:
    sha = event.payload.get("sha256") if isinstance(event.payload, dict) else None
    return {
        "uuid": event.uuid,
        "case": event.case_id,
        "kind": event.kind,
        "payload": event.payload,
        "at": event.at.isoformat(),
        "actor": event.actor_id,
        "version": version,
        "files": [sha] if sha else [],
    }


def _upload(client: CentralClient, sha: str) -> int:
    """Upload a stored file unless it is known to be there; 1 if it was sent now."""
    if Attachment.select().where((Attachment.sha256 == sha) & Attachment.uploaded).exists():
        return 0
    from desktop.store.db import files_root

    data = FileStore(files_root()).path(sha).read_bytes()
    client.upload(data)
    with write():
        Attachment.update(uploaded=True).where(Attachment.sha256 == sha).execute()
    return 1


def _pull(client: CentralClient, report: Report) -> None:
    cursor = int(_memory("sync.cursor") or 0)
    while True:
        changes, after = client.changes(cursor)
        if not changes:
            return
        with write():  # the cursor moves only with the changes it covers
            for change in changes:
                report.pulled += _apply(change)
            _remember("sync.cursor", after)
        cursor = after


def _reference(client: CentralClient) -> None:
    """The ministry's list of agencies: new ones join the routing table, names follow the
    ministry's; the office's own notes (address, what each handles) stay as they are."""
    from desktop.store.models import Agency

    agencies = client.reference().get("agencies", [])
    with write():
        for agency in agencies:
            found = Agency.get_or_none(Agency.code == agency["code"])
            if found is None:
                Agency.create(code=agency["code"], name=agency["name"])
            elif found.name != agency["name"]:
                found.name = agency["name"]
                found.save(only=[Agency.name])


def _apply(change: dict[str, Any]) -> int:
    event = change["event"]
    if HistoryEvent.select().where(HistoryEvent.uuid == event["uuid"]).exists():
        return 0
    at = dt.datetime.fromisoformat(event["at"]).replace(tzinfo=None)
    if change["type"] == "case":
        if Case.select().where(Case.uuid == event["case"]).exists():
            return 0
        payload = dict(event["payload"])
        parties = (
            _party(Complainant, payload["complainant"]),
            _party(BusinessActor, payload["business"]),
        )
        case = dict(payload["case"])
        if not Staff.select().where(Staff.uuid == case.get("registered_by")).exists():
            case["registered_by"] = _central_staff()
        payload["case"] = case
        caselog.append(
            event["case"], "case.registered", payload, None, at, parties, received=event["uuid"]
        )
        return 1
    if not Case.select().where(Case.uuid == event["case"]).exists():
        return 0
    caselog.append(
        caselog.load(event["case"]),
        event["kind"],
        event["payload"],
        None,
        at,
        received=event["uuid"],
    )
    return 1


def _party(model, snapshot: dict[str, Any]) -> dict[str, Any]:
    found = rows.find(model, "uuid", snapshot["uuid"])
    if found is not None:
        return found
    record = {k: v for k, v in snapshot.items() if k in model._meta.fields and k != "id"}
    if model is BusinessActor:
        record["name_key"] = " ".join(record["name"].lower().split())
    record["id"] = rows.insert(model, record)
    return record


def _central_staff() -> str:
    if not Staff.select().where(Staff.uuid == CENTRAL_STAFF).exists():
        Staff.create(
            uuid=CENTRAL_STAFF,
            username="pusat",
            full_name="SIMPKTN (pusat)",
            roles="",
            password_hash="!",  # no password hashes to this: nobody signs in as it
            active=False,
        )
    return CENTRAL_STAFF


# -- what the window shows -------------------------------------------------------------------
def state() -> State:
    counts = dict(
        database.execute_sql(
            'SELECT sync_status, COUNT(*) FROM "history_event" '
            "WHERE sync_status IN ('pending', 'uploading', 'conflict', 'rejected') "
            "GROUP BY sync_status"
        ).fetchall()
    )
    return State(
        configured=bool(settings.get("sync.server")),
        pending=counts.get("pending", 0) + counts.get("uploading", 0),
        errors=counts.get("rejected", 0),
        conflicts=counts.get("conflict", 0),
        last_ok=str(_memory("sync.last_ok") or ""),
        last_error=str(_memory("sync.last_error") or ""),
        failures=int(_memory("sync.failures") or 0),
    )


def problems() -> list[Problem]:
    """The events the server did not take: rejected ones and conflicts, oldest first."""
    query = (
        HistoryEvent.select(HistoryEvent, Case.reg_no)
        .join(Case, on=(HistoryEvent.case == Case.uuid))
        .where(HistoryEvent.sync_status.in_(["conflict", "rejected"]))
        .order_by(HistoryEvent.id)
    )
    found = []
    for e in query:
        answer = json.loads(e.sync_answer or "{}")
        found.append(
            Problem(
                e.uuid,
                e.case.reg_no,
                e.kind,
                e.at,
                e.sync_status,
                str(answer.get("code", "")),
                str(answer.get("reason", "")),
                e.payload,
                answer.get("theirs") or {},
            )
        )
    return found


@dataclass(frozen=True)
class Waiting:
    """A change still to be sent, as the sync view lists it."""

    reg_no: str
    kind: str
    at: dt.datetime
    status: str  # pending or uploading


def queue(limit: int = 500) -> list[Waiting]:
    """The changes waiting to be sent, oldest first (the first ``limit`` of them)."""
    query = (
        HistoryEvent.select(
            HistoryEvent.kind, HistoryEvent.at, HistoryEvent.sync_status, Case.reg_no
        )
        .join(Case, on=(HistoryEvent.case == Case.uuid))
        .where(HistoryEvent.sync_status.in_(["pending", "uploading"]))
        .order_by(HistoryEvent.id)
        .limit(limit)
    )
    return [Waiting(e.case.reg_no, e.kind, e.at, e.sync_status) for e in query]


def conflicts(actor: Actor) -> list[Problem]:
    """The supervisor's list: both versions of each case changed here and centrally at once."""
    require(actor, {Role.SUPERVISOR}, "permission.conflicts")
    return [p for p in problems() if p.status == "conflict"]


def settle(actor: Actor, event_uuid: str, note: str, *, now: dt.datetime | None = None) -> None:
    """A supervisor has dealt with a change the central system did not take (a conflict, or a
    refusal): it leaves the problems, keeps what the server said, and says who settled it, when
    and how. The change itself stays in the case's history; it is not sent again."""
    require(actor, {Role.SUPERVISOR}, "permission.conflicts")
    note = note.strip()
    if not note:
        raise ValidationFailed([FieldError("note", "required")])
    now = now or utcnow()
    with write():
        event = HistoryEvent.get_or_none(HistoryEvent.uuid == event_uuid)
        if event is None or event.sync_status not in ("conflict", "rejected"):
            raise DomainError("sync.not_a_problem")
        answer = json.loads(event.sync_answer or "{}")
        answer["settled"] = {"by": actor.uuid, "at": now.isoformat(), "note": note}
        HistoryEvent.update(
            sync_status="settled", sync_answer=json.dumps(answer, ensure_ascii=False)
        ).where(HistoryEvent.uuid == event_uuid).execute()
        caselog.audit(
            "sync.settled",
            {"event": event_uuid, "case": event.case_id, "was": event.sync_status, "note": note},
            actor,
            now,
        )


def case_problem(case_uuid: str) -> str:
    """What the central system said of this case's latest refused or conflicting change."""
    event = (
        HistoryEvent.select(HistoryEvent.sync_answer)
        .where(
            (HistoryEvent.case == case_uuid)
            & HistoryEvent.sync_status.in_(["conflict", "rejected"])
        )
        .order_by(HistoryEvent.id.desc())
        .first()
    )
    if event is None:
        return ""
    answer = json.loads(event.sync_answer or "{}")
    return str(answer.get("reason") or answer.get("code") or "")


def case_state(case_uuid: str) -> str:
    """A case's own sync state: error, pending or synced."""
    statuses = {
        s
        for (s,) in database.execute_sql(
            'SELECT DISTINCT sync_status FROM "history_event" WHERE case_id = ?', (case_uuid,)
        ).fetchall()
    }
    if statuses & {"conflict", "rejected"}:
        return "error"
    return "pending" if statuses & {"pending", "uploading"} else "synced"


def _memory(key: str) -> Any:
    """A value the sync keeps for itself, read fresh (another thread may have written it)."""
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else None


def _remember(key: str, value: Any) -> None:
    Setting.insert(key=key, value=value).on_conflict_replace().execute()
