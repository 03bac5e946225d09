"""What has reached the central system: each case event's sync state and the server's answer,
and whether each stored file has been uploaded.

Events that belong to no case (sign-ins, visitors, settings) stay on the desk: ``local``.
"""


def up(migrator, db):
    for sql in (
        'ALTER TABLE "history_event" ADD COLUMN "sync_status" VARCHAR(255) NOT NULL '
        "DEFAULT 'pending'",
        'ALTER TABLE "history_event" ADD COLUMN "sync_answer" TEXT NOT NULL DEFAULT \'\'',
        'UPDATE "history_event" SET "sync_status" = \'local\' WHERE "case_id" IS NULL',
        'CREATE INDEX "history_event_sync_status" ON "history_event" ("sync_status")',
        'ALTER TABLE "attachment" ADD COLUMN "uploaded" INTEGER NOT NULL DEFAULT 0',
    ):
        db.execute_sql(sql)
