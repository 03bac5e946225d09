"""Exports: every list to XLSX or CSV, for supervisors to report upward.

The case list exactly as filtered and searched, the recap (a sheet per grouping, with totals),
the visitor log, the registers of incoming and outgoing letters, the schedule. Personal data
(NIK, phone, e-mail, address) is masked unless the officer chooses to show it; every export is
recorded in the history with that choice, as every print is.

An export reads in one snapshot (a deferred read transaction) and streams its rows to the
file; it runs on a thread of its own, so a million rows hold neither the window nor the
database worker. Nothing is half-written (documents.tables).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.documents.tables import Cancelled, Column, Progress, Sheet, format_of, write
from desktop.domain import identity
from desktop.domain.errors import DomainError
from desktop.domain.messages import label
from desktop.domain.recap import Recap
from desktop.domain.workdays import office_date, office_days, to_local
from desktop.domain.workflow import REPORTERS
from desktop.services import caselog, queries
from desktop.services.context import Actor, require
from desktop.services.context import write as write_transaction
from desktop.services.reports import recap
from desktop.store import exports as rows
from desktop.store.models import utcnow

LISTS = ("cases", "recap", "visitors", "letters-in", "letters-out", "schedule")
__all__ = ["LISTS", "Cancelled", "Exported", "export"]

LETTER_KINDS = {
    "clarification": "Surat permintaan klarifikasi",
    "forwarding": "Surat pengalihan",
    "reminder": "Surat pengingat",
    "blocking": "Rekomendasi penghentian situs",
    "invitation_consumer": "Undangan kepada konsumen",
    "invitation_business": "Undangan kepada pelaku usaha",
    "minutes": "Berita acara",
}
HEARING_KINDS = {"clarification": "Klarifikasi", "mediation": "Mediasi"}


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: int
    personal: bool  # personal data written as it is, not masked


def _local(value: dt.datetime | None) -> dt.datetime | None:
    """A stored UTC moment as the office's wall-clock time (what Excel shows)."""
    return to_local(value) if value else None


def mask_phone(e164: str) -> str:
    """identity.mask_phone without parsing the number (a million rows): +62 812… as 0812****890."""
    if not e164:
        return ""
    digits = "".join(ch for ch in e164 if ch.isdigit())
    local = "0" + digits[2:] if e164.startswith("+62") else digits
    return local[:4] + "*" * max(len(local) - 7, 0) + local[-3:]


def _masks(personal: bool) -> dict[str, Callable[[str], str]]:
    if personal:
        return {k: lambda v: v or "" for k in ("nik", "phone", "email", "address")}
    return {
        "nik": lambda v: identity.mask_nik(v) if v else "",
        "phone": mask_phone,
        "email": lambda v: (v[:1] + "***@" + v.split("@", 1)[1]) if v and "@" in v else "",
        "address": lambda v: "(disamarkan)" if v else "",
    }


CASE_COLUMNS = (
    Column("No. registrasi", width=20),
    Column("Diterima", "datetime", 17),
    Column("Saluran", width=16),
    Column("Jenis", width=12),
    Column("Status", width=20),
    Column("Hasil", width=24),
    Column("Sektor", width=28),
    Column("Produk/jasa", width=28),
    Column("Transaksi", width=14),
    Column("Nilai transaksi", "rupiah", 16),
    Column("Tenggat tahap", "date", 13),
    Column("Selesai", "datetime", 17),
    Column("Dialihkan ke", width=28),
    Column("Konsumen", width=26),
    Column("NIK", width=19),
    Column("Telepon", width=16),
    Column("E-mail", width=24),
    Column("Alamat", width=30),
    Column("Kota/kabupaten", width=20),
    Column("Pelaku usaha", width=30),
)


