"""Search finds a part of a name, NIK or phone ("lina" in Marlina, a NIK's last four digits):
a trigram index over the complainant's name, NIK and phone (local form, 0812…) of every case.
Only those three, not the chronology: personal data indexed no wider than the search needs,
and a tenth of the word index's size. Filled here for the cases already on the desk; the
services keep it up to date after (store.search)."""


def up(migrator, db):
    db.execute_sql(
        'CREATE VIRTUAL TABLE "case_parts" USING fts5 ("name", "numbers", tokenize="trigram")'
    )
    # The same text as store.search.search_document writes (``loket check`` compares them).
    db.execute_sql(
        'INSERT INTO "case_parts" (rowid, "name", "numbers") '
        "SELECT c.id, p.name, trim(coalesce(p.nik, '') || ' ' || CASE "
        "WHEN p.phone LIKE '+62%' THEN '0' || substr(p.phone, 4) "
        "ELSE ltrim(coalesce(p.phone, ''), '+') END) "
        'FROM "case" c JOIN "complainant" p ON p.uuid = c.complainant_id ORDER BY c.id'
    )
