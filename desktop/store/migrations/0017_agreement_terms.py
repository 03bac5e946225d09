"""The dated terms of agreements reached in mediation: what each party promised and by when,
and whether it was kept (open, fulfilled, unfulfilled). Today lists the open ones past their
date, through the index on (state, due)."""


def up(migrator, db):
    db.execute_sql(
        'CREATE TABLE "agreement_term" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"uuid" VARCHAR(255) NOT NULL, '
        '"case_id" VARCHAR(255) NOT NULL REFERENCES "case" ("uuid"), '
        '"hearing_id" VARCHAR(255) NOT NULL, '
        '"text" TEXT NOT NULL, '
        '"due" DATE NOT NULL, '
        '"state" VARCHAR(255) NOT NULL, '
        '"note" TEXT NOT NULL, '
        '"recorded_at" DATETIME)'
    )
    db.execute_sql('CREATE UNIQUE INDEX "agreement_term_uuid" ON "agreement_term" ("uuid")')
    db.execute_sql('CREATE INDEX "agreement_term_case_id" ON "agreement_term" ("case_id")')
    db.execute_sql('CREATE INDEX "agreement_term_state_due" ON "agreement_term" ("state", "due")')
