"""Every case reaches the central system, and the counter keeps working when the network does
not (docs/architecture.md, "Sync").

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
from desktop.domain.messages import render
from desktop.domain.workflow import Role
from desktop.services import caselog, settings
from desktop.services.context import Actor, require, write
from desktop.store import accounts, agencies, cases, config, outbox, rows, turns
from desktop.store.db import IntegrityError
from desktop.store.files import FileStore
from desktop.store.models import (
    BusinessActor,
    Complainant,
    HistoryEvent,
    new_uuid,
    utcnow,
)
from desktop.sync import token as tokens
from desktop.sync.client import (
    LIMITS,
    BadAnswer,
    CentralClient,
    Limits,
    Refused,
    Server,
    Unreachable,
    check_address,
)

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
    again: int = 0  # refused for a file the server lacks: the file goes again, then the event
    elsewhere: bool = False  # another desk of the office has the turn: it syncs for all

    def line(self) -> str:
        if self.elsewhere:
            return "another desk of the office is talking to the central system now"
        again = f", {self.again} to send again with their files" if self.again else ""
        return (
            f"{self.files} files, {self.sent} events sent ({self.accepted} accepted, "
            f"{self.duplicates} already there, {self.conflicts} conflicts, {self.rejected} "
            f"rejected{again}), {self.pulled} changes pulled"
        )


@dataclass(frozen=True)
class State:
    """What the status light shows."""

    configured: bool
    pending: int
    errors: int  # rejected events
    conflicts: int
    last_ok: str  # ISO time of the last complete run, UTC
    last_error: str  # why the last run failed, technically (for the log and a tooltip)
    failures: int  # runs failed in a row
    problem: str = ""  # why, in a sentence of domain/messages.py; empty after a good run
    problem_params: dict[str, Any] = field(default_factory=dict)

    @property
    def light(self) -> str:
        if not self.configured:
            return "off"
        if self.failures and self.problem not in OFFLINE:
            return "trouble"  # the server answered, wrongly, or the desk itself failed
        if self.errors or self.conflicts:
            return "errors"
        if self.failures:
            return "offline"
        return "pending" if self.pending else "synced"

    def problem_text(self, lang: str = "id") -> str:
        """Why the last round stopped, in plain words; empty when it did not."""
        return render(self.problem, lang, **self.problem_params) if self.problem else ""


# Problems that only mean the server is out of reach for now: the light says "offline".
OFFLINE = frozenset({"", "sync.problem.unreachable", "sync.problem.busy"})


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
    desk = _memory("sync.desk") or new_uuid()
    with CentralClient(Server(url, ca_bundle)) as client:  # checks the address and CA file
        _keyring(tokens.check)  # before the code is spent on a token the desk could not keep
        try:
            token = client.enrol(settings.get("counter.code"), desk, code)
        except Refused as e:
            raise DomainError("sync.enrol_refused", reason=e.reason) from None
        except BadAnswer as e:
            raise DomainError(e.problem, **e.params) from None
        except Unreachable as e:
            raise DomainError("sync.unreachable", reason=str(e)) from None
    _keyring(tokens.save, url, token)
    settings.put(actor, "sync.server", url)
    settings.put(actor, "sync.ca_bundle", ca_bundle)
    with write():
        _remember("sync.desk", desk)


def _keyring(call, *args: Any) -> Any:
    try:
        return call(*args)
    except tokens.NoKeyring as e:
        raise DomainError(e.code, reason=e.reason, backend=e.backend) from None


# -- one run ---------------------------------------------------------------------------------
def run_once(batch: int = BATCH, *, timeout: Any = None, limits: Limits = LIMITS) -> Report:
    """Files, then events, then the changes for this office. Whatever stops a run (the
    network, an answer off the contract, the desk itself) is remembered for the status light
    and raised: Unreachable (BadAnswer among them) and Refused from the server, DomainError
    for the desk's own settings, anything else as it came.

    In an office one desk at a time talks to the central system for every desk (the outbox
    and the cursor are the office's): a desk that finds another at it does nothing."""
    with turns.turn(turns.SYNC) as mine:
        if not mine:
            return Report(elsewhere=True)
        return _run_and_remember(batch, timeout, limits)


def _run_and_remember(batch: int, timeout: Any, limits: Limits) -> Report:
    try:
        report = _run(batch, timeout, limits)
    except Exception as e:
        code, params = problem_of(e)
        with write():
            _remember("sync.failures", int(_memory("sync.failures") or 0) + 1)
            _remember("sync.last_error", f"{type(e).__name__}: {e}"[:2000])
            _remember("sync.problem", {"code": code, "params": params})
        raise
    with write():
        _remember("sync.failures", 0)
        _remember("sync.last_error", "")
        _remember("sync.problem", {})
        _remember("sync.last_ok", utcnow().isoformat(timespec="seconds"))
    return report


def problem_of(error: Exception) -> tuple[str, dict[str, Any]]:
    """The sentence (domain/messages.py) that says why a run stopped, and its parameters."""
    if isinstance(error, Unreachable):
        code, params = error.problem, error.params
    elif isinstance(error, Refused):
        code, params = "sync.problem.refused", {"reason": error.reason}
    elif isinstance(error, DomainError):
        code, params = error.code, error.params
    else:
        code, params = "sync.problem.internal", {"error": type(error).__name__}
    plain = {k: v if isinstance(v, int | float | str) else str(v) for k, v in params.items()}
    return code, plain


def _run(batch: int, timeout: Any, limits: Limits) -> Report:
    where = server()
    if not where.url:
        raise DomainError("sync.not_set_up")
    check_address(where.url)  # before the token is read: it would go in clear
    token = _keyring(tokens.load, where.url)
    if not token:
        raise DomainError("sync.not_enrolled", url=where.url)
    report = Report()
    held: set[int] = set()  # events to go again in the next run, not this one
    kwargs = {"timeout": timeout} if timeout is not None else {}
    with CentralClient(where, token, limits=limits, **kwargs) as client:
        _recover()
        while _push_batch(client, batch, report, held):
            pass
        _pull(client, report)
        _reference(client)
    return report


def _recover() -> None:
    """A run that died mid-batch left events marked uploading: they go again (the server
    answers "already have it" for those it took). Events refused because the server lacked
    a file (an older desk took "maybe" for "complete") go again too, with their files."""
    with write():
        outbox.release_uploading()
        for event in outbox.rejected():
            if json.loads(event.sync_answer or "{}").get("code") == "file_missing":
                _send_again(event)


def _send_again(event: HistoryEvent) -> bool:
    """The server says a file this event points to has not arrived: the file goes again, then
    the event. False when the event points to no file (then the refusal stands)."""
    files = _wire(event, 0, "")["files"]
    if not files:
        return False
    outbox.send_again(event.id, files)
    return True


def _push_batch(client: CentralClient, batch: int, report: Report, held: set[int]) -> bool:
    with write():
        chosen = outbox.take_batch(batch, held)
        if not chosen:
            return False
        ids = [e.id for e in chosen]
        versions = _versions(chosen)
        wire = [_wire(e, *versions[e.id]) for e in chosen]
    try:
        for event in wire:  # files before the records that point to them
            for sha in event["files"]:
                report.files += _upload(client, sha)
        answers = client.push(wire)
    except BaseException:
        with write():
            outbox.release_uploading(ids)
        raise
    by_uuid = {a.get("uuid"): a for a in answers}
    with write():
        for event in chosen:
            answer = by_uuid.get(event.uuid, {"status": "pending"})
            status = answer["status"]
            report.sent += 1
            if status == "rejected" and answer.get("code") == "file_missing" and _send_again(event):
                held.add(event.id)
                report.again += 1
                continue
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
            outbox.record_answer(event.id, new, kept)
    return True


def _versions(events: list[HistoryEvent]) -> dict[int, tuple[int, str]]:
    """The version each event makes of its case and the hash of the event before it in the
    case's chain, for the whole batch in one query."""
    return outbox.versions([e.id for e in events], [e.case_id for e in events])


def _wire(event: HistoryEvent, version: int, prev: str) -> dict[str, Any]:
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
        "prev": prev,
        "hash": event.hash,
    }


