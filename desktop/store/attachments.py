"""The rows of stored files: a case's documents and a letter's scans. The bytes are in the
content-addressed file store (store/files.py); a row names them by their SHA-256."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.store.models import Attachment


def add(**fields: Any) -> Attachment:
    return Attachment.create(**fields)


def of_case_by_hash(case_uuid: str, sha256: str) -> Attachment | None:
    """The case's document with these bytes, if the case has it already."""
    return Attachment.get_or_none((Attachment.case == case_uuid) & (Attachment.sha256 == sha256))


def of_letter(letter_uuid: str) -> list[Attachment]:
    """A letter's scans, in the order they were kept."""
    return list(Attachment.select().where(Attachment.letter == letter_uuid).order_by(Attachment.id))


def replace_file(uuid: str, was: str, sha256: str, mime: str, size: int, name: str) -> None:
    """The row names other bytes (a searchable PDF made of a scan), unless it no longer names
    ``was``: changed meanwhile, it is left as it is."""
    Attachment.update(sha256=sha256, mime=mime, size=size, name=name).where(
        (Attachment.uuid == uuid) & (Attachment.sha256 == was)
    ).execute()


def removed_from_letters(letter_uuids: Iterable[str]) -> list[tuple[str, str]]:
    """(letter uuid, comma-separated codes) of each letter scan neutralising took something
    out of."""
    return list(
        Attachment.select(Attachment.letter, Attachment.removed)
        .where(Attachment.letter.in_(list(letter_uuids)) & (Attachment.removed != ""))
        .tuples()
    )


def evidence_of(case_uuid: str) -> list[Attachment]:
    """The documents kept for a case (not the scans of its letters), oldest first."""
    return list(
        Attachment.select()
        .where((Attachment.case == case_uuid) & Attachment.letter.is_null())
        .order_by(Attachment.id)
    )


def of_case(case_uuid: str, uuid: str) -> Attachment | None:
    """The case's document of ``uuid``; None when it is another case's or nobody's."""
    return Attachment.get_or_none((Attachment.uuid == uuid) & (Attachment.case == case_uuid))


def by_uuid(uuid: str) -> Attachment:
    return Attachment.get(Attachment.uuid == uuid)
