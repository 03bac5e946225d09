"""Several typed words found each as a part of a name ("lina sari" for Marlina Sarianti): the
distinct words of complainants' names (a few thousand where cases are a million) with a trigram
index over them. A typed part becomes the few name words that hold it, and those are looked up
whole in the word index, which walks no trigram of a million names (store.search)."""

import re

_WORD = re.compile(r"[^\W_]+")  # as domain.search_terms cuts words


def up(migrator, db):
    db.execute_sql(
        'CREATE TABLE "name_word" ("id" INTEGER PRIMARY KEY, "word" TEXT NOT NULL UNIQUE)'
    )
    db.execute_sql(
        'CREATE VIRTUAL TABLE "name_word_parts" USING fts5 ("word", content="name_word", '
        'content_rowid="id", tokenize="trigram")'
    )
    db.execute_sql(
        'CREATE TRIGGER "name_word_indexed" AFTER INSERT ON "name_word" BEGIN '
        'INSERT INTO "name_word_parts" (rowid, "word") VALUES (new."id", new."word"); END'
    )
    words = set()
    for (name,) in db.execute_sql('SELECT DISTINCT "name" FROM "complainant"'):
        words.update(w for w in _WORD.findall(name.lower()) if not w.isdigit())
    db.cursor().executemany(
        'INSERT OR IGNORE INTO "name_word" ("word") VALUES (?)', [(w,) for w in sorted(words)]
    )
