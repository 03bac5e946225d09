"""The central server's API (resources/api/openapi.yaml) over httpx: timeouts everywhere, TLS
verified (against a custom CA bundle when the office has one), the desk's bearer token.

Nothing the server says is believed before it is checked: every answer is read up to a size
limit, within a deadline, and must be what the contract says (sync/contract.py). Anything else
— a captive portal's page, garbage, the wrong shape, too much, too slow — is a ``BadAnswer``
or ``Unreachable``: the round stops, nothing is marked sent, and it is tried again later."""

from __future__ import annotations

import contextlib
import hashlib
import ipaddress
import json
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from desktop.domain.errors import DomainError
from desktop.sync import contract

CHUNK = 256 * 1024  # bytes per upload request: a cut connection loses at most this much
TIMEOUT = httpx.Timeout(20.0, connect=5.0)  # for each connect, read and write


@dataclass(frozen=True)
class Limits:
    """How much the desk takes from the server. Timeouts alone bound each read, not the whole:
    a server trickling a byte every few seconds would hold a round for ever."""

    answer: int = 8 * 1024 * 1024  # bytes of one answer, as decoded
    request: float = 60.0  # seconds from sending a request to the last byte of its answer
    round: float = 15 * 60.0  # seconds of one sync round, all its requests together


LIMITS = Limits()


class Unreachable(Exception):
    """The server could not be reached or did not answer: try again later. ``problem`` names
    the sentence for the officer in domain/messages.py, ``params`` fill it; ``str()`` is the
    technical detail, for the log."""

    problem = "sync.problem.unreachable"

    def __init__(self, detail: str, problem: str = "", **params: Any) -> None:
        super().__init__(detail)
        self.problem = problem or type(self).problem
        self.params = params


class BadAnswer(Unreachable):
    """The server answered, but not in the contract's terms: nothing of it is acted on."""

    problem = "sync.problem.off_contract"


class Refused(Exception):
    """The server answered, and the answer is no (a 4xx): trying again will not help."""

    def __init__(self, status: int, code: str, reason: str) -> None:
        super().__init__(f"{status} {code}: {reason}")
        self.status, self.code, self.reason = status, code, reason


@dataclass(frozen=True)
class Server:
    url: str
    ca_bundle: str = ""  # a PEM file; empty for the system's trusted authorities


def _size(count: int) -> str:
    return f"{count / 2**20:g} MB" if count >= 2**20 else f"{count / 2**10:g} KB"


