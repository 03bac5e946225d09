"""Documents kept with a case: scans, photos, receipts the consumer handed over."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from desktop.domain.errors import DomainError
from desktop.domain.messages import render
from desktop.domain.workflow import EDITORS
from desktop.scanning.files import FileRefused, Inspected, inspect
from desktop.services import caselog
from desktop.services.context import Actor, require, write
from desktop.store import attachments as stored
from desktop.store import db as store_db
from desktop.store.files import Store
from desktop.store.models import new_uuid, utcnow


@dataclass(frozen=True)
class Attached:
    uuid: str
    sha256: str
    name: str
    mime: str
    pages: int
    stored_before: bool
    removed: tuple[str, ...] = ()  # what neutralising took out: a safe copy was kept


def files() -> Store:
    """The file store of the open database (the desk's folder, or the office database)."""
    return store_db.file_store()


def checked(name: str, data: bytes) -> Inspected:
    """The file as it may be kept (``inspect``), a refusal as the officer reads it."""
    try:
        return inspect(data, name)
    except FileRefused as e:
        raise DomainError(e.code, **e.params) from None


def removed_note(removed: tuple[str, ...] | str, lang: str = "id") -> str:
    """The sentence that says a kept file is a neutralised copy, and of what; empty if not."""
    codes = removed.split(",") if isinstance(removed, str) else list(removed)
    parts = [render("file.removed." + code, lang) for code in codes if code]
    return render("file.neutralised", lang, what=", ".join(parts)) if parts else ""


def attach_file(
    actor: Actor,
    case_ref: str,
    name: str,
    data: bytes,
    *,
    now: dt.datetime | None = None,
    kept: Inspected | None = None,
) -> Attached:
    """Keep a file with a case; a refused file leaves the database and the store as they were.
    ``kept``: what ``checked`` made of the file already, off the database's thread."""
    require(actor, EDITORS, "permission.edit")
    kept = kept or checked(name, data)
    data = kept.data
    now = now or utcnow()
    store = files()
    with write(), store.undone_on_failure():
        case = caselog.load(case_ref)
        digest = hashlib.sha256(data).hexdigest()
        existing = stored.of_case_by_hash(case.uuid, digest)
        if existing is not None:
            return Attached(
                existing.uuid, digest, existing.name, existing.mime, kept.pages, True, kept.removed
            )
        stored_before = store.has(digest)
        store.put(data)  # the file is whole before any row points to it
        uuid = new_uuid()
        stored.add(
            uuid=uuid,
            sha256=digest,
            name=name,
            mime=kept.mime,
            size=kept.size,
            case=case.uuid,
            created_at=now,
            created_by=actor.uuid,
            removed=",".join(kept.removed),
        )
        caselog.append(
            case,
            "case.document_added",
            {
                "attachment": uuid,
                "sha256": digest,
                "name": name,
                "mime": kept.mime,
                "size": kept.size,
                "pages": kept.pages,
            },
            actor,
            now,
        )
    return Attached(uuid, digest, name, kept.mime, kept.pages, stored_before, kept.removed)
