"""What the database itself keeps, on both engines: the double-booking guard holds when two
desks write at once, and migration 0020 still runs on SQLite what it always ran (the office
database's triggers are built from its functions)."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import threading
import time

import pytest
from test_hearings import OTHER, in_stage

from desktop.services.context import write
from desktop.store.db import IntegrityError
from desktop.store.models import Hearing, database

START = dt.datetime(2026, 11, 30, 3, 0)  # UTC: Monday 30 November, 10:00 WIB

# The sha256 of every statement migration 0020 runs on SQLite (tables, the summaries' first
# filling, triggers) as it was written; a change to its builder must leave it as it is.
MIGRATION_0020 = "74d1c5267919ea2325b724cd41f58cdb4d0e627f6d655e555d3fc5c651ec6787"


def test_migration_0020_runs_on_sqlite_what_it_always_ran():
    from desktop.store.recap_raw import SUMMARIES

    frozen = importlib.import_module("desktop.store.migrations.0020_dashboard_summaries")
    statements = [
        *frozen.TABLES,
        *(f'INSERT INTO "{table}" {truth}' for table, truth in SUMMARIES.items()),
        *frozen._triggers(),
    ]
    assert hashlib.sha256("\n".join(statements).encode()).hexdigest() == MIGRATION_0020


def _meeting(case: str, room: str) -> dict:
    return {
        "case": case,
        "kind": "clarification",
        "room": room,
        "starts_at": START,
        "ends_at": START + dt.timedelta(hours=1),
    }


def test_a_double_booking_written_at_the_same_time_waits_and_is_refused(actors):
    """Desk A books the room and has not committed yet; desk B's clashing meeting waits for A
    (SQLite's write lock; on PostgreSQL the bookings' lock the trigger takes) and is then
    refused, as a clash with A's meeting it could not see when it began."""
    first, second = in_stage(actors), in_stage(actors, **OTHER)
    booked, release = threading.Event(), threading.Event()
    failed: list[BaseException] = []

    def desk_a() -> None:
        try:
            with write():
                Hearing.create(**_meeting(first, "Ruang Klarifikasi"))
                booked.set()
                release.wait(10)
        except BaseException as e:  # the assertion below names it
            failed.append(e)
        finally:
            booked.set()
            database.close()

    a = threading.Thread(target=desk_a)
    a.start()
    assert booked.wait(10)
    threading.Timer(0.5, release.set).start()
    began = time.monotonic()
    with pytest.raises(IntegrityError, match="hearing_clash"), write():
        Hearing.create(**_meeting(second, "Ruang Klarifikasi"))
    waited = time.monotonic() - began
    a.join(10)
    assert not failed
    assert waited >= 0.4  # it waited for desk A's commit, then saw its meeting
    assert [h.case_id for h in Hearing.select()] == [first]


def test_a_moved_meeting_is_guarded_too(actors):
    first, second = in_stage(actors), in_stage(actors, **OTHER)
    with write():
        Hearing.create(**_meeting(first, "Ruang Klarifikasi"))
        other = Hearing.create(**_meeting(second, "Ruang Mediasi 1"))
    with pytest.raises(IntegrityError, match="hearing_clash"), write():
        Hearing.update(room="Ruang Klarifikasi").where(Hearing.id == other.id).execute()
    with write():  # called off, it may be anywhere
        Hearing.update(status="cancelled", room="Ruang Klarifikasi").where(
            Hearing.id == other.id
        ).execute()
    assert Hearing.get_by_id(other.id).room == "Ruang Klarifikasi"
