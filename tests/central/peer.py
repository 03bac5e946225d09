"""A central server for the tests: resources/api/openapi.yaml over real HTTP on loopback, with
its own storage (SQLite and a file folder), and switches to misbehave.

    peer = Peer(folder, seed=7).start()          # http://127.0.0.1:<port>
    peer.faults.fail = 503                       # answer 503 ...
    peer.faults.rate = 0.5                       # ... to half the requests (seeded)
    peer.restart()                               # stop and start again; the data stays

Faults: ``fail`` (an HTTP status) at ``rate``; ``delay`` seconds before each answer; ``hang``
(sleep past the client's timeout); ``cut_upload`` (keep part of a chunk, then drop the
connection); ``lose_response`` (commit, then drop the connection without answering).

Answers that are not the contract's, each after the request was done and committed (so the
server holds what the desk does not know it holds): ``answer`` is "html" (a captive portal's
sign-in page with 200), "garbage" (200, application/json, not JSON), "huge" (a JSON body of
``huge`` bytes, chunked, no length said), "huge_declared" (the same with its Content-Length) or
"trickle" (the true answer, status line and headers included, one byte every ``trickle``
seconds); ``shape`` is a name of SHAPES (the true answer bent out of the contract's shape).
``only`` limits both to the paths it matches (a regular expression). ``sent`` counts the bytes
of huge and trickled answers that went out before the desk hung up.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import re
import secrets
import socket
import sqlite3
import ssl
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

ENROLMENT_CODE = "KODE-LOKET-2026"
SHA = re.compile(r"^[0-9a-f]{64}$")
MAX_FILE = 100 * 1024 * 1024

ROUTES = (
    (r"/v1/desks", ("POST",)),
    (r"/v1/files/[^/]+", ("GET", "POST")),
    (r"/v1/files/[^/]+/content", ("PUT",)),
    (r"/v1/events", ("POST",)),
    (r"/v1/changes", ("GET",)),
    (r"/v1/reference", ("GET",)),
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS desk (token TEXT PRIMARY KEY, office TEXT, desk TEXT);
CREATE TABLE IF NOT EXISTS event (
    uuid TEXT PRIMARY KEY, case_uuid TEXT, kind TEXT, body TEXT, version INTEGER, office TEXT);
CREATE TABLE IF NOT EXISTS case_version (case_uuid TEXT PRIMARY KEY, version INTEGER);
CREATE TABLE IF NOT EXISTS file (sha TEXT PRIMARY KEY, size INTEGER, complete INTEGER);
CREATE TABLE IF NOT EXISTS change (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, office TEXT, type TEXT, body TEXT);
"""


@dataclass
class Faults:
    fail: int = 0  # HTTP status to answer with, 0 for none
    rate: float = 1.0  # share of requests a fault hits
    delay: float = 0.0
    hang: float = 0.0
    cut_upload: bool = False
    lose_response: bool = False
    answer: str = ""  # html, garbage, huge, huge_declared, trickle
    shape: str = ""  # a name of SHAPES
    only: str = ""  # a path pattern the answer and shape faults keep to; empty: every path
    huge: int = 64 * 1024 * 1024
    trickle: float = 5.0
    hits: int = 0  # how many requests a fault hit (for the printed counts)
    sent: int = 0  # bytes of huge or trickled answers sent

    def clear(self) -> None:
        self.fail, self.rate, self.delay, self.hang = 0, 1.0, 0.0, 0.0
        self.cut_upload = self.lose_response = False
        self.answer = self.shape = self.only = ""


def _no_results(answer: dict) -> dict:
    return {"result": answer.get("results")}  # a misspelt key: KeyError 'results' once


def _cursor_text(answer: dict) -> dict:
    return {**answer, "cursor": "x"}  # int('x') once


def _complete_maybe(answer: dict) -> dict:
    return {**answer, "complete": "maybe"}


def _status_unknown(answer: dict) -> dict:
    return {"results": [{**r, "status": "ok"} for r in answer.get("results", [])]}


def _size_float(answer: dict) -> dict:
    return {**answer, "received": float(answer.get("received", 0))}


def _cursor_stuck(answer: dict) -> dict:
    # The same page for ever: changes, and a cursor that does not move past them.
    return {**answer, "cursor": 0}


