"""Official letters in the Indonesian government layout (Tata Naskah Dinas).

Kop surat with the emblem; place and date on the line of *Nomor*; *Nomor / Sifat / Lampiran /
Hal*; *Yth.* and the addressee; the body; the signature block (with *a.n.* or *u.b.* when
signing on behalf); *Tembusan*. A letter that runs over continues on pages headed with its
number and page. A4 or F4 (folio).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.common import BODY, BOLD, FONT, PAPERS, Office, mark_copy, style
from desktop.domain.formatting import nip


@dataclass(frozen=True)
class Signatory:
    position: str  # Direktur Pemberdayaan Konsumen
    name: str
    nip: str = ""
    on_behalf: str = ""  # "a.n. Direktur Jenderal …" or "u.b. …", printed above the position


@dataclass(frozen=True)
class Electronic:
    """An electronically signed letter's mark, printed where the wet signature would go."""

    signed_on: str  # "1 Desember 2026"
    code: str  # the verification code, also in the QR code
    qr: str  # what the QR code carries


@dataclass(frozen=True)
class LetterData:
    number: str
    place_date: str  # "Jakarta, 23 November 2026"
    subject: str  # Hal
    addressee: list[str]  # Yth. line first, then the address
    body: list[str]  # paragraphs, plain text
    signatory: Signatory
    nature: str = "Biasa"  # Sifat
    attachments: str = "-"  # Lampiran
    copies: list[str] = field(default_factory=list)  # Tembusan
    electronic: Electronic | None = None  # signed electronically instead of by hand
    # A tabulated block (label, value) after the body's first paragraph: a summons's day,
    # time, place and agenda.
    details: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict:
        """What is kept of an issued letter, so that its reprint is the same letter."""
        from dataclasses import asdict

        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> LetterData:
        return cls(
            **{
                **data,
                "signatory": Signatory(**data["signatory"]),
                "details": [tuple(d) for d in data.get("details", [])],
                "electronic": Electronic(**data["electronic"]) if data.get("electronic") else None,
            }
        )


DRAFT_NUMBER = "(konsep, belum bernomor)"
NBSP = "\u00a0"


TEXT = style("letter-text", 11, 15)
KOP_1 = style("kop-1", 13, 16, BOLD, alignment=TA_CENTER)
KOP_2 = style("kop-2", 11, 14, BOLD, alignment=TA_CENTER)
KOP_3 = style("kop-3", 8.5, 11, alignment=TA_CENTER)


def _one_line(text: str, base, width: float) -> Paragraph:
    """A letterhead line in its style, made smaller until it fits on one line (a long
    directorate general's name must not leave its last word alone on a second line)."""
    size = base.fontSize
    while size > 7 and stringWidth(text, base.fontName, size) > width - 2:
        size -= 0.25
    fitted = style(f"{base.name}-{size}", size, size * base.leading / base.fontSize, base.fontName)
    fitted.alignment = base.alignment
    return Paragraph(escape(text), fitted)


def _unbroken(*items: str) -> str:
    """Contact items that may break between them but never inside one (a phone number)."""
    return " · ".join(escape(item).replace(" ", NBSP) for item in items)


def _contacts(office: Office, width: float) -> list[Paragraph]:
    """The address and the phones on one line when they fit; else the address above the phones
    (a break after a separator left a "·" hanging at the end of the line)."""
    phones = [
        f"Telepon {office.phone}",
        *([f"WhatsApp {office.whatsapp}"] if office.whatsapp else []),
    ]
    whole = " · ".join([office.address, *phones])
    if stringWidth(whole, KOP_3.fontName, KOP_3.fontSize) <= width - 2:
        return [Paragraph(escape(office.address) + " · " + _unbroken(*phones), KOP_3)]
    return [Paragraph(escape(office.address), KOP_3), Paragraph(_unbroken(*phones), KOP_3)]


def letterhead(office: Office, width: float) -> Table:
    text_width = width - 28 * mm - 12
    lines = [
        _one_line(office.ministry, KOP_1, text_width),
        _one_line(office.directorate_general, KOP_2, text_width),
        _one_line(office.directorate, KOP_2, text_width),
        *_contacts(office, text_width),
        Paragraph(_unbroken(f"Pos-el {office.email}", f"Laman {office.website}"), KOP_3),
    ]
    kop = Table(
        [[Image(str(office.logo), 24 * mm, 24 * mm), lines]], colWidths=[28 * mm, width - 28 * mm]
    )
    kop.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 2, colors.black),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
            ]
        )
    )
    return kop


