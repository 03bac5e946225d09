"""``loket check``: is this database whole, current, and true to its history?"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import groupby

from desktop.domain import anonymity, case_state, chain
from desktop.domain.errors import DataUnusable
from desktop.services import caselog, print_register
from desktop.store import anonymising, cases, files, recap_raw, search
from desktop.store import db as store_db

BATCH = 2000


@dataclass
class Report:
    cases: int = 0
    events: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _events_by_case() -> Iterator[tuple[str, list[tuple[str, dict, object]]]]:
    for case_uuid, rows in groupby(cases.all_events(), key=lambda r: r[0]):
        yield case_uuid, [(kind, payload, at) for _, kind, payload, at in rows]


def _projection_problems(report: Report) -> None:
    """Rebuild every case from its events and compare, walking both in UUID order."""
    mismatched: list[str] = []
    rows = cases.all_by_uuid()
    histories = _events_by_case()
    case, history = next(rows, None), next(histories, None)
    while case is not None or history is not None:
        if history is None or (case is not None and case.uuid < history[0]):
            report.problems.append(f"case {case.reg_no} has no history")
            report.cases += 1
            case = next(rows, None)
        elif case is None or history[0] < case.uuid:
            report.problems.append(f"history of case {history[0]} has no case row")
            history = next(histories, None)
        else:
            report.cases += 1
            report.events += len(history[1])
            stored, rebuilt = caselog.state_of(case), case_state.project(history[1])
            if rebuilt != stored:
                differing = sorted(k for k in stored if stored[k] != rebuilt.get(k))
                mismatched.append(f"{case.reg_no} ({', '.join(differing)})")
            case, history = next(rows, None), next(histories, None)
    if mismatched:
        report.problems.append(
            f"{len(mismatched)} case(s) differ from their history: " + "; ".join(mismatched[:5])
        )


def _chain_problems(report: Report) -> None:
    """Walk every chain (a case's events, the desk's own) and name its first broken link: an
    event whose hash is not that of its content and of the event before it."""
    # A payload anonymised at the end of its retention no longer hashes to its event's hash;
    # the anonymisation event (itself a link of the chain) holds the digest the redacted
    # payload must have, and the event's stored hash still links the next one.
    redacted = anonymising.redactions()
    rows = cases.chain_order()
    chain_of, prev, broken = object(), chain.GENESIS, False
    for uuid, case, kind, payload, actor, at, stored in rows:
        if case != chain_of:
            chain_of, prev, broken = case, chain.GENESIS, False
        try:
            content = json.loads(payload)
        except ValueError:
            content = payload  # no longer JSON: hashed as text, so it cannot match
        if uuid in redacted:
            holds = redacted[uuid] == anonymity.digest(stored, uuid, case, kind, content, actor, at)
        else:
            holds = stored == chain.event_hash(prev, uuid, case, kind, content, actor, at)
        if not broken and not holds:
            broken = True
            report.problems.append(_broken_link(uuid, case, kind, at))
        prev = stored


def _broken_link(uuid: str, case: str | None, kind: str, at: str) -> str:
    where = "the desk's own history"
    if case is not None:
        where = f"the history of case {cases.reg_no(case) or case}"
    return (
        f"{where} is broken at event {uuid} ({kind}, {at}): it was changed, or an event "
        "before it removed or slipped in, after it was written"
    )


def _search_problems(report: Report) -> None:
    for index, indexed in search.case_index_sizes().items():
        if indexed != report.cases:
            report.problems.append(
                f"search index {index} holds {indexed} entries for {report.cases} cases"
            )
    stale = 0
    last_id = 0
    while True:
        batch = cases.with_parties_after(last_id, BATCH)
        if not batch:
            break
        last_id = batch[-1].id
        ids = [c.id for c in batch]
        stored = search.stored_documents(ids)
        for case in batch:
            expected = search.search_document(
                caselog.state_of(case), case.complainant.__data__, case.business.__data__
            )
            if stored.get(case.id) != expected:
                stale += 1
    if stale:
        report.problems.append(f"search index is out of date for {stale} case(s)")


def check_database() -> Report:
    """Check the database the store has open (connected, not migrated: an old schema is
    reported, not fixed)."""
    report = Report()
    try:
        _check(report)
    except (*store_db.DATABASE_ERRORS, ValueError) as e:
        # SQLite could not read a page, or a stored value is no longer text or JSON: damage,
        # which integrity_check itself may fail on before it can say so.
        report.problems.append(_damaged(str(e)[:200]))
    return report


def _damaged(detail: str) -> str:
    words = DataUnusable("database.damaged", path=store_db.database_path()).message("en")
    return f"{words} (SQLite: {detail})"


def _check(report: Report) -> None:
    integrity = store_db.integrity_problems()
    if integrity:
        report.problems.append(_damaged("; ".join(integrity[:5])))
        return
    broken = store_db.broken_references()
    if broken:
        report.problems.append(
            f"{len(broken)} row(s) point to records that do not exist (first in table {broken[0]})"
        )
    state = store_db.migration_state()
    if state.pending:
        report.problems.append("migrations not applied: " + ", ".join(state.pending))
    if state.unknown:
        report.problems.append(
            "database was changed by a newer version (migrations " + ", ".join(state.unknown) + ")"
        )
    if state.pending:
        return  # the tables may not be there to check
    _projection_problems(report)
    _chain_problems(report)
    report.problems += print_register.problems()
    _search_problems(report)
    _summary_problems(report)
    _file_problems(report)


def _summary_problems(report: Report) -> None:
    """The per-day summaries the dashboard and the recap read, against the cases themselves."""
    for table, rows in recap_raw.summaries_astray().items():
        report.problems.append(
            f"summary {table} of the dashboard and recap differs from the cases in {rows} row(s)"
        )


def _file_problems(report: Report) -> None:
    """The file store of the database: what nothing refers to, what a put left half done,
    what a row refers to that is not there. The next start of a desk removes the first two
    from its folder."""
    store = store_db.file_store()
    found = files.unreferenced(store)
    if found.files:
        names = ", ".join(found.files[:5])
        report.problems.append(
            f"{len(found.files)} file(s) in the file store nothing refers to: {names}"
        )
    plain = store.unsealed()  # an encrypted folder: every file sealed
    if plain:
        report.problems.append(
            f"{len(plain)} file(s) in the encrypted file store are not sealed: "
            + ", ".join(sorted(plain)[:5])
        )
    if found.temporaries:
        report.problems.append(
            f"{len(found.temporaries)} unfinished temporary file(s) in the file store"
        )
    if found.missing:
        report.problems.append(
            f"{len(found.missing)} file(s) referred to are missing from the file store: "
            + ", ".join(found.missing[:5])
        )
