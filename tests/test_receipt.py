"""The complaint receipt as the consumer takes it home: readable, whole, personal data masked."""

from __future__ import annotations

import io
import subprocess

import pytest
from conftest import NOW, complaint_form
from pypdf import PdfReader

from desktop.domain.errors import PermissionDenied
from desktop.services import intake, printing
from desktop.store.models import PrintedDocument


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("paper", ["a5", "thermal"])
def test_the_receipt_says_what_the_consumer_needs_and_hides_the_nik(actors, tmp_path, paper):
    done = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    printed = printing.print_receipt(actors["petugas"], done.reg_no, paper, now=NOW)
    reader = PdfReader(io.BytesIO(printed.pdf))
    assert len(reader.pages) == 1
    text = " ".join(text_of(printed.pdf).split())
    for expected in (
        "TANDA TERIMA PENGADUAN",
        done.reg_no,
        "Senin, 23 November 2026, 09.00 WIB",
        "Siti Aminah",
        "317401******0003",
        "0812*****890",
        "Toko Elektronik Sinar Jaya",
        "Telepon genggam",
        "Fotokopi KTP",
        "Bukti pembelian",
        "Rabu, 25 November 2026",
        "Jl. M.I. Ridwan Rais No. 5, Jakarta Pusat 10110",  # the office's address and phone
        "(021) 3858171",
        "Petugas Satu",
    ):
        assert expected in text, expected
    assert "WhatsApp" not in text  # the office has none in its settings
    assert "3174015708850003" not in text and "81234567890" not in text
    path = tmp_path / "receipt.pdf"
    path.write_bytes(printed.pdf)
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_every_print_is_recorded_and_a_reprint_says_salinan(actors):
    done = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    first = printing.print_receipt(actors["petugas"], done.reg_no, now=NOW)
    again = printing.print_receipt(actors["petugas"], done.uuid, "thermal", now=NOW)
    assert (first.is_copy, again.is_copy) == (False, True)
    assert "SALINAN" not in text_of(first.pdf) and "SALINAN" in text_of(again.pdf)
    records = list(PrintedDocument.select().order_by(PrintedDocument.id))
    assert [(r.kind, r.number, r.is_copy, r.printed_by_id) for r in records] == [
        ("receipt", done.reg_no, False, actors["petugas"].uuid),
        ("receipt", done.reg_no, True, actors["petugas"].uuid),
    ]
    import hashlib

    assert records[0].sha256 == hashlib.sha256(first.pdf).hexdigest()


def test_a_long_chronology_is_summarised_to_fit_one_page(actors):
    story = "Penjual terus berjanji akan mengganti barang tetapi tidak pernah menepati. " * 80
    done = intake.register_complaint(actors["petugas"], complaint_form(chronology=story), now=NOW)
    for paper in ("a5", "thermal"):
        pdf = printing.print_receipt(actors["petugas"], done.reg_no, paper, now=NOW).pdf
        assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
        assert "…" in text_of(pdf)


def test_only_staff_who_handle_cases_print(actors):
    done = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    with pytest.raises(PermissionDenied):
        printing.print_receipt(actors["admin"], done.reg_no, now=NOW)
    assert PrintedDocument.select().count() == 0


def test_a_whatsapp_number_is_printed_once_the_office_has_one(actors):
    from desktop.services import settings

    settings.put(actors["admin"], "office.whatsapp", "0853-1111-1010")
    done = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    printed = printing.print_receipt(actors["petugas"], done.uuid, record=False, now=NOW)
    assert "WhatsApp 0853-1111-1010" in " ".join(text_of(printed.pdf).split())
