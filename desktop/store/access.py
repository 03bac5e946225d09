"""The processing record's rows: openings of case files (events of the desk's own chain that
name the case in their payload), letters issued and e-mailed (case events), prints."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from desktop.store.models import HistoryEvent, PrintedDocument

OPENED = "access.case_opened"
# Case events that hand a case's data on: a letter issued (printed), a letter e-mailed.
HANDED_ON = ("case.letter_issued", "case.letter_emailed")


def access_rows(
    cases: list[str] | None, officer: str | None
) -> list[tuple[dt.datetime, str, str, str | None]]:
    """(when, staff uuid, what, case uuid) of every access to ``cases`` or, with ``officer``
    (a staff uuid), by that officer; ``what`` is the event's kind or ``printed:KIND``."""
    opened_case = fn.json_extract(HistoryEvent.payload, "$.case")
    events = HistoryEvent.select(
        HistoryEvent.at, HistoryEvent.actor, HistoryEvent.kind, HistoryEvent.case, opened_case
    ).where(
        ((HistoryEvent.kind == OPENED) & HistoryEvent.case.is_null())
        | HistoryEvent.kind.in_(HANDED_ON)
    )
    prints = PrintedDocument.select(
        PrintedDocument.printed_at,
        PrintedDocument.printed_by,
        PrintedDocument.kind,
        PrintedDocument.case,
    )
    if officer is not None:
        events = events.where(HistoryEvent.actor == officer)
        prints = prints.where(PrintedDocument.printed_by == officer)
    else:
        wanted = cases or []
        events = events.where(HistoryEvent.case.in_(wanted) | opened_case.in_(wanted))
        prints = prints.where(PrintedDocument.case.in_(wanted))
    found: list[tuple[dt.datetime, str, str, str | None]] = []
    for at, who, kind, case, opened in events.tuples():
        found.append((at, who, kind, case or opened))
    for at, who, kind, case in prints.tuples():
        found.append((at, who, f"printed:{kind}", case))
    return found
