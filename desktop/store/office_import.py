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

from peewee import BooleanField, Database, DateField, DateTimeField

from desktop.store import dialect, models, postgres_schema, postgres_search, recap_raw, search

BATCH = 2000


def copy_rows(
    source: Database, target: Database, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Every row of ``source`` (a desk's SQLite) into ``target`` (an office database whose
    tables are empty); how many rows each table gave. The models are bound to each in turn."""
    counts: dict[str, int] = {}
    with target.atomic():
        for table in postgres_schema.REFERENCE_TABLES:  # the desk's, as its admins edited them
            target.execute_sql(f'DELETE FROM "{table}"')
        for model in postgres_schema.plain_models():
            if model is models.Setting:
                continue  # below: the office's defaults give way to the desk's
            if model is models.StageExit:  # what a trigger wrote from the history goes: the
                target.execute_sql('DELETE FROM "stage_exit"')  # desk's own rows are the truth
            counts[model._meta.table_name] = _copy_model(model, source, target, progress)
        counts["setting"] = _copy_settings(source, target)
        for table, columns in search.COLUMNS.items():  # with the column the office searches
            counts[table] = _copy_table(table, ("rowid", *columns), source, target)
        counts["name_word"] = _copy_table("name_word", ("id", "word"), source, target)
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
    if rows:
        marks = ", ".join(["%s"] * len(columns))
        target.cursor().executemany(
            f'INSERT INTO "{table}" ({_names(columns)}) VALUES ({marks}) ON CONFLICT DO NOTHING',
            rows,
        )


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
