"""Berita acara, reminders and the blocking recommendation as documents: sound PDFs, a long
agreement running onto a second page, the NIK masked, and printed from the command line."""

from __future__ import annotations

import datetime as dt

from conftest import NOW, PASSWORD, complaint_form
from helpers import desk_args, loket, passes_qpdf
from test_case_walks import text_of, utc

from desktop.services import handling, hearings, intake, printing


def in_clarification(actors, mode: str):
    """A walk-in complaint the analyst has taken to clarification (a meeting, or a letter)."""
    case = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    handling.take_action(actors["analis"], case.uuid, "start_analysis", now=NOW)
    handling.take_action(
        actors["analis"], case.uuid, "start_clarification", {"mode": mode, "reason": "x"}, now=NOW
    )
    return case


def held_mediation(actors, terms: str) -> tuple[str, str]:
    analyst = actors["analis"]
    case = in_clarification(actors, "offline")
    handling.take_action(analyst, case.uuid, "start_mediation", now=NOW)
    meeting = hearings.schedule(
        analyst, case.uuid, dt.datetime(2026, 11, 30, 9), 90, "Ruang Mediasi 1", now=NOW
    )
    hearings.record_result(analyst, meeting.uuid, "agreement", terms, now=utc(30, 11))
    return case.reg_no, meeting.uuid


def test_a_long_agreement_runs_onto_a_second_page_headed_with_its_number(actors, tmp_path):
    terms = "\n".join(
        f"Penjual mengembalikan cicilan ke-{n} sebesar Rp1.150.000 paling lambat tanggal {n} "
        "bulan berikutnya melalui transfer ke rekening konsumen, dengan bukti transfer dikirim "
        "kepada mediator."
        for n in range(1, 16)
    )
    _reg_no, meeting = held_mediation(actors, terms)
    printed = printing.print_minutes(actors["analis"], meeting, now=utc(30, 11, 5), issue=True)
    assert passes_qpdf(printed.pdf, tmp_path)
    import io

    from pypdf import PdfReader

    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(printed.pdf)).pages]
    assert len(pages) == 2
    number = printed.number.split("#")[0]
    assert f"Berita acara {number}" in pages[1] and "hlm. 2" in pages[1]
    assert "15. Penjual mengembalikan cicilan ke-15" in pages[1]
    assert "Pihak Konsumen" in pages[1]  # the signatures stay together, after the terms
    assert "NIK 317401******0003" in pages[0] and "3174015708850003" not in " ".join(pages)


def test_the_letters_of_a_stalled_answer_and_a_blocked_site_are_sound(actors, tmp_path):
    analyst = actors["analis"]
    case = in_clarification(actors, "online")
    printing.print_letter(analyst, case.uuid, "clarification", now=NOW, issue=True)
    handling.recommend_blocking(analyst, case.uuid, "Penipuan berulang.", now=NOW)
    late = NOW + dt.timedelta(days=30)  # the answer is overdue: a reminder may go out
    for kind in ("reminder", "blocking"):
        printed = printing.print_letter(analyst, case.uuid, kind, now=late, issue=True)
        assert passes_qpdf(printed.pdf, tmp_path), kind
        assert case.reg_no in text_of(printed.pdf)
        again = printing.print_letter(analyst, case.uuid, kind, now=late)
        assert again.is_copy and again.number == printed.number and "SALINAN" in text_of(again.pdf)


def test_summons_and_minutes_from_the_command_line(actors, data_dir, tmp_path):
    reg_no, _meeting = held_mediation(actors, "Penjual mengganti unit.")
    from desktop.store.models import database

    database.close()

    folder = (*desk_args(data_dir), "--user", "admin")
    done = loket(
        "print", "minutes", reg_no, "--out", str(tmp_path / "ba.pdf"), *folder, password=PASSWORD
    )
    assert done.returncode == 0, done.stderr
    assert "BERITA ACARA MEDIASI" in text_of((tmp_path / "ba.pdf").read_bytes())
    refused = loket(
        "print",
        "summons-business",
        reg_no,
        "--out",
        str(tmp_path / "und.pdf"),
        *folder,
        password=PASSWORD,
    )
    assert refused.returncode == 2
    assert refused.stderr == f"loket: case {reg_no} has no planned meeting\n"
    assert not (tmp_path / "und.pdf").exists()
