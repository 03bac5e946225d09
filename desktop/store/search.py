"""Full-text search over cases and incoming letters, newest first, on either engine.

Two indexes answer a typed search. The word index (``case_search``) holds every word of a case
and finds each typed word as the beginning of a word; the parts index (``case_parts``) holds
only the complainant's name, NIK and phone and finds a typed word anywhere inside them ("lina"
in Marlina, the last four digits of a NIK, the middle of a phone number). A case matches when
all its typed words begin words of the case, or the one word typed is a part of its name, NIK
or phone. Where several words are typed, each may begin a word of the case or be a part of a
word of the name: ``name_word`` keeps the distinct words of names with a trigram index of their
own, so a part becomes the few whole name words that hold it, looked up in the word index
("lina sari": Marlina or Herlina, and Sari or Sarianti), never a walk over the trigrams of
every name.

What a typed text asks for is worked out here once (``Arm``: each word's ways of being found;
the parts' forms), and each engine says it in its own terms: on SQLite (``Fts5``, here) FTS5
queries over the unicode61 and trigram tokenizers; on PostgreSQL (store.postgres_search) a
``tsvector`` of the same words and ``pg_trgm`` over the same text. Both return the same cases.

Results come in id order, newest first, which FTS5 walks without scoring every match: a
two-letter prefix that matches half a million cases still returns its first page at once, and
each index gives no more than the page needs before the two are merged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from desktop.domain.anonymity import blanked_person
from desktop.domain.search_terms import Term, digits_only, name_words, terms
from desktop.store import dialect, sql

SHORTEST_PART = 3  # the trigram index finds nothing shorter
# A part held by more name words than this is too common to say which names are meant: it is
# looked for as the beginning of a word only (an OR of hundreds of words would cost more than
# it finds).
NAME_WORDS_PER_PART = 64
# A number this long is a whole phone or NIK, which the word index holds whole; digit trigrams
# are so common that the parts index would walk most of its cases to place it.
WHOLE_NUMBER = 10

WORD_COLUMNS = ("reg_no", "complainant", "identifiers", "business", "product", "chronology")
PART_COLUMNS = ("name", "numbers")
LETTER_COLUMNS = ("agenda_no", "sender", "subject", "text")
COLUMNS = {"case_search": WORD_COLUMNS, "case_parts": PART_COLUMNS, "letter_search": LETTER_COLUMNS}
_CASE_INDEXES = ("case_search", "case_parts")


def _phone_forms(e164: str) -> str:
    digits = e164.lstrip("+")
    local = "0" + digits[2:] if digits.startswith("62") else ""
    return f"{digits} {local}".strip()


def _local_phone(e164: str) -> str:
    digits = digits_only(e164)
    return "0" + digits[2:] if digits.startswith("62") else digits


def search_document(
    case: Mapping[str, Any], complainant: Mapping[str, Any], business: Mapping[str, Any]
) -> dict[str, str]:
    """The text a case is found by: the word index's columns, then the parts index's. An
    anonymised case is found by nothing of its complainant, who may still be on record for
    another case."""
    if case.get("anonymised"):
        complainant = blanked_person(complainant)
    identifiers = [complainant.get("nik", ""), complainant.get("email", "")]
    identifiers += [_phone_forms(p) for p in (complainant.get("phone"), business.get("phone")) if p]
    # Only what an officer finds a person by: the name, the NIK and the phone in one form (the
    # +62 form holds the same digits after its first two).
    numbers = [complainant.get("nik", ""), _local_phone(complainant.get("phone") or "")]
    return {
        "reg_no": case["reg_no"],
        "complainant": complainant["name"],
        "identifiers": " ".join(i for i in identifiers if i),
        "business": " ".join(filter(None, [business["name"], business.get("website", "")])),
        "product": case["product"],
        "chronology": case["chronology"],
        "name": complainant["name"],
        "numbers": " ".join(n for n in numbers if n),
    }


@dataclass(frozen=True)
class Arm:
    """One typed word and the ways it is found; a text matches when every arm does."""

    prefixes: tuple[str, ...]  # any of these begins a word
    groups: tuple[str, ...] = ()  # or all of these do (a number's groups, held apart)
    name_words: tuple[str, ...] = ()  # or one of these is a whole word of the complainant's name


class Engine(Protocol):
    """How one engine writes the indexes and asks them what ``Arm`` and the parts' forms say."""

    index_tables: tuple[str, ...]  # what purge_erased merges or vacuums after an erasure

    def insert(self, table: str, columns: Sequence[str]) -> str: ...
    def row(self, table: str, key: int, values: Sequence[str]) -> tuple: ...
    def words_match(self, table: str, arms: Sequence[Arm]) -> tuple[str, list[Any]]: ...
    def parts_match(self, forms: Sequence[str]) -> tuple[str, list[Any]]: ...
    def names_holding(self, part: str, limit: int) -> list[str]: ...
    def forget_name_word(self, word_id: int, word: str) -> None: ...
    def make_room(self, top: int) -> None: ...
    def newest(self, arms: Sequence[Condition], limit: int | None) -> tuple[str, list[Any]]: ...