def _upload(client: CentralClient, sha: str) -> int:
    """Upload a stored file unless it is known to be there; 1 if it was sent now."""
    if outbox.file_uploaded(sha):
        return 0
    from desktop.store.db import files_root

    data = FileStore(files_root()).read(sha)  # opened and checked against its address
    client.upload(data)
    with write():
        outbox.mark_file_uploaded(sha)
    return 1


def _pull(client: CentralClient, report: Report) -> None:
    cursor = int(_memory("sync.cursor") or 0)
    while True:
        changes, after = client.changes(cursor)
        if not changes:
            return
        with write():  # the cursor moves only with the changes it covers
            for change in changes:
                try:
                    report.pulled += _apply(change)
                except (KeyError, TypeError, ValueError, AttributeError, IntegrityError) as e:
                    # The contract leaves a payload open; one this desk cannot apply is refused
                    # whole (the transaction rolls back, the cursor stays).
                    raise BadAnswer(
                        f"pullChanges: change {change['seq']} cannot be applied: {e!r}"[:500],
                        operation="pullChanges",
                    ) from e
            _remember("sync.cursor", after)
        cursor = after


def _reference(client: CentralClient) -> None:
    """The ministry's list of agencies: new ones join the routing table, names follow the
    ministry's; the office's own notes (address, what each handles) stay as they are."""
    listed = client.reference().get("agencies", [])
    with write():
        for agency in listed:
            agencies.follow_ministry(agency["code"], agency["name"])


