"""The processing record: opening a case file in the window, printing and e-mailing are read
back per person and per officer by a supervisor; nobody else may read it; it is part of the
history chain, so an opening erased afterwards is named by ``loket check``."""

from __future__ import annotations

from conftest import NOW, complaint_form
from helpers import loket, raw_connection

from desktop.gui.case_file import CaseFileDialog
from desktop.gui.desk import DeskSettings
from desktop.services import access, intake, printing


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