# A case index and what its rows must meet: the table, then the condition and its parameters.
Condition = tuple[str, tuple[str, list[Any]]]


def _prefix(term: str) -> str:
    return f'"{term}"*'


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _any_of(alternatives: list[str]) -> str:
    return alternatives[0] if len(alternatives) == 1 else f"({' OR '.join(alternatives)})"


def _fts5_arm(arm: Arm) -> str:
    alternatives = [_prefix(p) for p in arm.prefixes]
    if arm.groups:  # the groups as separate words too, as a registration number holds them
        groups = [_prefix(g) for g in arm.groups]
        alternatives.append(groups[0] if len(groups) == 1 else f"({' AND '.join(groups)})")
    word = _any_of(alternatives)
    if arm.name_words:
        word = f"({word} OR complainant : ({' OR '.join(map(_quoted, arm.name_words))}))"
    return word


def fts5_query(arms: Sequence[Arm]) -> str | None:
    """The FTS5 query of the word index (or the letters') for these arms, all required."""
    return " AND ".join(_fts5_arm(a) for a in arms) if arms else None


def fts5_parts(forms: Sequence[str]) -> str:
    """The FTS5 query of the parts index: any of the forms inside the name, NIK or phone."""
    return _any_of([f'"{form}"' for form in forms])


class Fts5:
    """SQLite: FTS5 tables (unicode61 for words, trigram for parts), keyed by rowid."""

    index_tables = ("case_search", "case_parts", "letter_search", "name_word_parts")

    def insert(self, table: str, columns: Sequence[str]) -> str:
        return (
            f'INSERT INTO "{table}" (rowid, {", ".join(columns)}) VALUES (?{", ?" * len(columns)})'
        )

    def row(self, table: str, key: int, values: Sequence[str]) -> tuple:
        return (key, *values)

    def words_match(self, table: str, arms: Sequence[Arm]) -> tuple[str, list[Any]]:
        return f'"{table}" MATCH ?', [fts5_query(arms)]

    def parts_match(self, forms: Sequence[str]) -> tuple[str, list[Any]]:
        return '"case_parts" MATCH ?', [fts5_parts(forms)]

    def names_holding(self, part: str, limit: int) -> list[str]:
        rows = sql.run(
            'SELECT "word" FROM "name_word_parts" WHERE "name_word_parts" MATCH ? LIMIT ?',
            (_quoted(part), limit),
        )
        return [word for (word,) in rows]

    def forget_name_word(self, word_id: int, word: str) -> None:
        # the trigram index keeps no content of its own: it is told what to forget
        sql.run(
            'INSERT INTO "name_word_parts" ("name_word_parts", rowid, "word") '
            "VALUES ('delete', ?, ?)",
            (word_id, word),
        )
        sql.run('DELETE FROM "name_word" WHERE id = ?', (word_id,))

    def make_room(self, top: int) -> None:
        pass  # an FTS5 table is one table, whatever its rowids

    def newest(self, arms: Sequence[Condition], limit: int | None) -> tuple[str, list[Any]]:
        # FTS5 walks its index newest first and stops at the LIMIT: one statement is enough
        return union_of(arms, limit)


FTS5 = Fts5()


def engine() -> Engine:
    """The search of the database the models are bound to."""
    if dialect.current().name == "postgresql":
        from desktop.store import postgres_search

        return postgres_search.ENGINE
    return FTS5


_NEW_NAME_WORD = 'INSERT INTO "name_word" ("word") VALUES (?) ON CONFLICT DO NOTHING'


def _keep_name_words(documents: Iterable[Mapping[str, str]]) -> None:
    words = {w for doc in documents for w in name_words(doc["complainant"])}
    sql.run_many(_NEW_NAME_WORD, [(w,) for w in sorted(words)])


