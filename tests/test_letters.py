"""Official letters: the government layout, numbers from the template, long text on page two."""

from __future__ import annotations

import datetime as dt
import io
import subprocess

import pytest
from conftest import NOW, PASSWORD, complaint_form
from helpers import loket
from pypdf import PdfReader

from desktop.domain.errors import DomainError
from desktop.services import handling, intake, printing

DAY = dt.timedelta(days=1)


def pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def in_clarification(actors, **overrides) -> str:
    uuid = intake.register_complaint(actors["petugas"], complaint_form(**overrides), now=NOW).uuid
    handling.take_action(actors["analis"], uuid, "start_analysis", now=NOW + DAY)
    handling.take_action(
        actors["analis"],
        uuid,
        "start_clarification",
        {"mode": "online", "reason": "Konsumen akhir"},
        now=NOW + DAY,
    )
    return uuid


def test_a_clarification_letter_in_the_official_layout(actors, tmp_path):
    uuid = in_clarification(actors)
    letter = printing.print_letter(
        actors["analis"], uuid, "clarification", now=NOW + DAY, issue=True
    )
    assert letter.number == "B-1/PKTN.4/KLR/XI/2026"
    (text,) = pages(letter.pdf)
    for expected in (
        "KEMENTERIAN PERDAGANGAN REPUBLIK INDONESIA",
        "Nomor : B-1/PKTN.4/KLR/XI/2026",
        "Jakarta, 24 November 2026",
        "Sifat : Biasa",
        "Lampiran : -",
        "Hal : Permintaan Klarifikasi",
        "Yth. Pimpinan Toko Elektronik Sinar Jaya",
        "Siti Aminah",
        "LK1-202611-00001",
        # 14 working days after Tuesday 24 November 2026
        "Senin, 14 Desember 2026",
        "a.n. Direktur Jenderal Perlindungan Konsumen",
        "Tembusan: 1. Sdr./Sdri. Siti Aminah (konsumen)",
    ):
        assert expected in text, expected
    path = tmp_path / "letter.pdf"
    path.write_bytes(letter.pdf)
    assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0


def test_a_reprint_keeps_its_number_and_says_salinan(actors):
    uuid = in_clarification(actors)
    first = printing.print_letter(
        actors["analis"], uuid, "clarification", now=NOW + DAY, issue=True
    )
    again = printing.print_letter(actors["analis"], uuid, "clarification", "f4", now=NOW + DAY)
    assert again.number == first.number and again.is_copy and not first.is_copy
    assert "SALINAN" in pages(again.pdf)[0]
    mediabox = PdfReader(io.BytesIO(again.pdf)).pages[0].mediabox
    assert (round(float(mediabox.width)), round(float(mediabox.height))) == (609, 935)  # F4


def test_a_long_letter_continues_on_a_page_headed_with_its_number(actors):
    story = (
        "Penjual berjanji mengganti barang yang rusak namun tidak pernah menepati janji itu "
        "meskipun konsumen sudah berkali-kali datang ke toko dan mengirim pesan. "
    ) * 9
    uuid = in_clarification(actors, chronology=story)
    letter = printing.print_letter(
        actors["analis"], uuid, "clarification", now=NOW + DAY, issue=True
    )
    text = pages(letter.pdf)
    assert len(text) == 2
    assert text[1].startswith("- 2 - Nomor B-1/PKTN.4/KLR/XI/2026")
    assert "Tembusan" in text[1] and "Nama Pejabat Penandatangan" in text[1]


def test_a_forwarding_letter_goes_to_the_agency(actors):
    uuid = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW).uuid
    handling.take_action(actors["analis"], uuid, "start_analysis", now=NOW)
    with pytest.raises(DomainError) as info:
        printing.print_letter(actors["analis"], uuid, "forwarding", now=NOW)
    assert str(info.value) == "Surat ini belum dapat dibuat untuk pengaduan berstatus dianalisis."
    handling.take_action(
        actors["analis"],
        uuid,
        "forward",
        {"agency": "OJK", "reason": "Sengketa pinjaman daring."},
        now=NOW,
    )
    (text,) = pages(printing.print_letter(actors["analis"], uuid, "forwarding", now=NOW).pdf)
    assert "Yth. Pimpinan Otoritas Jasa Keuangan" in text
    assert "pertimbangan: Sengketa pinjaman daring." in text
    assert "kami teruskan kepada Otoritas Jasa Keuangan" in text


def test_print_from_the_command_line(actors, data_dir, tmp_path):
    uuid = in_clarification(actors)
    from desktop.store.models import database

    database.close()
    out = tmp_path / "klr.pdf"
    admin = ("--user", "admin")
    done = loket(
        "print",
        "clarification",
        uuid,
        "--out",
        str(out),
        "--data-dir",
        str(data_dir),
        *admin,
        password=PASSWORD,
    )
    assert done.returncode == 0, done.stderr
    assert "Permintaan Klarifikasi" in pages(out.read_bytes())[0]
    wrong = loket(
        "print",
        "receipt",
        uuid,
        "--paper",
        "f4",
        "--out",
        str(out),
        "--data-dir",
        str(data_dir),
        *admin,
        password=PASSWORD,
    )
    assert wrong.returncode == 2 and wrong.stderr.strip() == (
        "loket: a receipt is printed on a5 or thermal paper"
    )
