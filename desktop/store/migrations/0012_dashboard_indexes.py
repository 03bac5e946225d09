"""The dashboard counts a period's cases by sector and by business actor, each also once per
complainant, and the stages finished in it: an index of the cases received that holds those
columns (read alone, never the table), and one of the history by kind and time."""


def up(migrator, db):
    for sql in (
        'CREATE INDEX "case_received_parties" ON "case" '
        '("received_at", "sector", "business_id", "complainant_id")',
        'CREATE INDEX "history_event_kind_at" ON "history_event" ("kind", "at", "case_id")',
    ):
        db.execute_sql(sql)