def _insert(table: str) -> str:
    return engine().insert(table, COLUMNS[table])


def _index_rows(table: str, documents: Sequence[tuple[int, Mapping[str, str]]]) -> list[tuple]:
    search = engine()
    return [search.row(table, key, [doc[c] for c in COLUMNS[table]]) for key, doc in documents]


def index_case(case_id: int, document: Mapping[str, str], new: bool = False) -> None:
    """Put a case's text in the indexes (replacing what was there unless it is ``new``)."""
    index_cases([(case_id, document)], new=new)


def index_cases(documents: Iterable[tuple[int, Mapping[str, str]]], new: bool = False) -> None:
    """Put cases' text in the indexes, (case id, document) each, a few statements for them all
    (replacing what was there unless they are ``new``): a complainant with hundreds of cases
    who gives a new phone number re-indexes them all in one save."""
    documents = list(documents)
    if documents:
        engine().make_room(max(key for key, _doc in documents))
    for table in _CASE_INDEXES:
        if not new:
            for start in range(0, len(documents), _IDS_AT_ONCE):
                ids = [key for key, _doc in documents[start : start + _IDS_AT_ONCE]]
                marks = ", ".join("?" * len(ids))
                sql.run(f'DELETE FROM "{table}" WHERE rowid IN ({marks})', ids)
        sql.run_many(_insert(table), _index_rows(table, documents))
    _keep_name_words(doc for _id, doc in documents)


_IDS_AT_ONCE = 500  # SQLite takes at most 32,766 parameters a statement; this stays far below


def stored_documents(case_ids: Sequence[int]) -> dict[int, dict[str, str]]:
    """What the indexes hold for these cases, in the shape of ``search_document``."""
    marks = ", ".join("?" * len(case_ids))
    found: dict[int, dict[str, str]] = {}
    for table in _CASE_INDEXES:
        columns = COLUMNS[table]
        statement = f'SELECT rowid, {", ".join(columns)} FROM "{table}" WHERE rowid IN ({marks})'
        for row in sql.run(statement, list(case_ids)):
            found.setdefault(row[0], {}).update(zip(columns, row[1:], strict=True))
    return found


def _word_arm(term: Term, phone_groups: bool) -> Arm | None:
    prefixes = tuple(form for form in term.forms() if len(form) > 1)
    # A phone in groups (0812-3456-7890, +62 812…) is held whole by the cases' index: its
    # groups as words would only cost a walk over every word that starts like them.
    phone = term.text.startswith(("0", "62"))
    groups = tuple(g for g in term.groups if len(g) > 1 and (phone_groups or not phone))
    return Arm(prefixes, groups) if prefixes or groups else None


def word_arms(text: str, *, phone_groups: bool = True) -> list[Arm]:
    """What the word index (or the letters') is asked for what a person typed: every word as a
    prefix, all of them required.

    One-letter words are left out (they match nearly everything); a local phone number also
    matches its +62 form; a number typed in groups ("0812-3456-7890") is found whole, or as its
    groups where a text holds them apart.
    """
    return [a for a in (_word_arm(t, phone_groups) for t in terms(text)) if a]


def part_forms(text: str) -> tuple[str, ...] | None:
    """The forms of the one word the parts index is asked for, any of them somewhere in the
    name, NIK or phone; None when it is too short for the trigram index, or for more than one
    word (those are found by the beginnings of their words: a chronology's words would walk the
    trigrams of every name)."""
    found = [t for t in terms(text) if len(t.text) > 1]
    if len(found) != 1 or len(found[0].text) < SHORTEST_PART:
        return None
    if found[0].number and len(found[0].text) >= WHOLE_NUMBER:
        return None
    return tuple(form for form in found[0].forms() if len(form) >= SHORTEST_PART)


def _names_holding(part: str) -> list[str] | None:
    """The words of names that hold ``part`` but do not begin with it (those the prefix finds);
    None when too many do to be of use."""
    words = engine().names_holding(part, NAME_WORDS_PER_PART + 1)
    if len(words) > NAME_WORDS_PER_PART:
        return None
    return [word for word in words if not word.startswith(part)]


