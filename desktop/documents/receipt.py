"""Tanda terima pengaduan: the receipt handed to the consumer, A5 or 80 mm thermal roll."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.common import A5, BOLD, SMALL, THERMAL_WIDTH, Office, mark_copy, style


@dataclass(frozen=True)
class ReceiptData:
    reg_no: str
    received: str  # "Senin, 23 November 2026, 09.05 WIB"
    complainant: str
    nik_masked: str
    phone_masked: str
    business: str
    product: str
    summary: str
    documents: list[str] = field(default_factory=list)
    officer: str = ""
    next_step: str = ""  # what happens next and by when
    channel: str = ""


def qr(text: str, size: float) -> Drawing:
    widget = QrCodeWidget(text, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def _story(data: ReceiptData, office: Office, width: float, thermal: bool) -> list[Flowable]:
    scale = 0.9 if thermal else 1.0
    head = style("head", 8.5 * scale, 10.5 * scale, BOLD, alignment=TA_CENTER)
    sub = style("sub", 7.5 * scale, 9 * scale, alignment=TA_CENTER)
    title = style("title", 12 * scale, 15 * scale, BOLD, alignment=TA_CENTER, spaceBefore=4)
    number = style("number", 15 * scale, 19 * scale, BOLD, textColor=colors.HexColor("#0b4f8a"))
    label = style("label", 8 * scale, 10 * scale, textColor=colors.HexColor("#4a5563"))
    value = style("value", 9 * scale, 11.5 * scale)
    text = style("text", 9 * scale, 12 * scale)
    logo = Image(str(office.logo), 13 * mm * scale, 13 * mm * scale)
    heading = [
        Paragraph(escape(office.ministry), head),
        Paragraph(escape(office.directorate_general), sub),
        Paragraph(escape(office.directorate), sub),
        Paragraph(escape(f"{office.address} · Telepon {office.phone}"), sub),
    ]
    kop = (
        Table([[logo], [heading]], colWidths=[width])
        if thermal
        else Table([[logo, heading]], colWidths=[16 * mm, width - 16 * mm])
    )
    kop.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
            ]
        )
    )
    code_size = 24 * mm if thermal else 27 * mm
    reg = [
        Paragraph("Nomor registrasi", label),
        Paragraph(escape(data.reg_no), number),
        Paragraph(escape(data.received), value),
    ]
    top = (
        Table([[reg], [qr(data.reg_no, code_size)]], colWidths=[width])
        if thermal
        else Table(
            [[reg, qr(data.reg_no, code_size)]],
            colWidths=[width - code_size - 4 * mm, code_size + 4 * mm],
        )
    )
    top.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (-1, 0), (-1, -1), "CENTER" if thermal else "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    rows = [
        ("Pengadu", data.complainant),
        ("NIK", data.nik_masked or "—"),
        ("Telepon", data.phone_masked or "—"),
        ("Pelaku usaha", data.business),
        ("Barang/jasa", data.product),
    ]
    if data.channel:
        rows.append(("Saluran", data.channel))
    label_width = 22 * mm if thermal else 27 * mm
    fields = Table(
        [[Paragraph(k, label), Paragraph(escape(v), value)] for k, v in rows],
        colWidths=[label_width, width - label_width],
    )
    fields.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    documents = ", ".join(data.documents) if data.documents else "tidak ada"
    signer = style("signer", 8.5 * scale, 11 * scale, alignment=TA_CENTER)
    signatures = Table(
        [
            [Paragraph("Pengadu", signer), Paragraph("Petugas penerima", signer)],
            ["", ""],
            [Paragraph(escape(data.complainant), signer), Paragraph(escape(data.officer), signer)],
        ],
        colWidths=[width / 2, width / 2],
        rowHeights=[None, (12 if thermal else 16) * mm, None],
    )
    return [
        kop,
        Paragraph("TANDA TERIMA PENGADUAN", title),
        Spacer(1, 2 * mm),
        top,
        Spacer(1, 2 * mm),
        fields,
        Spacer(1, 2 * mm),
        Paragraph("<b>Ringkasan.</b> " + escape(data.summary), text),
        Spacer(1, 1.5 * mm),
        Paragraph("<b>Dokumen diterima:</b> " + escape(documents), text),
        Spacer(1, 1.5 * mm),
        Paragraph("<b>Langkah berikutnya.</b> " + escape(data.next_step), text),
        Spacer(1, 2 * mm),
        Paragraph(
            escape(
                "Tanyakan perkembangan pengaduan dengan menyebut nomor registrasi: "
                f"telepon {office.phone}, "
                + (f"WhatsApp {office.whatsapp}, " if office.whatsapp else "")
                + f"e-mail {office.email}, atau {office.website}."
            ),
            SMALL,
        ),
        Spacer(1, 5 * mm),
        signatures,
    ]


def render_receipt(
    data: ReceiptData, office: Office, paper: str = "a5", copy: bool = False
) -> bytes:
    """The receipt as PDF bytes; ``copy`` marks a reprint SALINAN."""
    thermal = paper == "thermal"
    margin = 4 * mm if thermal else 12 * mm
    width = (THERMAL_WIDTH if thermal else A5[0]) - 2 * margin
    story = _story(data, office, width, thermal)
    if thermal:  # a roll is as long as what is printed on it (the frame pads 6 pt a side)
        height = (
            sum(
                f.wrap(width - 12, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                for f in story
            )
            + 2 * margin
            + 12
            + 8 * mm
        )
        pagesize = (THERMAL_WIDTH, height)
    else:
        pagesize = A5
    buffer = io.BytesIO()

    def decorate(canvas, doc) -> None:
        if copy:
            mark_copy(canvas, *pagesize)

    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=f"Tanda terima {data.reg_no}",
        author=data.officer,
        subject="Tanda terima pengaduan konsumen",
    )
    # Measuring the roll consumed the first story: a thermal receipt is built from a fresh one.
    fresh = _story(data, office, width, thermal) if thermal else story
    document.build(fresh, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()
