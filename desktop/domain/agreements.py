"""The terms of an agreement reached in mediation, each with the date it is due by ("refund of
Rp1.250.000 by 15 December"): the case waits for them, and each is recorded kept or not."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.errors import FieldError

STATES = ("open", "fulfilled", "unfulfilled")


def recordable(state: str, fulfilled: bool) -> bool:
    """Whether a term in ``state`` may be recorded kept (``fulfilled``) or not now: an open one
    either way; one not kept may be carried out late (after the follow-up letter, which asks
    exactly that), never the other way round, and a kept one stays kept."""
    return state == "open" or (state == "unfulfilled" and fulfilled)


@dataclass(frozen=True)
class Term:
    text: str
    due: dt.date


def parse_date(text: str) -> dt.date | None:
    """A date as the desk writes it (15-12-2026, or 15/12/2026), None when it is not one."""
    parts = text.strip().replace("/", "-").replace(".", "-").split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    day, month, year = (int(p) for p in parts)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def terms_errors(rows: list[tuple[str, str]], held: dt.date) -> tuple[list[Term], list[FieldError]]:
    """The dated terms of rows (what, by when) typed at the result of a meeting held on
    ``held``; blank rows are left out. Each term needs a date, on or after the meeting."""
    terms, errors = [], []
    for number, (text, due_text) in enumerate(rows, start=1):
        text = " ".join(text.split())
        if not text and not due_text.strip():
            continue
        due = parse_date(due_text)
        if not text:
            errors.append(FieldError("hearing.terms", "agreement.term_text", {"row": number}))
        elif due is None:
            errors.append(FieldError("hearing.terms", "agreement.term_date", {"row": number}))
        elif due < held:
            errors.append(FieldError("hearing.terms", "agreement.term_past", {"row": number}))
        else:
            terms.append(Term(text, due))
    return terms, errors
