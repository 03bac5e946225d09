"""Jadwal mediasi: the meetings of a day or a week, by day, time and room (landscape A4)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.documents.common import BOLD, FONT, Office, style


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
    pagesize = landscape(A4)
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
    story = [
        Paragraph("JADWAL KLARIFIKASI DAN MEDIASI", style("t", 13, 16, BOLD)),
        Paragraph(escape(f"{office.directorate} — {period}"), style("s", 10, 13)),
        Spacer(1, 5 * mm),
        table,
    ]
    if not rows:
        story.append(Paragraph("Tidak ada jadwal pada periode ini.", cell))
    buffer = io.BytesIO()

    def number(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawRightString(pagesize[0] - 15 * mm, 10 * mm, f"Halaman {doc.page}")
        canvas.restoreState()

    SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        title=f"Jadwal {period}",
    ).build(story, onFirstPage=number, onLaterPages=number)
    return buffer.getvalue()
