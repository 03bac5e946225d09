"""Complainants found by the start of their name as the officer types (LIKE 'x%').

SQLite uses an index for a LIKE prefix only when the index compares without case.
"""


def up(migrator, db):
    db.execute_sql(
        'CREATE INDEX "complainant_name_nocase" ON "complainant" ("name" COLLATE NOCASE)'
    )