def words_and_parts_arms(text: str) -> list[Arm] | None:
    """What the word index is asked for several typed words: each begins a word of the case, or
    is a part of a word of its complainant's name. None for fewer than two words (the parts
    index answers one word, NIK and phone included)."""
    found = [t for t in terms(text) if len(t.text) > 1]
    if len(found) < 2:
        return None
    arms = []
    for term in found:
        arm = _word_arm(term, phone_groups=False)
        if arm is None:
            continue
        if not term.number and len(term.text) >= SHORTEST_PART:
            arm = Arm(arm.prefixes, arm.groups, tuple(_names_holding(term.text) or ()))
        arms.append(arm)
    return arms or None


def match_expression(text: str, *, phone_groups: bool = True) -> str | None:
    """The FTS5 query of ``word_arms`` (SQLite's, and the benchmark's baseline)."""
    return fts5_query(word_arms(text, phone_groups=phone_groups))


def parts_expression(text: str) -> str | None:
    """The FTS5 query of ``part_forms``."""
    forms = part_forms(text)
    return fts5_parts(forms) if forms else None


def words_and_parts_expression(text: str) -> str | None:
    """The FTS5 query of ``words_and_parts_arms``."""
    arms = words_and_parts_arms(text)
    return fts5_query(arms) if arms else None


def _newest(table: str, condition: tuple[str, list[Any]], cap: str) -> tuple[str, list[Any]]:
    return (
        f'SELECT rowid FROM (SELECT rowid FROM "{table}" WHERE {condition[0]} '
        f"ORDER BY rowid DESC{cap}) AS {table}_found",
        condition[1],
    )


def union_of(conditions: Sequence[Condition], limit: int | None) -> tuple[str, list[Any]]:
    """One statement giving the ids of the rows that meet any of ``conditions``, newest first,
    at most ``limit``."""
    cap = f" LIMIT {int(limit)}" if limit else ""
    arms = [_newest(table, condition, cap) for table, condition in conditions]
    if len(arms) == 1:
        return arms[0]
    statement = f"{' UNION '.join(a[0] for a in arms)} ORDER BY 1 DESC{cap}"
    return statement, [p for a in arms for p in a[1]]


def matching_ids_sql(text: str, limit: int | None = None) -> tuple[str, list[Any]] | None:
    """SQL giving the ids of the cases matching ``text`` (newest first, at most ``limit``) and
    its parameters; None when the text holds nothing to search. On PostgreSQL a limited search
    is asked here, window by window (store.postgres_search), and the SQL gives its ids."""
    search = engine()
    words = words_and_parts_arms(text) or word_arms(text, phone_groups=False)
    forms = part_forms(text)
    conditions: list[Condition] = []
    if words:
        conditions.append(("case_search", search.words_match("case_search", words)))
    if forms:
        conditions.append(("case_parts", search.parts_match(forms)))
    if not conditions:
        return None
    return search.newest(conditions, limit)


def matching_case_ids(text: str, limit: int) -> list[int] | None:
    """Case ids matching ``text``, newest first; None when the text holds nothing to search."""
    query = matching_ids_sql(text, limit)
    if query is None:
        return None
    return [row[0] for row in sql.run(*query)]


def index_letter(letter_id: int, agenda: str, sender: str, subject: str, text: str) -> None:
    """Put an incoming letter's words in its index (replacing what was there)."""
    search = engine()
    sql.run('DELETE FROM "letter_search" WHERE rowid = ?', (letter_id,))
    sql.run(
        _insert("letter_search"),
        search.row("letter_search", letter_id, (agenda, sender, subject, text)),
    )


def matching_letter_ids(typed: str, limit: int) -> list[int] | None:
    """Incoming letters whose agenda number, sender, subject or scanned text match what was
    typed, newest first; None when the text holds nothing to search."""
    arms = word_arms(typed)
    if not arms:
        return None
    condition, params = engine().words_match("letter_search", arms)
    statement = f'SELECT rowid FROM "letter_search" WHERE {condition} ORDER BY rowid DESC LIMIT ?'
    return [r[0] for r in sql.run(statement, (*params, limit))]


def forget_name_words(gone: Iterable[tuple[int, str]]) -> None:
    """Drop these (id, word) from the name words no complainant bears any more."""
    search = engine()
    for word_id, word in gone:
        search.forget_name_word(word_id, word)


def index_tables() -> tuple[str, ...]:
    """The tables that hold the search's text, to be purged after an erasure."""
    return engine().index_tables


def case_index_sizes() -> dict[str, int]:
    """How many entries each of the two case indexes holds (one per case when whole)."""
    return {table: sql.value(f'SELECT count(*) FROM "{table}"') for table in _CASE_INDEXES}
