"""How the printed documents are set: fonts embedded, the letterhead whole on A4 and F4, body
lines not stretched, listings numbered "Halaman N dari M"."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from itertools import pairwise
from pathlib import Path

import pytest
from conftest import NOW
from test_outgoing_letters import in_clarification, planned_mediation

from desktop.services import hearings, letters, printing, reports, settings
from desktop.services import outgoing as register_out


def poppler(tool: str, pdf: bytes, folder: Path, *options: str) -> str:
    path = folder / "document.pdf"
    path.write_bytes(pdf)
    out = ["-"] if tool == "pdftotext" else []  # pdftotext writes to a file unless told
    done = subprocess.run([tool, *options, str(path), *out], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def documents(actors) -> dict[str, bytes]:
    """One of every printed document the desk makes."""
    uuid = in_clarification(actors)
    _case, meeting = planned_mediation(actors)
    day = NOW.date()
    return {
        "receipt": printing.print_receipt(actors["petugas"], uuid, record=False).pdf,
        "letter": printing.print_letter(actors["analis"], uuid, "clarification", now=NOW).pdf,
        "summons": printing.print_invitation(
            actors["mediator"], meeting.uuid, "consumer", now=NOW
        ).pdf,
        "attendance": printing.print_attendance(actors["mediator"], meeting.uuid).pdf,
        "schedule": hearings.schedule_pdf(day, day + dt.timedelta(days=7)),
        "recap": reports.recap_pdf(actors["admin"], day, day),
        "register_out": register_out.register_pdf(day, day),
        "register_in": letters.register_pdf(day, day),
    }


def test_every_document_embeds_its_fonts(actors, tmp_path):
    for name, pdf in documents(actors).items():
        rows = poppler("pdffonts", pdf, tmp_path).splitlines()[2:]
        assert rows, name
        for row in rows:
            # name, type, encoding, emb, sub, uni, object ID
            assert re.search(r"\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", row), (name, row)
            assert "LiberationSans" in row, (name, row)


@pytest.mark.parametrize("paper", ["a4", "f4"])
def test_the_letterhead_keeps_its_lines_whole(actors, tmp_path, paper):
    settings.put(actors["admin"], "letters.paper", paper)
    settings.put(actors["admin"], "office.whatsapp", "0853-1111-1010")
    uuid = in_clarification(actors)
    pdf = printing.print_letter(actors["analis"], uuid, "clarification", now=NOW).pdf
    lines = [" ".join(x.replace("\xa0", " ").split()) for x in poppler(
        "pdftotext", pdf, tmp_path, "-layout"
    ).splitlines()]  # fmt: skip
    assert "DIREKTORAT JENDERAL PERLINDUNGAN KONSUMEN DAN TERTIB NIAGA" in lines
    assert "NIAGA" not in lines
    # a line may end between two contact items, never inside one, and never on a separator
    for item in ("Telepon (021) 3858171", "WhatsApp 0853-1111-1010", "Pos-el pengaduan"):
        assert any(item in x for x in lines), item
    assert not [x for x in lines if x.endswith("·") or x.startswith("·")]


WORD = r'<word xMin="([\d.]+)" [^>]*xMax="([\d.]+)"[^>]*>([^<]*)<'


def test_body_lines_are_not_stretched(actors, tmp_path):
    uuid = in_clarification(actors)
    pdf = printing.print_letter(actors["analis"], uuid, "clarification", now=NOW).pdf
    html = poppler("pdftotext", pdf, tmp_path, "-bbox-layout")
    gaps = []
    for line in re.findall(r"<line [^>]*>(.*?)</line>", html, re.S):
        words = [
            (float(a), float(b), w)
            for a, b, w in re.findall(
                r'<word xMin="([\d.]+)" [^>]*xMax="([\d.]+)"[^>]*>([^<]*)<', line
            )
        ]
        if len(words) >= 6:  # a line of running text, not a table's cells
            gaps += [(n[0] - p[1], p[2], n[2]) for p, n in pairwise(words)]
    assert gaps and max(g for g, _, _ in gaps) < 5, max(gaps)  # 11 pt type: a space is ~3 pt


def test_the_schedule_and_the_recap_say_which_page_of_how_many(actors, tmp_path):
    day = NOW.date()
    for pdf in (hearings.schedule_pdf(day, day), reports.recap_pdf(actors["admin"], day, day)):
        text = poppler("pdftotext", pdf, tmp_path)
        pages = text.count("\f")
        assert pages >= 1 and "Halaman 1 dari " + str(pages) in text
        assert "Halaman " + str(pages) + " dari " + str(pages) in text


def test_every_listing_is_on_the_letterhead(actors, tmp_path):
    made = documents(actors)
    for name in ("schedule", "recap", "register_out", "register_in"):
        first = poppler("pdftotext", made[name], tmp_path, "-l", "1")
        assert "KEMENTERIAN PERDAGANGAN REPUBLIK INDONESIA" in first, name
        assert "Pos-el pengaduan.konsumen@kemendag.go.id" in first, name


def test_the_recap_signs_with_the_last_grouping_and_a_spaced_nip(actors, tmp_path):
    settings.put(actors["admin"], "signatory.nip", "197003151995032001")
    day = NOW.date()
    text = poppler("pdftotext", reports.recap_pdf(actors["admin"], day, day), tmp_path)
    *_, last = text.rstrip("\f").split("\f")
    assert "Mengetahui," in last and "NIP 19700315 199503 2 001" in last
    assert "Dialihkan ke instansi lain" in last  # not a page of signatures alone


def test_the_schedule_is_signed_by_the_signatory_with_its_last_rows(actors, tmp_path):
    """The schedule carries the office signatory's block (place and date, position, name, the
    spaced NIP); a long one keeps its last meetings on the page of the signature."""
    from desktop.documents.schedule import MeetingRow, render_schedule
    from desktop.services.letterhead import office, signatory

    settings.put(actors["admin"], "signatory.nip", "197003151995032001")
    settings.put(actors["admin"], "signatory.name", "Dra. Ani Lestari, M.M.")
    planned_mediation(actors)
    day = dt.date(2026, 11, 30)
    text = poppler("pdftotext", hearings.schedule_pdf(day, day, now=NOW), tmp_path, "-layout")
    flat = " ".join(text.split())
    assert "Jakarta, 23 November 2026" in flat
    assert "Direktur Pemberdayaan Konsumen," in flat
    assert "Dra. Ani Lestari, M.M. NIP 19700315 199503 2 001" in flat
    assert flat.index("Ruang Mediasi 2") < flat.index("Dra. Ani Lestari")

    def meetings(count: int) -> list[MeetingRow]:
        return [
            MeetingRow(
                f"Senin, {30 - n // 20} November 2026",
                f"{8 + n % 8:02d}.00–{9 + n % 8:02d}.00",
                "Ruang Mediasi 1",
                "Mediasi",
                f"LK1-202611-{n:05d}",
                f"Pengadu Ke-{n}",
                "PT Contoh",
                "Mediator Satu",
            )
            for n in range(1, count + 1)
        ]

    # 17: the signature and the last two meetings go over to a page of their own (at today's
    # letterhead); 60: three pages
    for count in (17, 60):
        long = render_schedule(
            meetings(count), "sepekan", office(), signatory(), "Jakarta, 23 November 2026"
        )
        pages = poppler("pdftotext", long, tmp_path).rstrip("\f").split("\f")
        assert len(pages) >= 2
        *before, last = pages
        assert "Dra. Ani Lestari, M.M." in last and "NIP 19700315 199503 2 001" in last
        # not a page of the signature alone: the last meetings, under the table's header
        assert f"LK1-202611-{count - 1:05d}" in last and f"LK1-202611-{count:05d}" in last
        assert "No. registrasi" in last
        assert not any("Dra. Ani Lestari" in page for page in before)