def check_address(url: str) -> None:
    """https://, or http:// to this computer only: the token crosses the network with every
    request, and in clear over http."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname and _loopback(parts.hostname):
        return
    raise DomainError("sync.bad_url", url=url)


def _loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _trust(ca_bundle: str) -> Any:
    if not ca_bundle:
        return True
    if not Path(ca_bundle).is_file():
        raise DomainError("sync.no_ca_bundle", path=ca_bundle)
    try:
        return ssl.create_default_context(cafile=ca_bundle)
    except (ssl.SSLError, OSError, ValueError) as e:
        raise DomainError("sync.bad_ca_bundle", path=ca_bundle, reason=str(e)) from None


class CentralClient:
    """One round's client: its deadline runs from when it is made."""

    def __init__(
        self,
        server: Server,
        token: str = "",
        timeout: httpx.Timeout = TIMEOUT,
        limits: Limits = LIMITS,
    ) -> None:
        check_address(server.url)
        verify = _trust(server.ca_bundle)
        self.limits = limits
        self.ends = time.monotonic() + limits.round
        self._sockets: list[Any] = []  # every connection this client opened
        self._expired = False
        headers = {"Accept-Encoding": "identity"}  # small JSON: nothing to inflate
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.http = httpx.Client(
            base_url=server.url.rstrip("/"), verify=verify, timeout=timeout, headers=headers
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> CentralClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one request, bounded --------------------------------------------------------------
    def _trace(self, event: str, info: dict) -> None:
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if sock is not None:
                self._sockets.append(sock)

    def _expire(self) -> None:
        """The deadline passed: cut every connection, which ends the read that waits on it
        (a read timeout restarts with every byte that trickles in)."""
        self._expired = True
        for sock in self._sockets:
            with contextlib.suppress(OSError):  # already closed
                sock.shutdown(socket.SHUT_RDWR)
        self._sockets.clear()

    def _call(self, operation: str, method: str, path: str, ok=(200,), **kw: Any):
        now = time.monotonic()
        left = min(self.limits.request, self.ends - now)
        if left <= 0:
            raise Unreachable(
                "the round's deadline passed", "sync.problem.too_slow", seconds=self.limits.round
            )
        watchdog = threading.Timer(left, self._expire)
        watchdog.daemon = True
        watchdog.start()
        try:
            with self.http.stream(method, path, extensions={"trace": self._trace}, **kw) as r:
                body = self._read(r)
        except httpx.HTTPError as e:  # refused, reset, timed out, TLS not trusted …
            if self._expired:
                # Cut by the round's deadline, the officer is told the round's limit (what was
                # left of the round, late in a long one, would read as a much stricter limit).
                cut_by_round = left < self.limits.request
                raise Unreachable(
                    f"no whole answer within {left:.0f} s",
                    "sync.problem.too_slow",
                    seconds=round(self.limits.round if cut_by_round else left),
                ) from None
            raise Unreachable(f"{type(e).__name__}: {e}") from None
        finally:
            watchdog.cancel()
            self._expired = False
        return self._judge(operation, r, body, ok)

    def _read(self, response: httpx.Response) -> bytes:
        cap = self.limits.answer
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > cap:
            raise BadAnswer(
                f"{declared} bytes announced", "sync.problem.too_large", size=_size(cap)
            )
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:  # stop reading: the rest is never taken in
                raise BadAnswer(f"more than {cap} bytes", "sync.problem.too_large", size=_size(cap))
            chunks.append(chunk)
        return b"".join(chunks)

    def _judge(self, operation: str, response: httpx.Response, body: bytes, ok: tuple):
        status = response.status_code
        if 300 <= status < 400:  # an office network's sign-in page sends the desk there
            where = response.headers.get("Location", "")
            raise BadAnswer(f"{status} to {where}", "sync.problem.web_page")
        if status >= 500 or status == 429:
            raise Unreachable(f"the server answered {status}", "sync.problem.busy", status=status)
        answer = self._parse(operation, status, response, body)
        if status in ok:
            try:
                return status, contract.check(operation, status, answer)
            except contract.OffContract as e:
                raise BadAnswer(str(e), operation=operation) from None
        if 400 <= status < 500:
            try:
                problem = contract.check(operation, status, answer)
            except contract.OffContract as e:
                raise BadAnswer(str(e), operation=operation) from None
            raise Refused(status, problem["code"], problem["reason"])
        raise BadAnswer(f"{operation}: the contract has no answer {status}", operation=operation)

    @staticmethod
    def _parse(operation: str, status: int, response: httpx.Response, body: bytes) -> Any:
        kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        head = body[:256].lstrip().lower()
        if kind in ("text/html", "application/xhtml+xml") or head.startswith(
            (b"<!doctype", b"<html", b"<")
        ):
            raise BadAnswer(f"{status} {kind or 'no type'}: a web page", "sync.problem.web_page")
        try:
            return json.loads(body)
        except (ValueError, UnicodeDecodeError) as e:
            raise BadAnswer(
                f"{operation} {status}: not JSON ({e})", "sync.problem.unreadable"
            ) from None

    # -- the operations --------------------------------------------------------------------
    def enrol(self, office: str, desk: str, code: str) -> str:
        _, answer = self._call(
            "enrolDesk",
            "POST",
            "/v1/desks",
            (201,),
            json={"office": office, "desk": desk, "code": code},
        )
        if not answer["token"]:
            raise BadAnswer("enrolDesk 201: an empty token", operation="enrolDesk")
        return str(answer["token"])

    def upload(self, data: bytes, progress: Callable[[int], None] | None = None) -> str:
        """Put a file on the server unless it has it; resumes where an earlier try stopped.
        Done only when the server says so in the contract's terms: complete, all of it, this
        file."""
        sha = hashlib.sha256(data).hexdigest()
        # Announcing answers with the upload as it stands (complete, partial or new): no need
        # to ask first.
        _, state = self._call("startUpload", "POST", f"/v1/files/{sha}", json={"size": len(data)})
        # Each answer must move the upload on; a server that keeps naming the same offset
        # would otherwise be asked for ever.
        tries = len(data) // CHUNK + 3
        while not self._uploaded(sha, len(data), state):
            offset = state["received"]
            tries -= 1
            if tries < 0:
                raise BadAnswer(
                    f"uploadChunk: the upload of {sha} stays at {offset} of {len(data)} bytes",
                    operation="uploadChunk",
                )
            _, state = self._call(
                "uploadChunk",
                "PUT",
                f"/v1/files/{sha}/content",
                (200, 409),  # 409: the server stands elsewhere; its answer says where
                params={"offset": offset},
                content=data[offset : offset + CHUNK],
                headers={"Content-Type": "application/octet-stream"},
            )
            if progress:
                progress(state["received"])
        return sha

    @staticmethod
    def _uploaded(sha: str, size: int, state: dict) -> bool:
        if state["sha256"] != sha or state["size"] != size or not 0 <= state["received"] <= size:
            raise BadAnswer(
                f"a file's state is not the file sent: {state}", operation="uploadChunk"
            )
        if state["complete"] is True and state["received"] != size:
            raise BadAnswer(f"complete, with {state['received']} of {size} bytes")
        return state["complete"] is True

    def push(self, events: list[dict]) -> list[dict]:
        _, answer = self._call("pushEvents", "POST", "/v1/events", json={"events": events})
        return list(answer["results"])

    def changes(self, since: int, limit: int = 100) -> tuple[list[dict], int]:
        _, answer = self._call(
            "pullChanges", "GET", "/v1/changes", params={"since": since, "limit": limit}
        )
        changes, cursor = list(answer["changes"]), answer["cursor"]
        if changes and cursor <= since:  # the same page again, for ever
            raise BadAnswer(
                f"pullChanges: {len(changes)} changes, and the cursor stays at {since}",
                operation="pullChanges",
            )
        return changes, cursor

    def reference(self) -> dict:
        return self._call("referenceData", "GET", "/v1/reference")[1]
