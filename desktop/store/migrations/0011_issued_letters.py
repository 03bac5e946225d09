"""The register of outgoing letters (agenda surat keluar): every letter as it was issued.

A letter is drafted without a number and issued once: then its number is taken, what it said
and who signed it are kept, and the SHA-256 of its PDF is recorded so that a letter handed
back can be found by its hash (and, once signed electronically, by the signed file's hash).

The agencies a case is forwarded to get the addresses their letters go to (the head offices;
reference data that admins edit afterwards, so an address already filled in is left alone).
"""

ADDRESSES = {
    "OJK": "Gedung Sumitro Djojohadikusumo\nJl. Lapangan Banteng Timur No. 2-4\n"
    "Jakarta Pusat 10710",
    "BI": "Jl. M.H. Thamrin No. 2\nJakarta Pusat 10350",
    "BPOM": "Jl. Percetakan Negara No. 23\nJakarta Pusat 10560",
    "KOMDIGI": "Jl. Medan Merdeka Barat No. 9\nJakarta Pusat 10110",
    "KEMENHUB": "Jl. Medan Merdeka Barat No. 8\nJakarta Pusat 10110",
    "KEMENKES": "Jl. H.R. Rasuna Said Blok X-5 Kav. 4-9\nJakarta Selatan 12950",
    "PUPR": "Jl. Pattimura No. 20, Kebayoran Baru\nJakarta Selatan 12110",
    "ESDM": "Jl. Medan Merdeka Selatan No. 18\nJakarta Pusat 10110",
    "POLRI": "Jl. Trunojoyo No. 3, Kebayoran Baru\nJakarta Selatan 12110",
}


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
    for code, address in ADDRESSES.items():
        db.execute_sql(
            'UPDATE "agency" SET "address" = ? WHERE "code" = ? AND "address" = \'\'',
            (address, code),
        )
