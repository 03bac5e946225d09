"""Several desks on one database: no lost update, no number drawn twice or skipped, no double
booking, no account name taken twice, no person recorded twice. The desks are processes of their
own (each its own connection) on one SQLite file, or on one office database (PostgreSQL, whose
transactions read without waiting: the sequence row's upsert, the version guard in the UPDATE,
advisory locks and unique indexes guard there), started together behind a barrier;
docs/architecture.md, "Transactions and concurrent desks", says what guards each."""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
from pathlib import Path

import pytest
from conftest import NOW, PASSWORD, complaint_form
from test_hearings import MONDAY, OTHER, in_stage

from desktop.domain.errors import DomainError, ValidationFailed
from desktop.services import caselog, handling, hearings, intake, settings, staff
from desktop.services.context import write
from desktop.services.queries import find_cases
from desktop.store import db as store_db
from desktop.store.db import IntegrityError
from desktop.store.models import (
    BusinessActor,
    Case,
    Complainant,
    Hearing,
    HistoryEvent,
    Staff,
    database,
)

SPAWN = multiprocessing.get_context("spawn")


@pytest.fixture
def desk(actors, data_dir, engine) -> tuple[str, str | None]:
    """Where a desk process opens the database the ``actors`` fixture made: its folder, and on
    PostgreSQL the office database's URL."""
    url = database.obj.database if engine == "postgresql" else None
    return str(data_dir), url


def _open(desk: tuple[str, str | None]) -> None:
    settings.forget()
    store_db.open_database(Path(desk[0]), desk[1])


def _at_once(target, *each: tuple) -> list:
    """One desk process per tuple of arguments, released together behind a barrier; what each
    desk put out, once all have ended well."""
    start, out = SPAWN.Barrier(len(each)), SPAWN.Queue()
    running = [SPAWN.Process(target=target, args=(*args, start, out)) for args in each]
    for desk in running:
        desk.start()
    answers = [out.get(timeout=120) for _ in running]
    for desk in running:
        desk.join(60)
        assert desk.exitcode == 0
    return answers


def _amended(form):
    return dataclasses.replace(form, chronology=form.chronology + " Kuitansi ditemukan kemudian.")


# -- a case changed by another desk ------------------------------------------------------------
def test_an_action_on_a_case_changed_since_it_was_shown_writes_nothing_and_says_who(actors):
    form = complaint_form()
    uuid = intake.register_complaint(actors["petugas"], form, now=NOW).uuid
    shown = caselog.load(uuid)["version"]  # what the analyst's screen shows
    intake.amend_case(actors["petugas"], uuid, _amended(form), now=NOW + dt.timedelta(minutes=5))
    events = HistoryEvent.select().count()

    with pytest.raises(DomainError) as refused:
        handling.take_action(actors["analis"], uuid, "start_analysis", now=NOW, seen=shown)

    assert refused.value.code == "case.changed_meanwhile"
    reg_no = caselog.load(uuid)["reg_no"]
    assert refused.value.message("id") == (
        f"Pengaduan {reg_no} baru saja diubah oleh Petugas Satu pukul 09.05 WIB. Tidak ada yang "
        "disimpan: lihat kembali berkasnya, lalu ulangi bila masih perlu."
    )
    assert "was just changed by Petugas Satu" in refused.value.message("en")
    assert HistoryEvent.select().count() == events
    assert caselog.load(uuid)["status"] == "received"
    # looked at again, the action goes through
    again = caselog.load(uuid)["version"]
    handling.take_action(actors["analis"], uuid, "start_analysis", now=NOW, seen=again)
    assert caselog.load(uuid)["status"] == "analysis"


@pytest.mark.parametrize("record", ["answer", "blocking"])
def test_a_written_answer_or_a_blocking_on_a_changed_case_is_refused_too(actors, record):
    form = complaint_form()
    uuid = intake.register_complaint(actors["petugas"], form, now=NOW).uuid
    handling.take_action(actors["analis"], uuid, "start_analysis", now=NOW)
    params = {"mode": "online", "reason": "Konsumen akhir"}
    handling.take_action(actors["analis"], uuid, "start_clarification", params, now=NOW)
    shown = caselog.load(uuid)["version"]
    intake.amend_case(actors["petugas"], uuid, _amended(form), now=NOW)
    events = HistoryEvent.select().count()

    with pytest.raises(DomainError) as refused:
        if record == "answer":
            handling.record_answer(actors["analis"], uuid, "Kami ganti.", now=NOW, seen=shown)
        else:
            handling.recommend_blocking(actors["analis"], uuid, "Penipuan", now=NOW, seen=shown)

    assert refused.value.code == "case.changed_meanwhile"
    assert HistoryEvent.select().count() == events


