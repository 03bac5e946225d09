"""Full-text search over incoming letters: sender, subject and the text read from the scans."""


def up(migrator, db):
    db.execute_sql(
        'CREATE VIRTUAL TABLE "letter_search" USING fts5 ("agenda_no", "sender", "subject", '
        '"text", prefix=\'2 3\', tokenize="unicode61 remove_diacritics 2")'
    )