def _case_rows(source: Iterator[tuple], personal: bool) -> Iterator[tuple]:
    mask = _masks(personal)
    for r in source:
        yield (
            r[0],
            _local(r[1]),
            label("channel", r[2]),
            label("report_type", r[3]),
            label("status_title", r[4]),
            label("outcome", r[5]) if r[5] else "",
            label("sector", r[6]),
            r[7],
            label("transaction_mode", r[8]),
            r[9],
            r[10],
            _local(r[11]),
            r[12] or "",
            r[13],
            mask["nik"](r[14]),
            mask["phone"](r[15]),
            mask["email"](r[16]),
            mask["address"](r[17]),
            r[18],
            r[19],
        )


def _cases(query: queries.CaseQuery, personal: bool, today: dt.date) -> list[Sheet]:
    soon = queries.soon_until(query, today)
    return [
        Sheet(
            "Pengaduan",
            CASE_COLUMNS,
            _case_rows(rows.case_rows(query, today, soon), personal),
            rows.count_cases(query, today, soon),
        )
    ]


def _table(name: str, columns: list[Column], body: list[tuple], total: tuple) -> Sheet:
    return Sheet(name, columns, [*body, total], len(body) + 1, bold_last=True)


def recap_sheets(figures: Recap) -> list[Sheet]:
    """The recap as the printed one has it: a summary, then a sheet per grouping, each with
    its totals row."""
    cases = Column("Pengaduan", "number", 12)
    sectors = [(label("sector", s), n, v) for s, n, v in figures.by_sector]
    channels = [(label("channel", c), n) for c, n in figures.by_channel]
    outcomes = [(label("outcome", o).capitalize(), n) for o, n in figures.by_outcome]
    forwarded = list(figures.forwarded)
    period = Column(f"{figures.start:%d/%m/%Y} s.d. {figures.end:%d/%m/%Y}", width=40)
    return [
        Sheet(
            "Ringkasan",
            [period, Column("Jumlah", "number", 16)],
            [
                ("Pengaduan diterima", figures.received),
                ("… di antaranya masih berjalan", figures.still_open),
                ("Pengaduan selesai dalam periode ini", figures.closed),
            ],
            3,
        ),
        _table(
            "Sektor",
            [Column("Sektor", width=40), cases, Column("Nilai transaksi", "rupiah", 20)],
            sectors,
            ("Jumlah", figures.received, figures.value),
        ),
        _table(
            "Saluran", [Column("Saluran", width=40), cases], channels, ("Jumlah", figures.received)
        ),
        _table("Hasil", [Column("Hasil", width=40), cases], outcomes, ("Jumlah", figures.closed)),
        _table(
            "Instansi",
            [Column("Instansi", width=60), cases],
            forwarded,
            ("Jumlah", sum(n for _a, n in forwarded)),
        ),
    ]


def _visitors(since: dt.datetime, until: dt.datetime, personal: bool) -> list[Sheet]:
    query, mask = rows.visitor_rows(since, until), _masks(personal)
    body = (
        (
            _local(r[0]),
            _local(r[1]),
            r[2],
            mask["nik"](r[3]),
            mask["phone"](r[4]),
            label("purpose", r[5]),
            r[6],
            r[7] or "",
            r[8] or "",
        )
        for r in rows.stream(query)
    )
    columns = [
        Column("Masuk", "datetime", 17),
        Column("Keluar", "datetime", 17),
        Column("Nama", width=26),
        Column("NIK", width=19),
        Column("Telepon", width=16),
        Column("Keperluan", width=28),
        Column("Catatan", width=30),
        Column("Pengaduan", width=20),
        Column("Dicatat oleh", width=22),
    ]
    return [Sheet("Buku tamu", columns, body, rows.total(query))]


def _letters_in(since: dt.datetime, until: dt.datetime, personal: bool) -> list[Sheet]:
    query, mask = rows.incoming_rows(since, until), _masks(personal)
    body = (
        (r[0], _local(r[1]), r[2], r[3], r[4], r[5], mask["address"](r[6]), *r[7:10], r[10])
        for r in rows.stream(query)
    )
    columns = [
        Column("No. agenda", width=18),
        Column("Diterima", "datetime", 17),
        Column("Melalui", width=10),
        Column("No. surat", width=22),
        Column("Tgl. surat", "date", 12),
        Column("Pengirim", width=28),
        Column("Alamat pengirim", width=30),
        Column("Perihal", width=40),
        Column("Halaman", "number", 9),
        Column("Lampiran", "number", 9),
        Column("Pengaduan", width=20),
    ]
    return [Sheet("Surat masuk", columns, body, rows.total(query))]


