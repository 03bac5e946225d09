"""An admin sets how outgoing letters are numbered in Settings (the template, when the count
starts again, the unit's code, the archive classification code, the security code), told in
plain words while typing a template that cannot work; the next letter issued from a case file
carries the new number, on the printed letter and in the register. Letters numbered by the
earlier version, when they were first printed, are on their case file's list of letters."""

from __future__ import annotations

import io

from conftest import NOW
from pypdf import PdfReader
from PySide6.QtCore import QDate
from test_gui_case_walks import issued_text, new_preview, open_file, run
from test_letters import in_clarification

from desktop.domain.numbering import month_roman
from desktop.domain.workdays import office_date
from desktop.gui.desk import DeskSettings
from desktop.gui.outgoing_page import OutgoingPage
from desktop.gui.settings_page import SettingsPage
from desktop.services import printing, settings
from desktop.services.context import write
from desktop.store.models import PrintedDocument, utcnow


def open_numbering(qtbot, worker, admin):
    page = SettingsPage(worker, admin)
    qtbot.addWidget(page)
    page.show()
    assert page.form.numberingButton.isEnabled()
    page.form.numberingButton.click()
    dialog = page.numbering
    qtbot.waitUntil(lambda: dialog.form.templateEdit.text() != "")
    dialog.page = page  # the page owns the dialog: kept while the test uses it
    return dialog


def retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


def test_an_admin_changes_each_part_and_the_next_letter_carries_it(
    qtbot, staffed_desk, tmp_path, monkeypatch
):
    worker, actors, folder = staffed_desk
    desk = DeskSettings(folder)
    today = office_date(utcnow())
    roman = month_roman(today.month)
    before = run(
        qtbot,
        worker,
        lambda: printing.print_letter(
            actors["analis"], in_clarification(actors), "clarification", issue=True
        ),
    )
    assert before.number == f"B-1/PKTN.4/KLR/{roman}/{today.year}"  # the office's default

    dialog = open_numbering(qtbot, worker, actors["admin"])
    f = dialog.form
    assert f.templateEdit.text() == "{security}-{seq}/{unit}/{code}/{month_roman}/{year}"
    assert f.restartCombo.currentData() == "year" and f.securityCombo.currentData() == "B"
    assert f.unitEdit.text() == "PKTN.4" and f.classificationEdit.text() == ""
    assert f.exampleLabel.text() == f"B-1/PKTN.4/KLR/{roman}/{today.year}"
    error = dialog.findChild(type(f.exampleLabel), "error_template")

    # Templates that cannot make a number, each said in words as it is typed; nothing saved.
    for typed, said in (
        ("{security}-{nomor}/{unit}", "Templat nomor memakai isian tak dikenal {nomor}."),
        ("{security}/{unit}/{year}", "Templat nomor harus memuat {seq}."),
        ("{seq:q}/{year}", "Templat nomor \u201c{seq:q}/{year}\u201d tidak dapat dibaca."),
        ("{seq}/{year", "Templat nomor \u201c{seq}/{year\u201d tidak dapat dibaca."),
    ):
        retype(qtbot, f.templateEdit, typed)
        assert not error.isHidden() and error.text() == said
        assert not f.saveButton.isEnabled() and f.exampleLabel.text() == "—"
    dialog.grab().save(str(tmp_path / "numbering-wrong.png"))

    # Each part changed: the template, a monthly count, the unit, the classification, R.
    retype(
        qtbot,
        f.templateEdit,
        "{security}-{seq:03d}/{unit}/{classification}/{code}/{month:02d}/{year}",
    )
    assert error.isHidden() and f.saveButton.isEnabled()
    f.restartCombo.setCurrentIndex(f.restartCombo.findData("month"))
    retype(qtbot, f.unitEdit, "PKTN.4.2")
    retype(qtbot, f.classificationEdit, "PK.03.01")
    f.securityCombo.setCurrentIndex(f.securityCombo.findData("R"))
    expected = f"R-001/PKTN.4.2/PK.03.01/KLR/{today.month:02d}/{today.year}"
    assert f.exampleLabel.text() == expected
    dialog.grab().save(str(tmp_path / "numbering.png"))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        f.saveButton.click()

    # The next letter, issued from its case file's preview as an officer issues it.
    uuid = run(qtbot, worker, lambda: in_clarification(actors, business__name="CV Maju Mundur"))
    case_file = open_file(qtbot, worker, actors["analis"], uuid, desk)
    qtbot.waitUntil(lambda: "print_clarification" in case_file.more)
    case_file.more["print_clarification"].click()
    shown = new_preview(qtbot, case_file, None)
    text = issued_text(qtbot, monkeypatch, shown, tmp_path / "klarifikasi.pdf")
    assert f"Nomor : {expected}" in text and "KONSEP" not in text

    register = OutgoingPage(worker, actors["analis"], desk)
    qtbot.addWidget(register)
    register.show()
    register.form.fromEdit.setDate(QDate(today.year, today.month, 1))
    register.form.toEdit.setDate(QDate(today.year, today.month, today.day))
    register.refresh()  # the period may have been this month already: no change to answer
    view = register.form.outgoingView
    qtbot.waitUntil(lambda: view.rowCount() == 2)
    numbers = {view.item(row, 0).text(): view.item(row, 3).text() for row in range(2)}
    assert numbers[expected] == case_file.file.case["reg_no"]
    assert before.number in numbers  # the number given before stays as it was

    # Opened again, the dialog shows what was saved.
    again = open_numbering(qtbot, worker, actors["admin"])
    assert again.form.templateEdit.text() == (
        "{security}-{seq:03d}/{unit}/{classification}/{code}/{month:02d}/{year}"
    )
    assert again.form.restartCombo.currentData() == "month"
    assert (again.form.unitEdit.text(), again.form.classificationEdit.text()) == (
        "PKTN.4.2",
        "PK.03.01",
    )
    assert again.form.securityCombo.currentData() == "R"


