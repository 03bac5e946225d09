"""The central server's API (resources/api/openapi.yaml) over httpx: timeouts everywhere, TLS
verified (against a custom CA bundle when the office has one), the desk's bearer token."""

from __future__ import annotations

import hashlib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

CHUNK = 256 * 1024  # bytes per upload request: a cut connection loses at most this much
TIMEOUT = httpx.Timeout(20.0, connect=5.0)


class Unreachable(Exception):
    """The server could not be reached or did not answer: try again later."""


class Refused(Exception):
    """The server answered, and the answer is no (a 4xx): trying again will not help."""

    def __init__(self, status: int, code: str, reason: str) -> None:
        super().__init__(f"{status} {code}: {reason}")
        self.status, self.code, self.reason = status, code, reason


@dataclass(frozen=True)
class Server:
    url: str
    ca_bundle: str = ""  # a PEM file; empty for the system's trusted authorities


class CentralClient:
    def __init__(self, server: Server, token: str = "", timeout: httpx.Timeout = TIMEOUT) -> None:
        verify: Any = True
        if server.ca_bundle:
            if not Path(server.ca_bundle).is_file():
                raise Unreachable(f"the CA bundle {server.ca_bundle} does not exist")
            verify = ssl.create_default_context(cafile=server.ca_bundle)
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.http = httpx.Client(
            base_url=server.url.rstrip("/"), verify=verify, timeout=timeout, headers=headers
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> CentralClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, method: str, path: str, ok: tuple[int, ...] = (200,), **kw: Any):
        try:
            response = self.http.request(method, path, **kw)
        except httpx.HTTPError as e:  # refused, reset, timed out, TLS not trusted …
            raise Unreachable(f"{type(e).__name__}: {e}") from None
        if response.status_code in ok:
            return response.status_code, response.json()
        if response.status_code >= 500 or response.status_code == 429:
            raise Unreachable(f"the server answered {response.status_code}")
        try:
            problem = response.json()
        except ValueError:
            problem = {}
        raise Refused(
            response.status_code,
            str(problem.get("code", "refused")),
            str(problem.get("reason", response.reason_phrase)),
        )

    # -- the operations --------------------------------------------------------------------
    def enrol(self, office: str, desk: str, code: str) -> str:
        _, answer = self._call(
            "POST", "/v1/desks", (201,), json={"office": office, "desk": desk, "code": code}
        )
        return str(answer["token"])

    def upload(self, data: bytes, progress: Callable[[int], None] | None = None) -> str:
        """Put a file on the server unless it has it; resumes where an earlier try stopped."""
        sha = hashlib.sha256(data).hexdigest()
        # Announcing answers with the upload as it stands (complete, partial or new): no need
        # to ask first.
        _, state = self._call("POST", f"/v1/files/{sha}", json={"size": len(data)})
        while not state["complete"]:
            offset = int(state["received"])
            _, state = self._call(
                "PUT",
                f"/v1/files/{sha}/content",
                (200, 409),  # 409: the server stands elsewhere; its answer says where
                params={"offset": offset},
                content=data[offset : offset + CHUNK],
                headers={"Content-Type": "application/octet-stream"},
            )
            if progress:
                progress(int(state["received"]))
        return sha

    def push(self, events: list[dict]) -> list[dict]:
        _, answer = self._call("POST", "/v1/events", json={"events": events})
        return list(answer["results"])

    def changes(self, since: int, limit: int = 100) -> tuple[list[dict], int]:
        _, answer = self._call("GET", "/v1/changes", params={"since": since, "limit": limit})
        return list(answer["changes"]), int(answer["cursor"])

    def reference(self) -> dict:
        return self._call("GET", "/v1/reference")[1]
