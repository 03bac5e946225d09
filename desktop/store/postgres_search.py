"""Search on the office database (PostgreSQL): the same finds as SQLite's FTS5, newest first.

The search tables hold the same columns as SQLite's FTS5 tables, keyed by the ``rowid`` of the
case or letter (``loket check`` and ``stored_documents`` read them alike), and one column more
that PostgreSQL searches:

- ``words`` (``case_search``, ``letter_search``): a ``tsvector`` of the words of every column,
  cut by FTS5's own unicode61 tokenizer (remove_diacritics 2), run on an in-memory SQLite: the
  same words as the desk's index by construction (PostgreSQL's parser would cut
  "LK1-202611-00001" or an e-mail address otherwise, and its lower-casing follows the server's
  locale). The complainant's words carry weight A, which stands for FTS5's column filter
  ``complainant : (…)``. A GIN index answers ``words @@ 'sari':* & …``.
- ``folded`` (``case_parts``): the name and numbers lower-cased, as FTS5's trigram tokenizer
  folds them; ``pg_trgm``'s GIN index answers ``folded LIKE '%lina%'``.

``name_word`` has a trigram index of its own (SQLite's is the FTS5 table ``name_word_parts``).
What a typed text asks for is worked out once in store.search (``Arm``); ``ENGINE`` says it
here.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from peewee import Database

from desktop.store import sql

if TYPE_CHECKING:
    from desktop.store.search import Arm

TABLES = (
    'CREATE TABLE "case_search" ("rowid" BIGINT PRIMARY KEY, "reg_no" TEXT NOT NULL, '
    '"complainant" TEXT NOT NULL, "identifiers" TEXT NOT NULL, "business" TEXT NOT NULL, '
    '"product" TEXT NOT NULL, "chronology" TEXT NOT NULL, "words" TSVECTOR NOT NULL)',
    'CREATE INDEX "case_search_words" ON "case_search" USING gin ("words")',
    'CREATE TABLE "case_parts" ("rowid" BIGINT PRIMARY KEY, "name" TEXT NOT NULL, '
    '"numbers" TEXT NOT NULL, "folded" TEXT NOT NULL)',
    'CREATE INDEX "case_parts_folded" ON "case_parts" USING gin ("folded" gin_trgm_ops)',
    'CREATE TABLE "letter_search" ("rowid" BIGINT PRIMARY KEY, "agenda_no" TEXT NOT NULL, '
    '"sender" TEXT NOT NULL, "subject" TEXT NOT NULL, "text" TEXT NOT NULL, '
    '"words" TSVECTOR NOT NULL)',
    'CREATE INDEX "letter_search_words" ON "letter_search" USING gin ("words")',
    'CREATE TABLE "name_word" ("id" SERIAL PRIMARY KEY, "word" TEXT NOT NULL UNIQUE)',
    'CREATE INDEX "name_word_parts" ON "name_word" USING gin ("word" gin_trgm_ops)',
)
# The column PostgreSQL searches beside each table's text, and how it is cast when written.
DERIVED = {"case_search": "words", "case_parts": "folded", "letter_search": "words"}
_CAST = {"words": "::tsvector", "folded": ""}
_NAME_COLUMN = {"case_search": 1}  # the complainant's column: its words weigh A
# PostgreSQL refuses a lexeme of 2 KB or more; no one types a prefix this long.
LONGEST_WORD = 500


def create(db: Database) -> None:
    for statement in TABLES:
        db.execute_sql(statement)


class _Tokenizer(threading.local):
    """FTS5's unicode61 tokenizer, one in-memory SQLite per thread (a connection is not shared
    between threads)."""

    def __init__(self) -> None:
        self.db = sqlite3.connect(":memory:")
        self.db.execute(
            'CREATE VIRTUAL TABLE "piece" USING fts5 ("text", '
            'tokenize="unicode61 remove_diacritics 2")'
        )
        self.db.execute('CREATE VIRTUAL TABLE "token" USING fts5vocab("piece", \'instance\')')

    def words(self, texts: Sequence[str]) -> list[list[str]]:
        """The words of each text, in order, as the desk's word index holds them."""
        found: list[list[str]] = [[] for _ in texts]
        with self.db:
            self.db.executemany(
                'INSERT INTO "piece" (rowid, "text") VALUES (?, ?)',
                [(i, t) for i, t in enumerate(texts) if t],
            )
            rows = self.db.execute('SELECT doc, term FROM "token" ORDER BY doc, "offset"')
            for doc, term in rows:
                found[doc].append(term[:LONGEST_WORD])
            self.db.execute('DELETE FROM "piece"')
        return found


