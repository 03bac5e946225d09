"""Retention of closed cases (UU 27/2022 art. 43-44): when a closed case is due to be
anonymised, and what anonymising takes out of its history.

A case is due once the office day it was closed on lies the office's retention period (whole
years) or more behind today. Anonymising blanks the personal and free-text parts of the case's
events by the fixed rule of ``redact``; what the statistics count (sector, channel, dates, status,
outcome, the complainant's and business actor's ids) stays. The central system applies the same
rule to its copy (resources/api/openapi.yaml, ``case.anonymised``), so the rule is part of the
contract: change it only with a new event kind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from desktop.domain import chain

ANONYMISED = "case.anonymised"  # the event that records an anonymisation in the case's chain
DEFAULT_YEARS = 5  # the archive schedule's usual period for complaint files
MIN_YEARS, MAX_YEARS = 1, 30

# What stays of a person: enough for statistics by region and sex, nothing that names them.
PERSON_KEPT = ("uuid", "sex", "city", "province")
# The person's row fields anonymising blanks ("" for text, None for a date).
PERSON_BLANKED = (
    "name",
    "nik",
    "birth_date",
    "phone",
    "email",
    "address",
    "rt",
    "rw",
    "kelurahan",
    "kecamatan",
    "postal_code",
)
# Case fields written by or about the people, which the statistics never read.
CASE_TEXT = ("chronology", "business_answer", "demand_detail", "scope_reason", "outcome_note")
# Free text of a transition's parameters (they become scope_reason / outcome_note).
PARAMS_TEXT = ("reason", "note", "missing")
# Per event kind, the top-level payload keys that are free text or addresses of people.
KIND_TEXT: dict[str, tuple[str, ...]] = {
    "case.answer_recorded": ("text",),
    "case.term_recorded": ("text", "note"),
    "case.hearing_held": ("note",),
    "case.hearing_postponed": ("reason",),
    "case.document_added": ("name",),
    "case.letter_emailed": ("to", "parties"),
    "case.blocking_recommended": ("reason",),
    "case.letter_linked": ("sender",),  # a postal complaint's sender is the complainant
}


def cutoff(today: dt.date, years: int) -> dt.date:
    """The last office day of closing that is due today: the same date ``years`` back (29
    February falls back to the 28th)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def _blank(value: Any) -> Any:
    if isinstance(value, dt.date):  # a day or a moment has no blank but none
        return None
    if isinstance(value, list):
        return []
    if isinstance(value, dict):
        return {}
    return None if value is None else ""


def anonymous_person(person: Mapping[str, Any]) -> dict[str, Any]:
    """A person's snapshot (in an event) with only what statistics read."""
    return {k: person[k] for k in PERSON_KEPT if k in person}


def blanked_person(person: Mapping[str, Any]) -> dict[str, Any]:
    """A person's row as anonymising leaves it: the same keys, the naming ones blank."""
    return {k: (_blank(v) if k in PERSON_BLANKED else v) for k, v in person.items()}


def _blank_keys(part: Mapping[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: (_blank(v) if k in keys else v) for k, v in part.items()}


def redact(kind: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """The payload of a case event with its personal parts taken out; applying it again changes
    nothing. Everything a case's projection folds (domain.case_state.apply) except free text is
    left as it was, so the case rebuilt from redacted events keeps its status, dates and ids."""
    out = dict(payload)
    if isinstance(out.get("complainant"), Mapping):
        out["complainant"] = anonymous_person(out["complainant"])
    for key in ("case", "changes"):  # registration and amendment
        if isinstance(out.get(key), Mapping):
            out[key] = _blank_keys(out[key], CASE_TEXT)
    if isinstance(out.get("params"), Mapping):
        out["params"] = _blank_keys(out["params"], PARAMS_TEXT)
    out = _blank_keys(out, KIND_TEXT.get(kind, ()))
    if kind == "case.hearing_held" and isinstance(out.get("terms"), list):
        out["terms"] = [_blank_keys(t, ("text",)) for t in out["terms"]]
    return out


def digest(
    stored_hash: str,
    uuid: str,
    case: str | None,
    kind: str,
    payload: Mapping[str, Any],
    actor: str | None,
    at: dt.datetime | str,
) -> str:
    """What an anonymisation event records of each event it redacted: the chain's hash
    (domain.chain) of the event with its redacted payload, taking the event's own stored hash
    where a hash takes the one before. A later change to the redacted payload, its time, actor
    or kind, or to the stored hash that links the next event, no longer gives this digest."""
    return chain.event_hash(stored_hash, uuid, case, kind, payload, actor, at)
