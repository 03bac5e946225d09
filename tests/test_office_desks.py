"""Several desks on one office database (PostgreSQL): each desk a process of its own with its own
connection to the one URL, started together behind a barrier, as tests/test_concurrent_desks.py
runs them on one SQLite file. No number drawn twice or skipped (the sequence's row is locked by
the upsert that draws it), no change written over another desk's (the version guard in the
UPDATE, which PostgreSQL re-evaluates on the row the other desk committed), no double booking,
no account name taken twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import NOW, PASSWORD, complaint_form
from test_concurrent_desks import SPAWN, _at_once
from test_hearings import MONDAY, OTHER, in_stage

from desktop.domain.errors import DomainError, ValidationFailed
from desktop.services import caselog, handling, hearings, intake, settings, staff
from desktop.store import db as store_db
from desktop.store.models import (
    BusinessActor,
    Case,
    Complainant,
    Hearing,
    HistoryEvent,
    Staff,
    database,
)

assert SPAWN  # the desks are spawned, not forked: each opens its own connection


@pytest.fixture
def engine() -> str:
    return "postgresql"


@pytest.fixture
def office(actors, data_dir) -> tuple[str, str]:
    """The office database the ``actors`` fixture made (its URL) and a desk's folder."""
    return str(data_dir), database.obj.database


def _open(data_dir: str, url: str) -> None:
    settings.forget()
    store_db.open_database(Path(data_dir), url)


# -- numbers -----------------------------------------------------------------------------------
def _register(data_dir: str, url: str, actor, count: int, start, out) -> None:
    _open(data_dir, url)
    start.wait(60)
    out.put(
        [intake.register_complaint(actor, complaint_form(), now=NOW).reg_no for _ in range(count)]
    )


def test_four_desks_registering_at_once_get_distinct_gap_free_numbers(actors, office):
    desks, each = 4, 50
    done = _at_once(_register, *[(*office, actors["petugas"], each)] * desks)
    numbers = [n for batch in done for n in batch]
    assert len(set(numbers)) == desks * each
    counter = settings.get("counter.code")
    assert sorted(numbers) == [f"{counter}-202611-{n:05d}" for n in range(1, desks * each + 1)]
    assert Case.select().count() == desks * each
    # the one complainant and business actor of every complaint, found, not made four times
    assert (Complainant.select().count(), BusinessActor.select().count()) == (1, 1)


# -- one case, two desks -----------------------------------------------------------------------
def _start_analysis(data_dir: str, url: str, actor, uuid: str, start, out) -> None:
    _open(data_dir, url)
    shown = caselog.load(uuid)["version"]  # what this desk's screen shows
    start.wait(60)
    try:
        handling.take_action(actor, uuid, "start_analysis", now=NOW, seen=shown)
        out.put("done")
    except DomainError as e:
        out.put(e.message("en"))


def test_two_desks_acting_on_one_case_at_once_one_succeeds_the_other_is_told(actors, office):
    made = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    events = HistoryEvent.select().count()

    answers = _at_once(_start_analysis, *[(*office, actors["analis"], made.uuid)] * 2)

    assert answers.count("done") == 1
    refused = next(answer for answer in answers if answer != "done")
    assert refused.startswith(f"Case {made.reg_no} was just changed by Analis Satu at 09.00 WIB.")
    assert refused.endswith("look at the case again, then do it again if it is still needed.")
    assert caselog.load(made.uuid)["status"] == "analysis"
    assert caselog.load(made.uuid)["version"] == 2
    assert HistoryEvent.select().count() == events + 1  # one analysis started, not two


# -- bookings and account names ----------------------------------------------------------------
def _book(data_dir: str, url: str, actor, uuid: str, start, out) -> None:
    _open(data_dir, url)
    start.wait(60)
    try:
        hearings.schedule(actor, uuid, MONDAY, 60, "Ruang Klarifikasi", now=NOW)
        out.put("booked")
    except DomainError as e:
        out.put(e.code)


def test_three_desks_booking_one_room_at_once_get_one_meeting(actors, office):
    people = [
        {},
        OTHER,
        {**OTHER, "complainant__nik": "3273011203900002", "business__name": "PT Lain"},
    ]
    cases = [in_stage(actors, **person) for person in people]
    answers = sorted(_at_once(_book, *[(*office, actors["analis"], c) for c in cases]))
    assert answers == ["booked", "hearing.clash_room", "hearing.clash_room"]
    assert Hearing.select().count() == 1


def _create_account(data_dir: str, url: str, admin, start, out) -> None:
    _open(data_dir, url)
    start.wait(60)
    try:
        staff.create_staff(admin, "petugas.baru", "Petugas Baru", PASSWORD, ["counter"])
        out.put("created")
    except ValidationFailed as e:
        out.put(e.errors[0].code)


def test_two_admins_creating_one_user_name_at_once_make_one_account(actors, office):
    answers = sorted(_at_once(_create_account, *[(*office, actors["admin"])] * 2))
    assert answers == ["created", "staff.username_taken"]
    assert Staff.select().where(Staff.username == "petugas.baru").count() == 1