def test_a_supervisor_may_not_change_the_numbering(qtbot, staffed_desk):
    worker, actors, _folder = staffed_desk
    page = SettingsPage(worker, actors["supervisor"])
    qtbot.addWidget(page)
    assert not page.form.numberingButton.isEnabled()
    box = []  # and the service refuses, should the dialog be reached another way
    form = settings.LetterNumbering("{seq}/{year}", "year", "X", "", "B")
    worker.submit(
        settings.save_letter_numbering,
        actors["supervisor"],
        form,
        on_success=box.append,
        on_failure=box.append,
    )
    qtbot.waitUntil(lambda: bool(box))
    assert str(box[0]) == "Hanya admin yang dapat melakukan ini."


def test_a_letter_numbered_by_the_earlier_version_is_on_its_case_file(qtbot, staffed_desk):
    """Before letters were issued, a letter took its number when first printed (a row of
    printed_document only). The case file lists it with that number and date; opening it shows
    a SALINAN with the number; it is not sent by e-mail (the register has no issued file)."""
    worker, actors, folder = staffed_desk
    analyst = actors["analis"]
    old = "7/PKTN.4/KLR/XI/2026"

    def earlier_letter() -> str:
        uuid = in_clarification(actors)
        with write():
            for copy in (False, True):  # printed, then printed again
                PrintedDocument.create(
                    kind="clarification",
                    number=old,
                    case=uuid,
                    sha256="0" * 64,
                    is_copy=copy,
                    printed_by=analyst.uuid,
                    printed_at=NOW,
                )
        return uuid

    uuid = run(qtbot, worker, earlier_letter)
    case_file = open_file(qtbot, worker, analyst, uuid, DeskSettings(folder))
    view = case_file.form.outgoingView
    qtbot.waitUntil(lambda: view.rowCount() == 1)
    assert [view.item(0, c).text() for c in range(3)] == [
        old,
        "23 Nov 2026",
        "Surat permintaan klarifikasi",
    ]
    assert "versi sebelumnya" in view.item(0, 0).toolTip()
    view.selectRow(0)
    assert case_file.form.openLetterButton.isEnabled()
    assert not case_file.form.sendLetterButton.isEnabled()
    case_file.form.openLetterButton.click()
    qtbot.waitUntil(lambda: case_file.letters.preview is not None)
    pages = PdfReader(io.BytesIO(case_file.letters.preview.pdf)).pages
    text = " ".join(" ".join(p.extract_text().split()) for p in pages)
    assert f"Nomor : {old}" in text and "SALINAN" in text and "KONSEP" not in text
