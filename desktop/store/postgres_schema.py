"""The office database's schema as of store.postgres.BASELINE, made at once on an empty database.

What the SQLite migrations built up step by step, said once for PostgreSQL: the tables of the
models (peewee gives each field PostgreSQL's type: SERIAL keys, BOOLEAN, TIMESTAMP), the
indexes those migrations added by name, the reference data they wrote (read from the very
migrations, run on an in-memory SQLite, so both engines start with the same agencies and BPSK
offices), the per-day summary tables, the search tables (store.postgres_search) and the
triggers (store.postgres_triggers). ``tests/test_office_schema.py`` compares the result with
a migrated SQLite database.
"""

from __future__ import annotations

import importlib

from peewee import Database, SqliteDatabase
from playhouse.sqlite_ext import FTS5Model

from desktop.store import models, office_files

# The indexes the models declare, by the names the SQLite migrations gave them (peewee names an
# index after its columns; the migrations chose shorter names), and those the migrations made
# beyond the models.
INDEXES = (
    'ALTER INDEX "case_outcome_agency_id_closed_at" RENAME TO "case_closed_recap"',
    'ALTER INDEX "case_complainant_id_sector_received_at" RENAME TO "case_person_sector"',
    'ALTER INDEX "case_received_at_sector_business_id_complainant_id" '
    'RENAME TO "case_received_parties"',
    'ALTER INDEX "case_sector_channel_received_at_status_transaction_value" '
    'RENAME TO "case_received_recap"',
    'ALTER INDEX "case_status_stage_due_received_at" RENAME TO "case_status_stage_due_received"',
    # migration 0016 made visitor_case without an index of its case (its key leads by visitor)
    'DROP INDEX "visitor_case_case_id"',
    # SQLite's NOCASE index serves a name typed in any case; here the lower-cased name does
    'CREATE INDEX "complainant_name_nocase" ON "complainant" (lower("name") text_pattern_ops)',
)


def summary_tables() -> tuple[str, ...]:
    """Migration 0020's summary tables and their indexes, as PostgreSQL takes them: no
    ``WITHOUT ROWID``, and the rupiah sum wider than PostgreSQL's 32-bit INTEGER (the index on
    the cases that 0020 also makes is among INDEXES)."""
    made = importlib.import_module("desktop.store.migrations.0020_dashboard_summaries").TABLES
    return tuple(
        t.replace(" WITHOUT ROWID", "").replace('"value" INTEGER', '"value" BIGINT')
        for t in made
        if '"case_person_sector"' not in t
    )


# Reference data the migrations write, copied as they wrote it.
REFERENCE_TABLES = ("agency", "bpsk_office")
# The tables only the office database has (what its desks share beyond a desk's own tables);
# tests/test_office_schema.py holds every other table to SQLite's.
OFFICE_ONLY: tuple[str, ...] = ("file_blob", "file_chunk")  # the file store (office_files)


def plain_models() -> list[type[models.BaseModel]]:
    """The models that are ordinary tables on both engines (not SQLite's full-text tables)."""
    return [m for m in models.TABLES if not issubclass(m, FTS5Model)]


def create_baseline(db: Database) -> None:
    """The whole schema as of BASELINE on an empty PostgreSQL database, in one transaction."""
    from desktop.store import office_events, postgres_search, postgres_triggers

    with db.atomic():
        db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        db.create_tables(plain_models(), safe=False)
        _column_defaults(db)
        for statement in (*INDEXES, *summary_tables()):
            db.execute_sql(statement)
        for table, columns, rows in reference_rows():
            marks = ", ".join(["%s"] * len(columns))
            names = ", ".join(f'"{c}"' for c in columns)
            for row in rows:
                db.execute_sql(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', row)
        postgres_search.create(db)
        postgres_triggers.create(db)
        office_files.create(db)
        office_events.create(db)  # the desks hear each other's changes to cases


def _column_defaults(db: Database) -> None:
    """The models' constant defaults as the columns' own, as the SQLite migrations gave them
    (a statement of the store that leaves a column out gets its default, on both engines)."""
    for model in plain_models():
        for field in model._meta.sorted_fields:
            default = field.default
            if isinstance(default, bool | int | str) and not callable(default):
                db.execute_sql(
                    f'ALTER TABLE "{model._meta.table_name}" ALTER COLUMN "{field.column_name}" '
                    f"SET DEFAULT {_literal(field.db_value(default))}"
                )


def _literal(value: bool | int | str) -> str:
    """A constant as SQL (DDL takes no bound parameters)."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(int(value))
    return "'" + str(value).replace("'", "''") + "'"


def reference_rows() -> list[tuple[str, list[str], list[tuple]]]:
    """(table, columns, rows) of each reference table as the SQLite migrations leave it."""
    from playhouse.migrations import Runner

    from desktop.store.db import MIGRATIONS

    scratch = SqliteDatabase(":memory:")
    try:
        Runner(scratch, str(MIGRATIONS)).up()
        found = []
        for table in REFERENCE_TABLES:
            cursor = scratch.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1')
            columns = [d[0] for d in cursor.description]
            types = {f.column_name: f for f in _model_of(table)._meta.sorted_fields}
            rows = [
                tuple(types[c].python_value(v) for c, v in zip(columns, row, strict=True))
                for row in cursor.fetchall()
            ]
            found.append((table, columns, rows))
        return found
    finally:
        scratch.close()


def _model_of(table: str) -> type[models.BaseModel]:
    return next(m for m in models.TABLES if m._meta.table_name == table)