def test_a_case_row_read_before_another_desk_wrote_is_never_written_over(actors):
    """What PostgreSQL allows (two transactions reading one row at once) the version guard in
    the UPDATE refuses: the stale record writes nothing, the other desk's change stays."""
    form = complaint_form()
    uuid = intake.register_complaint(actors["petugas"], form, now=NOW).uuid
    stale = caselog.load(uuid)
    intake.amend_case(actors["petugas"], uuid, _amended(form), now=NOW)
    events = HistoryEvent.select().count()

    with pytest.raises(DomainError) as refused, write():
        caselog.append(stale, "case.reminder_sent", {"due": "2026-12-30"}, actors["analis"], NOW)

    assert refused.value.code == "case.changed_meanwhile"
    case = Case.get(Case.uuid == uuid)
    assert (case.version, case.stage_due) == (2, stale["stage_due"])
    assert "Kuitansi ditemukan kemudian." in case.chronology
    assert HistoryEvent.select().count() == events


def _start_analysis(desk: tuple, actor, uuid: str, start, out) -> None:
    _open(desk)
    shown = caselog.load(uuid)["version"]  # what this desk's screen shows
    start.wait(60)
    try:
        handling.take_action(actor, uuid, "start_analysis", now=NOW, seen=shown)
        out.put("done")
    except DomainError as e:
        out.put(e.message("en"))


def test_two_desks_acting_on_one_case_at_once_one_succeeds_the_other_is_told(actors, desk):
    made = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    events = HistoryEvent.select().count()

    answers = _at_once(_start_analysis, *[(desk, actors["analis"], made.uuid)] * 2)

    assert answers.count("done") == 1
    refused = next(answer for answer in answers if answer != "done")
    assert refused.startswith(f"Case {made.reg_no} was just changed by Analis Satu at 09.00 WIB.")
    assert refused.endswith("look at the case again, then do it again if it is still needed.")
    assert caselog.load(made.uuid)["status"] == "analysis"
    assert caselog.load(made.uuid)["version"] == 2
    assert HistoryEvent.select().count() == events + 1  # one analysis started, not two


def _amend_from_another_desk(data_dir: str, actor, uuid: str) -> None:
    _open((data_dir, None))
    intake.amend_case(actor, uuid, _amended(complaint_form()))


