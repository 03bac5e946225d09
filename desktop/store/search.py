"""Full-text search over cases (SQLite FTS5), newest first.

Two indexes answer a typed search. ``case_search`` (unicode61) holds every word of a case and
finds each typed word as the beginning of a word; ``case_parts`` (the trigram tokenizer) holds
only the complainant's name, NIK and phone and finds a typed word anywhere inside them ("lina" in
Marlina, the last four digits of a NIK, the middle of a phone number). A case matches when all
its typed words begin words of the case, or the one word typed is a part of its name, NIK or
phone. Where several words are typed, each may begin a word of the case or be a part of a word
of the name: ``name_word`` keeps the distinct words of names with a trigram index of their own,
so a part becomes the few whole name words that hold it, looked up in the word index ("lina
sari": Marlina or Herlina, and Sari or Sarianti), never a walk over the trigrams of every name.

Results come in rowid order, newest first, which FTS5 walks without scoring every match: a
two-letter prefix that matches half a million cases still returns its first page at once, and
each index gives no more than the page needs before the two are merged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from desktop.domain.anonymity import blanked_person
from desktop.domain.search_terms import Term, digits_only, name_words, terms
from desktop.store import sql

SHORTEST_PART = 3  # the trigram index finds nothing shorter
# A part held by more name words than this is too common to say which names are meant: it is
# looked for as the beginning of a word only (an OR of hundreds of words would cost more than
# it finds).
NAME_WORDS_PER_PART = 64
# A number this long is a whole phone or NIK, which the word index holds whole; digit trigrams
# are so common that the parts index would walk most of its cases to place it.
WHOLE_NUMBER = 10


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


_WORD_COLUMNS = ("reg_no", "complainant", "identifiers", "business", "product", "chronology")
_PART_COLUMNS = ("name", "numbers")
_INSERTS = {
    table: f'INSERT INTO "{table}" (rowid, {", ".join(columns)}) VALUES (?{", ?" * len(columns)})'
    for table, columns in (("case_search", _WORD_COLUMNS), ("case_parts", _PART_COLUMNS))
}


def _columns(table: str) -> tuple[str, ...]:
    return _WORD_COLUMNS if table == "case_search" else _PART_COLUMNS


_NEW_NAME_WORD = 'INSERT INTO "name_word" ("word") VALUES (?) ON CONFLICT DO NOTHING'


def _keep_name_words(documents: Iterable[Mapping[str, str]]) -> None:
    words = {w for doc in documents for w in name_words(doc["complainant"])}
    sql.run_many(_NEW_NAME_WORD, [(w,) for w in sorted(words)])


def index_case(case_id: int, document: Mapping[str, str], new: bool = False) -> None:
    """Put a case's text in the indexes (replacing what was there unless it is ``new``)."""
    for table, insert in _INSERTS.items():
        if not new:
            sql.run(f'DELETE FROM "{table}" WHERE rowid = ?', (case_id,))
        sql.run(insert, (case_id, *(document[c] for c in _columns(table))))
    _keep_name_words([document])


def index_many(documents: Iterable[tuple[int, Mapping[str, str]]]) -> None:
    """Index new cases, (case id, document) each, with one statement per index."""
    documents = list(documents)
    for table, insert in _INSERTS.items():
        sql.run_many(
            insert, [(case_id, *(doc[c] for c in _columns(table))) for case_id, doc in documents]
        )
    _keep_name_words(doc for _id, doc in documents)


def stored_documents(case_ids: Sequence[int]) -> dict[int, dict[str, str]]:
    """What the indexes hold for these cases, in the shape of ``search_document``."""
    marks = ", ".join("?" * len(case_ids))
    found: dict[int, dict[str, str]] = {}
    for table in _INSERTS:
        columns = _columns(table)
        statement = f'SELECT rowid, {", ".join(columns)} FROM "{table}" WHERE rowid IN ({marks})'
        for row in sql.run(statement, list(case_ids)):
            found.setdefault(row[0], {}).update(zip(columns, row[1:], strict=True))
    return found


def _prefix(term: str) -> str:
    return f'"{term}"*'


def _any_of(alternatives: list[str]) -> str:
    return alternatives[0] if len(alternatives) == 1 else f"({' OR '.join(alternatives)})"


def _word_query(term: Term, phone_groups: bool) -> str | None:
    alternatives = [_prefix(form) for form in term.forms() if len(form) > 1]
    # A phone in groups (0812-3456-7890, +62 812…) is held whole by the cases' index: its
    # groups as words would only cost a walk over every word that starts like them.
    phone = term.text.startswith(("0", "62"))
    groups = [_prefix(g) for g in term.groups if len(g) > 1 and (phone_groups or not phone)]
    if groups:  # the groups as separate words too, as a registration number holds them
        alternatives.append(groups[0] if len(groups) == 1 else f"({' AND '.join(groups)})")
    return _any_of(alternatives) if alternatives else None


