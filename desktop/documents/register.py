"""The incoming-letter register of a period (buku agenda surat masuk), landscape A4."""

from __future__ import annotations

from dataclasses import astuple, dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from desktop.documents.common import BOLD, Office, listing_pdf, style


@dataclass(frozen=True)
class RegisterRow:
    agenda_no: str
    received: str
    letter_no: str
    letter_date: str
    sender: str
    subject: str
    pages: int
    case: str


def grid_table(header: list[str], rows: list[list[object]], widths: list[float]) -> Table:
    """A listing's table: a shaded header row repeated on every page, ruled cells, banded rows."""
    cell = style("cell", 8.5, 10.5)
    head = style("head", 8.5, 10.5, BOLD)
    data = [[Paragraph(h, head) for h in header]]
    data += [[Paragraph(escape(str(v)), cell) for v in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4edf6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f5f8fb")]),
            ]
        )
    )
    return table


def render_register(rows: list[RegisterRow], period: str, office: Office) -> bytes:
    header = [
        "No. agenda",
        "Diterima",
        "No. surat",
        "Tgl. surat",
        "Pengirim",
        "Perihal",
        "Hlm.",
        "Pengaduan",
    ]
    widths = [28 * mm, 30 * mm, 30 * mm, 22 * mm, 48 * mm, 69 * mm, 11 * mm, 38 * mm]
    table = grid_table(
        header,
        [list(astuple(r)) for r in rows],
        widths,
    )
    return listing_pdf(
        "BUKU AGENDA SURAT MASUK",
        escape(f"{office.directorate} — {period}"),
        table,
        "Tidak ada surat masuk pada periode ini.",
        not rows,
        f"Buku agenda surat masuk {period}",
        office,
    )


@dataclass(frozen=True)
class OutgoingRow:
    number: str
    date: str
    kind: str
    case: str
    addressee: str
    signatory: str
    sent_via: str


def render_outgoing(rows: list[OutgoingRow], period: str, office: Office) -> bytes:
    """The register of outgoing letters of a period (agenda surat keluar)."""
    header = ["No. surat", "Tanggal", "Jenis", "Pengaduan", "Kepada", "Penanda tangan", "Dikirim"]
    widths = [42 * mm, 22 * mm, 40 * mm, 34 * mm, 67 * mm, 42 * mm, 20 * mm]
    table = grid_table(
        header,
        [list(astuple(r)) for r in rows],
        widths,
    )
    return listing_pdf(
        "AGENDA SURAT KELUAR",
        escape(f"{office.directorate} — {period}"),
        table,
        "Tidak ada surat keluar pada periode ini.",
        not rows,
        f"Agenda surat keluar {period}",
        office,
    )
