"""Meeting outcomes and attendance, the clarification answer, and site-blocking flags.

A meeting's result (agreement, no agreement, a party absent) and its terms; who came, as a
visitor of the day marked present for a meeting; the date a written clarification arrived;
the date a recommendation to stop an online business's site went to Kominfo.
"""


def up(migrator, db):
    for sql in (
        'ALTER TABLE "hearing" ADD COLUMN "result" VARCHAR(255)',
        'ALTER TABLE "hearing" ADD COLUMN "result_note" TEXT NOT NULL DEFAULT \'\'',
        'ALTER TABLE "hearing" ADD COLUMN "absent" VARCHAR(255) NOT NULL DEFAULT \'\'',
        'ALTER TABLE "hearing" ADD COLUMN "held_at" DATETIME',
        'ALTER TABLE "visitor" ADD COLUMN "hearing_id" VARCHAR(255)',
        'ALTER TABLE "visitor" ADD COLUMN "party" VARCHAR(255) NOT NULL DEFAULT \'\'',
        'CREATE INDEX "visitor_hearing_id" ON "visitor" ("hearing_id")',
        'ALTER TABLE "case" ADD COLUMN "answer_received" DATE',
        'ALTER TABLE "case" ADD COLUMN "blocking_recommended" DATE',
        'ALTER TABLE "business_actor" ADD COLUMN "blocking_recommended" DATE',
    ):
        db.execute_sql(sql)
