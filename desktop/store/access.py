"""The processing record's rows: openings of case files and prints (events of the desk's own
chain that name the case in their payload), letters issued and e-mailed (case events), exports
of lists and hand-overs of a person's data (events of the desk's own chain).

A print is kept twice: as a row of the register of printed documents (which numbers and marks
the SALINAN of later prints) and as an ``access.printed`` event, which the chain guards.
``prints_astray`` compares the two so that a register row removed, changed or added afterwards
is named by ``loket check``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.store import dialect
from desktop.store.models import Case, HistoryEvent, PrintedDocument

OPENED = "access.case_opened"
PRINTED = "access.printed"
# Events of no case that name the case they touched in their payload.
NAMING_A_CASE = (OPENED, PRINTED)
# Case events that hand a case's data on: a letter issued (printed), a letter e-mailed.
HANDED_ON = ("case.letter_issued", "case.letter_emailed")
EXPORTED = "export.saved"  # a list saved as a file (no one case)
HANDED_OVER = "person.data_exported"  # a person's data given to them (names their cases)


def access_rows(
    cases: list[str] | None, officer: str | None
) -> list[tuple[dt.datetime, str, str, str | None]]:
    """(when, staff uuid, what, case uuid) of every access to ``cases`` or, with ``officer``
    (a staff uuid), by that officer; ``what`` is the event's kind or ``printed:KIND``. A hand-over
    is a row per case of the person it named; an export (officer only) names no case."""
    named_case = dialect.current().json_text(HistoryEvent.payload, "case")
    printed_kind = dialect.current().json_text(HistoryEvent.payload, "kind")
    kinds = (HistoryEvent.kind.in_(NAMING_A_CASE) & HistoryEvent.case.is_null()) | (
        HistoryEvent.kind.in_(HANDED_ON)
    )
    if officer is not None:
        kinds |= HistoryEvent.kind == EXPORTED
    events = HistoryEvent.select(
        HistoryEvent.at,
        HistoryEvent.actor,
        HistoryEvent.kind,
        HistoryEvent.case,
        named_case,
        printed_kind,
    ).where(kinds)
    if officer is not None:
        events = events.where(HistoryEvent.actor == officer)
    else:
        wanted = cases or []
        events = events.where(HistoryEvent.case.in_(wanted) | named_case.in_(wanted))
    found: list[tuple[dt.datetime, str, str, str | None]] = []
    for at, who, kind, case, named, printed in events.tuples():
        found.append((at, who, f"printed:{printed}" if kind == PRINTED else kind, case or named))
    return found + _handovers(cases, officer)


def _handovers(
    cases: list[str] | None, officer: str | None
) -> list[tuple[dt.datetime, str, str, str | None]]:
    """The hand-overs by ``officer``, or of any of ``cases``. Their payload names the cases by
    registration number; hand-overs are few, so they are read whole and matched here."""
    query = HistoryEvent.select(HistoryEvent.at, HistoryEvent.actor, HistoryEvent.payload).where(
        HistoryEvent.kind == HANDED_OVER
    )
    if officer is not None:
        query = query.where(HistoryEvent.actor == officer)
    events = list(query.tuples())
    named = {n for _, _, payload in events for n in payload.get("cases", ())}
    uuid_of = dict(Case.select(Case.reg_no, Case.uuid).where(Case.reg_no.in_(named)).tuples())
    wanted = set(cases or ())
    found: list[tuple[dt.datetime, str, str, str | None]] = []
    for at, who, payload in events:
        touched = [uuid_of.get(n) for n in payload.get("cases", ())]
        if officer is not None:
            found += [(at, who, HANDED_OVER, c) for c in touched] or [(at, who, HANDED_OVER, None)]
        else:
            found += [(at, who, HANDED_OVER, c) for c in touched if c in wanted]
    return found


def print_payload(
    print_uuid: str, kind: str, number: str, case: str | None, sha256: str, is_copy: bool
) -> dict:
    """What an ``access.printed`` event says of its register row (besides who and when)."""
    return {
        "print": print_uuid,
        "kind": kind,
        "number": number,
        "case": case,
        "sha256": sha256,
        "copy": bool(is_copy),
    }


@dataclass(frozen=True)
class PrintAstray:
    """A print whose register row and history event disagree: ``removed`` (an event, no row),
    ``changed`` (both, differing), or ``added`` (a row, no event)."""

    how: str
    print_uuid: str
    kind: str
    number: str
    case: str | None
    by: str | None
    at: dt.datetime
    event: str | None  # the event's uuid


def prints_astray() -> list[PrintAstray]:
    """Every print where the register of printed documents and the history disagree, walking
    both in the print's UUID order."""
    found: list[PrintAstray] = []
    rows = _register()
    events = _printed_events()
    row, event = next(rows, None), next(events, None)
    while row is not None or event is not None:
        if event is None or (row is not None and row[0] < event[0]):
            found.append(PrintAstray("added", *row[:4], row[6], row[7], None))
            row = next(rows, None)
        elif row is None or event[0] < row[0]:
            found.append(PrintAstray("removed", *event[:4], *event[6:]))
            event = next(events, None)
        else:
            if row != event[:8]:
                found.append(PrintAstray("changed", *row[:4], row[6], row[7], event[8]))
            row, event = next(rows, None), next(events, None)
    return found


def _register() -> Iterator[tuple]:
    """(print uuid, kind, number, case, sha256, copy, by, at) of every register row."""
    query = PrintedDocument.select(
        PrintedDocument.uuid,
        PrintedDocument.kind,
        PrintedDocument.number,
        PrintedDocument.case,
        PrintedDocument.sha256,
        PrintedDocument.is_copy,
        PrintedDocument.printed_by,
        PrintedDocument.printed_at,
    ).order_by(PrintedDocument.uuid)
    for uuid, kind, number, case, sha256, is_copy, by, at in query.tuples().iterator():
        yield (uuid, kind, number, case, sha256, bool(is_copy), by, at)


def _printed_events() -> Iterator[tuple]:
    """The same of every ``access.printed`` event, and the event's own uuid last."""
    print_uuid = dialect.current().json_text(HistoryEvent.payload, "print")
    query = (
        HistoryEvent.select(
            HistoryEvent.uuid, HistoryEvent.payload, HistoryEvent.actor, HistoryEvent.at
        )
        .where(HistoryEvent.kind == PRINTED)
        .order_by(print_uuid)
    )
    for uuid, payload, by, at in query.tuples().iterator():
        p = payload if isinstance(payload, dict) else {}
        # An event edited to name no print still sorts (and is then named as astray).
        said = (p.get("print") or "", p.get("kind"), p.get("number"), p.get("case"))
        yield (*said, p.get("sha256"), p.get("copy"), by, at, uuid)