_tokenizer = _Tokenizer()


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def words_vector(columns: Sequence[str], name_column: int | None = None) -> str:
    """The ``tsvector`` (as text) of these columns' words: every word at position 2, a word of
    the name column also at position 1 with weight A (a column filter finds it there)."""
    positions: dict[str, set[str]] = {}
    for index, words in enumerate(_tokenizer.words(columns)):
        position = "1A" if index == name_column else "2"
        for word in words:
            positions.setdefault(word, set()).add(position)
    return " ".join(f"{_lexeme(w)}:{','.join(sorted(p))}" for w, p in positions.items())


def folded(name: str, numbers: str) -> str:
    """The parts' text as the trigram tokenizer compares it: case folded, on two lines (a typed
    part holds no line break, so it is never found across the two)."""
    return f"{name}\n{numbers}".lower()


def derived(table: str, values: Sequence[str]) -> str:
    """The searched column of a row of ``table`` whose text columns hold ``values``."""
    if table == "case_parts":
        return folded(*values)
    return words_vector(values, _NAME_COLUMN.get(table))


def with_derived(table: str, rows: Iterable[Sequence[Any]]) -> list[tuple]:
    """Rows of (rowid, text columns…) with the searched column after them (an office import
    copies the desk's rows this way)."""
    return [(*row, derived(table, row[1:])) for row in rows]


def _alternatives(words: Iterable[str], mark: str) -> list[str]:
    """Each typed word as the lexemes it is, all required; a word FTS5 finds no token in finds
    nothing, as in FTS5 (the empty phrase)."""
    typed = list(words)
    found = []
    for tokens in _tokenizer.words(typed):
        if tokens:
            found.append(" & ".join(_lexeme(t) + mark for t in tokens))
    return [f"({a})" if " & " in a else a for a in found]


def _arm(arm: Arm) -> str | None:
    alternatives = _alternatives(arm.prefixes, ":*")
    if arm.groups:
        groups = _alternatives(arm.groups, ":*")
        if len(groups) == len(arm.groups):
            alternatives.append(f"({' & '.join(groups)})")
    alternatives += _alternatives(arm.name_words, ":A")
    return f"({' | '.join(alternatives)})" if alternatives else None


def tsquery(arms: Sequence[Arm]) -> str | None:
    """The ``tsquery`` (as text) of these arms, all required; None when one can match nothing."""
    found = [_arm(a) for a in arms]
    if any(f is None for f in found):
        return None
    return " & ".join(f for f in found if f)


class Postgres:
    """PostgreSQL: tsvector and pg_trgm over the same text as FTS5's tables."""

    index_tables = ("case_search", "case_parts", "letter_search", "name_word")

    def insert(self, table: str, columns: Sequence[str]) -> str:
        searched = DERIVED[table]
        return (
            f'INSERT INTO "{table}" (rowid, {", ".join(columns)}, {searched}) '
            f"VALUES (?{', ?' * len(columns)}, ?{_CAST[searched]})"
        )

    def row(self, table: str, key: int, values: Sequence[str]) -> tuple:
        return (key, *values, derived(table, values))

    def words_match(self, table: str, arms: Sequence[Arm]) -> tuple[str, list[Any]]:
        query = tsquery(arms)
        if query is None:
            return "FALSE", []
        return '"words" @@ ?::tsquery', [query]

    def parts_match(self, forms: Sequence[str]) -> tuple[str, list[Any]]:
        # a typed part is letters and digits only: nothing in it is LIKE's own
        condition = " OR ".join(['"folded" LIKE ?'] * len(forms))
        return f"({condition})", [f"%{form.lower()}%" for form in forms]

    def names_holding(self, part: str, limit: int) -> list[str]:
        rows = sql.run(
            'SELECT "word" FROM "name_word" WHERE "word" LIKE ? ORDER BY "id" LIMIT ?',
            (f"%{part}%", limit),
        )
        return [word for (word,) in rows]

    def forget_name_word(self, word_id: int, word: str) -> None:
        sql.run('DELETE FROM "name_word" WHERE id = ?', (word_id,))


ENGINE = Postgres()
