"""The register of outgoing letters (agenda surat keluar): recorded once, found by number or hash.

A row is written when a letter is issued, inside the transaction that took its number; it is
never rewritten afterwards except to add how it was sent and, once signed electronically, the
signed file's hash.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.store.models import IssuedLetter, PrintedDocument, new_uuid


def record_issued(**fields: Any) -> IssuedLetter:
    """Write an issued letter (see ``IssuedLetter`` for the fields) inside the caller's write."""
    fields.setdefault("uuid", new_uuid())
    return IssuedLetter.create(**fields)


def by_number(number: str) -> IssuedLetter | None:
    return IssuedLetter.get_or_none(IssuedLetter.number == number)


def by_hash(sha256: str) -> IssuedLetter | None:
    """The letter whose issued PDF, or whose electronically signed PDF, has this SHA-256."""
    digest = sha256.lower()
    return (
        IssuedLetter.select()
        .where((IssuedLetter.sha256 == digest) | (IssuedLetter.signed_sha256 == digest))
        .first()
    )


def first_issued(case_uuid: str, kind: str, hearing: str | None = None) -> IssuedLetter | None:
    """The letter of this kind issued for the case (and meeting, for a meeting's papers)."""
    query = IssuedLetter.select().where(
        (IssuedLetter.case == case_uuid) & (IssuedLetter.kind == kind)
    )
    if hearing is not None:
        query = query.where(IssuedLetter.hearing == hearing)
    return query.order_by(IssuedLetter.id).first()


def of_case(case_uuid: str) -> list[IssuedLetter]:
    """A case's outgoing letters, oldest first."""
    return list(
        IssuedLetter.select().where(IssuedLetter.case == case_uuid).order_by(IssuedLetter.id)
    )


def number_taken(number: str) -> bool:
    """Whether a letter has this number already: in the register, or given by an earlier
    version when it printed the letter."""
    return (
        IssuedLetter.select().where(IssuedLetter.number == number).exists()
        or PrintedDocument.select()
        .where((PrintedDocument.number == number) | PrintedDocument.number.startswith(number + "#"))
        .exists()
    )


def numbered_when_printed(
    kinds: frozenset[str], case_uuid: str | None = None, number: str | None = None
) -> list[PrintedDocument]:
    """Letters an earlier version numbered when it first printed them, before the register
    existed: the first print of each number (a meeting's papers carry "#" and the meeting's
    tag after it) that the register does not hold; of one case, or of one number."""
    query = PrintedDocument.select().where(
        PrintedDocument.kind.in_(kinds) & (PrintedDocument.number != "")
    )
    if case_uuid is not None:
        query = query.where(PrintedDocument.case == case_uuid)
    if number is not None:
        query = query.where(
            (PrintedDocument.number == number) | PrintedDocument.number.startswith(number + "#")
        )
    first: dict[str, PrintedDocument] = {}
    for printed in query.order_by(PrintedDocument.id):
        first.setdefault(printed.number.split("#")[0], printed)
    numbers = list(first)
    registered = {
        x.number
        for x in IssuedLetter.select(IssuedLetter.number).where(IssuedLetter.number.in_(numbers))
    }
    return [p for n, p in first.items() if n not in registered]


def between(
    start: dt.date, end: dt.date, text: str = "", limit: int | None = None
) -> list[IssuedLetter]:
    """The letters dated ``start`` to ``end`` (inclusive), oldest first; with ``text``, only
    those whose number, kind, addressee, subject or signatory contain it (any case)."""
    query = IssuedLetter.select().where(IssuedLetter.issued_on.between(start, end))
    for word in text.split():
        query = query.where(
            IssuedLetter.number.contains(word)
            | IssuedLetter.kind.contains(word)
            | IssuedLetter.addressee.contains(word)
            | IssuedLetter.subject.contains(word)
            | IssuedLetter.signatory_name.contains(word)
        )
    query = query.order_by(IssuedLetter.issued_on, IssuedLetter.id)
    return list(query.limit(limit) if limit else query)


def record_sending(number: str, via: str) -> None:
    """Add a way the letter left the office (post, hand, courier, email) to its row."""
    letter = IssuedLetter.get(IssuedLetter.number == number)
    ways = [w for w in letter.sent_via.split(",") if w]
    if via not in ways:
        letter.sent_via = ",".join([*ways, via])
        letter.save(only=[IssuedLetter.sent_via])


def record_signed(number: str, sha256: str) -> None:
    """The letter was signed electronically: the signed PDF's hash finds it too."""
    letter = IssuedLetter.get(IssuedLetter.number == number)
    letter.signature = "electronic"
    letter.signed_sha256 = sha256.lower()
    letter.save(only=[IssuedLetter.signature, IssuedLetter.signed_sha256])


def of_case_by_number(case_uuid: str, number: str) -> IssuedLetter | None:
    """The case's letter of this number; None when the number is another case's or nobody's."""
    return IssuedLetter.get_or_none(
        (IssuedLetter.number == number) & (IssuedLetter.case == case_uuid)
    )
