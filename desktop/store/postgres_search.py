"""The search tables of the office database (PostgreSQL), in the shape store.search writes.

``case_search``, ``case_parts`` and ``letter_search`` hold the same columns as SQLite's FTS5
tables, keyed by the ``rowid`` of the case or letter, so store.search fills them with the same
statements.
"""

from __future__ import annotations

from peewee import Database

TABLES = (
    'CREATE TABLE "case_search" ("rowid" BIGINT PRIMARY KEY, "reg_no" TEXT NOT NULL, '
    '"complainant" TEXT NOT NULL, "identifiers" TEXT NOT NULL, "business" TEXT NOT NULL, '
    '"product" TEXT NOT NULL, "chronology" TEXT NOT NULL)',
    'CREATE TABLE "case_parts" ("rowid" BIGINT PRIMARY KEY, "name" TEXT NOT NULL, '
    '"numbers" TEXT NOT NULL)',
    'CREATE TABLE "letter_search" ("rowid" BIGINT PRIMARY KEY, "agenda_no" TEXT NOT NULL, '
    '"sender" TEXT NOT NULL, "subject" TEXT NOT NULL, "text" TEXT NOT NULL)',
    'CREATE TABLE "name_word" ("id" SERIAL PRIMARY KEY, "word" TEXT NOT NULL UNIQUE)',
)


def create(db: Database) -> None:
    for statement in TABLES:
        db.execute_sql(statement)
