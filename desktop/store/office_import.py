"""Moving a desk's folder into an office database: every row of the desk's SQLite database into
an empty, migrated PostgreSQL database, table by table in the order their references need, in
one transaction (all or nothing).

Every table of the desk's schema is covered: the models' tables (staff, settings, numbering
sequences, parties, cases, their history with its sync state, visitors, letters, hearings,
agreement terms, printed documents, issued letters, the stages left), the search tables as the
desk's indexes hold them (each row with the column the office searches: the same words, cut
by the same tokenizer), and the per-day summaries, grouped again from the copied cases (so
they hold whether or not the office database's triggers wrote them as the rows arrived).
``tests/test_office_import.py`` checks that no table of the desk is left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from peewee import BooleanField, Database, DateField, DateTimeField

from desktop.store import dialect, models, postgres_schema, postgres_search, recap_raw, search

BATCH = 2000


def copy_rows(
    source: Database, target: Database, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Every row of ``source`` (a desk's SQLite) into ``target`` (an office database whose
    tables are empty); how many rows each table gave. The models are bound to each in turn."""
    counts: dict[str, int] = {}
    with target.atomic(), _triggers_paused(target):
        with _checks_set_aside(target):
            for table in postgres_schema.REFERENCE_TABLES:  # the desk's, as its admins edited them
                target.execute_sql(f'DELETE FROM "{table}"')
            for model in postgres_schema.plain_models():
                if model is models.Setting:
                    continue  # below: the office's defaults give way to the desk's
                counts[model._meta.table_name] = _copy_model(model, source, target, progress)
            counts["setting"] = _copy_settings(source, target)
            top = source.execute_sql('SELECT max(rowid) FROM "case_search"').fetchone()[0]
            if top is not None:  # a desk without cases leaves the partitions to its first case
                postgres_search.PARTITIONS.make_room(target, top)
            for table, columns in search.COLUMNS.items():  # with the column the office searches
                counts[table] = _copy_table(table, ("rowid", *columns), source, target)
            counts["name_word"] = _copy_table("name_word", ("id", "word"), source, target)
        # Grouped after the indexes are back and the new rows are measured: the summaries look
        # up each case's previous one by its complainant, and planned on tables the planner
        # thought empty, grouping a million cases ran for minutes without an end in sight.
        target.execute_sql("ANALYZE")
        _advance_sequences(target)
        _group_summaries(target)
    return counts


# The tables of a desk that are not copied row by row: SQLite's own, and the summaries, which
# are grouped again from the cases in the office database.
NOT_COPIED = ("schema_migration", *recap_raw.SUMMARIES)


def holds_an_office(db: Database) -> bool:
    """Whether the database holds cases or staff already (an import goes only into an empty
    office database: the same folder imported twice is refused)."""
    cursor = db.execute_sql(
        'SELECT EXISTS (SELECT 1 FROM "case") OR EXISTS (SELECT 1 FROM "staff")'
    )
    return bool(cursor.fetchone()[0])


@contextmanager
def _triggers_paused(target: Database) -> Iterator[None]:
    """The office database's triggers off while the desk's rows arrive, on again before the
    transaction ends: what they would write (the stages left, the summaries) is copied or
    grouped from the desk's rows, and a million cases arrive ten times faster without them.
    Only for this transaction: nobody else works in an office database being moved into."""
    tables = [
        name
        for (name,) in target.execute_sql(
            "SELECT DISTINCT tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal"
        ).fetchall()
    ]
    for table in tables:
        target.execute_sql(f"ALTER TABLE {table} DISABLE TRIGGER USER")
    yield
    for table in tables:
        target.execute_sql(f"ALTER TABLE {table} ENABLE TRIGGER USER")


# The indexes no constraint stands on, and the references between tables: the statements that
# drop each and make it again (%% is psycopg's %). A partition's own index goes and comes with
# its partitioned table's; the latter's definition says ``ON ONLY``, which would make it anew
# for none of the partitions (an invalid index), so it is made without.
_INDEXES = """
    SELECT format('DROP INDEX %%s', i.indexrelid::regclass),
           replace(pg_get_indexdef(i.indexrelid), ' ON ONLY ', ' ON ')
    FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
    WHERE t.relnamespace = 'public'::regnamespace AND NOT t.relispartition
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
"""
_REFERENCES = """
    SELECT format('ALTER TABLE %%s DROP CONSTRAINT %%I', conrelid::regclass, conname),
           format('ALTER TABLE %%s ADD CONSTRAINT %%I %%s', conrelid::regclass, conname,
                  pg_get_constraintdef(oid))
    FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace
"""


