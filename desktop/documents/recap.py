"""Rekapitulasi pengaduan: a period's cases by sector and channel, and the outcomes of those
closed in it (landscape A4, the listing layout of the register and the schedule)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.documents.common import BOLD, Office, listing_pdf, style
from desktop.domain.formatting import dated, rupiah
from desktop.domain.messages import label
from desktop.domain.recap import Recap


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _table(title: str, header: list[str], rows: list[list[str]], widths: list[float]):
    head = style("recap-head", 9, 11, BOLD)
    cell = style("recap-cell", 9, 11)
    number = style("recap-number", 9, 11, alignment=2)
    head_number = style("recap-head-number", 9, 11, BOLD, alignment=2)
    data = [[Paragraph(escape(header[0]), head)] + [Paragraph(h, head_number) for h in header[1:]]]
    for row in rows:
        data.append([Paragraph(escape(row[0]), cell)] + [Paragraph(v, number) for v in row[1:]])
    if len(data) == 1:
        data.append([Paragraph("—", cell)] + [""] * (len(header) - 1))
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4edf6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    heading = Paragraph(title, style("recap-title", 11, 14, BOLD))
    return KeepTogether([heading, Spacer(1, 2 * mm), table, Spacer(1, 6 * mm)])


def render_recap(recap: Recap, office: Office) -> bytes:
    period = f"{dated(recap.start)} s.d. {dated(recap.end)}"
    totals = [
        ["Pengaduan diterima", _number(recap.received)],
        ["… di antaranya masih berjalan", _number(recap.still_open)],
        ["Nilai transaksi yang diadukan", rupiah(recap.value)],
        ["Pengaduan selesai dalam periode ini", _number(recap.closed)],
    ]
    parts = [
        _table("Ringkasan", ["", "Jumlah"], totals, [120 * mm, 50 * mm]),
        _table(
            "Menurut sektor (diterima)",
            ["Sektor", "Pengaduan", "Nilai transaksi"],
            [[label("sector", s), _number(n), rupiah(v)] for s, n, v in recap.by_sector],
            [120 * mm, 30 * mm, 50 * mm],
        ),
        _table(
            "Menurut saluran (diterima)",
            ["Saluran", "Pengaduan"],
            [[label("channel", c), _number(n)] for c, n in recap.by_channel],
            [120 * mm, 30 * mm],
        ),
        _table(
            "Hasil penanganan (selesai dalam periode ini)",
            ["Hasil", "Pengaduan"],
            [[label("outcome", o).capitalize(), _number(n)] for o, n in recap.by_outcome],
            [120 * mm, 30 * mm],
        ),
        _table(
            "Dialihkan ke instansi lain",
            ["Instansi", "Pengaduan"],
            [[name, _number(n)] for name, n in recap.forwarded],
            [120 * mm, 30 * mm],
        ),
    ]
    return listing_pdf(
        "REKAPITULASI PENGADUAN KONSUMEN",
        escape(f"{office.directorate} — {period}"),
        parts,
        "",
        False,
        f"Rekapitulasi {period}",
    )
