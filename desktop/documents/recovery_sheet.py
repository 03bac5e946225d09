"""The recovery key on a sheet for the supervisor's safe (A4, Indonesian like every document)."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop.documents.common import BODY, BOLD, FONT

WORDS = (
    "Dengan kunci ini folder data loket dapat dibuka tanpa keyring komputer (komputer baru, "
    "profil Windows baru, keyring yang hilang). Siapa pun yang memegangnya bersama folder data "
    "dapat membaca seluruh data pribadi pengadu: simpan lembar ini di brankas penyelia, jangan "
    "difoto, jangan disimpan di komputer. Kunci ini hanya ditampilkan sekali; kunci baru dibuat "
    "dengan <b>loket recovery-key</b> (kunci lama tidak berlaku lagi)."
)


def recovery_sheet(recovery: str, folder: str, office: str, made: dt.date) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    canvas.setTitle("Kunci pemulihan folder data")
    width, height = A4
    left, top = 25 * mm, height - 30 * mm
    canvas.setFont(BOLD, 16)
    canvas.drawString(left, top, "KUNCI PEMULIHAN FOLDER DATA LOKET PENGADUAN")
    canvas.setFont(FONT, 11)
    canvas.drawString(left, top - 10 * mm, f"Kantor: {office or '-'}")
    canvas.drawString(left, top - 16 * mm, f"Folder data: {folder}")
    canvas.drawString(left, top - 22 * mm, f"Dibuat: {made:%d-%m-%Y}")
    canvas.setFont(BOLD, 20)
    groups = recovery.split("-")
    canvas.drawString(left, top - 42 * mm, "  ".join(groups[:4]))
    canvas.drawString(left, top - 52 * mm, "  ".join(groups[4:]))
    words = Paragraph(WORDS, BODY)
    _w, tall = words.wrap(width - 2 * left, 80 * mm)
    words.drawOn(canvas, left, top - 64 * mm - tall)
    canvas.setFont(FONT, 11)
    for x, role in ((left, "Penyelia"), (width / 2 + 5 * mm, "Saksi")):
        canvas.drawString(x, top - 130 * mm, role)
        canvas.line(x, top - 155 * mm, x + 65 * mm, top - 155 * mm)
        canvas.drawString(x, top - 161 * mm, "Nama dan tanda tangan")
    canvas.showPage()
    canvas.save()
    return out.getvalue()
