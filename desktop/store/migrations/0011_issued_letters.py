"""The register of outgoing letters (agenda surat keluar): every letter as it was issued.

A letter is drafted without a number and issued once: then its number is taken, what it said
and who signed it are kept, and the SHA-256 of its PDF is recorded so that a letter handed
back can be found by its hash (and, once signed electronically, by the signed file's hash).
"""


def up(migrator, db):
    for sql in (
        'CREATE TABLE "issued_letter" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"uuid" VARCHAR(255) NOT NULL, "number" VARCHAR(255) NOT NULL, '
        '"kind" VARCHAR(255) NOT NULL, "case_id" VARCHAR(255), "hearing_id" VARCHAR(255), '
        '"issued_on" DATE NOT NULL, "issued_at" DATETIME NOT NULL, '
        '"issued_by_id" VARCHAR(255) NOT NULL, "subject" TEXT NOT NULL, '
        '"addressee" TEXT NOT NULL, "signatory_name" VARCHAR(255) NOT NULL, '
        '"signatory_position" VARCHAR(255) NOT NULL, "signatory_nip" VARCHAR(255) NOT NULL, '
        '"signatory_on_behalf" VARCHAR(255) NOT NULL, "signature" VARCHAR(255) NOT NULL, '
        '"sent_via" VARCHAR(255) NOT NULL, "sha256" VARCHAR(255) NOT NULL, '
        '"signed_sha256" VARCHAR(255) NOT NULL, "content" TEXT NOT NULL, '
        'FOREIGN KEY ("case_id") REFERENCES "case" ("uuid"), '
        'FOREIGN KEY ("issued_by_id") REFERENCES "staff" ("uuid"))',
        'CREATE UNIQUE INDEX "issued_letter_uuid" ON "issued_letter" ("uuid")',
        'CREATE UNIQUE INDEX "issued_letter_number" ON "issued_letter" ("number")',
        'CREATE INDEX "issued_letter_case_id" ON "issued_letter" ("case_id")',
        'CREATE INDEX "issued_letter_issued_on" ON "issued_letter" ("issued_on")',
        'CREATE INDEX "issued_letter_issued_by_id" ON "issued_letter" ("issued_by_id")',
        'CREATE INDEX "issued_letter_sha256" ON "issued_letter" ("sha256")',
        'CREATE INDEX "issued_letter_signed_sha256" ON "issued_letter" ("signed_sha256")',
    ):
        db.execute_sql(sql)
