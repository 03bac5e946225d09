"""The statements behind retention (services.retention): which closed cases are due, and the
erasing of a case's personal data outside its history (files, letters, visits, meetings)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from peewee import fn

from desktop.domain import anonymity
from desktop.domain.search_terms import name_words
from desktop.store import dialect, files, search, sql
from desktop.store.models import (
    AgreementTerm,
    Attachment,
    Case,
    Complainant,
    Hearing,
    HistoryEvent,
    IncomingLetter,
    IssuedLetter,
    Visitor,
    VisitorCase,
)


@dataclass(frozen=True)
class Closed:
    uuid: str
    reg_no: str
    closed_at: dt.datetime
    unsent: int  # events of the case the central system has not confirmed yet


def closed_before(moment: dt.datetime) -> list[Closed]:
    """Cases closed before ``moment`` (UTC) and not anonymised yet, oldest closing first."""
    unsent = HistoryEvent.select(fn.count(HistoryEvent.id)).where(
        (HistoryEvent.case == Case.uuid) & (HistoryEvent.sync_status != "synced")
    )
    query = (
        Case.select(Case.uuid, Case.reg_no, Case.closed_at, unsent.alias("unsent"))
        .where(Case.closed_at.is_null(False) & (Case.closed_at < moment))
        .where(Case.anonymised.is_null())
        .order_by(Case.closed_at, Case.id)
        .tuples()
    )
    return [Closed(u, r, dialect.current().moment(c), n) for u, r, c, n in query]


def events_of(case_uuid: str) -> list[tuple[str, str, dict[str, Any], str | None, str, str]]:
    """(uuid, kind, payload, actor, at as stored, hash) of a case's events, oldest first."""
    rows = sql.run(
        'SELECT uuid, kind, payload, actor_id, at, hash FROM "history_event" '
        "WHERE case_id = ? ORDER BY id",
        (case_uuid,),
    )
    return [(u, k, json.loads(p), a, str(at), h) for u, k, p, a, at, h in rows]


def replace_payload(event_uuid: str, payload: dict[str, Any]) -> None:
    """The one change ever made to a written event: its payload redacted (the anonymisation
    event that follows records the new payload's digest, so the chain still holds it)."""
    sql.run(
        'UPDATE "history_event" SET payload = ? WHERE uuid = ?',
        (json.dumps(payload, ensure_ascii=False), event_uuid),
    )


def keep_local(case_uuid: str) -> None:
    """The case's events not yet sent are never sent: the desk anonymised the case before it
    was enrolled, and the contract sends no event redacted (the server could not check it)."""
    HistoryEvent.update(sync_status="local").where(
        (HistoryEvent.case == case_uuid) & (HistoryEvent.sync_status != "synced")
    ).execute()


def redactions() -> dict[str, str]:
    """Every redacted event's UUID and the digest its payload must have, from the
    anonymisation events (which the chain itself protects)."""
    found: dict[str, str] = {}
    rows = sql.run('SELECT payload FROM "history_event" WHERE kind = ?', (anonymity.ANONYMISED,))
    for (payload,) in rows:
        found.update(json.loads(payload).get("redacted", {}))
    return found


def person(uuid: str) -> dict[str, Any]:
    return Complainant.get(Complainant.uuid == uuid).__data__


def person_still_needed(uuid: str) -> bool:
    """Whether the complainant has a case not anonymised (theirs is then still kept whole)."""
    return Case.select().where((Case.complainant == uuid) & Case.anonymised.is_null()).exists()


def blank_person(uuid: str) -> None:
    row = person(uuid)
    blanked = anonymity.blanked_person(row)
    Complainant.update({k: blanked[k] for k in anonymity.PERSON_BLANKED}).where(
        Complainant.uuid == uuid
    ).execute()


def erase_case_records(case_uuid: str) -> list[str]:
    """Take the people out of a case's records beside its history: its documents and its
    postal letters' scans (rows removed; their hashes returned, for the file store), the
    issued letters' addressee, content and PDFs (the register keeps number, kind and date; the
    prints' register is left whole), the
    notes of its meetings and the terms' wording, its visitors' names and numbers, its incoming
    letters' sender (the agenda keeps the number). Inside the caller's write transaction."""
    letters = list(IncomingLetter.select().where(IncomingLetter.case == case_uuid))
    letter_ids = [letter.uuid for letter in letters]
    kept = Attachment.select(Attachment.sha256).where(
        (Attachment.case == case_uuid) | Attachment.letter.in_(letter_ids)
    )
    hashes = {a.sha256 for a in kept}
    Attachment.delete().where(
        (Attachment.case == case_uuid) | Attachment.letter.in_(letter_ids)
    ).execute()
    for issued in IssuedLetter.select().where(IssuedLetter.case == case_uuid):
        hashes.update(h for h in (issued.sha256, issued.signed_sha256) if h)
    IssuedLetter.update(addressee="", content={}, sha256="", signed_sha256="").where(
        IssuedLetter.case == case_uuid
    ).execute()
    # The prints' register stays as printed: who printed what and when, and the PDF's hash,
    # which reads nothing of the person; its rows are checked against their chained events.
    Hearing.update(result_note="").where(Hearing.case == case_uuid).execute()
    AgreementTerm.update(text="", note="").where(AgreementTerm.case == case_uuid).execute()
    linked = VisitorCase.select(VisitorCase.visitor).where(VisitorCase.case == case_uuid)
    Visitor.update(name="", nik="", phone="", note="").where(
        (Visitor.case == case_uuid) | Visitor.uuid.in_(linked)
    ).execute()
    for letter in letters:
        IncomingLetter.update(sender_name="", sender_address="", subject="").where(
            IncomingLetter.uuid == letter.uuid
        ).execute()
        search.index_letter(letter.id, letter.agenda_no, "", "", "")
    return sorted(h for h in hashes if h)


def prune_name_words() -> int:
    """Drop the words of names no complainant bears any more from the search's vocabulary
    (store.search, ``name_word``): a blanked person's rare surname would stay there otherwise.
    One pass over the names, once per retention run."""
    kept: set[str] = set()
    for (name,) in sql.run('SELECT DISTINCT name FROM "complainant"'):
        kept.update(name_words(name))
    gone = [(i, w) for i, w in sql.run('SELECT id, word FROM "name_word"') if w not in kept]
    search.forget_name_words(gone)
    return len(gone)


def release_files(store: files.Store, hashes: Iterable[str]) -> list[str]:
    """Remove from the file store those of ``hashes`` no row points to any more (a file kept
    for another case too stays). Inside a write transaction that holds out puts, so no other
    writer is between its put and its commit of a file with the same content."""
    store.hold_out_puts()
    still = files.referenced()
    gone = []
    for sha in hashes:
        if sha not in still and store.has(sha):
            store.remove(sha)
            gone.append(sha)
    return gone


@contextmanager
def erasing() -> Iterator[None]:
    """While inside: what is deleted or replaced is overwritten in the file; afterwards the
    search indexes are merged and the WAL emptied, so nothing erased stays readable."""
    engine = dialect.current()
    engine.secure_delete(True)
    try:
        yield
        engine.purge_erased(search.index_tables())  # the old segments it drops are overwritten too
    finally:
        engine.secure_delete(False)
