"""Full-text search over cases (SQLite FTS5), newest first.

Results come in rowid order, newest first, which FTS5 walks without scoring every match: a
two-letter prefix that matches half a million cases still returns its first page at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from desktop.store.models import database


def _phone_forms(e164: str) -> str:
    digits = e164.lstrip("+")
    local = "0" + digits[2:] if digits.startswith("62") else ""
    return f"{digits} {local}".strip()


def search_document(
    case: Mapping[str, Any], complainant: Mapping[str, Any], business: Mapping[str, Any]
) -> dict[str, str]:
    identifiers = [complainant.get("nik", ""), complainant.get("email", "")]
    identifiers += [_phone_forms(p) for p in (complainant.get("phone"), business.get("phone")) if p]
    return {
        "reg_no": case["reg_no"],
        "complainant": complainant["name"],
        "identifiers": " ".join(i for i in identifiers if i),
        "business": " ".join(filter(None, [business["name"], business.get("website", "")])),
        "product": case["product"],
        "chronology": case["chronology"],
    }


_COLUMNS = ("reg_no", "complainant", "identifiers", "business", "product", "chronology")
_INSERT = (
    f'INSERT INTO "case_search" (rowid, {", ".join(_COLUMNS)}) VALUES (?{", ?" * len(_COLUMNS)})'
)


def index_case(case_id: int, document: Mapping[str, str], new: bool = False) -> None:
    """Put a case's text in the index (replacing what was there unless it is ``new``)."""
    if not new:
        database.execute_sql('DELETE FROM "case_search" WHERE rowid = ?', (case_id,))
    database.execute_sql(_INSERT, (case_id, *(document[c] for c in _COLUMNS)))


def index_many(documents: Iterable[tuple[int, Mapping[str, str]]]) -> None:
    """Index new cases, (case id, document) each, in one statement."""
    database.cursor().executemany(
        _INSERT, [(case_id, *(doc[c] for c in _COLUMNS)) for case_id, doc in documents]
    )


def match_expression(text: str) -> str | None:
    """The FTS5 query for what a person typed: every word as a prefix, all of them required.

    One-letter words are left out (they match nearly everything); a local phone number also
    matches its +62 form.
    """
    words = [w for w in re.findall(r"\w+", text.lower()) if len(w) > 1]
    if not words:
        return None
    parts = []
    for word in words:
        forms = [word]
        if word.isdigit() and word.startswith("0") and len(word) >= 4:
            forms.append("62" + word[1:])
        alternatives = " OR ".join(f'"{form}"*' for form in forms)
        parts.append(f"({alternatives})" if len(forms) > 1 else alternatives)
    return " AND ".join(parts)


def matching_case_ids(text: str, limit: int, below_id: int | None = None) -> list[int] | None:
    """Case ids matching ``text``, newest first; None when the text holds nothing to search."""
    expression = match_expression(text)
    if expression is None:
        return None
    sql = 'SELECT rowid FROM "case_search" WHERE "case_search" MATCH ?'
    params: list[Any] = [expression]
    if below_id is not None:
        sql += " AND rowid < ?"
        params.append(below_id)
    sql += " ORDER BY rowid DESC LIMIT ?"
    params.append(limit)
    return [row[0] for row in database.execute_sql(sql, params)]


def count_matches(text: str) -> int:
    expression = match_expression(text)
    if expression is None:
        return 0
    sql = 'SELECT count(*) FROM "case_search" WHERE "case_search" MATCH ?'
    return database.execute_sql(sql, (expression,)).fetchone()[0]
