"""The one way the store sends SQL text: through the dialect of the open database.

Statements are written with ``?`` placeholders and portable SQL (store.dialect says where the
engines differ); services never see a statement, only the store functions built on these.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from desktop.store import dialect
from desktop.store.models import database


def run(sql: str, params: Sequence[Any] = ()) -> Any:
    """Execute one statement; the driver's cursor (iterate it, or ``fetchone``)."""
    return database.execute_sql(dialect.current().statement(sql), params)


def run_many(sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """One statement for many rows (a bulk insert)."""
    database.cursor().executemany(dialect.current().statement(sql), list(rows))


def one(sql: str, params: Sequence[Any] = ()) -> tuple | None:
    return run(sql, params).fetchone()


def value(sql: str, params: Sequence[Any] = ()) -> Any:
    """The first column of the first row, or None when there is no row."""
    row = one(sql, params)
    return row[0] if row else None


def changed(sql: str, params: Sequence[Any] = ()) -> int:
    """Execute an UPDATE or DELETE; how many rows it changed."""
    return run(sql, params).rowcount


@contextmanager
def connected() -> Iterator[None]:
    """The store's connection of this thread; one opened here (a thread of its own: a backup's,
    the OCR worker's) is closed after, one already open (the database worker's) is left open."""
    opened = database.is_closed()
    try:
        yield
    finally:
        if opened:
            database.close()
