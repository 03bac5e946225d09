"""The incoming-letter register of a period (buku agenda surat masuk), landscape A4."""

from __future__ import annotations

from dataclasses import dataclass
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


def render_register(rows: list[RegisterRow], period: str, office: Office) -> bytes:
    cell = style("cell", 8.5, 10.5)
    head = style("head", 8.5, 10.5, BOLD)
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
    data = [[Paragraph(h, head) for h in header]]
    for r in rows:
        data.append(
            [
                Paragraph(escape(str(v)), cell)
                for v in (
                    r.agenda_no,
                    r.received,
                    r.letter_no,
                    r.letter_date,
                    r.sender,
                    r.subject,
                    r.pages,
                    r.case,
                )
            ]
        )
    widths = [28 * mm, 30 * mm, 30 * mm, 22 * mm, 48 * mm, 69 * mm, 11 * mm, 38 * mm]
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
    return listing_pdf(
        "BUKU AGENDA SURAT MASUK",
        escape(f"{office.directorate} — {period}"),
        table,
        "Tidak ada surat masuk pada periode ini.",
        not rows,
        f"Buku agenda surat masuk {period}",
    )
