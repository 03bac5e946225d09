"""Documents kept with a case: scans, photos, receipts the consumer handed over."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from desktop.domain.errors import DomainError
from desktop.domain.workflow import EDITORS
from desktop.scanning.files import FileRefused, inspect
from desktop.services import caselog
from desktop.services.context import Actor, require, write
from desktop.store import db as store_db
from desktop.store.files import FileStore
from desktop.store.models import Attachment, new_uuid, utcnow


@dataclass(frozen=True)
class Attached:
    uuid: str
    sha256: str
    name: str
    mime: str
    pages: int
    stored_before: bool


def files() -> FileStore:
    return FileStore(store_db.files_root())


def attach_file(
    actor: Actor, case_ref: str, name: str, data: bytes, *, now: dt.datetime | None = None
) -> Attached:
    """Keep a file with a case; a refused file leaves the database and the store as they were."""
    require(actor, EDITORS, "permission.edit")
    try:
        checked = inspect(data, name)
    except FileRefused as e:
        raise DomainError(e.code, **e.params) from None
    now = now or utcnow()
    with write():
        case = caselog.load(case_ref)
        store = files()
        digest = hashlib.sha256(data).hexdigest()
        existing = Attachment.get_or_none(
            (Attachment.case == case.uuid) & (Attachment.sha256 == digest)
        )
        if existing is not None:
            return Attached(
                existing.uuid, digest, existing.name, existing.mime, checked.pages, True
            )
        stored_before = store.has(digest)
        store.put(data)  # the file is whole on disk before any row points to it
        uuid = new_uuid()
        Attachment.create(
            uuid=uuid,
            sha256=digest,
            name=name,
            mime=checked.mime,
            size=checked.size,
            case=case.uuid,
            created_at=now,
            created_by=actor.uuid,
        )
        caselog.append(
            case,
            "case.document_added",
            {
                "attachment": uuid,
                "sha256": digest,
                "name": name,
                "mime": checked.mime,
                "size": checked.size,
                "pages": checked.pages,
            },
            actor,
            now,
        )
    return Attached(uuid, digest, name, checked.mime, checked.pages, stored_before)
