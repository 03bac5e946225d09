"""Numbering sequences: the next value, and the number made of it, taken inside the caller's
write transaction.

The value is drawn by one upsert of the sequence's row (``INSERT … ON CONFLICT DO UPDATE SET
value = value + 1 RETURNING value``): the row stays locked by the drawing transaction until it
ends, on SQLite (whose IMMEDIATE transaction holds the write lock) and on PostgreSQL (a row
lock) alike. Two desks cannot draw the same value, and a rolled-back transaction gives its
value back: numbers are unique and gap-free, and one that was committed is never handed out
again. The unique indexes on the numbers (``reg_no``, ``agenda_no``, an issued letter's
``number``) refuse a duplicate whatever the code above does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain import numbering
from desktop.store import dialect, sql
from desktop.store.models import database


@dataclass(frozen=True)
class Numbering:
    """How the numbers of one kind are made: the office's template and codes."""

    template: numbering.Template
    counter: str  # the counter's code
    unit: str  # the office unit's code in a letter number
    security: str = "B"  # a letter's security code unless its kind says otherwise (B or R)
    classification: str = ""  # the archive classification code, likewise


def next_value(key: str) -> int:
    """The next value of ``key``. A new key continues above any finer keys it replaces
    ("letter:KLR:2026" above "letter:KLR:2026:11", "…:12"), so a template that stops
    restarting every month never hands out a number the monthly count already gave."""
    if not database.in_transaction():
        raise RuntimeError("a sequence value must be taken inside the transaction that uses it")
    sql.run(  # ":" is followed by ";": the range is every key under key + ":"
        'INSERT INTO "sequence" ("key", "value") SELECT ?, max("value") '
        'FROM "sequence" WHERE "key" > ? AND "key" < ? HAVING max("value") IS NOT NULL '
        'ON CONFLICT ("key") DO NOTHING',
        (key, key + ":", key + ";"),
    )
    return sql.value(
        'INSERT INTO "sequence" ("key", "value") VALUES (?, 1) '
        'ON CONFLICT ("key") DO UPDATE SET "value" = "sequence"."value" + 1 RETURNING "value"',
        (key,),
    )


def lock(key: str) -> None:
    """Hold the row of ``key`` until the caller's write transaction ends, so that a check and
    the write it allows are not interleaved with another desk's (bookings): the same upsert
    that draws a number, without changing the value."""
    if not database.in_transaction():
        raise RuntimeError("a lock must be taken inside the transaction it guards")
    sql.run(
        'INSERT INTO "sequence" ("key", "value") VALUES (?, 0) '
        'ON CONFLICT ("key") DO UPDATE SET "value" = "sequence"."value"',
        (key,),
    )


def hold(key: str) -> None:
    """Hold ``key`` until the caller's write transaction ends, writing nothing, so that what a
    desk looks for before it adds it (a complainant by NIK, a business actor by name) is not
    added by another desk meanwhile: on SQLite the IMMEDIATE transaction holds the file's write
    lock already; PostgreSQL's transactions read without waiting, and take an advisory lock."""
    if not database.in_transaction():
        raise RuntimeError("a lock must be taken inside the transaction it guards")
    dialect.current().hold(key)


def next_number(
    how: Numbering,
    when: dt.date,
    code: str = "",
    take: Callable[[str], int] = next_value,
    **parts: str,
) -> str:
    """The next human number of a kind (registration, agenda, letter) inside the transaction;
    ``take`` draws the sequence's next value (the demo draws many and stores them at the end);
    ``parts`` are a letter kind's own security and classification codes, where it has them
    (else the office's, as the unit is)."""
    seq = take(how.template.sequence_key(when, counter=how.counter, code=code))
    office = {"unit": how.unit, "security": how.security, "classification": how.classification}
    parts = {**office, **parts}
    return how.template.format(seq, when, counter=how.counter, code=code, **parts)


def current_value(key: str) -> int:
    return sql.value('SELECT "value" FROM "sequence" WHERE "key" = ?', (key,)) or 0


def advance(values: dict[str, int]) -> None:
    """Set sequences to values drawn in bulk (each above what it had), inside the transaction."""
    sql.run_many(
        'INSERT INTO "sequence" ("key", "value") VALUES (?, ?) '
        'ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"',
        values.items(),
    )
