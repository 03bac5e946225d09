"""Jadwal mediasi: the meetings of a day or a week, by day, time and room (landscape A4), on the
letterhead and signed by the office's signatory, who sets the meetings. Not by who printed it:
`loket schedule` prints as no one."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from desktop.documents.common import BOLD, Office, listing_pdf, style
from desktop.documents.letter import Signatory
from desktop.documents.signatures import signature_blocks

HEADER = ("Waktu", "Ruangan", "Acara", "No. registrasi", "Pengadu", "Pelaku usaha", "Mediator")
WIDTHS = [24 * mm, 32 * mm, 22 * mm, 36 * mm, 52 * mm, 60 * mm, 40 * mm]
TAIL = 2  # rows of meetings that go over to the next page with the signature, if it must


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


def render_schedule(
    rows: list[MeetingRow],
    period: str,
    office: Office,
    signatory: Signatory | None = None,
    place_date: str = "",
) -> bytes:
    cell = style("cell", 8.5, 10.5)
    head = style("head", 8.5, 10.5, BOLD)
    day_style = style("day", 10, 13, BOLD, textColor=colors.HexColor("#0b4f8a"))
    data: list[list] = [[Paragraph(h, head) for h in HEADER]]
    styles = [
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
        values = (r.time, r.room, r.kind, r.reg_no, r.complainant, r.business, r.mediator)
        data.append([Paragraph(escape(v), cell) for v in values])
    styles.append(("GRID", (0, 0), (-1, len(data) - 1), 0.4, colors.HexColor("#9aa5b1")))
    last_row = len(data) - 1
    if not rows:
        data.append([Paragraph("Tidak ada jadwal pada periode ini.", cell)] + [""] * 6)
        styles.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
    if signatory is not None:
        # A row of the table, so that the last meetings go over to a new page with it, under
        # the repeated header, rather than the signature standing alone on a page.
        blocks = signature_blocks(place_date, sum(WIDTHS), ("", signatory))
        data.append([blocks] + [""] * 6)
        styles += [
            ("SPAN", (0, -1), (-1, -1)),
            ("TOPPADDING", (0, -1), (-1, -1), 6 * mm),
            ("LEFTPADDING", (0, -1), (-1, -1), 0),
            ("RIGHTPADDING", (0, -1), (-1, -1), 0),
            ("NOSPLIT", (0, max(1, last_row - TAIL + 1)), (-1, -1)),
        ]
    table = Table(data, colWidths=WIDTHS, repeatRows=1)
    table.setStyle(TableStyle(styles))
    return listing_pdf(
        "JADWAL KLARIFIKASI DAN MEDIASI",
        escape(f"{office.directorate} — {period}"),
        table,
        "",
        False,
        f"Jadwal {period}",
        office,
    )
