"""Jadwal mediasi: the meetings of a day or a week, by day, time and room (landscape A4)."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from desktop.documents.common import BOLD, Office, listing_pdf, style


@dataclass(frozen=True)
class MeetingRow:
    day: str  # "Senin, 30 November 2026"
    time: str  # "09.00–10.30"
    room: str
    kind: str  # Klarifikasi / Mediasi
    reg_no: str
    complainant: str
    business: str
    mediator: str


def render_schedule(rows: list[MeetingRow], period: str, office: Office) -> bytes:
    cell = style("cell", 8.5, 10.5)
    head = style("head", 8.5, 10.5, BOLD)
    day_style = style("day", 10, 13, BOLD, textColor=colors.HexColor("#0b4f8a"))
    widths = [24 * mm, 32 * mm, 22 * mm, 36 * mm, 52 * mm, 60 * mm, 40 * mm]
    header = ["Waktu", "Ruangan", "Acara", "No. registrasi", "Pengadu", "Pelaku usaha", "Mediator"]
    data: list[list] = [[Paragraph(h, head) for h in header]]
    styles = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4edf6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    current = None
    for r in rows:
        if r.day != current:  # a band for each day
            current = r.day
            data.append([Paragraph(escape(r.day), day_style)] + [""] * 6)
            styles += [
                ("SPAN", (0, len(data) - 1), (-1, len(data) - 1)),
                ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#f5f8fb")),
            ]
        data.append(
            [
                Paragraph(escape(v), cell)
                for v in (r.time, r.room, r.kind, r.reg_no, r.complainant, r.business, r.mediator)
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(styles))
    return listing_pdf(
        "JADWAL KLARIFIKASI DAN MEDIASI",
        escape(f"{office.directorate} — {period}"),
        table,
        "Tidak ada jadwal pada periode ini.",
        not rows,
        f"Jadwal {period}",
        office,
    )
