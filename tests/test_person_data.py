"""A person's data on request (UU 27/2022 art. 32): `loket person export NIK` gives everything
the office holds about that person and who processed it, and nothing of anyone else."""

from __future__ import annotations

import datetime as dt
import io
import subprocess

import pytest
from conftest import PASSWORD, complaint_form
from helpers import loket

from desktop.domain.errors import DomainError, PermissionDenied
from desktop.domain.intake import VisitorForm
from desktop.services import access, attachments, handling, intake, person, printing, visitors
from desktop.store.models import HistoryEvent

SITI = "3174015708850003"  # the form's own complainant
DEWI = "3578016502900002"


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "person.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return " ".join(out.stdout.split())


def _blank_pdf(pages: int) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _document_and_letter(actors, case_uuid: str, name: str, pages: int, at: dt.datetime) -> str:
    """A document kept with the case and a clarification letter issued for it: its number."""
    analyst = actors["analis"]
    attachments.attach_file(actors["petugas"], case_uuid, name, _blank_pdf(pages), now=at)
    handling.take_action(analyst, case_uuid, "start_analysis", now=at)
    handling.take_action(
        analyst,
        case_uuid,
        "start_clarification",
        {"mode": "online", "reason": "Konsumen akhir; barang cacat"},
        now=at,
    )
    return printing.print_letter(analyst, case_uuid, "clarification", now=at, issue=True).number


@pytest.fixture
def two_people(actors):
    """Siti: two complaints (one receipt printed, one document kept and one letter issued) and
    a visit; Dewi: one complaint, with a document and a letter of her own."""
    counter = actors["petugas"]
    at = dt.datetime(2026, 11, 23, 2)
    first = intake.register_complaint(counter, complaint_form(), now=at)
    second = intake.register_complaint(
        counter,
        complaint_form(product="Mesin cuci", business__name="PT Cuci Bersih"),
        now=at + dt.timedelta(hours=1),
    )
    dewi = intake.register_complaint(
        counter,
        complaint_form(
            complainant__name="Dewi Lestari",
            complainant__nik=DEWI,
            complainant__birth_date=dt.date(1990, 2, 25),
            complainant__phone="0813-1111-2222",
            complainant__email="dewi@contoh.co.id",
            complainant__address="Jl. Darmo No. 9",
            product="Sepeda motor bekas",
        ),
        now=at + dt.timedelta(hours=2),
    )
    visitors.sign_in_visitor(
        counter,
        VisitorForm(name="Siti Aminah", nik=SITI, phone="081234567890", purpose="question"),
        now=at + dt.timedelta(hours=3),
    )
    printing.print_receipt(counter, first.reg_no, now=at + dt.timedelta(minutes=5))
    access.open_case_file(actors["analis"], second.uuid, now=at + dt.timedelta(hours=4))
    access.open_case_file(actors["analis"], dewi.uuid, now=at + dt.timedelta(hours=4))
    siti_letter = _document_and_letter(
        actors, first.uuid, "nota-pembelian.pdf", 2, at + dt.timedelta(hours=5)
    )
    dewi_letter = _document_and_letter(
        actors, dewi.uuid, "kuitansi-motor.pdf", 3, at + dt.timedelta(hours=6)
    )
    return actors, first, second, dewi, siti_letter, dewi_letter


