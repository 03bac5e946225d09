"""The recap of a period counts the cases received or closed in it by sector and channel, by
outcome and agency: indexes that lead with those groups and hold every column counted, so a
million cases are read from them in their order, never from the table and never sorted."""


def up(migrator, db):
    for sql in (
        'CREATE INDEX "case_received_recap" ON "case" '
        '("sector", "channel", "received_at", "status", "transaction_value")',
        'CREATE INDEX "case_closed_recap" ON "case" ("outcome", "agency_id", "closed_at")',
    ):
        db.execute_sql(sql)
