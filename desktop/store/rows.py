"""Plain-SQL reads and inserts of whole rows for the hot paths (intake, the demo, sync).

Compiling a peewee query costs more than running it on SQLite; these statements are built
once per model and column set and converted with the models' own field types.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from peewee import Model

from desktop.store import sql


@cache
def _columns(model: type[Model]) -> tuple[tuple[str, str, Any], ...]:
    """(field name, column name, field) of every column of the model."""
    return tuple((f.name, f.column_name, f) for f in model._meta.sorted_fields)


@cache
def _select(model: type[Model], column: str) -> str:
    names = ", ".join(f'"{c}"' for _, c, _ in _columns(model))
    return f'SELECT {names} FROM "{model._meta.table_name}" WHERE "{column}" = ?'


def find(
    model: type[Model], field: str, value: Any, extra: dict[str, Any] | None = None
) -> dict[str, Any] | None:
    """The first row whose ``field`` equals ``value`` (and ``extra`` fields too), as a dict."""
    column = model._meta.fields[field].column_name
    statement, params = _select(model, column), [value]
    for name, wanted in (extra or {}).items():
        statement += f' AND "{model._meta.fields[name].column_name}" = ?'
        params.append(wanted)
    row = sql.one(statement + " LIMIT 1", params)
    if row is None:
        return None
    return {name: f.python_value(v) for (name, _, f), v in zip(_columns(model), row, strict=True)}


@cache
def _insert(model: type[Model], fields: tuple[str, ...]) -> str:
    columns = ", ".join(f'"{model._meta.fields[f].column_name}"' for f in fields)
    marks = ", ".join("?" * len(fields))
    key = model._meta.primary_key.column_name
    return f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks}) RETURNING "{key}"'


def _filled(model: type[Model], values: dict[str, Any]) -> dict[str, Any]:
    """``values`` with the model's defaults for what they leave out, as the database stores them."""
    row = {}
    for name, _, field in _columns(model):
        if name in values:
            row[name] = field.db_value(values[name])
        elif field.default is not None:
            row[name] = field.db_value(
                field.default() if callable(field.default) else field.default
            )
    return row


def insert(model: type[Model], values: dict[str, Any]) -> int:
    """Insert one row; defaults of the model fill what ``values`` leaves out. Returns its id."""
    row = _filled(model, values)
    return sql.value(_insert(model, tuple(row)), list(row.values()))


def update(model: type[Model], key_field: str, key: Any, values: dict[str, Any]) -> None:
    sets = ", ".join(f'"{model._meta.fields[f].column_name}" = ?' for f in values)
    params = [model._meta.fields[f].db_value(v) for f, v in values.items()]
    column = model._meta.fields[key_field].column_name
    sql.run(f'UPDATE "{model._meta.table_name}" SET {sets} WHERE "{column}" = ?', [*params, key])