def _apply(change: dict[str, Any]) -> int:
    event = change["event"]
    if outbox.event_known(event["uuid"]):
        return 0
    at = dt.datetime.fromisoformat(event["at"]).replace(tzinfo=None)
    if change["type"] == "case":
        if cases.exists(event["case"]):
            return 0
        payload = dict(event["payload"])
        parties = (
            _party(Complainant, payload["complainant"]),
            _party(BusinessActor, payload["business"]),
        )
        case = dict(payload["case"])
        if not accounts.exists(case.get("registered_by")):
            case["registered_by"] = _central_staff()
        payload["case"] = case
        caselog.append(
            event["case"], "case.registered", payload, None, at, parties, received=event["uuid"]
        )
        return 1
    if not cases.exists(event["case"]):
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
    if not accounts.exists(CENTRAL_STAFF):
        accounts.add(
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
    problem = _memory("sync.problem")
    problem = problem if isinstance(problem, dict) else {}
    counts = outbox.counts()
    return State(
        configured=bool(settings.get("sync.server")),
        pending=counts.get("pending", 0) + counts.get("uploading", 0),
        errors=counts.get("rejected", 0),
        conflicts=counts.get("conflict", 0),
        last_ok=str(_memory("sync.last_ok") or ""),
        last_error=str(_memory("sync.last_error") or ""),
        failures=int(_memory("sync.failures") or 0),
        problem=str(problem.get("code") or ""),
        problem_params=dict(problem.get("params") or {}),
    )


def problems() -> list[Problem]:
    """The events the server did not take: rejected ones and conflicts, oldest first."""
    found = []
    for e in outbox.problem_events():
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
    return [
        Waiting(e.case.reg_no, e.kind, e.at, e.sync_status) for e in outbox.waiting_events(limit)
    ]


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
        event = outbox.event(event_uuid)
        if event is None or event.sync_status not in ("conflict", "rejected"):
            raise DomainError("sync.not_a_problem")
        answer = json.loads(event.sync_answer or "{}")
        answer["settled"] = {"by": actor.uuid, "at": now.isoformat(), "note": note}
        outbox.mark_settled(event_uuid, json.dumps(answer, ensure_ascii=False))
        caselog.audit(
            "sync.settled",
            {"event": event_uuid, "case": event.case_id, "was": event.sync_status, "note": note},
            actor,
            now,
        )


def case_problem(case_uuid: str) -> str:
    """What the central system said of this case's latest refused or conflicting change."""
    found = outbox.latest_problem_answer(case_uuid)
    if found is None:
        return ""
    answer = json.loads(found or "{}")
    return str(answer.get("reason") or answer.get("code") or "")


def case_state(case_uuid: str) -> str:
    """A case's own sync state: error, pending or synced."""
    statuses = outbox.statuses_of(case_uuid)
    if statuses & {"conflict", "rejected"}:
        return "error"
    return "pending" if statuses & {"pending", "uploading"} else "synced"


def _memory(key: str) -> Any:
    """A value the sync keeps for itself, read fresh (another thread may have written it)."""
    return config.get(key)


def _remember(key: str, value: Any) -> None:
    config.put(key, value)
