"""Exports of the lists to XLSX and CSV, read back as Excel would (openpyxl): header row kept
in view, widths, dates as dates, Rupiah as numbers; personal data masked unless chosen, the
choice in the history; a cancel leaves nothing half-written; ``loket export``."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest
from conftest import PASSWORD
from helpers import loket
from test_reports import NOVEMBER, office  # noqa: F401  (the hand-made office of the recap)

from desktop.documents import tables
from desktop.domain.errors import DomainError, PermissionDenied
from desktop.domain.identity import mask_phone as identity_mask_phone
from desktop.domain.intake import VisitorForm
from desktop.services import exports, hearings, letters, printing, visitors
from desktop.services.queries import CaseQuery
from desktop.store.models import HistoryEvent


def _rows(path) -> list[tuple]:
    return list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))


def test_the_case_list_as_filtered_with_personal_data_masked(office, tmp_path):  # noqa: F811
    out = tmp_path / "pengaduan.xlsx"
    query = CaseQuery(status="closed", received_from=NOVEMBER[0], received_to=NOVEMBER[1])
    done = exports.export(office["supervisor"], "cases", out, query=query)
    assert done.rows == 2 and not done.personal
    book = openpyxl.load_workbook(out)
    sheet = book.active
    assert sheet.freeze_panes == "A2"  # the header stays in view
    assert sheet.column_dimensions["A"].width > 15
    header, *rows = list(sheet.iter_rows(values_only=True))
    assert header[:3] == ("No. registrasi", "Diterima", "Saluran")
    assert len(rows) == 2 and {r[4] for r in rows} == {"Selesai"}
    newest = rows[0]  # the list's order: newest first
    assert newest[1] == dt.datetime(2026, 11, 10, 10, 0)  # 03:00 UTC is 10:00 in the office
    assert sheet["B2"].number_format == "dd/mm/yyyy hh:mm"
    assert newest[9] == 5_000_000 and sheet["J2"].number_format == '"Rp"#,##0'
    named = dict(zip(header, newest, strict=True))
    assert named["NIK"] == "317401******0003"
    assert named["Telepon"] == "0812*****890"
    assert named["Alamat"] == "(disamarkan)" and "siti.aminah" not in named["E-mail"]
    event = HistoryEvent.select().where(HistoryEvent.kind == "export.saved").get()
    assert event.payload["personal_data"] == "masked" and event.payload["rows"] == 2
    assert event.actor_id == office["supervisor"].uuid


def test_personal_data_shown_when_the_officer_chooses_and_that_is_recorded(office, tmp_path):  # noqa: F811
    out = tmp_path / "pengaduan.csv"
    exports.export(office["admin"], "cases", out, start=NOVEMBER[0], end=NOVEMBER[1], personal=True)
    with open(out, encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    assert len(rows) == 3
    named = dict(zip(header, rows[0], strict=True))
    assert named["NIK"] == "3174015708850003" and named["Alamat"] == "Jl. Kenanga No. 5"
    assert named["Diterima"] == "2026-11-12 10:00" and named["Nilai transaksi"] == ""
    event = HistoryEvent.select().where(HistoryEvent.kind == "export.saved").get()
    assert event.payload == {
        "list": "cases",
        "format": "csv",
        "rows": 3,
        "personal_data": "shown",
        "file": "pengaduan.csv",
        "from": "2026-11-01",
        "to": "2026-11-30",
    }


def test_the_quick_phone_mask_is_the_printed_one():
    for number in ("+6281234567890", "+62218581234", "+628561234567"):
        assert exports.mask_phone(number) == identity_mask_phone(number)


def test_a_cancelled_export_leaves_the_old_file_and_no_part(office, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(tables, "PROGRESS_EVERY", 1)  # a check after every row
    out = tmp_path / "exports" / "pengaduan.xlsx"
    out.parent.mkdir()
    out.write_bytes(b"last week's export")
    seen = []
    with pytest.raises(tables.Cancelled):
        exports.export(
            office["supervisor"],
            "cases",
            out,
            start=NOVEMBER[0],
            end=NOVEMBER[1],
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: bool(seen),
        )
    assert seen == [(1, 3)]
    assert out.read_bytes() == b"last week's export"
    assert [p.name for p in out.parent.iterdir()] == ["pengaduan.xlsx"]
    assert not HistoryEvent.select().where(HistoryEvent.kind == "export.saved").exists()


def test_visitors_letters_out_and_schedule(office, tmp_path):  # noqa: F811
    who = office["supervisor"]
    visitors.sign_in_visitor(
        office["petugas"],
        VisitorForm(
            name="Rudi Hartono", nik="3174011708850004", phone="0813-1111-2222", purpose="question"
        ),
        now=dt.datetime(2026, 11, 18, 2),
    )
    case = _clarified_case(office)
    first = printing.print_letter(
        office["analis"], case, "clarification", now=dt.datetime(2026, 11, 21, 3), issue=True
    )
    printing.print_letter(office["analis"], case, "clarification", now=dt.datetime(2026, 11, 22, 3))
    exports.export(who, "visitors", tmp_path / "tamu.xlsx", start=NOVEMBER[0], end=NOVEMBER[1])
    [header, row] = _rows(tmp_path / "tamu.xlsx")
    named = dict(zip(header, row, strict=True))
    assert named["Nama"] == "Rudi Hartono" and named["NIK"] == "317401******0004"
    assert named["Masuk"] == dt.datetime(2026, 11, 18, 9, 0) and named["Keperluan"] == "Pertanyaan"
    exports.export(who, "letters-out", tmp_path / "keluar.xlsx", start=NOVEMBER[0], end=NOVEMBER[1])
    [header, row] = _rows(tmp_path / "keluar.xlsx")  # the reprint is no second letter
    assert row[:2] == (first.number, "Surat permintaan klarifikasi")
    assert row[3].startswith("LK") and row[4] == "Pimpinan Toko Elektronik Sinar Jaya"
    before = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    for what in ("schedule", "letters-in"):
        out = tmp_path / f"{what}-oktober.xlsx"
        assert exports.export(who, what, out, start=before[0], end=before[1]).rows == 0
        assert len(_rows(out)) == 1  # the header alone


def test_incoming_letters_and_the_schedule_with_their_rows(office, tmp_path):  # noqa: F811
    from test_attachments import pdf

    who = office["supervisor"]
    letter = letters.register_letter(
        office["petugas"],
        letters.LetterForm(
            sender_name="Bambang Wijaya",
            sender_address="Jl. Melati 3, Bogor",
            letter_no="01/BW/XI/2026",
            letter_date="16-11-2026",
            subject="Pengaduan mobil bekas",
            enclosures=2,
        ),
        [("surat.pdf", pdf(2))],
        now=dt.datetime(2026, 11, 17, 2, 30),
    )
    case = _clarified_case(office)
    hearings.schedule(
        office["analis"],
        case,
        dt.datetime(2026, 11, 24, 9, 0),  # office time
        90,
        "Ruang Klarifikasi",
        now=dt.datetime(2026, 11, 20, 5),
    )
    period = {"start": NOVEMBER[0], "end": NOVEMBER[1]}
    exports.export(who, "letters-in", tmp_path / "masuk.xlsx", **period)
    [header, row] = _rows(tmp_path / "masuk.xlsx")
    named = dict(zip(header, row, strict=True))
    assert named["No. agenda"] == letter.agenda_no and named["Pengirim"] == "Bambang Wijaya"
    assert named["Diterima"] == dt.datetime(2026, 11, 17, 9, 30)  # 02:30 UTC, in the office
    assert named["Tgl. surat"] == dt.datetime(2026, 11, 16)  # a date cell (Excel has no bare date)
    assert named["Alamat pengirim"] == "(disamarkan)" and named["Halaman"] == 2
    assert (named["No. surat"], named["Perihal"]) == ("01/BW/XI/2026", "Pengaduan mobil bekas")
    assert named["Lampiran"] == 2
    exports.export(who, "letters-in", tmp_path / "masuk.csv", personal=True, **period)
    with open(tmp_path / "masuk.csv", encoding="utf-8-sig", newline="") as f:
        [header, row] = list(csv.reader(f))
    assert dict(zip(header, row, strict=True))["Alamat pengirim"] == "Jl. Melati 3, Bogor"
    exports.export(who, "schedule", tmp_path / "jadwal.xlsx", **period)
    book = openpyxl.load_workbook(tmp_path / "jadwal.xlsx")
    [header, row] = list(book.active.iter_rows(values_only=True))
    named = dict(zip(header, row, strict=True))
    assert (named["Mulai"], named["Selesai"]) == (
        dt.datetime(2026, 11, 24, 9, 0),
        dt.datetime(2026, 11, 24, 10, 30),
    )
    assert book.active["A2"].number_format == "dd/mm/yyyy hh:mm"
    assert (named["Acara"], named["Ruang"], named["Status"]) == (
        "Klarifikasi",
        "Ruang Klarifikasi",
        "Terjadwal",
    )
    assert named["Pengaduan"].startswith("LK") and named["Konsumen"] == "Siti Aminah"


def _clarified_case(actors) -> str:
    from conftest import complaint_form

    from desktop.services import handling, intake

    uuid = intake.register_complaint(
        actors["petugas"], complaint_form(), now=dt.datetime(2026, 11, 19, 3)
    ).uuid
    handling.take_action(
        actors["analis"], uuid, "start_analysis", {}, now=dt.datetime(2026, 11, 20, 3)
    )
    handling.take_action(
        actors["analis"],
        uuid,
        "start_clarification",
        {"mode": "online", "reason": "Dalam lingkup UUPK."},
        now=dt.datetime(2026, 11, 20, 4),
    )
    return uuid


def test_refusals_in_plain_words(office, tmp_path):  # noqa: F811
    with pytest.raises(PermissionDenied):
        exports.export(office["petugas"], "cases", tmp_path / "out" / "x.xlsx")
    with pytest.raises(DomainError) as refused:
        exports.export(office["admin"], "cases", tmp_path / "out" / "x.pdf")
    assert str(refused.value) == "Ekspor ditulis ke berkas .xlsx atau .csv, bukan x.pdf."
    assert not (tmp_path / "out").exists()


def test_the_command_line_exports(office, data_dir, tmp_path):  # noqa: F811
    from desktop.store.models import database

    database.close()  # the command opens the folder itself
    out = tmp_path / "selesai.xlsx"
    period = ["--from", "01-11-2026", "--to", "30-11-2026", "--data-dir", str(data_dir)]

    def export(*args: str, user: str = "admin"):
        return loket("export", *args, *period, "--user", user, password=PASSWORD)

    done = export("cases", "--status", "closed", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "2" in done.stdout and len(_rows(out)) == 3
    done = export("recap", "--out", str(tmp_path / "rekap.csv"))
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "rekap.csv").read_text(encoding="utf-8-sig")
    assert "\nSektor\nSektor,Pengaduan,Nilai transaksi\n" in text and "Jumlah,3,6000000" in text
    refused = export("cases", "--out", str(out), user="petugas")
    assert refused.returncode == 2 and "Laporan hanya untuk supervisor dan admin." in refused.stderr
    wrong = export("cases", "--out", str(tmp_path / "x.pdf"))
    assert wrong.returncode == 2 and "bukan x.pdf" in wrong.stderr


def test_an_export_reads_with_a_small_page_cache_and_gives_the_desk_its_own(office, tmp_path):  # noqa: F811
    """The export's memory stays flat: the desk's 64 MB page cache would fill as a million
    rows pass (an export of 100,000 cases rose to 124 MB resident, of 10,000 to 71 MB)."""
    from desktop.store import exports as export_rows
    from desktop.store.models import database

    def cache() -> int:
        return database.execute_sql("PRAGMA cache_size").fetchone()[0]

    desk = cache()
    seen = []
    exports.export(
        office["supervisor"],
        "cases",
        tmp_path / "semua.csv",
        start=NOVEMBER[0],
        end=NOVEMBER[1],
        progress=lambda _done, _total: seen.append(cache()),
    )
    assert seen and set(seen) == {-export_rows.EXPORT_CACHE_KIB} and desk == -64000
    assert cache() == desk