@contextmanager
def _checks_set_aside(target: Database) -> Iterator[None]:
    """The plain indexes and the references between tables dropped while the rows arrive and
    made again after them, in the same transaction: an index made over a million rows at once
    (the search's GIN indexes most of all), and a reference checked for all rows in one join,
    take a fraction of the time a million rows checked and indexed one at a time do. Keys and
    unique constraints stay; a reference the rows break still fails the whole import."""
    dropped = [*target.execute_sql(_REFERENCES).fetchall(), *target.execute_sql(_INDEXES)]
    for drop, _make in dropped:
        target.execute_sql(drop)
    yield
    target.execute_sql("SET LOCAL maintenance_work_mem = '256MB'")
    for _drop, make in reversed(dropped):
        target.execute_sql(make)


def _group_summaries(target: Database) -> None:
    """Each per-day summary grouped from the copied cases, as the desk's migration 0020 did."""
    for table, statement in recap_raw.summaries(dialect.of(target)).items():
        target.execute_sql(f'DELETE FROM "{table}"')
        target.execute_sql(f'INSERT INTO "{table}" {statement}')


def _copy_model(model, source: Database, target: Database, progress) -> int:
    table = model._meta.table_name
    columns = [f.column_name for f in model._meta.sorted_fields]
    count = 0
    for rows in _batches(source, f'SELECT {_names(columns)} FROM "{table}" ORDER BY 1'):
        fields = model._meta.sorted_fields
        typed = [tuple(_typed(f, v) for f, v in zip(fields, row, strict=True)) for row in rows]
        _insert(target, table, columns, typed)
        count += len(rows)
        if progress:
            progress(table, count)
    return count


def _typed(field, value):
    """A raw SQLite value as PostgreSQL's column takes it: SQLite keeps booleans as 0 and 1 and
    moments and days as text; JSON stays the text it is on both."""
    if value is None:
        return None
    if isinstance(field, BooleanField):
        return bool(value)
    if isinstance(field, DateTimeField | DateField):
        return field.python_value(value)
    return value


def _copy_settings(source: Database, target: Database) -> int:
    rows = source.execute_sql('SELECT "key", "value" FROM "setting"').fetchall()
    target.execute_sql('DELETE FROM "setting"')
    _insert(target, "setting", ["key", "value"], rows)
    return len(rows)


def _copy_table(table: str, columns: tuple[str, ...], source: Database, target: Database) -> int:
    count = 0
    searched = postgres_search.DERIVED.get(table)
    for rows in _batches(source, f'SELECT {_names(columns)} FROM "{table}" ORDER BY 1'):
        if searched:
            _insert(target, table, [*columns, searched], postgres_search.with_derived(table, rows))
        else:
            _insert(target, table, list(columns), rows)
        count += len(rows)
    return count


def _batches(source: Database, statement: str) -> Iterator[list[tuple]]:
    cursor = source.execute_sql(statement)
    while rows := cursor.fetchmany(BATCH):
        yield rows


def _names(columns) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _insert(target: Database, table: str, columns: list[str], rows: list[tuple]) -> None:
    with target.cursor().copy(f'COPY "{table}" ({_names(columns)}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(row)


def _advance_sequences(target: Database) -> None:
    """Each SERIAL key's sequence past the ids copied (a new row must not take a copied id)."""
    for model in [*postgres_schema.plain_models()]:
        key = model._meta.primary_key
        if key is not None and key.field_type == "AUTO":
            table, column = model._meta.table_name, key.column_name
            target.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
                f'coalesce((SELECT max("{column}") FROM "{table}"), 0) + 1, false)'
            )
    target.execute_sql(
        "SELECT setval(pg_get_serial_sequence('\"name_word\"', 'id'), "
        'coalesce((SELECT max("id") FROM "name_word"), 0) + 1, false)'
    )
