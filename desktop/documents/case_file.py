"""The berkas pengaduan: a case printed whole on A4, under the letterhead; and a single note
(the business actor's answer typed in by the officer) in the same layout."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.documents.common import BOLD, Office, PagesCanvas, style
from desktop.documents.letter import letterhead
from desktop.documents.register import grid_table

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN - 12  # the frame pads 6 pt a side
TITLE = style("casefile-title", 13, 16, BOLD)
SUB = style("casefile-sub", 9, 12)
HEADING = style("casefile-heading", 11, 14, BOLD, spaceBefore=8, spaceAfter=4)
TEXT = style("casefile-text", 10, 13.5)
KEY = style("casefile-key", 9, 12, textColor=colors.HexColor("#4a5562"))
VALUE = style("casefile-value", 9.5, 12.5)


@dataclass(frozen=True)
class Section:
    """A heading and either label–value pairs, a running text, or a table."""

    heading: str
    pairs: Sequence[tuple[str, str]] = ()
    text: str = ""
    header: Sequence[str] = ()
    rows: Sequence[Sequence[str]] = ()
    widths: Sequence[float] = ()  # fractions of the width, one per column
    empty: str = ""  # said when a table has no rows


@dataclass(frozen=True)
class CaseFilePrint:
    reg_no: str
    printed: str  # when, by whom, masked or not
    sections: list[Section] = field(default_factory=list)


def _paragraph(text: str, kind=TEXT) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), kind)


def _pairs(pairs: Sequence[tuple[str, str]]) -> Table:
    data = [[_paragraph(k, KEY), _paragraph(v, VALUE)] for k, v in pairs if v]
    table = Table(data, colWidths=[WIDTH * 0.28, WIDTH * 0.72])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _section(section: Section) -> list:
    heading = Paragraph(escape(section.heading), HEADING)
    if section.pairs:
        return [KeepTogether([heading, _pairs(section.pairs)])]
    if section.header:
        if not section.rows:
            return [KeepTogether([heading, _paragraph(section.empty, TEXT)])]
        widths = [WIDTH * w for w in section.widths]
        return [heading, grid_table(list(section.header), [list(r) for r in section.rows], widths)]
    return [heading, _paragraph(section.text or "-")]


def render_case_file(data: CaseFilePrint, office: Office) -> bytes:
    story = [
        letterhead(office, WIDTH),
        Spacer(1, 5 * mm),
        Paragraph(f"BERKAS PENGADUAN {escape(data.reg_no)}", TITLE),
        Paragraph(escape(data.printed), SUB),
        Spacer(1, 2 * mm),
    ]
    for section in data.sections:
        story += _section(section)
    return _build(story, f"Berkas pengaduan {data.reg_no}")


def render_note(title: str, pairs: list[tuple[str, str]], text: str, office: Office) -> bytes:
    story = [
        letterhead(office, WIDTH),
        Spacer(1, 5 * mm),
        Paragraph(escape(title), TITLE),
        Spacer(1, 3 * mm),
        _pairs(pairs),
        Spacer(1, 4 * mm),
        _paragraph(text),
    ]
    return _build(story, title.capitalize())


def _build(story: list, title: str) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        title=title,
    ).build(story, canvasmaker=PagesCanvas)
    return buffer.getvalue()
