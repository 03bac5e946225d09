"""The office day a case's personal data was removed at the end of its retention period
(domain.anonymity): a projected field, folded from the case.anonymised event."""


def up(migrator, db):
    db.execute_sql('ALTER TABLE "case" ADD COLUMN "anonymised" DATE')
