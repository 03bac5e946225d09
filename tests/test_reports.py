"""The recap of a period: what came in by sector and channel, what became of the cases closed in
it, on screen and printed; only for supervisors and admins."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from conftest import PASSWORD, complaint_form
from helpers import desk_args, loket, passes_qpdf
from pypdf import PdfReader

from desktop.domain.errors import DomainError, PermissionDenied
from desktop.services import handling, intake, reports

NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
# Times are UTC; the office counts its days in WIB (UTC+7).
LAST_OCTOBER_EVENING = dt.datetime(2026, 10, 31, 16, 30)  # 23:30 WIB, 31 October
FIRST_NOVEMBER_MORNING = dt.datetime(2026, 10, 31, 17, 30)  # 00:30 WIB, 1 November


@pytest.fixture
def office(actors):
    """October: one walk-in. November: two walk-ins and a letter; one closed as resolved, one
    forwarded to OJK, and the October case forwarded to BPOM in November."""

    def register(when, **form):
        form = complaint_form(**{"complained_at": dt.date(2026, 10, 30), **form})
        return intake.register_complaint(actors["petugas"], form, now=when).uuid

    def act(uuid, action, params, when):
        handling.take_action(actors["analis"], uuid, action, params, now=when)

    october = register(LAST_OCTOBER_EVENING)
    first = register(FIRST_NOVEMBER_MORNING, transaction_value="Rp1.000.000")
    second = register(
        dt.datetime(2026, 11, 10, 3), sector="financial", transaction_value="Rp5.000.000"
    )
    register(dt.datetime(2026, 11, 12, 3), channel="post", transaction_value="")
    for uuid, day in ((first, 2), (second, 11), (october, 3)):
        act(uuid, "start_analysis", {}, dt.datetime(2026, 11, day, 4))
    act(
        first,
        "start_clarification",
        {"mode": "online", "reason": "Dalam lingkup UUPK."},
        dt.datetime(2026, 11, 4, 4),
    )
    act(
        first,
        "close",
        {"outcome": "resolved", "note": "Dana kembali."},
        dt.datetime(2026, 11, 20, 4),
    )
    act(
        second,
        "forward",
        {"agency": "OJK", "reason": "Pinjaman daring."},
        dt.datetime(2026, 11, 13, 4),
    )
    act(october, "forward", {"agency": "BPOM", "reason": "Obat."}, dt.datetime(2026, 11, 5, 4))
    return actors


def _text(pdf: PdfReader) -> str:
    return " ".join(" ".join(page.extract_text() for page in pdf.pages).split())


def test_the_recap_counts_the_period_by_the_office_day(office):
    recap = reports.recap(office["supervisor"], *NOVEMBER)
    assert (recap.received, recap.still_open, recap.closed) == (3, 1, 3)
    assert recap.value == 6_000_000  # the letter named no value
    assert recap.by_sector == [("electronics_vehicles", 2, 1_000_000), ("financial", 1, 5_000_000)]
    assert recap.by_channel == [("walk_in", 2), ("post", 1)]
    assert dict(recap.by_outcome) == {"forwarded": 2, "resolved": 1}
    assert sorted(recap.forwarded) == [
        ("Badan Pengawas Obat dan Makanan", 1),
        ("Otoritas Jasa Keuangan", 1),
    ]
    october = reports.recap(office["admin"], dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert (october.received, october.closed, october.still_open) == (1, 0, 0)


def test_only_supervisors_and_admins_and_a_period_that_runs_forward(office):
    with pytest.raises(PermissionDenied):
        reports.recap(office["petugas"], *NOVEMBER)
    with pytest.raises(DomainError) as refused:
        reports.recap(office["admin"], NOVEMBER[1], NOVEMBER[0])
    assert str(refused.value) == "Akhir periode (2026-11-01) sebelum awalnya (2026-11-30)."


def test_the_printed_recap_says_the_same_figures(office, tmp_path):
    pdf = reports.recap_pdf(office["admin"], *NOVEMBER)
    assert passes_qpdf(pdf, tmp_path)
    text = _text(PdfReader(io.BytesIO(pdf)))
    assert "REKAPITULASI PENGADUAN KONSUMEN" in text
    assert "1 November 2026 s.d. 30 November 2026" in text
    assert "Pengaduan diterima 3" in text and "Rp6.000.000" in text
    assert "Jasa keuangan 1 Rp5.000.000" in text
    assert "Otoritas Jasa Keuangan 1" in text and "Klarifikasi diterima 1" in text


def test_the_command_line_prints_the_recap(office, data_dir, tmp_path):
    from desktop.store.models import database

    database.close()  # the command opens the folder itself
    out = tmp_path / "rekap.pdf"
    november = ["report", "--from", "01-11-2026", "--to", "30-11-2026", "--out", str(out)]
    done = loket(*november, "--user", "admin", *desk_args(data_dir), password=PASSWORD)
    assert done.returncode == 0, done.stderr
    text = _text(PdfReader(out))
    assert "Pengaduan diterima 3" in text
    refused = loket(*november, "--user", "petugas", *desk_args(data_dir), password=PASSWORD)
    assert refused.returncode == 2 and "Laporan hanya untuk supervisor dan admin." in refused.stderr


def test_the_reports_page_shows_and_prints_the_period_chosen(qtbot, qapp, office, tmp_path):
    from PySide6.QtCore import QDate

    from desktop.gui import i18n, style
    from desktop.gui.desk import DeskSettings
    from desktop.gui.reports_page import ReportsPage
    from desktop.gui.worker import Worker

    style.apply(qapp)
    i18n.install("id")
    worker = Worker()
    try:
        page = ReportsPage(worker, office["supervisor"], DeskSettings(tmp_path))
        qtbot.addWidget(page)
        f = page.form
        f.fromEdit.setDate(QDate(2026, 11, 1))
        f.toEdit.setDate(QDate(2026, 11, 30))
        assert f.periodCombo.currentData() == "custom"  # typing dates leaves the named periods
        qtbot.waitUntil(lambda: page.recap is not None and page.recap.start.month == 11)
        assert [f.receivedCount.text(), f.openCount.text(), f.closedCount.text()] == ["3", "1", "3"]
        assert f.valueCount.text() == "Rp6.000.000"
        assert [f.sectorView.item(r, 0).text() for r in range(f.sectorView.rowCount())] == [
            "Elektronik dan kendaraan bermotor",
            "Jasa keuangan",
        ]
        assert f.channelView.item(1, 0).text() == "Surat"

        f.toEdit.setDate(QDate(2026, 10, 1))  # before the start: said in words, nothing printed
        qtbot.waitUntil(lambda: f.messageLabel.text().startswith("Akhir periode"))
        assert not f.printRecapButton.isEnabled()

        f.toEdit.setDate(QDate(2026, 11, 30))
        qtbot.waitUntil(f.printRecapButton.isEnabled)
        f.printRecapButton.click()
        qtbot.waitUntil(lambda: getattr(page, "preview", None) is not None)
        assert page.preview.document.pageCount() >= 1
        page.preview.close()
    finally:
        worker.stop()


def test_the_printed_recap_is_ready_to_sign(office):
    from desktop.services import settings

    settings.put(office["admin"], "signatory.name", "Dra. Ratna Dewi")
    settings.put(office["admin"], "signatory.nip", "196805121994032001")
    pdf = reports.printed(reports.recap(office["supervisor"], *NOVEMBER), office["supervisor"])
    text = _text(PdfReader(io.BytesIO(pdf)))
    letterhead = text.split("REKAPITULASI PENGADUAN KONSUMEN")[0]
    assert "KEMENTERIAN PERDAGANGAN REPUBLIK INDONESIA" in letterhead
    assert "Jumlah 3 Rp6.000.000" in text  # the sectors' totals row
    assert text.count("Jumlah 3") == 3  # sectors, channels, outcomes
    assert "Otoritas Jasa Keuangan 1 Jumlah 2" in text  # the agencies'
    # Who acknowledges (the office's signatory) beside who made it (the supervisor), names on
    # one line under the room to sign.
    assert "Mengetahui," in text and "Yang membuat, Supervisor Layanan Pengaduan," in text
    assert f"Dra. Ratna Dewi NIP 19680512 199403 2 001 {office['supervisor'].full_name}" in text


@pytest.mark.parametrize(
    ("choice", "today", "period"),
    [
        ("quarter", dt.date(2026, 11, 20), (dt.date(2026, 10, 1), dt.date(2026, 11, 20))),
        ("last_quarter", dt.date(2026, 2, 3), (dt.date(2025, 10, 1), dt.date(2025, 12, 31))),
        ("semester", dt.date(2026, 8, 9), (dt.date(2026, 7, 1), dt.date(2026, 8, 9))),
        ("last_semester", dt.date(2026, 3, 1), (dt.date(2025, 7, 1), dt.date(2025, 12, 31))),
        ("last_semester", dt.date(2026, 9, 1), (dt.date(2026, 1, 1), dt.date(2026, 6, 30))),
        ("last_month", dt.date(2026, 1, 5), (dt.date(2025, 12, 1), dt.date(2025, 12, 31))),
        ("custom", dt.date(2026, 1, 5), None),
    ],
)
def test_quarters_and_semesters(choice, today, period):
    from desktop.domain.periods import period_of

    assert period_of(choice, today) == period
