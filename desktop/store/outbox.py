"""The history as the outbox of sync: what waits, what went, in which version of its case."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.store import sql


def versions(event_ids: Iterable[int], case_uuids: Iterable[str]) -> dict[int, tuple[int, str]]:
    """The version each event makes of its case (its place among the case's events) and the
    hash of the event before it in the case's chain, for a whole batch in one query."""
    cases = sorted(set(case_uuids))
    marks = ", ".join("?" * len(cases))
    rows = sql.run(
        "SELECT id, ROW_NUMBER() OVER (PARTITION BY case_id ORDER BY id), "
        "LAG(hash, 1, '') OVER (PARTITION BY case_id ORDER BY id) "
        f'FROM "history_event" WHERE case_id IN ({marks})',
        cases,
    )
    wanted = set(event_ids)
    return {event_id: (version, prev) for event_id, version, prev in rows if event_id in wanted}


def counts() -> dict[str, int]:
    """How many events are pending, uploading, in conflict or rejected (those present)."""
    return dict(
        sql.run(
            'SELECT sync_status, COUNT(*) FROM "history_event" '
            "WHERE sync_status IN ('pending', 'uploading', 'conflict', 'rejected') "
            "GROUP BY sync_status"
        ).fetchall()
    )


def statuses_of(case_uuid: str) -> set[str]:
    """The sync states the events of one case are in."""
    return {
        s
        for (s,) in sql.run(
            'SELECT DISTINCT sync_status FROM "history_event" WHERE case_id = ?', (case_uuid,)
        ).fetchall()
    }