def match_expression(text: str, *, phone_groups: bool = True) -> str | None:
    """The FTS5 query of the word index (or the letters') for what a person typed: every word
    as a prefix, all of them required.

    One-letter words are left out (they match nearly everything); a local phone number also
    matches its +62 form; a number typed in groups ("0812-3456-7890") is found whole, or as its
    groups where a text holds them apart.
    """
    parts = [q for q in (_word_query(t, phone_groups) for t in terms(text)) if q]
    return " AND ".join(parts) if parts else None


def parts_expression(text: str) -> str | None:
    """The FTS5 query of the parts index: one word somewhere in the name, NIK or phone; None
    when it is too short for the trigram index, or for more than one word (those are found by
    the beginnings of their words: a chronology's words would walk the trigrams of every name)."""
    found = [t for t in terms(text) if len(t.text) > 1]
    if len(found) != 1 or len(found[0].text) < SHORTEST_PART:
        return None
    if found[0].number and len(found[0].text) >= WHOLE_NUMBER:
        return None
    return " AND ".join(
        _any_of([f'"{form}"' for form in t.forms() if len(form) >= SHORTEST_PART]) for t in found
    )


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _names_holding(part: str) -> list[str] | None:
    """The words of names that hold ``part`` but do not begin with it (those the prefix finds);
    None when too many do to be of use."""
    rows = sql.run(
        'SELECT "word" FROM "name_word_parts" WHERE "name_word_parts" MATCH ? LIMIT ?',
        (_quoted(part), NAME_WORDS_PER_PART + 1),
    ).fetchall()
    if len(rows) > NAME_WORDS_PER_PART:
        return None
    return [word for (word,) in rows if not word.startswith(part)]


def words_and_parts_expression(text: str) -> str | None:
    """The word index's query for several typed words: each begins a word of the case, or is a
    part of a word of its complainant's name. None for fewer than two words (the parts index
    answers one word, NIK and phone included)."""
    found = [t for t in terms(text) if len(t.text) > 1]
    if len(found) < 2:
        return None
    arms = []
    for term in found:
        word = _word_query(term, phone_groups=False)
        if word is None:
            continue
        holding = None
        if not term.number and len(term.text) >= SHORTEST_PART:
            holding = _names_holding(term.text)
        if holding:
            word = f"({word} OR complainant : ({' OR '.join(map(_quoted, holding))}))"
        arms.append(word)
    return " AND ".join(arms) if arms else None


def matching_ids_sql(text: str, limit: int | None = None) -> tuple[str, list[Any]] | None:
    """SQL giving the ids of the cases matching ``text`` (newest first, at most ``limit``) and
    its parameters; None when the text holds nothing to search."""
    words = words_and_parts_expression(text) or match_expression(text, phone_groups=False)
    parts = parts_expression(text)
    cap = f" LIMIT {int(limit)}" if limit else ""
    arms, params = [], []
    for table, expression in (("case_search", words), ("case_parts", parts)):
        if expression is not None:
            arms.append(
                f'SELECT rowid FROM (SELECT rowid FROM "{table}" WHERE "{table}" MATCH ? '
                f"ORDER BY rowid DESC{cap})"
            )
            params.append(expression)
    if not arms:
        return None
    if len(arms) == 1:
        return arms[0], params
    return f"{' UNION '.join(arms)} ORDER BY 1 DESC{cap}", params


def matching_case_ids(text: str, limit: int) -> list[int] | None:
    """Case ids matching ``text``, newest first; None when the text holds nothing to search."""
    query = matching_ids_sql(text, limit)
    if query is None:
        return None
    return [row[0] for row in sql.run(*query)]


def index_letter(letter_id: int, agenda: str, sender: str, subject: str, text: str) -> None:
    """Put an incoming letter's words in its index (replacing what was there)."""
    sql.run('DELETE FROM "letter_search" WHERE rowid = ?', (letter_id,))
    sql.run(
        'INSERT INTO "letter_search" (rowid, agenda_no, sender, subject, text) '
        "VALUES (?, ?, ?, ?, ?)",
        (letter_id, agenda, sender, subject, text),
    )


def matching_letter_ids(typed: str, limit: int) -> list[int] | None:
    """Incoming letters whose agenda number, sender, subject or scanned text match what was
    typed, newest first; None when the text holds nothing to search."""
    expression = match_expression(typed)
    if expression is None:
        return None
    return [
        r[0]
        for r in sql.run(
            'SELECT rowid FROM "letter_search" WHERE "letter_search" MATCH ? '
            "ORDER BY rowid DESC LIMIT ?",
            (expression, limit),
        )
    ]


def case_index_sizes() -> dict[str, int]:
    """How many entries each of the two case indexes holds (one per case when whole)."""
    from desktop.store.models import CaseParts, CaseSearch

    return {index._meta.table_name: index.select().count() for index in (CaseSearch, CaseParts)}
