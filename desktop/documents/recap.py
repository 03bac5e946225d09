"""Rekapitulasi pengaduan: a period's cases by sector and channel, and the outcomes of those
closed in it (landscape A4, the listing layout of the register and the schedule), ready to
sign: the letterhead above, a totals row under every grouping, and at the end the block of
the supervisor who made it beside the official who acknowledges it (mengetahui)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.documents.common import BOLD, Office, listing_pdf, style
from desktop.documents.letter import Signatory
from desktop.documents.signatures import signature_blocks
from desktop.domain.formatting import dated, rupiah
from desktop.domain.messages import label
from desktop.domain.recap import Recap


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _table(
    title: str,
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    total: list[str] | None = None,
):
    head = style("recap-head", 9, 11, BOLD)
    cell = style("recap-cell", 9, 11)
    number = style("recap-number", 9, 11, alignment=2)
    head_number = style("recap-head-number", 9, 11, BOLD, alignment=2)
    data = [[Paragraph(escape(header[0]), head)] + [Paragraph(h, head_number) for h in header[1:]]]
    for row in rows:
        data.append([Paragraph(escape(row[0]), cell)] + [Paragraph(v, number) for v in row[1:]])
    if len(data) == 1:
        data.append([Paragraph("—", cell)] + [""] * (len(header) - 1))
    lines = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4edf6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if total is not None:
        data.append(
            [Paragraph(escape(total[0]), head)] + [Paragraph(v, head_number) for v in total[1:]]
        )
        lines += [
            ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f1f4f7")),
            ("LINEABOVE", (0, -1), (-1, -1), 1, colors.HexColor("#5b6875")),
        ]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(lines))
    heading = Paragraph(title, style("recap-title", 11, 14, BOLD))
    return [heading, Spacer(1, 2 * mm), table, Spacer(1, 6 * mm)]


def _beside(left: list, right: list, width: float) -> Table:
    """Two groupings side by side: the recap fits on two pages, signatures included."""
    table = Table([[left, right]], colWidths=[width * 0.45, width * 0.55], hAlign="LEFT")
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def _signatures(prepared: Signatory, acknowledged: Signatory, place_date: str, width: float):
    """Who made the recap (right) and who acknowledges it (left), each with room to sign."""
    blocks = signature_blocks(
        place_date, width, ("Yang membuat,", prepared), ("Mengetahui,", acknowledged)
    )
    return KeepTogether([Spacer(1, 4 * mm), blocks])


def render_recap(
    recap: Recap,
    office: Office,
    prepared: Signatory | None = None,
    acknowledged: Signatory | None = None,
    place_date: str = "",
) -> bytes:
    """The recap on the office's letterhead; with ``prepared`` (the supervisor who made it) and
    ``acknowledged`` (the official over them), the two signature blocks under the figures."""
    period = f"{dated(recap.start)} s.d. {dated(recap.end)}"
    totals = [
        ["Pengaduan diterima", _number(recap.received)],
        ["… di antaranya masih berjalan", _number(recap.still_open)],
        ["Nilai transaksi yang diadukan", rupiah(recap.value)],
        ["Pengaduan selesai dalam periode ini", _number(recap.closed)],
    ]
    forwarded = sum(n for _name, n in recap.forwarded)
    width = 297 * mm - 30 * mm
    summary = _table("Ringkasan", ["", "Jumlah"], totals, [75 * mm, 35 * mm])
    sectors = _table(
        "Menurut sektor (diterima)",
        ["Sektor", "Pengaduan", "Nilai transaksi"],
        [[label("sector", s), _number(n), rupiah(v)] for s, n, v in recap.by_sector],
        [75 * mm, 24 * mm, 40 * mm],
        ["Jumlah", _number(recap.received), rupiah(recap.value)],
    )
    channels = _table(
        "Menurut saluran (diterima)",
        ["Saluran", "Pengaduan"],
        [[label("channel", c), _number(n)] for c, n in recap.by_channel],
        [75 * mm, 35 * mm],
        ["Jumlah", _number(recap.received)],
    )
    outcomes = _table(
        "Hasil penanganan (selesai dalam periode ini)",
        ["Hasil", "Pengaduan"],
        [[label("outcome", o).capitalize(), _number(n)] for o, n in recap.by_outcome],
        [75 * mm, 35 * mm],
        ["Jumlah", _number(recap.closed)],
    )
    agencies = _table(
        "Dialihkan ke instansi lain",
        ["Instansi", "Pengaduan"],
        [[name, _number(n)] for name, n in recap.forwarded],
        [115 * mm, 24 * mm],
        ["Jumlah", _number(forwarded)],
    )
    last = [_beside(outcomes, agencies, width)]
    if prepared is not None and acknowledged is not None:
        # never the signatures alone on a page: they go over with the last grouping
        last.append(_signatures(prepared, acknowledged, place_date, width))
    parts = [_beside(summary + channels, sectors, width), KeepTogether(last)]
    return listing_pdf(
        "REKAPITULASI PENGADUAN KONSUMEN",
        escape(f"{office.directorate} — {period}"),
        parts,
        "",
        False,
        f"Rekapitulasi {period}",
        office,
    )
