"""What every printed document shares: paper sizes, the office, type styles, the copy mark."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.graphics import shapes
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import tables

from desktop.paths import RESOURCES

F4 = (215 * mm, 330 * mm)  # folio, still common for Indonesian government letters
THERMAL_WIDTH = 80 * mm
PAPERS = {"a4": A4, "f4": F4, "a5": A5}
FONTS = RESOURCES / "fonts"
# Government letters are set in Arial; Liberation Sans has Arial's metrics and may be embedded
# (SIL Open Font License, resources/fonts/LICENSE-Liberation.txt): every document carries it.
FONT, BOLD, ITALIC, BOLD_ITALIC = (
    "LiberationSans",
    "LiberationSans-Bold",
    "LiberationSans-Italic",
    "LiberationSans-BoldItalic",
)


def _register_fonts() -> None:
    for name, file in (
        (FONT, "LiberationSans-Regular.ttf"),
        (BOLD, "LiberationSans-Bold.ttf"),
        (ITALIC, "LiberationSans-Italic.ttf"),
        (BOLD_ITALIC, "LiberationSans-BoldItalic.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
    # <b> and <i> in paragraphs pick the family's faces
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )


_register_fonts()
# A canvas starts in this font: with the default (Helvetica) every PDF would name a font it
# does not embed, even where no text is set in it.
rl_config.canvas_basefontname = FONT
rl_config.defaultGraphicsFontName = FONT
shapes.STATE_DEFAULTS["fontName"] = FONT  # a drawing (the receipt's QR code) starts in it too
tables.CellStyle.fontname = FONT  # and a table's plain-text cells
LOGO = RESOURCES / "logo-placeholder.png"


@dataclass(frozen=True)
class Office:
    """The letterhead (kop surat) and the contact lines printed on receipts."""

    ministry: str = "KEMENTERIAN PERDAGANGAN REPUBLIK INDONESIA"
    directorate_general: str = "DIREKTORAT JENDERAL PERLINDUNGAN KONSUMEN DAN TERTIB NIAGA"
    directorate: str = "DIREKTORAT PEMBERDAYAAN KONSUMEN"
    address: str = "Jl. M.I. Ridwan Rais No. 5, Jakarta Pusat 10110"
    city: str = "Jakarta"
    phone: str = "(021) 3858171"
    whatsapp: str = ""  # printed only when the office has one
    email: str = "pengaduan.konsumen@kemendag.go.id"
    website: str = "simpktn.kemendag.go.id"
    logo: Path = LOGO


def style(
    name: str, size: float = 10, leading: float | None = None, font: str = FONT, **kw
) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3, **kw)


# Flush left: a justified line before a long word (an e-mail address, a date) stretches its
# spaces into gaps ("paling    lambat    Selasa,").
BODY = style("body", 11, 15.5)
SMALL = style("small", 8, 10)


def mark_copy(canvas: Canvas, width: float, height: float, word: str = "SALINAN") -> None:
    """SALINAN across a reprint, so no one mistakes it for the first original (KONSEP across
    a draft not yet issued)."""
    canvas.saveState()
    canvas.setFillColorRGB(0.75, 0.1, 0.1, alpha=0.18)
    canvas.setFont(BOLD, min(width, height) / 6)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, 0, word)
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColorRGB(0.7, 0.1, 0.1)
    canvas.setFont(BOLD, 8)
    canvas.drawRightString(width - 8 * mm, height - 6 * mm, word)
    canvas.restoreState()


def listing_pdf(
    title: str,
    subtitle: str,
    table,
    empty_text: str,
    empty: bool,
    doc_title: str,
    office: Office,
) -> bytes:
    """A landscape A4 listing (a register, a schedule, a recap) on the office's letterhead:
    title, subtitle, a table that repeats its header row (or several flowables), 'Halaman N dari
    M' at the foot of every page."""
    import io

    from reportlab.lib.pagesizes import landscape
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from desktop.documents.letter import letterhead  # it builds on this module

    pagesize = landscape(A4)
    story = [
        letterhead(office, pagesize[0] - 30 * mm),
        Spacer(1, 5 * mm),
        Paragraph(title, style("listing-title", 13, 16, BOLD)),
        Paragraph(subtitle, style("listing-sub", 10, 13)),
        Spacer(1, 5 * mm),
        *(table if isinstance(table, list) else [table]),
    ]
    if empty:
        story.append(Paragraph(empty_text, style("listing-empty", 8.5, 10.5)))

    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        title=doc_title,
    ).build(story, canvasmaker=PagesCanvas)
    return buffer.getvalue()


class PagesCanvas(Canvas):
    """A canvas that writes "Halaman N dari M" at the foot of every page: the pages are kept
    until the document is done, when their count is known."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            width = self._pagesize[0]
            self.saveState()
            self.setFont(FONT, 8)
            self.drawRightString(
                width - 15 * mm, 10 * mm, f"Halaman {self._pageNumber} dari {total}"
            )
            self.restoreState()
            super().showPage()
        super().save()
