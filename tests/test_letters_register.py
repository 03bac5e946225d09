"""The incoming-letter register: agenda numbers, the scans kept, bad input refused."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from conftest import NOW, PASSWORD
from helpers import loket, table_counts
from test_attachments import jpeg, pdf

from desktop.domain.errors import DomainError, ValidationFailed
from desktop.services import letters
from desktop.store.models import Attachment, HistoryEvent, IncomingLetter


def test_a_letter_gets_its_agenda_number_and_keeps_its_scans(actors):
    form = letters.LetterForm(
        sender_name="Bambang Wijaya",
        sender_address="Jl. Melati 3, Bogor",
        letter_no="01/BW/XI/2026",
        letter_date="20-11-2026",
        subject="Pengaduan mobil bekas",
    )
    done = letters.register_letter(
        actors["petugas"], form, [("hal-1.jpg", jpeg()), ("lampiran.pdf", pdf(2))], now=NOW
    )
    assert (done.agenda_no, done.pages) == ("00001/SM/2026", 3)
    letter = IncomingLetter.get()
    assert (letter.sender_name, letter.letter_date, letter.pages) == (
        "Bambang Wijaya",
        dt.date(2026, 11, 20),
        3,
    )
    assert Attachment.select().where(Attachment.letter == letter.uuid).count() == 2
    assert (
        HistoryEvent.get(HistoryEvent.kind == "letter.registered").payload["agenda_no"]
        == "00001/SM/2026"
    )
    second = letters.register_letter(
        actors["petugas"],
        letters.LetterForm(sender_name="Siti Aminah"),
        [("surat.pdf", pdf(1))],
        now=NOW,
    )
    assert second.agenda_no == "00002/SM/2026"
    assert [
        x.agenda_no for x in letters.letters_between(dt.date(2026, 11, 23), dt.date(2026, 11, 23))
    ] == ["00001/SM/2026", "00002/SM/2026"]


def test_a_letter_is_found_by_what_its_scan_says(actors):
    from test_scanning import text_image

    from desktop.scanning import ocr

    done = letters.register_letter(
        actors["petugas"],
        letters.LetterForm(sender_name="Bambang Wijaya", subject="Surat pengaduan"),
        [("surat.png", text_image("Sepeda motor mogok setelah servis"))],
        now=NOW,
    )
    assert [x.agenda_no for x in letters.find_letters("bambang")] == [done.agenda_no]
    if not ocr.available():
        pytest.skip("Tesseract with Indonesian is not installed; make test installs it")
    assert letters.find_letters("mogok") == []
    assert letters.read_letter_text(done.uuid) > 10
    assert [x.agenda_no for x in letters.find_letters("mogok servis")] == [done.agenda_no]


def test_a_bad_letter_is_refused_and_nothing_is_written(actors):
    before = table_counts()
    with pytest.raises(ValidationFailed) as info:
        letters.register_letter(
            actors["petugas"],
            letters.LetterForm(sender_name="", letter_date="31-02-2026"),
            [("a.pdf", pdf(1))],
            now=NOW,
        )
    assert set(info.value.by_field()) == {"letter.sender_name", "letter.letter_date"}
    with pytest.raises(ValidationFailed) as info:
        letters.register_letter(
            actors["petugas"], letters.LetterForm(sender_name="Budi"), [], now=NOW
        )
    assert str(info.value) == "Pindaian: Pindai atau pilih berkas surat terlebih dahulu."
    with pytest.raises(DomainError) as refused:
        letters.register_letter(
            actors["petugas"],
            letters.LetterForm(sender_name="Budi"),
            [("a.pdf", pdf(1)), ("b.jpg", jpeg()[:500])],
            now=NOW,
        )
    assert str(refused.value) == "Berkas rusak atau terpotong dan tidak dapat dibuka."
    assert table_counts() == before


def test_letters_import_from_the_command_line(actors, data_dir, tmp_path):
    from helpers import desk_args

    from desktop.store.models import database

    where = desk_args(data_dir)
    database.close()
    scan = tmp_path / "surat.pdf"
    scan.write_bytes(pdf(2))
    done = loket(
        "letters",
        "import",
        str(scan),
        "--sender",
        "Ibu Ratna",
        "--subject",
        "Paket hilang",
        "--user",
        "petugas",
        *where,
        password=PASSWORD,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("/SM/2026")
    missing = loket(
        "letters",
        "import",
        str(tmp_path / "tidak-ada.pdf"),
        "--sender",
        "X Y",
        "--user",
        "petugas",
        *where,
        password=PASSWORD,
    )
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert "tidak-ada.pdf" in missing.stderr


def test_the_register_of_a_period_and_a_letter_linked_to_its_case(actors):
    import io

    from conftest import complaint_form
    from pypdf import PdfReader

    from desktop.services import intake

    done = letters.register_letter(
        actors["petugas"],
        letters.LetterForm(
            sender_name="Bambang Wijaya", letter_no="07/BW/2026", subject="Mobil bekas"
        ),
        [("surat.pdf", pdf(1))],
        now=NOW,
    )
    case = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    assert letters.link_case(actors["petugas"], done.uuid, case.reg_no, now=NOW) == case.reg_no
    with pytest.raises(DomainError):
        letters.link_case(actors["petugas"], done.uuid, "LK1-000000-00000", now=NOW)
    register = letters.register_pdf(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    text = " ".join(PdfReader(io.BytesIO(register)).pages[0].extract_text().split())
    for expected in (
        "BUKU AGENDA SURAT MASUK",
        "1 November 2026 s.d. 30 November 2026",
        "00001/SM/2026",
        "07/BW/2026",
        "Bambang Wijaya",
        "Mobil bekas",
        case.reg_no,
    ):
        assert expected in text
    empty = letters.register_pdf(dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert "Tidak ada surat masuk" in PdfReader(io.BytesIO(empty)).pages[0].extract_text()


def test_an_incoming_letter_prints_its_receipt_and_disposition_sheet(actors, data_dir, tmp_path):
    import io

    from pypdf import PdfReader

    from desktop.services import printing

    done = letters.register_letter(
        actors["petugas"],
        letters.LetterForm(
            sender_name="Bambang Wijaya", letter_no="07/BW/2026", subject="Mobil bekas"
        ),
        [("surat.pdf", pdf(2))],
        now=NOW,
    )
    receipt = printing.print_incoming(actors["petugas"], done.uuid, "letter_receipt", now=NOW)
    text = " ".join(PdfReader(io.BytesIO(receipt.pdf)).pages[0].extract_text().split())
    for expected in (
        "TANDA TERIMA SURAT",
        "00001/SM/2026",
        "Senin, 23 November 2026, 09.00 WIB",
        "Bambang Wijaya",
        "07/BW/2026",
        "Mobil bekas",
        "2 halaman, 0 lampiran",
        "Petugas Satu",
    ):
        assert expected in text, expected
    sheet = printing.print_incoming(actors["petugas"], done.agenda_no, "disposition", now=NOW)
    text = " ".join(PdfReader(io.BytesIO(sheet.pdf)).pages[0].extract_text().split())
    for expected in (
        "LEMBAR DISPOSISI",
        "Surat dari: Bambang Wijaya",
        "Nomor agenda: 00001/SM/2026",
        "Diteruskan kepada Sdr.",
        "Analis pengaduan",
        "Dengan hormat harap",
        "Catatan",
    ):
        assert expected in text, expected
    again = printing.print_incoming(actors["petugas"], done.uuid, "disposition", now=NOW)
    assert again.is_copy and "SALINAN" in PdfReader(io.BytesIO(again.pdf)).pages[0].extract_text()
    for name, pdf_bytes in (("receipt.pdf", receipt.pdf), ("sheet.pdf", sheet.pdf)):
        path = tmp_path / name
        path.write_bytes(pdf_bytes)
        assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0


def test_a_joined_scan_is_made_searchable_and_a_pdf_with_text_keeps_it(actors):
    from test_scanning import text_image

    from desktop.scanning import ocr, pages
    from desktop.services import attachments

    if not ocr.available():
        pytest.fail("Tesseract with Indonesian is needed: make test installs tesseract-ocr-ind")
    joined = pages.join(
        pages.pages_of("hal-1.png", text_image("Perihal pengaduan kulkas"))
        + pages.pages_of("hal-2.png", text_image("Pendingin bocor sejak dibeli"))
    )
    scanned = letters.register_letter(
        actors["petugas"], letters.LetterForm(sender_name="Ibu Ratna"), [("surat.pdf", joined)]
    )
    # A PDF made by a program (here the register) has text on every page.
    from desktop.documents.register import RegisterRow, render_register
    from desktop.services.printing import office

    with_text = render_register(
        [RegisterRow("1", "-", "-", "-", "Toko Sinar", "Garansi ditolak", 1, "")], "-", office()
    )
    typed = letters.register_letter(
        actors["petugas"], letters.LetterForm(sender_name="Pak Budi"), [("sk.pdf", with_text)]
    )
    assert letters.find_letters("bocor") == []
    assert letters.read_letter_text(scanned.uuid) > 20
    assert letters.read_letter_text(typed.uuid) > 20
    assert [x.agenda_no for x in letters.find_letters("bocor")] == [scanned.agenda_no]
    assert [x.agenda_no for x in letters.find_letters("garansi")] == [typed.agenda_no]
    (searchable,) = Attachment.select().where(Attachment.letter == scanned.uuid)
    assert searchable.sha256 != scanned.files[0]  # the scan now carries its text layer
    kept = attachments.files().read(searchable.sha256)
    assert "bocor" in " ".join(ocr.page_texts(kept)).lower() and len(ocr.page_texts(kept)) == 2
    (untouched,) = Attachment.select().where(Attachment.letter == typed.uuid)
    assert untouched.sha256 == typed.files[0]  # a PDF with text is not rewritten
