"""The officer responsible for a case (the analyst who took it, the mediator of its meetings,
or whom a supervisor assigned): a staff UUID, empty until someone takes the case. The index
serves Today's "Kasus saya" and the case list filtered by officer."""


def up(migrator, db):
    db.execute_sql('ALTER TABLE "case" ADD COLUMN "officer_id" VARCHAR(255)')
    db.execute_sql(
        'CREATE INDEX "case_officer_id_status_stage_due" ON "case" ("officer_id", "status", "stage_due")'
    )
