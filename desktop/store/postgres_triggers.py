"""The triggers of the office database (PostgreSQL): what SQLite's triggers do, in PL/pgSQL."""

from __future__ import annotations

from peewee import Database


def create(db: Database) -> None:
    pass