def test_a_persons_export_holds_all_their_cases_and_nothing_of_anyone_elses(two_people, tmp_path):
    actors, first, second, dewi, siti_letter, dewi_letter = two_people
    done = person.export(actors["supervisor"], "3174-0157-0885-0003")  # typed with separators
    assert (done.cases, done.visits) == (2, 1)
    text = _text(done.pdf, tmp_path)
    for shown in (first.reg_no, second.reg_no, "Siti Aminah", SITI, "Mesin cuci", "PT Cuci Bersih"):
        assert shown in text
    assert "Perempuan" in text and "0812-3456-7890" in text  # in words, as written
    assert "RT 003/RW 007, Pasar Minggu, Pasar Minggu, Jakarta Selatan" in text  # the address whole
    assert "12.00 Pertanyaan" in text  # the visit, at the office's hour, by its purpose
    # who processed the data, when: registered, the receipt printed
    assert f"09.00 Petugas Satu Pengaduan dicatat {first.reg_no}" in text
    assert f"09.05 Petugas Satu Dicetak: Tanda terima pengaduan {first.reg_no}" in text
    assert f"13.00 Analis Satu Berkas pengaduan dibuka {second.reg_no}" in text
    assert text.count("Berkas pengaduan dibuka") == 1  # Dewi's opening is hers alone
    # her letters (direction, number, date, the case) and her documents (name, size, the case)
    subject = "Permintaan Klarifikasi atas Pengaduan Konsumen"
    assert f"Keluar {siti_letter} 23 November 2026 {subject} {first.reg_no}" in text
    size = f"{len(_blank_pdf(2)):,}".replace(",", ".")
    assert f"nota-pembelian.pdf {size} bita 23 November 2026 14.00 {first.reg_no}" in text
    assert f"14.00 Analis Satu Surat diterbitkan {first.reg_no}" in text  # and in the record
    for other in (
        dewi.reg_no,
        "Dewi Lestari",
        DEWI,
        "Sepeda motor",
        "dewi@contoh",
        dewi_letter,
        "kuitansi-motor.pdf",
    ):
        assert other not in text
    event = HistoryEvent.get(HistoryEvent.kind == "person.data_exported")
    assert event.payload["nik"] == "317401******0003"  # the record names no whole NIK
    assert sorted(event.payload["cases"]) == sorted([first.reg_no, second.reg_no])
    assert event.actor_id == actors["supervisor"].uuid
    again = _text(person.export(actors["admin"], SITI).pdf, tmp_path)
    assert "Data pribadi diserahkan kepada pemiliknya" in again  # the first handing over


def test_only_a_supervisor_or_admin_and_an_unknown_nik_is_said(two_people):
    actors = two_people[0]
    with pytest.raises(PermissionDenied):
        person.export(actors["petugas"], SITI)
    with pytest.raises(DomainError) as unknown:
        person.export(actors["supervisor"], "3174015708850004")
    assert "tidak menyimpan data apa pun dengan NIK 317401******0004" in unknown.value.message("id")
    with pytest.raises(DomainError):
        person.export(actors["supervisor"], "1234")  # not a NIK at all


def test_loket_person_export_writes_the_pdf(two_people, data_dir, tmp_path):
    out = tmp_path / "siti.pdf"
    result = loket(
        "person", "export", SITI, "--out", str(out), "--user", "supervisor",
        "--data-dir", str(data_dir), password=PASSWORD,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "2 complaints, 1 visits" in result.stdout
    assert two_people[1].reg_no in _text(out.read_bytes(), tmp_path)
    refused = loket(
        "person", "export", "3174015708850004", "--out", str(tmp_path / "x.pdf"),
        "--user", "supervisor", "--data-dir", str(data_dir), password=PASSWORD,
    )  # fmt: skip
    assert refused.returncode == 2 and "Periksa kembali NIK-nya" in refused.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_from_the_reports_page_a_wrong_nik_is_said_and_the_right_one_previewed(
    qapp, qtbot, two_people, tmp_path
):
    from PySide6.QtCore import Qt

    from desktop.gui import i18n, style
    from desktop.gui.desk import DeskSettings
    from desktop.gui.reports_page import ReportsPage
    from desktop.gui.worker import Worker

    style.apply(qapp)
    i18n.install("id")
    worker = Worker()
    try:
        page = ReportsPage(worker, two_people[0]["supervisor"], DeskSettings(tmp_path))
        qtbot.addWidget(page)
        page.show()
        assert page.form.personDataButton.text() == "Data seseorang…"
        page.form.personDataButton.click()
        dialog = page.person
        f = dialog.form
        assert dialog.isVisible() and f.saveButton.text() == "Buat dokumen"
        qtbot.keyClicks(f.nikEdit, "3174015708850004")  # one digit wrong: no one
        qtbot.keyClick(f.nikEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(f.errorLabel.isVisible)
        assert "tidak menyimpan data apa pun dengan NIK 317401******0004" in f.errorLabel.text()
        assert dialog.isVisible() and f.saveButton.isEnabled()
        qtbot.keyClicks(f.nikEdit, SITI)  # the wrong one was selected: typed over
        assert not f.errorLabel.isVisible()  # the old complaint goes with the new try
        qtbot.keyClick(f.nikEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.preview is not None)
        assert not dialog.isVisible()
        preview = dialog.preview
        assert preview.document.pageCount() >= 1
        assert two_people[1].reg_no in _text(preview.pdf, tmp_path)
        preview.close()
    finally:
        worker.stop()
