"""Numbering sequences: the next value, taken inside the caller's write transaction.

Because the caller's transaction began IMMEDIATE (it holds SQLite's write lock), two desks on
one database file cannot draw the same value, and a rolled-back transaction gives its value
back: numbers are unique and gap-free, and one that was committed is never handed out again.
"""

from __future__ import annotations

from desktop.store.models import database


def next_value(key: str) -> int:
    """The next value of ``key``. A new key continues above any finer keys it replaces
    ("letter:KLR:2026" above "letter:KLR:2026:11", "…:12"), so a template that stops
    restarting every month never hands out a number the monthly count already gave."""
    if not database.in_transaction():
        raise RuntimeError("a sequence value must be taken inside the transaction that uses it")
    database.execute_sql(  # ":" is followed by ";": the range is every key under key + ":"
        'INSERT OR IGNORE INTO "sequence" ("key", "value") SELECT ?, max("value") '
        'FROM "sequence" WHERE "key" > ? AND "key" < ? HAVING max("value") IS NOT NULL',
        (key, key + ":", key + ";"),
    )
    cursor = database.execute_sql(
        'INSERT INTO "sequence" ("key", "value") VALUES (?, 1) '
        'ON CONFLICT("key") DO UPDATE SET "value" = "value" + 1 RETURNING "value"',
        (key,),
    )
    return cursor.fetchone()[0]


def current_value(key: str) -> int:
    row = database.execute_sql('SELECT "value" FROM "sequence" WHERE "key" = ?', (key,)).fetchone()
    return row[0] if row else 0


def advance(values: dict[str, int]) -> None:
    """Set sequences to values drawn in bulk (each above what it had), inside the transaction."""
    database.cursor().executemany(
        'INSERT INTO "sequence" ("key", "value") VALUES (?, ?) '
        'ON CONFLICT("key") DO UPDATE SET "value" = excluded."value"',
        list(values.items()),
    )
