"""The history as the outbox of sync: what waits, what went, in which version of its case."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.store import sql
from desktop.store.models import Attachment, Case, HistoryEvent


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


# -- the sync run's steps: which events go, and what became of them ------------------------
ACTIVE_PROBLEMS = ("conflict", "rejected")
WAITING = ("pending", "uploading")


def release_uploading(ids: Iterable[int] | None = None) -> None:
    """Events marked uploading go back to pending: all of them (a run that died mid-batch), or
    those of ``ids`` (a batch whose push failed)."""
    where = HistoryEvent.sync_status == "uploading"
    if ids is not None:
        where &= HistoryEvent.id.in_(list(ids))
    HistoryEvent.update(sync_status="pending").where(where).execute()


def rejected() -> list[HistoryEvent]:
    """The events the server refused, oldest first."""
    return list(
        HistoryEvent.select()
        .where(HistoryEvent.sync_status == "rejected")
        .order_by(HistoryEvent.id)
    )


def send_again(event_id: int, files: Iterable[str]) -> None:
    """An event and the files it points to go again in the next batch."""
    Attachment.update(uploaded=False).where(Attachment.sha256.in_(list(files))).execute()
    HistoryEvent.update(sync_status="pending", sync_answer="").where(
        HistoryEvent.id == event_id
    ).execute()


def take_batch(size: int, held: Iterable[int]) -> list[HistoryEvent]:
    """The oldest ``size`` pending events (those of ``held`` wait for the next run), marked
    uploading in the caller's transaction."""
    chosen = list(
        HistoryEvent.select()
        .where((HistoryEvent.sync_status == "pending") & HistoryEvent.id.not_in(list(held)))
        .order_by(HistoryEvent.id)
        .limit(size)
    )
    if chosen:
        HistoryEvent.update(sync_status="uploading").where(
            HistoryEvent.id.in_([e.id for e in chosen])
        ).execute()
    return chosen


def record_answer(event_id: int, status: str, answer: str) -> None:
    """What the server said of an event being uploaded (one no longer uploading is left be)."""
    HistoryEvent.update(sync_status=status, sync_answer=answer).where(
        (HistoryEvent.id == event_id) & (HistoryEvent.sync_status == "uploading")
    ).execute()


def file_uploaded(sha256: str) -> bool:
    """Whether the stored file is known to be on the server."""
    return Attachment.select().where((Attachment.sha256 == sha256) & Attachment.uploaded).exists()


def mark_file_uploaded(sha256: str) -> None:
    Attachment.update(uploaded=True).where(Attachment.sha256 == sha256).execute()


def event_known(event_uuid: str) -> bool:
    """Whether this desk already holds the event (pulled changes are applied once)."""
    return HistoryEvent.select().where(HistoryEvent.uuid == event_uuid).exists()


def problem_events() -> list[HistoryEvent]:
    """The events the server did not take (refused, or in conflict), oldest first, each with
    its case's registration number (``event.case.reg_no``)."""
    return list(
        HistoryEvent.select(HistoryEvent, Case.reg_no)
        .join(Case, on=(HistoryEvent.case == Case.uuid))
        .where(HistoryEvent.sync_status.in_(ACTIVE_PROBLEMS))
        .order_by(HistoryEvent.id)
    )


def waiting_events(limit: int) -> list[HistoryEvent]:
    """The first ``limit`` events still to be sent, oldest first: kind, moment, state and the
    case's registration number."""
    return list(
        HistoryEvent.select(
            HistoryEvent.kind, HistoryEvent.at, HistoryEvent.sync_status, Case.reg_no
        )
        .join(Case, on=(HistoryEvent.case == Case.uuid))
        .where(HistoryEvent.sync_status.in_(WAITING))
        .order_by(HistoryEvent.id)
        .limit(limit)
    )


def event(event_uuid: str) -> HistoryEvent | None:
    return HistoryEvent.get_or_none(HistoryEvent.uuid == event_uuid)


def mark_settled(event_uuid: str, answer: str) -> None:
    HistoryEvent.update(sync_status="settled", sync_answer=answer).where(
        HistoryEvent.uuid == event_uuid
    ).execute()


def latest_problem_answer(case_uuid: str) -> str | None:
    """The server's answer (JSON text) to the case's latest refused or conflicting event."""
    found = (
        HistoryEvent.select(HistoryEvent.sync_answer)
        .where((HistoryEvent.case == case_uuid) & HistoryEvent.sync_status.in_(ACTIVE_PROBLEMS))
        .order_by(HistoryEvent.id.desc())
        .first()
    )
    return None if found is None else found.sync_answer
