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

Newest first. FTS5 walks its index in rowid order and stops after a page; a GIN index cannot:
it gives every match as a bitmap, each is visited in the table and the lot sorted, so a common
word cost in proportion to the cases (37 ms at 100,000, for a word in one case of twenty).
The two case tables are therefore partitioned by ``rowid`` in spans of ``SPAN`` rows, made as
rows beyond the last arrive (``make_room``), and a search asks rowid windows from the newest
down (``newest_ids``): a small window first, each next one ``GROWTH`` times wider, until the
page is full. A common word fills its page in the first window, over the few thousand newest
cases and the GIN index of one or two partitions; a rare word asks a handful of windows, each
an index probe of the partitions it covers. The planner never walks the windows in order by
itself: a plain ``ORDER BY rowid DESC LIMIT`` over the partitions scanned them all, then sorted.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from peewee import Database

from desktop.store import sql
from desktop.store.models import database

if TYPE_CHECKING:
    from desktop.store.search import Arm, Condition

TABLES = (
    'CREATE TABLE "case_search" ("rowid" BIGINT PRIMARY KEY, "reg_no" TEXT NOT NULL, '
    '"complainant" TEXT NOT NULL, "identifiers" TEXT NOT NULL, "business" TEXT NOT NULL, '
    '"product" TEXT NOT NULL, "chronology" TEXT NOT NULL, "words" TSVECTOR NOT NULL) '
    'PARTITION BY RANGE ("rowid")',
    'CREATE INDEX "case_search_words" ON "case_search" USING gin ("words")',
    'CREATE TABLE "case_parts" ("rowid" BIGINT PRIMARY KEY, "name" TEXT NOT NULL, '
    '"numbers" TEXT NOT NULL, "folded" TEXT NOT NULL) PARTITION BY RANGE ("rowid")',
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


# Rows a partition of ``case_search`` and ``case_parts`` holds, the one of rowid r from
# r // SPAN * SPAN. A rare word costs an index probe and a plan of every partition, a common
# one the GIN bitmap of the newest one or two: at a million cases 50,000 gave a p95 of 27 ms
# for the ids of a page where 25,000 gave 40. Fixed for a database's life (partitions are
# named by their first rowid); tests lower it on a database of their own.
SPAN = 50_000
PARTITIONED = ("case_search", "case_parts")
# The newest window a search asks, in rowids below the highest case id, and how much wider
# each next one is: a word in one case of twenty fills a page of a hundred in the first; one
# in ten cases of a million is looked for in five windows, the last of them the oldest 70 %.
FIRST_WINDOW = 4_000
GROWTH = 4


def create(db: Database) -> None:
    for statement in TABLES:
        db.execute_sql(statement)


def partition(table: str, low: int) -> str:
    """The name of the partition of ``table`` whose rowids begin at ``low``."""
    return f"{table}_{low}"


_MISSING = """
    SELECT low FROM unnest(%s::bigint[]) AS low
    WHERE to_regclass('case_search_' || low) IS NULL OR to_regclass('case_parts_' || low) IS NULL
"""
_NEW_XACT = "SELECT txid_current()"
_HOLD = "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))"
_LOCK_KEY = "search partitions"


class _Partitions:
    """Which partitions exist, remembered per database once they are known to be committed, so
    the common write (a case in a partition there already) asks the server nothing."""

    def __init__(self) -> None:
        self.known: dict[tuple, int] = {}  # the highest first rowid of a committed partition
        self.made: dict[tuple, int] = {}  # the transaction (txid) that last made one here
        self.layout: dict[tuple, bool] = {}  # whether the case search tables are partitioned

    def partitioned(self, db: Database) -> bool:
        """Whether the database's case search tables are partitioned (an office database made
        before they were holds one plain table each, until it is moved again)."""
        key = _database_key(db)
        if key not in self.layout:
            self.layout[key] = _partitioned(db)
        return self.layout[key]

    def make_room(self, db: Database, top: int) -> None:
        """Partitions of both case tables up to the one rowid ``top`` falls in, made inside the
        caller's transaction. Two desks crossing a boundary at once: the second waits on the
        advisory lock until the first commits, then finds the partitions made."""
        key = _database_key(db)
        needed = top // SPAN * SPAN
        if needed <= self.known.get(key, -1):
            return
        lows = list(range(0, needed + 1, SPAN))
        xact = db.execute_sql(_NEW_XACT).fetchone()[0]
        if not self.partitioned(db):
            self.known[key] = 1 << 62
            return
        if _missing(db, lows):
            # the key dialect.hold takes, said on ``db`` (an import's target is not the
            # models' database)
            db.execute_sql(_HOLD, (_LOCK_KEY,))
            for low in _missing(db, lows):
                for table in PARTITIONED:
                    db.execute_sql(
                        f'CREATE TABLE IF NOT EXISTS "{partition(table, low)}" PARTITION OF '
                        f'"{table}" FOR VALUES FROM ({low}) TO ({low + SPAN})'
                    )
            self.made[key] = xact
        elif self.made.get(key) != xact:
            # seen in the catalog and not made by this transaction (which may yet roll back):
            # committed, by this desk earlier or by another
            self.known[key] = needed


def _database_key(db: Database) -> tuple:
    info = db.connection().info
    return (info.host, info.port, info.dbname)


def _partitioned(db: Database) -> bool:
    cursor = db.execute_sql("SELECT relkind FROM pg_class WHERE oid = 'case_search'::regclass")
    return cursor.fetchone()[0] == "p"


def _missing(db: Database, lows: list[int]) -> list[int]:
    return [low for (low,) in db.execute_sql(_MISSING, (lows,)).fetchall()]


PARTITIONS = _Partitions()

# A word of a typed text in more than this share of the cases is not looked up in the GIN
# index when another word is rarer; the rows the rarer found are checked for it.
COMMON = 0.2
_STATS = """
    SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs
    FROM pg_stats s JOIN pg_class c ON c.relname = s.tablename
    WHERE s.schemaname = 'public' AND s.attname = 'words'
      AND c.relnamespace = 'public'::regnamespace AND s.most_common_elems IS NOT NULL
      AND (s.tablename = 'case_search' OR s.tablename LIKE 'case\\_search\\_%%')
    ORDER BY c.reltuples DESC LIMIT 1
"""


class _Frequencies:
    """The share of cases that hold each of the commonest words, as ANALYZE found them in the
    fullest partition of ``case_search``: read once in a while per database, as the cases'
    words change slowly (a word missing from it counts as rare: it is looked up, as ever)."""

    def __init__(self) -> None:
        self.read: dict[tuple, tuple[float, dict[str, float]]] = {}

    def of(self, db: Database) -> dict[str, float]:
        key = _database_key(db)
        now = time.monotonic()
        cached = self.read.get(key)
        if cached is None or now - cached[0] > _STATS_KEPT:
            row = db.execute_sql(_STATS).fetchone()
            cached = (now, dict(zip(row[0], row[1], strict=False)) if row else {})
            self.read[key] = cached
        return cached[1]


_STATS_KEPT = 600.0  # seconds


FREQUENCIES = _Frequencies()


def _share(arm: Arm, share: dict[str, float]) -> float:
    """About the share of cases ``arm`` matches, by its prefixes alone (its other ways are
    rarer, and a share too low keeps it looked up, as before)."""
    found = 0.0
    for tokens in _tokenizer.words(arm.prefixes):
        if tokens:
            found += min(sum(f for w, f in share.items() if w.startswith(t)) for t in tokens)
    return min(found, 1.0)


def newest_ids(arms: Sequence[Condition], limit: int) -> list[int]:
    """The ids of the ``limit`` newest rows matching any of ``arms`` ((table, (condition,
    parameters)) each), newest first, asked window by window from the highest case id down.

    Each window's matches are found without regard to order (``OFFSET 0`` keeps the LIMIT out
    of the planner's choice) and sorted: the planner's guess for a prefix or a part is often
    twenty times off, and a walk down the key hoping to meet the page soon then passed every
    row of the window (90 ms for a part in 24 of 100,000 cases).
    """
    top = sql.value('SELECT max("id") FROM "case"') or 0
    found: list[int] = []
    high: int | None = None
    size = FIRST_WINDOW
    while len(found) < limit:
        low = top - size if high is None else high - size
        bounds = ([f"rowid >= {int(low)}"] if low > 0 else []) + (
            [f"rowid < {int(high)}"] if high is not None else []
        )
        found += _window(arms, bounds, limit - len(found))
        if low <= 0:
            break
        high, size = low, _next_size(size, len(found), top - low, limit)
    return found


# Matches enough to tell how densely a word falls in the cases passed, for the next window.
DENSITY_FROM = 20


def _next_size(size: int, found: int, passed: int, limit: int) -> int:
    """The next window's width: ``GROWTH`` times the last, or for a word met often enough to
    tell how often it falls, the rowids that should hold the rest of the page and a quarter
    more (a count of a thousand matches of a word in one case of twenty then takes two
    windows, not four)."""
    if found < DENSITY_FROM:
        return size * GROWTH
    return max(int((limit - found) * passed / found * 1.25), 1)


def _window(arms: Sequence[Condition], bounds: list[str], limit: int) -> list[int]:
    return [rowid for (rowid,) in sql.run(*window_sql(arms, bounds, limit))]


def window_sql(arms: Sequence[Condition], bounds: list[str], limit: int) -> tuple[str, list[Any]]:
    """The statement of one window (the benchmark explains each) and its parameters."""
    selects, params = [], []
    for table, (condition, values) in arms:
        where = " AND ".join([*bounds, condition])
        selects.append(f'SELECT rowid FROM "{table}" WHERE {where}')
        params += values
    statement = (
        f"SELECT rowid FROM ({' UNION '.join(selects)} OFFSET 0) AS w "
        f"ORDER BY rowid DESC LIMIT {int(limit)}"
    )
    return statement, params


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
        if table != "case_search" or len(arms) < 2:
            return '"words" @@ ?::tsquery', [query]
        # The same match, said so that GIN looks up only the rarer words: a prefix makes GIN
        # gather every row that holds it, and a word in nearly every case ("lk1" of every
        # registration number) then cost 70 ms at a million cases where the rest of the
        # number took 3. The common words are checked on the rows the others found.
        share = FREQUENCIES.of(database)
        ranked = sorted(arms, key=lambda arm: _share(arm, share))
        looked_up = [ranked[0], *(a for a in ranked[1:] if _share(a, share) <= COMMON)]
        checked = [a for a in ranked if a not in looked_up]
        if not checked:
            return '"words" @@ ?::tsquery', [query]
        return (
            '"words" @@ ?::tsquery AND ts_match_vq("words", ?::tsquery)',
            [tsquery(looked_up), tsquery(checked)],
        )

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

    def make_room(self, top: int) -> None:
        PARTITIONS.make_room(database, top)

    def newest(self, arms: Sequence[Condition], limit: int | None) -> tuple[str, list[Any]]:
        if not limit or not PARTITIONS.partitioned(database):
            # every match, or a plain table (whose one GIN bitmap a window does not narrow):
            # one statement, as before
            from desktop.store.search import union_of

            return union_of(arms, limit)
        # the ids themselves, newest first (unnest keeps the array's order)
        return "SELECT unnest(?::bigint[])", [newest_ids(arms, limit)]


ENGINE = Postgres()