def _head(data: LetterData, width: float) -> Table:
    rows = [
        ["Nomor", ":", data.number or DRAFT_NUMBER, data.place_date],
        ["Sifat", ":", data.nature, ""],
        ["Lampiran", ":", data.attachments, ""],
        ["Hal", ":", Paragraph(f"<b>{escape(data.subject)}</b>", TEXT), ""],
    ]
    table = Table(rows, colWidths=[22 * mm, 4 * mm, width - 86 * mm, 60 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 11),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (3, 0), (3, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _electronic(signatory: Signatory, mark: Electronic, width: float) -> Table:
    from desktop.documents.receipt import qr

    small = style("sign-e", 8, 10)
    text = [
        Paragraph("Ditandatangani secara elektronik oleh", small),
        Paragraph(f"<b>{escape(signatory.name)}</b>", small),
        Paragraph(escape(signatory.position), small),
        Paragraph(escape(f"pada {mark.signed_on}"), small),
        Paragraph(escape(f"Kode verifikasi {mark.code}"), small),
    ]
    block = Table([[qr(mark.qr, 22 * mm), text]], colWidths=[24 * mm, width - 24 * mm])
    block.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
            ]
        )
    )
    return block


def _signature(signatory: Signatory, width: float, mark: Electronic | None = None) -> Table:
    sign = style("sign", 11, 15)
    lines = []
    if signatory.on_behalf:
        lines.append(Paragraph(escape(signatory.on_behalf), sign))
    lines += [
        Paragraph(escape(signatory.position) + ",", sign),
        _electronic(signatory, mark, width * 0.5 - 6) if mark else Spacer(1, 22 * mm),
        Paragraph(f"<b>{escape(signatory.name)}</b>", sign),
    ]
    if signatory.nip:
        lines.append(Paragraph(escape(f"NIP {nip(signatory.nip)}"), sign))
    table = Table([["", lines]], colWidths=[width * 0.5, width * 0.5])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _details(rows: list[tuple[str, str]], width: float) -> Table:
    table = Table(
        [[label, ":", Paragraph(escape(value), TEXT)] for label, value in rows],
        colWidths=[36 * mm, 4 * mm, width - 50 * mm],  # "Hari/tanggal" clear of its colon
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 11),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 10 * mm),
                ("LEFTPADDING", (1, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def render_letter(
    data: LetterData, office: Office, paper: str = "a4", copy: bool = False, draft: bool = False
) -> bytes:
    """The letter; ``copy`` marks a reprint SALINAN, ``draft`` marks one not issued KONSEP."""
    pagesize = PAPERS[paper]
    margin_x, margin_top, margin_bottom = 25 * mm, 15 * mm, 20 * mm
    width = pagesize[0] - 2 * margin_x - 12
    story = [
        letterhead(office, width),
        Spacer(1, 6 * mm),
        _head(data, width),
        Spacer(1, 6 * mm),
        Paragraph("Yth. " + escape(data.addressee[0]), TEXT),
    ]
    story += [Paragraph(escape(line), TEXT) for line in data.addressee[1:]]
    story.append(Spacer(1, 6 * mm))
    for n, paragraph in enumerate(data.body):
        story += [Paragraph(escape(paragraph), BODY), Spacer(1, 3 * mm)]
        if n == 0 and data.details:
            story += [_details(data.details, width), Spacer(1, 3 * mm)]
    # The signature and the Tembusan under it move together: a page never holds the
    # Tembusan alone.
    closing = [_signature(data.signatory, width, data.electronic)]
    if data.copies:
        closing += [Spacer(1, 5 * mm), Paragraph("Tembusan:", TEXT)]
        closing += [Paragraph(escape(f"{n}. {c}"), TEXT) for n, c in enumerate(data.copies, 1)]
    story += [Spacer(1, 4 * mm), KeepTogether(closing)]
    buffer = io.BytesIO()

    def first(canvas, doc) -> None:
        if copy or draft:
            mark_copy(canvas, *pagesize, "KONSEP" if draft else "SALINAN")

    def later(canvas, doc) -> None:
        # A continuation page says which letter it belongs to and where it stands.
        canvas.saveState()
        canvas.setFont(FONT, 10)
        canvas.drawCentredString(pagesize[0] / 2, pagesize[1] - 12 * mm, f"- {doc.page} -")
        canvas.setFont(FONT, 8)
        canvas.drawString(margin_x, pagesize[1] - 12 * mm, f"Nomor {data.number or DRAFT_NUMBER}")
        canvas.restoreState()
        first(canvas, doc)

    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=margin_x,
        rightMargin=margin_x,
        topMargin=margin_top,
        bottomMargin=margin_bottom,
        title=data.subject,
        subject=data.number,
        author=office.directorate,
    )
    document.build(story, onFirstPage=first, onLaterPages=later)
    return buffer.getvalue()
