"""The processing record: opening a case file in the window, printing, e-mailing, exporting a
list and handing a person their data are read back per person and per officer by a supervisor;
nobody else may read it; it is part of the history chain, so an opening erased afterwards is
named by ``loket check``, and so is a print record removed, changed or added afterwards."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import NOW, complaint_form
from helpers import behind_the_store, desk_args, loket, raw_connection

from desktop.gui.case_file import CaseFileDialog
from desktop.gui.desk import DeskSettings
from desktop.services import access, exports, intake, person, printing
from desktop.services.check import check_database
from desktop.store import db as store_db
from desktop.store.models import HistoryEvent, database

SITI = "3174015708850003"  # the form's own complainant
BUDI = "3174015708850004"


def test_a_supervisor_reads_who_opened_and_printed_a_persons_cases(qtbot, staffed_desk):
    worker, actors, folder = staffed_desk
    box = []

    def register():
        siti = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
        other = intake.register_complaint(
            actors["petugas"],
            complaint_form(complainant__name="Budi Santoso", complainant__nik="3174015708850004"),
            now=NOW,
        )
        printing.print_receipt(actors["petugas"], siti.uuid, now=NOW)
        return siti.uuid, siti.reg_no, other.reg_no

    worker.submit(register, on_success=box.append, on_failure=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=15000)
    siti, siti_no, other_no = box[0]
    window = CaseFileDialog(worker, actors["analis"], siti, DeskSettings(folder))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.file is not None, timeout=10000)
    window.reload()  # shown again after an action: not a second opening
    qtbot.wait(300)

    read = []
    worker.submit(
        lambda: (
            access.record(actors["supervisor"], nik="3174015708850003"),
            access.record(actors["supervisor"], username="analis"),
        ),
        on_success=read.append,
        on_failure=read.append,
    )
    qtbot.waitUntil(lambda: bool(read), timeout=10000)
    assert not isinstance(read[0], Exception), read[0]
    person, officer = read[0]
    assert [(a.officer, a.what, a.reg_no) for a in person] == [
        ("petugas", "printed:receipt", siti_no),
        ("analis", "access.case_opened", siti_no),
    ]
    assert all(a.reg_no != other_no for a in person)  # nothing of anyone else
    assert [(a.what, a.reg_no) for a in officer] == [("access.case_opened", siti_no)]

    worker.stop()
    done = loket(
        "access",
        "--person",
        "3174015708850003",
        "--user",
        "petugas",
        "--data-dir",
        str(folder),
        "--lang",
        "en",
        password="rahasia-loket-1",
    )
    assert done.returncode == 2 and "Only a supervisor or an admin" in done.stderr
    done = loket(
        "access",
        "--officer",
        "analis",
        "--user",
        "supervisor",
        "--data-dir",
        str(folder),
        password="rahasia-loket-1",
    )
    assert done.returncode == 0 and "access.case_opened" in done.stdout and siti_no in done.stdout
    with raw_connection(folder) as con:  # an opening quietly erased
        con.execute(
            "DELETE FROM history_event WHERE id = (SELECT id FROM history_event "
            "WHERE kind = 'access.case_opened')"
        )
    checked = loket("check", "--data-dir", str(folder))
    assert checked.returncode == 1 and "desk's own history is broken at event" in checked.stdout


def test_exports_and_hand_overs_are_in_the_record_per_officer_and_per_person(actors, tmp_path):
    siti = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    budi = intake.register_complaint(
        actors["petugas"],
        complaint_form(complainant__name="Budi Santoso", complainant__nik=BUDI),
        now=NOW + dt.timedelta(minutes=1),
    )
    supervisor = actors["supervisor"]
    later = NOW + dt.timedelta(hours=1)
    exports.export(supervisor, "cases", tmp_path / "cases.xlsx", now=later)
    person.export(supervisor, SITI, now=later + dt.timedelta(minutes=1))
    person.export(actors["admin"], BUDI, now=later + dt.timedelta(minutes=2))

    by_supervisor = access.record(actors["admin"], username="supervisor")
    assert [(a.officer, a.what, a.reg_no) for a in by_supervisor] == [
        ("supervisor", "export.saved", ""),  # a list: no one case
        ("supervisor", "person.data_exported", siti.reg_no),
    ]
    of_siti = access.record(supervisor, nik=SITI)
    assert [(a.officer, a.what, a.reg_no) for a in of_siti] == [
        ("supervisor", "person.data_exported", siti.reg_no)
    ]  # Budi's hand-over (by the admin) is his alone
    assert [(a.officer, a.what, a.reg_no) for a in access.record(supervisor, nik=BUDI)] == [
        ("admin", "person.data_exported", budi.reg_no)
    ]


def _print_row(data_dir) -> tuple[str, str]:
    with behind_the_store(data_dir) as con:
        return con.execute("SELECT uuid, number FROM printed_document").fetchone()


def test_a_print_record_removed_changed_or_added_afterwards_is_named(actors, data_dir):
    case = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    printing.print_receipt(actors["petugas"], case.uuid, now=NOW + dt.timedelta(minutes=5))
    intake.register_complaint(  # the desk goes on: the print's event is not the last one
        actors["petugas"],
        complaint_form(complainant__name="Budi Santoso", complainant__nik=BUDI),
        now=NOW + dt.timedelta(minutes=6),
    )
    assert check_database().ok
    printed, number = _print_row(data_dir)

    with behind_the_store(data_dir) as con:  # the receipt's record quietly removed
        kept = con.execute("SELECT * FROM printed_document").fetchone()
        con.execute("DELETE FROM printed_document")
    checked = loket("check", *desk_args(data_dir))
    assert checked.returncode == 1
    assert (
        f"print record {printed} (receipt {number} of case {case.reg_no}, printed 2026-11-23 "
        "02:05 UTC by petugas) was removed from the register of printed documents"
    ) in checked.stdout
    # The processing record still says who printed it: it reads the chained event.
    assert [(a.officer, a.what) for a in access.record(actors["supervisor"], nik=SITI)] == [
        ("petugas", "printed:receipt")
    ]

    with behind_the_store(data_dir) as con:  # put back, but as printed by someone else
        con.execute(f"INSERT INTO printed_document VALUES ({', '.join('?' * len(kept))})", kept)
        con.execute("UPDATE printed_document SET printed_by_id = ?", (actors["analis"].uuid,))
    problems = check_database().problems
    assert len(problems) == 1
    assert f"print record {printed} (receipt {number} of case {case.reg_no}" in problems[0]
    assert (
        "by analis) in the register of printed documents differs from its history" in (problems[0])
    )

    with behind_the_store(data_dir) as con:  # as it was, and a print slipped in beside it
        con.execute("UPDATE printed_document SET printed_by_id = ?", (actors["petugas"].uuid,))
        con.execute(
            "INSERT INTO printed_document (uuid, kind, number, case_id, sha256, is_copy, "
            "printed_by_id, printed_at) VALUES ('slipped-in', 'receipt', ?, ?, 'x', ?, ?, ?)",
            (number, case.uuid, True, actors["petugas"].uuid, "2026-11-23 03:00:00"),
        )
    problems = check_database().problems
    assert problems == [
        f"print record slipped-in (receipt {number} of case {case.reg_no}, printed 2026-11-23 "
        "03:00 UTC by petugas) in the register of printed documents has no history event: "
        "added afterwards"
    ]


@pytest.mark.desk_only  # a desk's folder from before 0021: an office database starts past it
def test_migration_gives_the_prints_already_made_their_events(actors, data_dir):
    case = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    printing.print_receipt(actors["petugas"], case.uuid, now=NOW + dt.timedelta(minutes=5))
    printing.print_receipt(actors["analis"], case.uuid, now=NOW + dt.timedelta(minutes=7))
    printed = HistoryEvent.select().where(HistoryEvent.kind == "access.printed")
    written = [(e.payload, e.actor_id, e.at) for e in printed.order_by(HistoryEvent.id)]
    assert [p["copy"] for p, *_ in written] == [False, True]  # the second a SALINAN
    # The folder as the version before this one left it: prints in the register only.
    database.execute_sql("DELETE FROM history_event WHERE kind = 'access.printed'")
    database.execute_sql("DELETE FROM schema_migration WHERE name = '0021_printed_events'")
    assert not check_database().ok  # the register's rows have no events
    assert store_db.migrate(database.obj) == ["0021_printed_events"]
    again = [(e.payload, e.actor_id, e.at) for e in printed.order_by(HistoryEvent.id)]
    assert again == written
    assert check_database().ok
    assert [(a.officer, a.what) for a in access.record(actors["admin"], nik=SITI)] == [
        ("petugas", "printed:receipt"),
        ("analis", "printed:receipt"),
    ]