def _letters_out(since: dt.datetime, until: dt.datetime) -> list[Sheet]:
    query = rows.outgoing_rows(since, until)
    body = (
        (
            r[0],
            LETTER_KINDS.get(r[1], r[1]),
            _local(r[2]),
            r[3] or "",
            (r[4] or "").splitlines()[0] if r[4] else "",
            r[5],
            r[6],
            r[7] or "",
        )
        for r in rows.stream(query)
    )
    columns = [
        Column("Nomor surat", width=26),
        Column("Jenis", width=28),
        Column("Tanggal", "datetime", 17),
        Column("Pengaduan", width=20),
        Column("Kepada", width=34),
        Column("Penandatangan", width=28),
        Column("Dikirim lewat", width=14),
        Column("Diterbitkan oleh", width=22),
    ]
    return [Sheet("Surat keluar", columns, body, rows.total(query))]


def _schedule(since: dt.datetime, until: dt.datetime) -> list[Sheet]:
    query = rows.schedule_rows(since, until)
    body = (
        (
            _local(r[0]),
            _local(r[1]),
            HEARING_KINDS.get(r[2], r[2]),
            r[3],
            r[4],
            r[5],
            r[6],
            r[7] or "",
            label("hearing_status", r[8]),
            label("outcome", r[9]) if r[9] else "",
        )
        for r in rows.stream(query)
    )
    columns = [
        Column("Mulai", "datetime", 17),
        Column("Selesai", "datetime", 17),
        Column("Acara", width=12),
        Column("Ruang", width=14),
        Column("Pengaduan", width=20),
        Column("Konsumen", width=26),
        Column("Pelaku usaha", width=30),
        Column("Mediator", width=22),
        Column("Status", width=18),
        Column("Hasil", width=18),
    ]
    return [Sheet("Jadwal", columns, body, rows.total(query))]


def export(
    actor: Actor,
    what: str,
    path: Path,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    query: queries.CaseQuery | None = None,
    personal: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    now: dt.datetime | None = None,
) -> Exported:
    """Write the list ``what`` (see LISTS) of the period, or the cases ``query`` selects, to
    ``path``; recorded in the history with whether personal data was shown."""
    require(actor, REPORTERS, "permission.reports")
    if what not in LISTS:
        raise DomainError("export.unknown_list", name=what)
    try:
        kind = format_of(path)
    except ValueError:
        raise DomainError("export.format", name=path.name) from None
    now = now or utcnow()
    today = office_date(now)
    start, end = start or today.replace(day=1), end or today
    if end < start:
        raise DomainError("report.period_reversed", start=start.isoformat(), end=end.isoformat())
    since, until = office_days(start, end)
    with rows.snapshot():
        if what == "cases":
            sheets = _cases(
                query or queries.CaseQuery(received_from=start, received_to=end), personal, today
            )
        elif what == "recap":
            sheets = recap_sheets(recap(actor, start, end))
        elif what == "visitors":
            sheets = _visitors(since, until, personal)
        elif what == "letters-in":
            sheets = _letters_in(since, until, personal)
        elif what == "letters-out":
            sheets = _letters_out(since, until)
        else:
            sheets = _schedule(since, until)
        written = write(path, sheets, progress=progress, cancelled=cancelled)
    with write_transaction():
        caselog.audit(
            "export.saved",
            {
                "list": what,
                "format": kind,
                "rows": written,
                "personal_data": "shown" if personal else "masked",
                "file": path.name,
                "from": start.isoformat(),
                "to": end.isoformat(),
            },
            actor,
            now,
        )
    return Exported(path, written, personal)