def test_the_case_file_says_another_desk_changed_the_case_and_shows_it_again(
    qtbot, staffed_desk, monkeypatch
):
    """The analyst has the case file open; a counter officer at another desk corrects the
    complaint; the analyst's Start analysis writes nothing, says who changed it, and the file
    shows the corrected case."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.case_file import CaseFileDialog
    from desktop.gui.desk import DeskSettings

    worker, actors, folder = staffed_desk
    made = []
    worker.submit(
        intake.register_complaint, actors["petugas"], complaint_form(), on_success=made.append
    )
    qtbot.waitUntil(lambda: bool(made))
    dialog = CaseFileDialog(worker, actors["analis"], made[0].uuid, DeskSettings(folder))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.file is not None)
    status = dialog.form.statusLabel.text()

    other = SPAWN.Process(
        target=_amend_from_another_desk, args=(str(folder), actors["petugas"], made[0].uuid)
    )
    other.start()
    other.join(60)
    assert other.exitcode == 0

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warnings.append(text))
    dialog.buttons["start_analysis"].click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert f"Pengaduan {made[0].reg_no} baru saja diubah oleh Petugas Satu" in warnings[0]
    assert "lihat kembali berkasnya" in warnings[0]
    qtbot.waitUntil(lambda: dialog.file.case["version"] == 2, timeout=10000)  # shown again
    assert "Kuitansi ditemukan kemudian." in dialog.file.case["chronology"]
    assert dialog.form.statusLabel.text() == status  # not analysed: nothing was written


# -- numbers -----------------------------------------------------------------------------------
def _register(desk: tuple, actor, count: int, start, out) -> None:
    _open(desk)
    start.wait(60)
    out.put(
        [intake.register_complaint(actor, complaint_form(), now=NOW).reg_no for _ in range(count)]
    )


def test_four_desks_registering_at_once_get_distinct_gap_free_numbers(actors, desk):
    desks, each = 4, 50
    done = _at_once(_register, *[(desk, actors["petugas"], each)] * desks)
    numbers = [n for batch in done for n in batch]
    assert len(set(numbers)) == desks * each
    counter = settings.get("counter.code")
    assert sorted(numbers) == [f"{counter}-202611-{n:05d}" for n in range(1, desks * each + 1)]
    assert Case.select().count() == desks * each
    # the one complainant and business actor of every complaint, found, not made four times
    assert (Complainant.select().count(), BusinessActor.select().count()) == (1, 1)


def _register_in_spans(desk: tuple, actor, count: int, span: int, start, out) -> None:
    from desktop.store import postgres_search

    postgres_search.SPAN = span  # this desk's process makes partitions of ``span`` cases
    _register(desk, actor, count, start, out)


def test_desks_registering_across_search_partitions_at_once_find_every_case(
    actors, desk, engine, monkeypatch
):
    """On the office database the search tables are cut into partitions, made by the desk whose
    case first needs one: three desks crossing boundaries of three cases at once make each one
    once (the second waits for the first's) and lose no case's words."""
    from desktop.store import postgres_search, search

    desks, each, span = 3, 8, 3
    monkeypatch.setattr(postgres_search, "SPAN", span)
    done = _at_once(_register_in_spans, *[(desk, actors["petugas"], each, span)] * desks)
    assert len({n for batch in done for n in batch}) == desks * each
    newest_first = [c.id for c in Case.select(Case.id).order_by(Case.id.desc())]
    counter = settings.get("counter.code")
    assert [r.id for r in find_cases(counter, limit=100)] == newest_first
    assert search.matching_case_ids(counter, 5) == newest_first[:5]
    assert search.case_index_sizes() == {"case_search": desks * each, "case_parts": desks * each}
    if engine == "postgresql":
        made = database.execute_sql(
            "SELECT count(*) FROM pg_inherits WHERE inhparent = 'case_search'::regclass"
        ).fetchone()[0]
        assert made == max(newest_first) // span + 1


# -- bookings ----------------------------------------------------------------------------------
def _book(desk: tuple, actor, uuid: str, start, out) -> None:
    _open(desk)
    start.wait(60)
    try:
        hearings.schedule(actor, uuid, MONDAY, 60, "Ruang Klarifikasi", now=NOW)
        out.put("booked")
    except DomainError as e:
        out.put(e.code)


def test_three_desks_booking_one_room_at_once_get_one_meeting(actors, desk):
    people = [
        {},
        OTHER,
        {**OTHER, "complainant__nik": "3273011203900002", "business__name": "PT Lain"},
    ]
    cases = [in_stage(actors, **person) for person in people]
    answers = sorted(_at_once(_book, *[(desk, actors["analis"], c) for c in cases]))
    assert answers == ["booked", "hearing.clash_room", "hearing.clash_room"]
    assert Hearing.select().count() == 1


def test_the_database_refuses_a_double_booking_whatever_code_writes_it(actors):
    first, second = in_stage(actors), in_stage(actors, **OTHER)
    booked = hearings.schedule(actors["analis"], first, MONDAY, 60, "Ruang Klarifikasi", now=NOW)
    row = Hearing.get(Hearing.uuid == booked.uuid)
    clash = {"kind": "clarification", "starts_at": row.starts_at + dt.timedelta(minutes=30)}
    clash["ends_at"] = clash["starts_at"] + dt.timedelta(hours=1)
    with pytest.raises(IntegrityError, match="hearing_clash"), write():
        Hearing.create(case=second, room="Ruang Klarifikasi", **clash)  # same room
    with pytest.raises(IntegrityError, match="hearing_clash"), write():
        Hearing.create(case=first, room="Ruang Mediasi 1", **clash)  # same parties
    with write():  # another room, other parties: allowed; so is the first once cancelled
        Hearing.create(case=second, room="Ruang Mediasi 1", **clash)
    hearings.cancel(actors["analis"], booked.uuid, "Pelaku usaha minta diundur", now=NOW)
    with write():
        Hearing.create(case=first, room="Ruang Klarifikasi", **clash)
    assert Hearing.select().where(Hearing.status == "planned").count() == 2


# -- account names -----------------------------------------------------------------------------
def _create_account(desk: tuple, admin, start, out) -> None:
    _open(desk)
    start.wait(60)
    try:
        staff.create_staff(admin, "petugas.baru", "Petugas Baru", PASSWORD, ["counter"])
        out.put("created")
    except ValidationFailed as e:
        out.put(e.errors[0].code)


def test_two_admins_creating_one_user_name_at_once_make_one_account(actors, desk):
    answers = sorted(_at_once(_create_account, *[(desk, actors["admin"])] * 2))
    assert answers == ["created", "staff.username_taken"]
    assert Staff.select().where(Staff.username == "petugas.baru").count() == 1
