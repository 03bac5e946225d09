"""The hash chain of the history: each event carries the SHA-256 of its content and of the
hash of the event before it in its chain, so an event changed, removed or slipped in after it
was written breaks the chain at that place.

A chain is a case's events (in the order they were written, which is the order of the case's
versions that sync speaks: the event making version n follows the one making n - 1, here and at
the central system), or, for events of no case (sign-ins, settings, the processing record),
the desk's own chain. The central system gets each case event's ``hash`` and ``prev`` and can
check them with the same rule, written in resources/api/openapi.yaml.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

GENESIS = ""  # the "hash before" the first event of a chain


def at_text(at: dt.datetime | str) -> str:
    """A time as the chain hashes it: ISO 8601 without zone (the history keeps UTC)."""
    if isinstance(at, str):
        at = dt.datetime.fromisoformat(at.replace("Z", "+00:00"))
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return at.isoformat()


def event_hash(
    prev: str,
    uuid: str,
    case: str | None,
    kind: str,
    payload: Mapping[str, Any],
    actor: str | None,
    at: dt.datetime | str,
) -> str:
    """SHA-256 (hex) of the event's canonical JSON: keys sorted, no spaces, UTF-8."""
    body = {
        "prev": prev,
        "uuid": uuid,
        "case": case,
        "kind": kind,
        "payload": payload,
        "actor": actor,
        "at": at_text(at),
    }
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
