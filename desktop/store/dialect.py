"""What differs between the database engines the store speaks to, in one place.

The store writes portable SQL wherever the two engines it is built for agree (SQLite 3.35+
and PostgreSQL): ``INSERT … ON CONFLICT … DO UPDATE``, ``RETURNING``, ``count(*) FILTER
(WHERE …)``, window functions, ``LIMIT ? OFFSET ?``. What they do not agree on is asked of the
dialect of the open database, and nowhere else:

- placeholders (``?`` here, ``%s`` for psycopg), translated by ``statement``;
- an OFFSET without a limit (``LIMIT -1`` here, ``LIMIT ALL`` there: ``paging``);
- the office's calendar day of a stored UTC moment (``office_day``);
- reading one value of a stored JSON object (``json_text``: ``json_extract`` here, ``->>``
  there; ``json_sql`` in SQL text);
- a condition summed as a count (``counted``: SQLite's comparisons are 0 or 1 already,
  PostgreSQL's are booleans);
- the values of some rows joined into one text (``joined``: ``group_concat`` or ``string_agg``);
- the name a subquery in FROM must have on PostgreSQL 15 (``derived``: none here, so the
  statements migration 0020 ran stay as they were);
- naming the index a statement must read (``indexed_by``: SQLite's planner needs telling for
  the recap's covering indexes; PostgreSQL has no such clause and chooses by its statistics);
- how stored moments and days come back in raw rows (``moment``, ``day``: SQLite gives the
  text peewee wrote, psycopg gives ``datetime`` values);
- a read transaction whose statements all see the database as it was at its start
  (``snapshot``: SQLite's deferred transaction in WAL mode; PostgreSQL's REPEATABLE READ);
- rows written with ids the store chose (``ids_given``: SQLite's next rowid follows the
  largest; PostgreSQL's sequence must be moved past them);
- holding a key for the rest of a write transaction (``hold``: SQLite's IMMEDIATE transaction
  holds the whole file already; PostgreSQL, whose transactions read without waiting, takes an
  advisory lock);
- reading one value of a stored JSON object (``json_text``: ``json_extract`` here, ``->>``
  there);
- checking the file itself (``integrity_problems``, ``broken_references``: pragmas here);
- a smaller page cache for a read that passes every row once (``page_cache``: a pragma here;
  PostgreSQL's buffers are the server's, shared by every connection);
- making removed data unreadable (``secure_delete``, ``purge_erased``: SQLite overwrites freed
  cells and pages, merges the full-text indexes' segments and checkpoints the WAL; PostgreSQL
  would ``VACUUM`` the tables and rebuild its indexes);
- a lock one desk at a time holds (``try_lock``: a PostgreSQL advisory lock; a desk's own
  SQLite file has one desk);
- full-text search, which is ``store.search`` (FTS5 word and trigram indexes) here and
  ``store.postgres_search`` (``tsvector`` and ``pg_trgm``) there, behind the same functions
  (``search.engine()`` picks by this dialect's name).

The second dialect (PostgreSQL, office mode) implements the same methods; ``current`` picks the
one of the database the models are bound to. See docs/architecture.md, "The store and its
dialect".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from peewee import Cast, Database, Expression, Node, PostgresqlDatabase, Value, fn

from desktop.domain.workdays import OFFICE_UTC_OFFSET
from desktop.store.models import database

_HOURS = int(OFFICE_UTC_OFFSET.total_seconds() // 3600)


class SqliteDialect:
    name = "sqlite"

    def statement(self, sql: str) -> str:
        """The statement as the driver takes it: the store writes ``?`` placeholders."""
        return sql

    def office_day(self, column: str) -> str:
        """SQL giving the office day (YYYY-MM-DD text) of a stored UTC moment."""
        return f"date({column}, '+{_HOURS} hours')"

    def indexed_by(self, index: str) -> str:
        return f" INDEXED BY {index}"

    def json_text(self, column: Node, key: str) -> Node:
        """The value under ``key`` of a stored JSON object, as an expression of a query."""
        return fn.json_extract(column, f"$.{key}")

    def json_sql(self, column: str, key: str) -> str:
        """The same in SQL text (a trigger's): NULL when the object has no ``key``."""
        return f"json_extract({column}, '$.{key}')"

    def counted(self, condition: str) -> str:
        """A condition as 1 or 0, to be summed."""
        return condition

    def derived(self, name: str) -> str:
        """The alias of a subquery in FROM, where the engine needs one."""
        return ""

    def joined(self, value: str, rows: str, order: str) -> str:
        """A scalar subquery: ``value`` of ``rows`` (``FROM … WHERE …``) in the order of
        ``order``, joined by ", " into one text (NULL for no row)."""
        name = value.split(".")[-1]
        return f"(SELECT group_concat({name}, ', ') FROM (SELECT {value} {rows} ORDER BY {order}))"

    def paging(self, limit: int | None, offset: int) -> tuple[str, list[int]]:
        """A LIMIT/OFFSET clause and its parameters; no limit is SQLite's ``LIMIT -1``."""
        return " LIMIT ? OFFSET ?", [-1 if limit is None else limit, offset]

    def moment(self, value: Any) -> dt.datetime | None:
        """A stored moment from a raw row. ``fromisoformat`` reads what peewee wrote (``str()``
        of the value) in C, ten times quicker than peewee's format-by-format conversion."""
        if not value or isinstance(value, dt.datetime):
            return value or None
        return dt.datetime.fromisoformat(value)

    def day(self, value: Any) -> dt.date | None:
        if not value or isinstance(value, dt.date):
            return value or None
        return dt.date.fromisoformat(value)

    def ids_given(self, table: str) -> None:
        """After rows were inserted into ``table`` with ids of the store's choosing: the next
        id the engine gives is above them."""

    def snapshot(self) -> Any:
        """A read transaction that sees one state of the database throughout; deferred, so it
        takes no write lock (WAL gives it its snapshot). Nested, a savepoint."""
        return database.atomic("DEFERRED")

    def hold(self, key: str) -> None:
        """Hold ``key`` until the write transaction ends, writing nothing: SQLite's IMMEDIATE
        transaction holds the whole file's write lock already."""

    def integrity_problems(self) -> list[str]:
        """What the engine finds wrong with the database's pages and structure; empty if sound."""
        found = [str(r[0]) for r in database.execute_sql("PRAGMA integrity_check").fetchall()]
        return [] if found == ["ok"] else found

    def broken_references(self) -> list[str]:
        """The tables of rows that point to records that do not exist, one entry a row."""
        return [str(r[0]) for r in database.execute_sql("PRAGMA foreign_key_check").fetchall()]

    @contextmanager
    def page_cache(self, kib: int) -> Iterator[None]:
        """The connection's page cache held to ``kib`` KiB meanwhile, then as it was. A read
        that passes every row once gains nothing from the desk's 64 MB, which it would fill
        (an export of 100,000 cases rose to 124 MB resident, of 10,000 to 71 MB)."""
        before = database.execute_sql("PRAGMA cache_size").fetchone()[0]
        database.execute_sql(f"PRAGMA cache_size = {-int(kib)}")
        try:
            yield
        finally:
            if not database.is_closed():
                database.execute_sql(f"PRAGMA cache_size = {int(before)}")

    def secure_delete(self, on: bool) -> None:
        """Whether this connection overwrites what it deletes or replaces with zeros (a page or
        cell freed keeps its old bytes otherwise, readable to anyone holding the key)."""
        database.execute_sql(f"PRAGMA secure_delete = {'ON' if on else 'OFF'}")

    def purge_erased(self, indexes: tuple[str, ...]) -> None:
        """After rows were erased: merge each full-text index into one segment, which drops the
        erased entries FTS5 otherwise keeps until a merge, and move the WAL into the file so no
        copy of an old page stays in it. Outside a transaction."""
        for table in indexes:
            database.execute_sql(f'INSERT INTO "{table}" ("{table}") VALUES (\'optimize\')')
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def try_lock(self, key: int) -> bool:
        """Take the database-wide lock ``key`` for this connection, if no other holds it. A
        desk's SQLite file has one desk: it always has the turn."""
        return True

    def unlock(self, key: int) -> None:
        pass


class PostgresDialect(SqliteDialect):
    """PostgreSQL (office mode). Methods not written here are those the engines agree on."""

    name = "postgresql"

    def statement(self, sql: str) -> str:
        """psycopg's placeholders are ``%s``; a literal ``%`` (LIKE patterns) is doubled."""
        return sql.replace("%", "%%").replace("?", "%s")

    def office_day(self, column: str) -> str:
        return f"to_char({column} + interval '{_HOURS} hours', 'YYYY-MM-DD')"

    def indexed_by(self, index: str) -> str:
        return ""  # the planner chooses by its statistics

    def json_text(self, column: Node, key: str) -> Node:
        # the column is text or json; the key is bound as it is (not as JSON)
        return Expression(Cast(column, "json"), "->>", Value(key, converter=False))

    def json_sql(self, column: str, key: str) -> str:
        return f"({column}::json ->> '{key}')"

    def counted(self, condition: str) -> str:
        return f"({condition})::int"

    def derived(self, name: str) -> str:
        return f" AS {name}"

    def joined(self, value: str, rows: str, order: str) -> str:
        return f"(SELECT string_agg({value}, ', ' ORDER BY {order}) {rows})"

    def paging(self, limit: int | None, offset: int) -> tuple[str, list[int]]:
        if limit is None:
            return " OFFSET ?", [offset]
        return " LIMIT ? OFFSET ?", [limit, offset]

    def ids_given(self, table: str) -> None:
        database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f'(SELECT max("id") FROM "{table}"))'
        )

    def snapshot(self) -> Any:
        return database.atomic("REPEATABLE READ")  # READ COMMITTED sees each commit

    def hold(self, key: str) -> None:
        """An advisory lock of the transaction, keyed by a hash of ``key`` (nothing stored)."""
        database.execute_sql("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (key,))

    def integrity_problems(self) -> list[str]:
        return []  # the server keeps its own pages; amcheck is the administrator's tool

    def broken_references(self) -> list[str]:
        return []  # foreign keys are enforced on every write, never deferred

    @contextmanager
    def page_cache(self, kib: int) -> Iterator[None]:
        yield  # the server's shared buffers, not the connection's

    def secure_delete(self, on: bool) -> None:
        pass

    def purge_erased(self, indexes: tuple[str, ...]) -> None:
        """Erased rows' old versions go with VACUUM (outside a transaction)."""
        for table in ("case", "complainant", *indexes):
            database.execute_sql(f'VACUUM "{table}"')

    def try_lock(self, key: int) -> bool:
        """A session advisory lock: held until released or until this desk's connection ends
        (a desk that dies or loses the network lets another take over)."""
        return bool(database.execute_sql("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()[0])

    def unlock(self, key: int) -> None:
        database.execute_sql("SELECT pg_advisory_unlock(%s)", (key,))


SQLITE = SqliteDialect()
POSTGRESQL = PostgresDialect()


def of(db: Database) -> SqliteDialect:
    return POSTGRESQL if isinstance(db, PostgresqlDatabase) else SQLITE


def current() -> SqliteDialect:
    """The dialect of the database the models are bound to."""
    return of(database.obj)
