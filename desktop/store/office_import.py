"""Moving a desk's folder into an office database: every row of the desk's SQLite database into
an empty, migrated PostgreSQL database, table by table in the order their references need, in
one transaction (all or nothing).

The summaries are not copied: the office database's triggers write them as the cases arrive.
The search tables are copied as the desk's indexes hold them, each row with the column the
office searches (store.postgres_search: the same words, cut by the same tokenizer).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from peewee import BooleanField, Database, DateField, DateTimeField

from desktop.store import models, postgres_schema, postgres_search, search

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
            if model is models.Setting or model._meta.table_name == "stage_exit":
                continue  # settings below; stage exits are written by the history's trigger
            counts[model._meta.table_name] = _copy_model(model, source, target, progress)
        counts["setting"] = _copy_settings(source, target)
        for table, columns in search.COLUMNS.items():  # with the column the office searches
            counts[table] = _copy_table(table, ("rowid", *columns), source, target)
        counts["name_word"] = _copy_table("name_word", ("id", "word"), source, target)
        _advance_sequences(target)
    return counts


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
