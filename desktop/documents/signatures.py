"""The signature blocks under a listing (the recap, the schedule): place and date, the
position (with a.n./u.b. above it), room to sign, the name underlined and the spaced NIP."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from desktop.documents.common import style
from desktop.documents.letter import Signatory
from desktop.domain.formatting import nip

SIGN = style("listing-sign", 10, 13, alignment=1)


def _above(heading: str, who: Signatory) -> list:
    lines = [Paragraph(escape(heading), SIGN)] if heading else []
    if who.on_behalf:
        lines.append(Paragraph(escape(who.on_behalf), SIGN))
    return [*lines, Paragraph(escape(who.position) + ",", SIGN)]


def _name(who: Signatory) -> list:
    number = [Paragraph(escape(f"NIP {nip(who.nip)}"), SIGN)] if who.nip else []
    return [Paragraph(f"<u><b>{escape(who.name)}</b></u>", SIGN), *number]


def signature_blocks(
    place_date: str,
    width: float,
    right: tuple[str, Signatory],
    left: tuple[str, Signatory] | None = None,
) -> Table:
    """``right`` signs under the place and date (the right half, as Indonesian letters do);
    ``left``, when given, beside it (mengetahui). Each is (heading, who)."""
    blank: list = []
    # Names on one line whatever the positions above them: a row each, room to sign between.
    table = Table(
        [
            ["", Paragraph(escape(place_date), SIGN)],
            [_above(*left) if left else blank, _above(*right)],
            [_name(left[1]) if left else blank, _name(right[1])],
        ],
        colWidths=[width / 2, width / 2],
    )
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 2), (-1, 2), 20 * mm)])
    )
    return table
