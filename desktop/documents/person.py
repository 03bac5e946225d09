"""A person's data on request (UU 27/2022 art. 32): everything the office holds about them and
the record of its processing, landscape A4. Printed for the person: their data is not masked."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from desktop.documents.common import BOLD, Office, listing_pdf, style
from desktop.documents.register import grid_table
from desktop.domain.formatting import dated
from desktop.domain.identity import display_phone
from desktop.domain.messages import label
from desktop.domain.person import PersonData
from desktop.domain.workdays import OFFICE_TZ

HEADING = style("person-heading", 11, 14, BOLD, spaceBefore=4 * mm, spaceAfter=2 * mm)
NOTE = style("person-note", 8.5, 10.5)
WIDTH = 267 * mm  # landscape A4 less its margins


def _when(moment: dt.datetime) -> str:
    local = moment.replace(tzinfo=dt.UTC).astimezone(OFFICE_TZ)
    return f"{dated(local.date())} {local:%H.%M}"


def _act(what: str) -> str:
    if what.startswith("printed:"):
        kind = what.removeprefix("printed:")
        return f"Dicetak: {label('printed', kind)}" if kind else "Dicetak"
    return label("event", what)


def _section(title: str, header: list[str], rows: list[list[object]], shares: list[float]):
    story: list = [Paragraph(escape(title), HEADING)]
    if not rows:
        return [*story, Paragraph("Tidak ada.", NOTE)]
    total = sum(shares)
    return [*story, grid_table(header, rows, [WIDTH * s / total for s in shares])]


def render_person(data: PersonData, office: Office, printed_at: dt.datetime) -> bytes:
    story = [
        *_section(
            "Data diri yang tercatat",
            [
                "Nama",
                "NIK",
                "Tanggal lahir",
                "Jenis kelamin",
                "Telepon",
                "Surel",
                "Alamat",
                "Dicatat",
            ],
            [
                [
                    r.name,
                    r.nik,
                    dated(r.birth_date) if r.birth_date else "",
                    label("sex", r.sex) if r.sex else "",
                    display_phone(r.phone) if r.phone else "",
                    r.email,
                    r.address,
                    _when(r.recorded_at),
                ]
                for r in data.records
            ],
            [3, 2.9, 2.3, 1.9, 2.5, 3.7, 4.5, 2.3],
        ),
        *_section(
            "Pengaduan",
            [
                "Nomor",
                "Diterima",
                "Saluran",
                "Status",
                "Pelaku usaha",
                "Produk",
                "Kronologi",
                "Hasil",
            ],
            [
                [
                    c.reg_no,
                    _when(c.received_at),
                    label("channel", c.channel),
                    label("status_title", c.status),
                    c.business,
                    c.product,
                    c.chronology,
                    label("outcome", c.outcome) if c.outcome else "",
                ]
                for c in data.cases
            ],
            [3.3, 2.3, 1.8, 1.8, 2.6, 2.2, 6.2, 1.8],
        ),
        *_section(
            "Kunjungan",
            ["Waktu", "Keperluan", "Pengaduan"],
            [[_when(v.time_in), label("purpose", v.purpose), v.case] for v in data.visits],
            [2.3, 3, 3.3],
        ),
        *_section(
            "Surat",
            ["Arah", "Nomor", "Tanggal", "Perihal", "Pengaduan"],
            [
                [
                    "Masuk" if x.direction == "in" else "Keluar",
                    x.number,
                    dated(x.dated) if x.dated else "",
                    x.subject,
                    x.case,
                ]
                for x in data.letters
            ],
            [1.2, 3.4, 2.3, 6, 3.3],
        ),
        *_section(
            "Dokumen",
            ["Nama berkas", "Ukuran", "Ditambahkan", "Pengaduan"],
            [
                [d.name, f"{d.size:,} bita".replace(",", "."), _when(d.added_at), d.case]
                for d in data.documents
            ],
            [6, 1.6, 2.3, 3.3],
        ),
        *_section(
            "Catatan pengolahan data",
            ["Waktu", "Oleh", "Kegiatan", "Pengaduan"],
            [[_when(p.at), p.who, _act(p.what), p.case] for p in data.processing],
            [2.3, 3, 5, 3.3],
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            escape(
                "Disusun atas permintaan pemilik data menurut Pasal 32 Undang-Undang Nomor 27 "
                f"Tahun 2022 tentang Pelindungan Data Pribadi, {_when(printed_at)}."
            ),
            NOTE,
        ),
    ]
    return listing_pdf(
        "DATA PRIBADI YANG DIPROSES",
        escape(f"Pemilik data: NIK {data.nik}"),
        story,
        "",
        False,
        f"Data pribadi NIK {data.nik}",
        office,
    )