SHAPES = {  # name: (the paths it bends, how)
    "no_results": (r"/v1/events", _no_results),
    "status_unknown": (r"/v1/events", _status_unknown),
    "cursor_text": (r"/v1/changes", _cursor_text),
    "cursor_stuck": (r"/v1/changes", _cursor_stuck),
    "complete_maybe": (r"/v1/files/.*", _complete_maybe),
    "received_float": (r"/v1/files/.*", _size_float),
}

PORTAL = b"""<!DOCTYPE html>
<html><head><title>Wi-Fi Kantor</title></head>
<body><h1>Selamat datang</h1><form action="/login"><input name="voucher"></form></body></html>
"""


class _Dropped(Exception):
    """End the connection without an answer."""


class Peer:
    def __init__(self, folder: Path, seed: int = 1, tls: ssl.SSLContext | None = None) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "files").mkdir(exist_ok=True)
        self.faults = Faults()
        self.random = random.Random(seed)
        self.tls = tls
        self.lock = threading.RLock()
        self.port = 0
        self.server: ThreadingHTTPServer | None = None
        self.requests = 0
        with self.db() as db:
            db.executescript(SCHEMA)

    # -- life ------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def start(self) -> Peer:
        handler = type("Handler", (_Handler,), {"peer": self})
        server = ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        server.daemon_threads = True
        if self.tls is not None:
            server.socket = self.tls.wrap_socket(server.socket, server_side=True)
        self.port = server.server_address[1]
        self.server = server
        threading.Thread(target=server.serve_forever, daemon=True, name="peer").start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    def restart(self) -> None:
        """Down and up again on the same port; everything committed is still there."""
        self.stop()
        self.start()

    def db(self) -> sqlite3.Connection:
        return sqlite3.connect(self.folder / "central.sqlite3", timeout=30, isolation_level=None)

    # -- what the tests look at and do -----------------------------------------------------
    def events(self, office: str | None = None) -> list[dict]:
        with self.db() as db:
            rows = db.execute(
                "SELECT body FROM event WHERE ? IS NULL OR office = ? ORDER BY rowid",
                (office, office),
            )
            return [json.loads(b) for (b,) in rows]

    def files(self) -> dict[str, bytes]:
        with self.db() as db:
            shas = [s for (s,) in db.execute("SELECT sha FROM file WHERE complete = 1")]
        return {s: (self.folder / "files" / s).read_bytes() for s in shas}

    def forget_file(self, sha: str) -> None:
        """The server loses a file it had (a disk replaced, a backup restored)."""
        with self.lock, self.db() as db:
            db.execute("DELETE FROM file WHERE sha = ?", (sha,))
        (self.folder / "files" / sha).unlink(missing_ok=True)

    def token(self, office: str = "LK1", desk: str = "desk-1") -> str:
        token = secrets.token_urlsafe(24)
        with self.db() as db:
            db.execute("INSERT INTO desk VALUES (?, ?, ?)", (token, office, desk))
        return token

    def assign_case(self, office: str, registration: dict) -> None:
        """A case that came in by another channel, registered centrally, for this office."""
        with self.lock, self.db() as db:
            self._store(db, registration, office)
            db.execute(
                "INSERT INTO change (office, type, body) VALUES (?, 'case', ?)",
                (office, json.dumps(registration)),
            )

    def central_status(self, office: str, case: str, text: str, event_uuid: str) -> dict:
        """A status set centrally (by the ministry's back office) on a case of this office."""
        with self.lock, self.db() as db:
            row = db.execute(
                "SELECT version FROM case_version WHERE case_uuid = ?", (case,)
            ).fetchone()
            event = {
                "uuid": event_uuid,
                "case": case,
                "kind": "case.central_status",
                "payload": {"status": text},
                "at": time.strftime("%Y-%m-%dT%H:%M:%S"),
                "actor": None,
                "version": (row[0] if row else 0) + 1,
            }
            event["prev"] = _hash_of_version(db, case, event["version"] - 1)
            event["hash"] = chain_hash(event)
            self._store(db, event, office)
            db.execute(
                "INSERT INTO change (office, type, body) VALUES (?, 'status', ?)",
                (office, json.dumps(event)),
            )
        return event

    def _store(self, db: sqlite3.Connection, event: dict, office: str) -> None:
        db.execute(
            "INSERT INTO event VALUES (?, ?, ?, ?, ?, ?)",
            (
                event["uuid"],
                event["case"],
                event["kind"],
                json.dumps(event),
                event["version"],
                office,
            ),
        )
        db.execute(
            "INSERT INTO case_version VALUES (?, ?) ON CONFLICT (case_uuid) DO UPDATE SET "
            "version = max(version, excluded.version)",
            (event["case"], event["version"]),
        )

    # -- the contract ----------------------------------------------------------------------
    def handle(
        self,
        method: str,
        path: str,
        query: dict,
        body: bytes,
        office: str | None,
        content_type: str = "",
    ):
        """(status, json) for one request; ``office`` is None when the token is missing."""
        allowed = next((m for p, m in ROUTES if re.fullmatch(p, path)), None)
        if allowed is None:
            return 404, _problem("not_found", f"{path} is not part of the contract")
        if method not in allowed:
            methods = ", ".join(allowed)
            return 405, _problem("method_not_allowed", f"{path} answers {methods}"), methods
        if method == "POST" and path == "/v1/desks":
            data = _json(body)
            if not isinstance(data, dict) or not all(
                isinstance(data.get(k), str) and data.get(k) for k in ("office", "desk", "code")
            ):
                return 400, _problem("malformed", "office, desk and code are needed")
            if data["code"] != ENROLMENT_CODE:
                return 403, _problem("wrong_code", "The enrolment code is not this office's.")
            return 201, {"token": self.token(data["office"], data["desk"])}
        if office is None:
            return 401, _problem("unauthorised", "This desk is not enrolled.")
        if m := re.fullmatch(r"/v1/files/([^/]+)", path):
            sha = m.group(1)
            if not SHA.match(sha):
                return 400, _problem("malformed", "a file is named by its SHA-256")
            if method == "GET":
                state = self._file(sha)
                return (200, state) if state else (404, _problem("unknown", "no such file"))
            if method == "POST":
                data = _json(body)
                size = data.get("size") if isinstance(data, dict) else None
                if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_FILE:
                    return 400, _problem("malformed", "size must be a number of bytes")
                with self.lock, self.db() as db:
                    if not self._file(sha):
                        db.execute("INSERT INTO file VALUES (?, ?, 0)", (sha, size))
                        (self.folder / "files" / f"{sha}.part").write_bytes(b"")
                return 200, self._file(sha)
        if (m := re.fullmatch(r"/v1/files/([^/]+)/content", path)) and method == "PUT":
            if not content_type.startswith("application/octet-stream"):
                return 400, _problem("malformed", "send the bytes as application/octet-stream")
            return self._chunk(m.group(1), query, body)
        if method == "POST" and path == "/v1/events":
            return self._events(body, office)
        if method == "GET" and path == "/v1/changes":
            return self._changes(query, office)
        if method == "GET" and path == "/v1/reference":
            return 200, {
                "agencies": [
                    {"code": "OJK", "name": "Otoritas Jasa Keuangan"},
                    {"code": "BPKN", "name": "Badan Perlindungan Konsumen Nasional"},
                ],
                "sectors": ["financial", "ecommerce"],
            }
        return 404, _problem("not_found", f"{method} {path} is not part of the contract")

    def _file(self, sha: str) -> dict | None:
        with self.db() as db:
            row = db.execute("SELECT size, complete FROM file WHERE sha = ?", (sha,)).fetchone()
        if row is None:
            return None
        size, complete = row
        if complete:
            received = size
        else:
            part = self.folder / "files" / f"{sha}.part"
            received = part.stat().st_size if part.exists() else 0
        return {"sha256": sha, "size": size, "received": received, "complete": bool(complete)}

    def _chunk(self, sha: str, query: dict, body: bytes):
        if not SHA.match(sha):
            return 400, _problem("malformed", "a file is named by its SHA-256")
        try:
            offset = int(query.get("offset", [""])[0])
        except ValueError:
            return 400, _problem("malformed", "offset must be a number")
        with self.lock:
            state = self._file(sha)
            if state is None:
                return 404, _problem("unknown", "announce the file first")
            if state["complete"]:
                return 200, state
            if offset != state["received"] or offset < 0:
                return 409, state
            part = self.folder / "files" / f"{sha}.part"
            data = body[: state["size"] - offset]
            if self.faults.cut_upload and len(data) > 1 and self._hit():
                with part.open("ab") as f:  # half the chunk arrived before the line went dead
                    f.write(data[: len(data) // 2])
                raise _Dropped
            with part.open("ab") as f:
                f.write(data)
            received = offset + len(data)
            if received == state["size"]:
                whole = part.read_bytes()
                if hashlib.sha256(whole).hexdigest() != sha:
                    part.write_bytes(b"")
                    return 422, _problem("hash_mismatch", "the bytes do not match the name")
                part.rename(self.folder / "files" / sha)
                with self.db() as db:
                    db.execute("UPDATE file SET complete = 1 WHERE sha = ?", (sha,))
            return 200, self._file(sha)

    def _events(self, body: bytes, office: str):
        data = _json(body)
        events = data.get("events") if isinstance(data, dict) else None
        if not isinstance(events, list) or len(events) > 500:
            return 400, _problem("malformed", "events must be a list of at most 500")
        if not all(_well_formed(e) for e in events):
            return 400, _problem("malformed", "an event does not follow the contract")
        results = []
        with self.lock, self.db() as db:
            db.execute("BEGIN IMMEDIATE")
            for event in events:
                results.append(self._one(db, event, office))
            db.execute("COMMIT")
        return 200, {"results": results}

    def _one(self, db: sqlite3.Connection, event, office: str) -> dict:
        required = {"uuid": str, "case": str, "kind": str, "payload": dict, "at": str}
        uuid = event.get("uuid") if isinstance(event, dict) else None
        if not isinstance(event, dict) or not all(
            isinstance(event.get(k), t) for k, t in required.items()
        ):
            return _answer(uuid, "rejected", "malformed", "The event lacks a required part.")
        version = event.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            return _answer(uuid, "rejected", "malformed", "The event has no case version.")
        if db.execute("SELECT 1 FROM event WHERE uuid = ?", (uuid,)).fetchone():
            return _answer(uuid, "duplicate")
        for sha in event.get("files") or []:
            state = self._file(sha) if isinstance(sha, str) and SHA.match(sha) else None
            if not state or not state["complete"]:
                return _answer(
                    uuid,
                    "rejected",
                    "file_missing",
                    "A file this change points to has not arrived.",
                )
        refused = _chain_refusal(db, event)
        if refused:
            return _answer(uuid, "rejected", *refused)
        if event["kind"] == "case.anonymised" and not _anonymise(db, event["payload"]):
            return _answer(
                uuid, "rejected", "redaction_mismatch", "The redaction is not the contract's."
            )
        row = db.execute(
            "SELECT version FROM case_version WHERE case_uuid = ?", (event["case"],)
        ).fetchone()
        if row and version <= row[0]:
            theirs = db.execute(
                "SELECT body FROM event WHERE case_uuid = ? AND version = ?",
                (event["case"], version),
            ).fetchone()
            answer = _answer(
                uuid,
                "conflict",
                "changed_centrally",
                "The case was changed at the ministry at the same time.",
            )
            if theirs:
                answer["theirs"] = json.loads(theirs[0])
            return answer
        kept = {k: event.get(k) for k in (*required, "actor", "version")}
        kept |= {k: event[k] for k in ("prev", "hash") if k in event}
        self._store(db, {**kept, "files": event.get("files") or []}, office)
        return _answer(uuid, "accepted")

    def _changes(self, query: dict, office: str):
        if set(query) - {"since", "limit"}:  # the contract names no others: a strict server
            return 400, _problem("malformed", "only since and limit are asked for")
        try:
            since = int(query.get("since", [""])[0])
            limit = int(query.get("limit", ["100"])[0])
        except ValueError:
            return 400, _problem("malformed", "since and limit are numbers")
        if not 0 <= since <= 2**53 - 1 or not 1 <= limit <= 500:
            return 400, _problem("malformed", "since is 0 or more, limit 1 to 500")
        with self.db() as db:
            rows = db.execute(
                "SELECT seq, type, body FROM change WHERE office = ? AND seq > ? "
                "ORDER BY seq LIMIT ?",
                (office, since, limit),
            ).fetchall()
        changes = [{"seq": s, "type": t, "event": json.loads(b)} for s, t, b in rows]
        return 200, {"changes": changes, "cursor": rows[-1][0] if rows else since}

    def _hit(self) -> bool:
        hit = self.random.random() < self.faults.rate
        self.faults.hits += hit
        return hit


def chain_hash(event: dict) -> str:
    """The contract's hash of an event (openapi.yaml, Event.hash), written here apart from the
    desk's own code: the peer checks the rule, not the desk against itself."""
    at = datetime.fromisoformat(str(event["at"]).replace("Z", "+00:00"))
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    body = {k: event.get(k) for k in ("prev", "uuid", "case", "kind", "payload", "actor")}
    body["prev"] = body["prev"] or ""
    body["at"] = at.isoformat()
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


# The contract's redaction rule (openapi.yaml, Anonymisation), written apart from the desk's.
_PERSON_KEPT = {"uuid", "sex", "city", "province"}
_CASE_TEXT = {"chronology", "business_answer", "demand_detail", "scope_reason", "outcome_note"}
_BY_KIND = {
    "case.answer_recorded": {"text"},
    "case.term_recorded": {"text", "note"},
    "case.hearing_held": {"note"},
    "case.hearing_postponed": {"reason"},
    "case.document_added": {"name"},
    "case.blocking_recommended": {"reason"},
    "case.letter_linked": {"sender"},
    "case.letter_emailed": {"to", "parties"},
}


def _emptied(part: dict, keys: set[str]) -> dict:
    empty = {list: [], dict: {}}
    return {
        k: (empty.get(type(v), None if v is None else "") if k in keys else v)
        for k, v in part.items()
    }


def _redacted(kind: str, payload: dict) -> dict:
    out = dict(payload)
    if isinstance(out.get("complainant"), dict):
        out["complainant"] = {k: v for k, v in out["complainant"].items() if k in _PERSON_KEPT}
    for key in ("case", "changes"):
        if isinstance(out.get(key), dict):
            out[key] = _emptied(out[key], _CASE_TEXT)
    if isinstance(out.get("params"), dict):
        out["params"] = _emptied(out["params"], {"reason", "note", "missing"})
    out = _emptied(out, _BY_KIND.get(kind, set()))
    if kind == "case.hearing_held" and isinstance(out.get("terms"), list):
        out["terms"] = [_emptied(t, {"text"}) for t in out["terms"]]
    return out


def _anonymise(db: sqlite3.Connection, payload: dict) -> bool:
    """Redact the events an anonymisation names, as the contract says; False (nothing changed)
    when a redaction does not give the value the desk recorded."""
    done = []
    for uuid, expected in (payload.get("redacted") or {}).items():
        row = db.execute("SELECT body FROM event WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            return False
        body = json.loads(row[0])
        body["payload"] = _redacted(body["kind"], body["payload"])
        if chain_hash({**body, "prev": body["hash"]}) != expected:
            return False
        done.append((json.dumps(body), uuid))
    db.executemany("UPDATE event SET body = ? WHERE uuid = ?", done)
    return True


def _hash_of_version(db: sqlite3.Connection, case: str, version: int) -> str | None:
    row = db.execute(
        "SELECT body FROM event WHERE case_uuid = ? AND version = ?", (case, version)
    ).fetchone()
    return json.loads(row[0]).get("hash") if row else None


def _chain_refusal(db: sqlite3.Connection, event: dict) -> tuple[str, str] | None:
    """Why an event's hash is refused: not the hash of its content, or not following the
    hash of the event the server holds for the version before. None when it holds."""
    if "hash" not in event:
        return None
    if chain_hash(event) != event["hash"]:
        return "hash_mismatch", "The event is not what its hash says."
    before = _hash_of_version(db, event["case"], event["version"] - 1)
    if before and (event.get("prev") or "") != before:
        return "broken_chain", "The event does not follow the case's previous event."
    return None


UUID = re.compile(r"^[0-9a-fA-F]{8}-?([0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}$")


def _well_formed(event) -> bool:
    """The shape the contract gives an Event; what it means is judged event by event."""

    if not isinstance(event, dict):
        return False
    try:
        datetime.fromisoformat(str(event.get("at")).replace("Z", "+00:00"))
    except ValueError:
        return False
    version, files = event.get("version"), event.get("files", [])
    return (
        all(isinstance(event.get(k), str) and UUID.match(event[k]) for k in ("uuid", "case"))
        and isinstance(event.get("kind"), str)
        and isinstance(event.get("payload"), dict)
        and isinstance(version, int)
        and not isinstance(version, bool)
        and 1 <= version <= 2**31 - 1
        and (event.get("actor") is None or isinstance(event.get("actor"), str))
        and isinstance(files, list)
        and all(isinstance(f, str) and SHA.match(f) for f in files)
        and ("hash" not in event or (isinstance(event["hash"], str) and SHA.match(event["hash"])))
        and (
            "prev" not in event
            or (isinstance(event["prev"], str) and (not event["prev"] or SHA.match(event["prev"])))
        )
    )


def _json(body: bytes):
    try:
        return json.loads(body or b"null")
    except (ValueError, UnicodeDecodeError):
        return None


def _problem(code: str, reason: str) -> dict:
    return {"code": code, "reason": reason}


def _answer(uuid, status: str, code: str = "", reason: str = "") -> dict:
    answer = {"uuid": uuid if isinstance(uuid, str) else "", "status": status}
    if code:
        answer.update(code=code, reason=reason)
    return answer


class _Handler(BaseHTTPRequestHandler):
    peer: Peer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet: the tests print their own counts
        pass

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes: without this, Nagle's algorithm and the
        # client's delayed ACK hold every answer back by 40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _serve(self) -> None:
        peer = self.peer
        peer.requests += 1
        url = urlparse(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        faults = peer.faults
        if faults.delay:
            time.sleep(faults.delay)
        if faults.hang and peer._hit():
            time.sleep(faults.hang)
        if faults.fail and peer._hit():
            self._send(faults.fail, _problem("unavailable", "The server is busy; try later."))
            return
        auth = self.headers.get("Authorization", "")
        office = None
        if auth.startswith("Bearer "):
            with peer.db() as db:
                row = db.execute("SELECT office FROM desk WHERE token = ?", (auth[7:],)).fetchone()
            office = row[0] if row else None
        try:
            status, answer, *allow = peer.handle(
                self.command,
                url.path,
                parse_qs(url.query),
                body,
                office,
                self.headers.get("Content-Type", ""),
            )
        except _Dropped:
            self._drop()
            return
        if faults.lose_response and self.command != "GET" and peer._hit():
            self._drop()  # done and committed, but the desk never hears of it
            return
        hit = not faults.only or re.fullmatch(faults.only, url.path)
        if faults.shape and hit:
            where, bend = SHAPES[faults.shape]
            if re.fullmatch(where, url.path) and peer._hit():
                answer = bend(answer)
        if faults.answer and hit and peer._hit():
            self._misbehave(faults.answer, status, answer)
            return
        self._send(status, answer, {"Allow": allow[0]} if allow else {})

    def _misbehave(self, kind: str, status: int, answer: dict) -> None:
        faults = self.peer.faults
        if kind == "html":
            self._raw(200, "text/html; charset=utf-8", PORTAL)
        elif kind == "garbage":
            self._raw(200, "application/json", b'{"results": [{"uuid": "\x00 \xff\xfe')
        elif kind in ("huge", "huge_declared"):
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            if kind == "huge":
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(faults.huge))
            self.end_headers()
            piece = b'{"uuid": "", "status": "accepted"}, ' * 1800  # about 64 KB
            left = faults.huge
            while left > 0:
                data = piece[:left]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data) if kind == "huge" else data)
                faults.sent += len(data)
                left -= len(data)
            if kind == "huge":
                self.wfile.write(b"0\r\n\r\n")
        elif kind == "trickle":
            body = json.dumps(answer).encode()
            whole = (
                f"HTTP/1.1 {status} OK\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n"
            ).encode() + body
            for i in range(len(whole)):
                self.wfile.write(whole[i : i + 1])
                self.wfile.flush()
                faults.sent += 1
                time.sleep(faults.trickle)
        else:
            raise ValueError(f"no such answer fault: {kind}")

    def _raw(self, status: int, kind: str, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _send(self, status: int, answer: dict, headers: dict | None = None) -> None:
        data = json.dumps(answer).encode()
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _serve_quietly(self) -> None:
        try:
            self._serve()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the desk went away mid-answer (killed, timed out)

    def __getattr__(self, name: str):
        if name.startswith("do_"):  # every method reaches the router, which answers 405
            return self._serve_quietly
        raise AttributeError(name)
