"""Berita acara: the minutes of a clarification or mediation meeting, signed by both parties
and the mediator at the end of the meeting.

The letterhead of an official letter; the title and number centred; who met, when and where;
who came (from the visitor log); what came of it (the terms agreed, numbered, or no agreement
with the advice to go to BPSK or court, or who stayed away); three signature columns.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.documents.common import BODY, BOLD, FONT, PAPERS, Office, mark_copy, style
from desktop.documents.letter import DRAFT_NUMBER, TEXT, letterhead
from desktop.domain.formatting import nip

TITLE = style("minutes-title", 12, 16, BOLD, alignment=TA_CENTER)
NUMBER = style("minutes-number", 11, 14, alignment=TA_CENTER)
SIGN = style("minutes-sign", 10.5, 14, alignment=TA_CENTER)


@dataclass(frozen=True)
class Party:
    role: str  # "Pihak Konsumen"
    name: str
    detail: str  # masked NIK, or the business's address
    present: bool
    signer: str = ""  # who signs for the party: the business's representative
    capacity: str = ""  # as what they sign ("Kuasa PT Contoh Jaya")


@dataclass(frozen=True)
class MinutesData:
    title: str  # "BERITA ACARA MEDIASI"
    number: str
    opening: str  # "Pada hari ini Senin tanggal …, telah dilaksanakan mediasi …"
    consumer: Party
    business: Party
    mediator: str
    mediator_nip: str
    result: str  # agreement, no_agreement or absent
    terms: list[str]  # the points agreed, or the notes
    closing_place_date: str  # "Jakarta, 30 November 2026"

    def as_dict(self) -> dict:
        from dataclasses import asdict

        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> MinutesData:
        return cls(
            **{**data, "consumer": Party(**data["consumer"]), "business": Party(**data["business"])}
        )


def _parties(data: MinutesData, width: float) -> Table:
    rows = []
    for party in (data.consumer, data.business):
        rows.append(
            [
                party.role,
                ":",
                Paragraph(
                    f"<b>{escape(party.name)}</b>"
                    + (f"<br/>{escape(party.detail)}" if party.detail else "")
                    + ("" if party.present else "<br/><i>(tidak hadir)</i>"),
                    TEXT,
                ),
            ]
        )
    rows.append(["Mediator", ":", Paragraph(escape(data.mediator or "-"), TEXT)])
    table = Table(rows, colWidths=[45 * mm, 4 * mm, width - 49 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 11),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _result(data: MinutesData) -> list:
    body = []
    if data.result == "agreement":
        body.append(
            Paragraph("Para pihak sepakat untuk menyelesaikan sengketa sebagai berikut:", BODY)
        )
        for n, term in enumerate(data.terms, 1):
            body.append(
                Paragraph(
                    escape(f"{n}. {term}"),
                    style("term", 11, 15.5, leftIndent=8 * mm, firstLineIndent=-5 * mm),
                )
            )
        body.append(
            Paragraph(
                "Kesepakatan ini mengikat para pihak dan wajib dilaksanakan dengan itikad baik.",
                BODY,
            )
        )
    elif data.result == "no_agreement":
        body.append(
            Paragraph(
                "Para pihak tidak mencapai kesepakatan. Konsumen disarankan menempuh "
                "penyelesaian sengketa melalui Badan Penyelesaian Sengketa Konsumen (BPSK) atau "
                "pengadilan sesuai dengan Pasal 45 Undang-Undang Nomor 8 Tahun 1999 tentang "
                "Perlindungan Konsumen.",
                BODY,
            )
        )
    else:
        absent = [
            p.role.replace("Pihak ", "pihak ")
            for p in (data.consumer, data.business)
            if not p.present
        ]
        who = " dan ".join(absent) or "salah satu pihak"
        body.append(
            Paragraph(
                escape(
                    f"Pertemuan tidak dapat dilaksanakan karena {who} tidak hadir meskipun telah "
                    "diundang secara patut."
                ),
                BODY,
            )
        )
    if data.result != "agreement" and data.terms:
        body.append(Spacer(1, 2 * mm))
        body.append(Paragraph("Catatan:", TEXT))
        body += [Paragraph(escape(t), BODY) for t in data.terms]
    return body


def _signatures(data: MinutesData, width: float) -> Table:
    def column(heading: str, name: str, extra: str = "", present: bool = True) -> list:
        return [
            Paragraph(escape(heading), SIGN),
            Spacer(1, 20 * mm),
            Paragraph(f"<b>{escape(name or '-')}</b>", SIGN),
            Paragraph(escape(extra) if present else "<i>(tidak hadir)</i>", SIGN),
        ]

    table = Table(
        [
            [
                column(data.consumer.role, data.consumer.name, present=data.consumer.present),
                column(
                    data.business.role,
                    data.business.signer or "-",
                    data.business.capacity,
                    present=data.business.present,
                ),
                column(
                    "Mediator",
                    data.mediator,
                    f"NIP {nip(data.mediator_nip)}" if data.mediator_nip else "",
                ),
            ]
        ],
        colWidths=[width / 3] * 3,
    )
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def render_minutes(
    data: MinutesData, office: Office, paper: str = "a4", copy: bool = False, draft: bool = False
) -> bytes:
    pagesize = PAPERS[paper]
    margin_x = 25 * mm
    width = pagesize[0] - 2 * margin_x - 12
    story = [
        letterhead(office, width),
        Spacer(1, 6 * mm),
        Paragraph(f"<u>{escape(data.title)}</u>", TITLE),
        Paragraph(escape(f"Nomor: {data.number or DRAFT_NUMBER}"), NUMBER),
        Spacer(1, 6 * mm),
        Paragraph(escape(data.opening), BODY),
        Spacer(1, 3 * mm),
        _parties(data, width),
        Spacer(1, 3 * mm),
        *_result(data),
        Spacer(1, 3 * mm),
        Paragraph(
            "Demikian berita acara ini dibuat dengan sebenarnya, dibacakan kepada para pihak, "
            "dan ditandatangani untuk dipergunakan sebagaimana mestinya.",
            BODY,
        ),
        Spacer(1, 6 * mm),
        KeepTogether(
            [
                Paragraph(escape(data.closing_place_date), SIGN),
                Spacer(1, 3 * mm),
                _signatures(data, width),
            ]
        ),
    ]
    buffer = io.BytesIO()

    def page(canvas, doc) -> None:
        if doc.page > 1:
            canvas.saveState()
            canvas.setFont(FONT, 8)
            canvas.drawString(margin_x, pagesize[1] - 12 * mm, f"Berita acara {data.number}")
            canvas.drawRightString(
                pagesize[0] - margin_x, pagesize[1] - 12 * mm, f"hlm. {doc.page}"
            )
            canvas.restoreState()
        if copy or draft:
            mark_copy(canvas, *pagesize, "KONSEP" if draft else "SALINAN")

    _document(buffer, pagesize, margin_x, data.title, office, data.number).build(
        story, onFirstPage=page, onLaterPages=page
    )
    return buffer.getvalue()


def _document(
    buffer, pagesize, margin_x: float, title: str, office: Office, subject: str = ""
) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=margin_x,
        rightMargin=margin_x,
        topMargin=15 * mm,
        bottomMargin=20 * mm,
        title=title.title(),
        subject=subject,
        author=office.directorate,
    )


@dataclass(frozen=True)
class AttendanceData:
    """The daftar hadir of a meeting: who is expected, each with a line to sign on."""

    title: str  # "DAFTAR HADIR MEDIASI"
    case: str  # "Pengaduan LK1-202611-00001: Siti Aminah terhadap PT Contoh Jaya"
    when: list[tuple[str, str]]  # (Hari/tanggal, …), (Pukul, …), (Tempat, …)
    people: list[tuple[str, str]]  # (name, as what: "Konsumen", "Wakil PT …", "Mediator")
    blank_rows: int = 3  # for those who come with them


def render_attendance(data: AttendanceData, office: Office, paper: str = "a4") -> bytes:
    from reportlab.lib import colors

    pagesize = PAPERS[paper]
    margin_x = 20 * mm
    width = pagesize[0] - 2 * margin_x - 12
    when = Table(
        [[k, ":", Paragraph(escape(v), TEXT)] for k, v in data.when],
        colWidths=[32 * mm, 4 * mm, width - 36 * mm],
    )
    when.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 11),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    head = ["No.", "Nama", "Selaku", "Tanda tangan"]
    rows = [head]
    people = list(data.people) + [("", "")] * data.blank_rows
    for n, (name, capacity) in enumerate(people, 1):
        # The signature column zigzags, as on a printed attendance list, so neighbours'
        # signatures do not run into each other.
        dots = "." * 24
        line = f"{n}. {dots}" if n % 2 else f"{' ' * 10}{n}. {dots}"
        rows.append(
            [str(n), Paragraph(escape(name), TEXT), Paragraph(escape(capacity), TEXT), line]
        )
    table = Table(
        rows,
        colWidths=[11 * mm, width * 0.34, width * 0.28, width * 0.38 - 11 * mm],
        rowHeights=[8 * mm] + [13 * mm] * len(people),
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), BOLD, 10.5),
                ("FONT", (0, 1), (-1, -1), FONT, 10.5),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecf0")),
            ]
        )
    )
    story = [
        letterhead(office, width),
        Spacer(1, 6 * mm),
        Paragraph(f"<u>{escape(data.title)}</u>", TITLE),
        Paragraph(escape(data.case), NUMBER),
        Spacer(1, 5 * mm),
        when,
        Spacer(1, 5 * mm),
        table,
    ]
    buffer = io.BytesIO()
    _document(buffer, pagesize, margin_x, data.title, office).build(story)
    return buffer.getvalue()
