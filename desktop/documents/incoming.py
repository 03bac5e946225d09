"""For an incoming letter: the receipt for whoever delivered it (tanda terima surat), and the
disposition sheet (lembar disposisi) that travels with it to whoever handles it."""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.documents.common import A4, A5, BOLD, Office, mark_copy, style
from desktop.documents.receipt import qr
from desktop.paths import RESOURCES

# An empty tick box (the built-in fonts have no ☐): a small image inside the paragraph.
BOX = f'<img src="{RESOURCES / "tick-box.png"}" width="8" height="8" valign="-1"/>'


@dataclass(frozen=True)
class IncomingData:
    agenda_no: str
    received: str
    sender: str
    sender_address: str
    letter_no: str
    letter_date: str
    subject: str
    pages: int
    enclosures: int
    officer: str


def _kop(office: Office, width: float) -> Table:
    head = style("k1", 9, 11, BOLD, alignment=TA_CENTER)
    sub = style("k2", 8, 10, alignment=TA_CENTER)
    kop = Table(
        [
            [
                [
                    Paragraph(escape(office.ministry), head),
                    Paragraph(escape(office.directorate_general), sub),
                    Paragraph(escape(office.directorate), sub),
                ]
            ]
        ],
        colWidths=[width],
    )
    kop.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 1.2, colors.black),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return kop


def _fields(rows: list[tuple[str, str]], width: float, label_width: float) -> Table:
    label = style("label", 9, 12, textColor=colors.HexColor("#4a5563"))
    value = style("value", 10, 13)
    table = Table(
        [[Paragraph(k, label), Paragraph(escape(v or "-"), value)] for k, v in rows],
        colWidths=[label_width, width - label_width],
    )
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def _build(story, pagesize, margin: float, title: str, copy: bool) -> bytes:
    buffer = io.BytesIO()

    def decorate(canvas, doc) -> None:
        if copy:
            mark_copy(canvas, *pagesize)

    SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=title,
    ).build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def render_letter_receipt(data: IncomingData, office: Office, copy: bool = False) -> bytes:
    margin = 12 * mm
    width = A5[0] - 2 * margin - 12
    number = style("number", 15, 19, BOLD, textColor=colors.HexColor("#0b4f8a"))
    top = Table(
        [
            [
                [
                    Paragraph("Nomor agenda", style("l", 8, 10)),
                    Paragraph(escape(data.agenda_no), number),
                    Paragraph(escape(data.received), style("v", 9, 12)),
                ],
                qr(data.agenda_no, 24 * mm),
            ]
        ],
        colWidths=[width - 28 * mm, 28 * mm],
    )
    top.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    signer = style("s", 9, 11, alignment=TA_CENTER)
    signatures = Table(
        [
            [Paragraph("Yang menyerahkan", signer), Paragraph("Petugas penerima", signer)],
            ["", ""],
            [
                Paragraph("(.............................)", signer),
                Paragraph(escape(data.officer), signer),
            ],
        ],
        colWidths=[width / 2, width / 2],
        rowHeights=[None, 16 * mm, None],
    )
    story = [
        _kop(office, width),
        Paragraph(
            "TANDA TERIMA SURAT", style("t", 12, 16, BOLD, alignment=TA_CENTER, spaceBefore=6)
        ),
        Spacer(1, 3 * mm),
        top,
        Spacer(1, 3 * mm),
        _fields(
            [
                ("Pengirim", data.sender),
                ("Alamat", data.sender_address),
                ("Nomor surat", data.letter_no),
                ("Tanggal surat", data.letter_date),
                ("Perihal", data.subject),
                ("Halaman/lampiran", f"{data.pages} halaman, {data.enclosures} lampiran"),
            ],
            width,
            30 * mm,
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            escape(
                f"Surat telah kami terima dan akan diproses. Tanyakan "
                f"perkembangannya dengan menyebut nomor agenda: telepon {office.phone}"
                + (f", WhatsApp {office.whatsapp}" if office.whatsapp else "")
                + f" atau {office.email}."
            ),
            style("n", 8.5, 11),
        ),
        Spacer(1, 6 * mm),
        signatures,
    ]
    return _build(story, A5, margin, f"Tanda terima surat {data.agenda_no}", copy)


def render_disposition(
    data: IncomingData, office: Office, handlers: list[str], copy: bool = False
) -> bytes:
    margin = 18 * mm
    width = A4[0] - 2 * margin - 12
    cell = style("c", 9.5, 12.5)
    bold = style("b", 9.5, 12.5, BOLD)
    half = width / 2
    head = Table(
        [
            [
                Paragraph(f"<b>Surat dari:</b> {escape(data.sender)}", cell),
                Paragraph(f"<b>Diterima tanggal:</b> {escape(data.received)}", cell),
            ],
            [
                Paragraph(f"<b>Nomor surat:</b> {escape(data.letter_no or '-')}", cell),
                Paragraph(f"<b>Nomor agenda:</b> {escape(data.agenda_no)}", cell),
            ],
            [
                Paragraph(f"<b>Tanggal surat:</b> {escape(data.letter_date or '-')}", cell),
                Paragraph(
                    "<b>Sifat:</b> "
                    + "  ".join(
                        f"{BOX} {s}" for s in ("Sangat segera", "Segera", "Rahasia", "Biasa")
                    ),
                    cell,
                ),
            ],
            [Paragraph(f"<b>Perihal:</b> {escape(data.subject or '-')}", cell), ""],
        ],
        colWidths=[half, half],
    )
    head.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("SPAN", (0, 3), (1, 3)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    to = [Paragraph("<b>Diteruskan kepada Sdr.:</b>", bold)] + [
        Paragraph(f"{BOX} {escape(h)}", cell) for h in handlers
    ]
    asks = [Paragraph("<b>Dengan hormat harap:</b>", bold)] + [
        Paragraph(f"{BOX} {a}", cell)
        for a in (
            "Tanggapan dan saran",
            "Proses lebih lanjut",
            "Koordinasi/konfirmasi",
            "Undang pelaku usaha untuk klarifikasi",
            "Jadwalkan mediasi",
            "Arsipkan",
        )
    ]
    middle = Table([[to, asks]], colWidths=[half, half])
    middle.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
    )
    notes = Table([[Paragraph("<b>Catatan:</b>", bold)]], colWidths=[width], rowHeights=[75 * mm])
    notes.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
    )
    sign = Table(
        [
            [
                Paragraph("Tanggal penyelesaian: ....................", cell),
                Paragraph("Paraf pimpinan: ....................", cell),
            ]
        ],
        colWidths=[half, half],
    )
    story = [
        _kop(office, width),
        Spacer(1, 4 * mm),
        Paragraph("LEMBAR DISPOSISI", style("t", 14, 18, BOLD, alignment=TA_CENTER)),
        Spacer(1, 5 * mm),
        head,
        middle,
        notes,
        Spacer(1, 6 * mm),
        sign,
    ]
    return _build(story, A4, margin, f"Lembar disposisi {data.agenda_no}", copy)
