"""Retention (UU 27/2022 art. 43-44): closed cases whose period has ended are anonymised.

``plan`` says what is due and writes nothing; ``apply`` anonymises each due case in a write
transaction of its own (a failure leaves the cases before it done and the rest whole), then
lets go of the files nothing refers to any more and merges the search indexes, so the removed
data is not left in free pages, index segments or the WAL. docs/architecture.md, "Retention",
says how the history's chain stays verifiable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain import anonymity
from desktop.domain.workdays import office_date, office_day_start
from desktop.domain.workflow import REPORTERS
from desktop.services import caselog, settings
from desktop.services.attachments import files
from desktop.services.context import Actor, require, write
from desktop.store import anonymising
from desktop.store.models import utcnow


@dataclass(frozen=True)
class Due:
    uuid: str
    reg_no: str
    closed_on: dt.date  # the office day it was closed


@dataclass(frozen=True)
class Plan:
    years: int
    cutoff: dt.date  # cases closed on this office day or before are due
    due: list[Due]
    # due, but with events the central system has not confirmed: anonymised once sent, so the
    # central system holds the same events the desk redacts
    held: list[Due]


@dataclass(frozen=True)
class Applied:
    cases: list[str]  # registration numbers anonymised
    people: int  # complainants with no case left whose record was blanked
    files: int  # files removed from the file store
    held: list[str]


def years() -> int:
    return int(settings.get("retention.years"))


def plan(actor: Actor, today: dt.date | None = None) -> Plan:
    """What anonymising today would take; reads only."""
    require(actor, REPORTERS, "permission.retention")
    today = today or office_date(utcnow())
    period = years()
    last = anonymity.cutoff(today, period)
    enrolled = bool(settings.get("sync.server"))
    due: list[Due] = []
    held: list[Due] = []
    for case in anonymising.closed_before(office_day_start(last + dt.timedelta(days=1))):
        item = Due(case.uuid, case.reg_no, office_date(case.closed_at))
        # a desk never enrolled has no central system to agree with
        (held if enrolled and case.unsent else due).append(item)
    return Plan(period, last, due, held)


def apply(actor: Actor, *, now: dt.datetime | None = None, planned: Plan | None = None) -> Applied:
    """Anonymise every due case (``planned``, when the caller has just listed them, else planned
    here); one audit event on the desk's chain says how many, and each case's own
    ``case.anonymised`` event says what was redacted in it."""
    now = now or utcnow()
    planned = planned or plan(actor, office_date(now))
    store = files()
    done: list[str] = []
    people = 0
    freed: set[str] = set()
    enrolled = bool(settings.get("sync.server"))
    with anonymising.erasing():
        for item in planned.due:
            with write():
                hashes, blanked = _anonymise(actor, item.uuid, planned.years, now)
                if not enrolled:
                    anonymising.keep_local(item.uuid)
            done.append(item.reg_no)
            people += blanked
            freed.update(hashes)
        with write():
            removed = anonymising.release_files(store, sorted(freed))
            if people:
                anonymising.prune_name_words()
            caselog.audit(
                "retention.applied",
                {
                    "years": planned.years,
                    "closed_until": planned.cutoff.isoformat(),
                    "count": len(done),
                    "cases": done,
                    "files": len(removed),
                    "held": [h.reg_no for h in planned.held],
                },
                actor,
                now,
            )
    return Applied(done, people, len(removed), [h.reg_no for h in planned.held])


def _anonymise(
    actor: Actor, case_uuid: str, period: int, now: dt.datetime
) -> tuple[list[str], int]:
    """One case: its events' payloads redacted, its records beside the history erased, the
    anonymisation event appended (recording each redacted payload's digest), its search entry
    emptied of the person, and the person blanked when no other case needs them."""
    case = caselog.load(case_uuid)
    redacted: dict[str, str] = {}
    for uuid, kind, payload, by, at, stored in anonymising.events_of(case_uuid):
        kept = anonymity.redact(kind, payload)
        if kept != payload:
            anonymising.replace_payload(uuid, kept)
            redacted[uuid] = anonymity.digest(stored, uuid, case_uuid, kind, kept, by, at)
    hashes = anonymising.erase_case_records(case_uuid)
    payload = {
        "on": office_date(now).isoformat(),
        "years": period,
        "redacted": redacted,
        "files": hashes,
    }
    case = caselog.append(case, anonymity.ANONYMISED, payload, actor, now)
    caselog.reindex(case)
    complainant = case["complainant"]
    if anonymising.person_still_needed(complainant):
        return hashes, 0
    anonymising.blank_person(complainant)
    return hashes, 1
