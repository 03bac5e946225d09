"""Every case a visitor started: a visitor who files two complaints on one visit is linked to
both (``visitor.case_id`` kept the last one only). The links already made are carried over."""


def up(migrator, db):
    for sql in (
        'CREATE TABLE "visitor_case" ("visitor_id" VARCHAR(255) NOT NULL, '
        '"case_id" VARCHAR(255) NOT NULL, PRIMARY KEY ("visitor_id", "case_id"), '
        'FOREIGN KEY ("visitor_id") REFERENCES "visitor" ("uuid"), '
        'FOREIGN KEY ("case_id") REFERENCES "case" ("uuid"))',
        'CREATE INDEX "visitor_case_visitor_id" ON "visitor_case" ("visitor_id")',
        'INSERT INTO "visitor_case" ("visitor_id", "case_id") '
        'SELECT "uuid", "case_id" FROM "visitor" WHERE "case_id" IS NOT NULL',
    ):
        db.execute_sql(sql)
