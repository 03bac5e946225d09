"""The README's pictures of printed documents (docs/documents/*.png), made again from the
current code: a small office of its own (a folder under build/), a few cases walked through the
services on a fixed clock in November and December 2026, every document issued as an officer
would, each page rendered at 80 dpi by pdftoppm. `make documents` runs it.

The people, businesses and numbers are invented; the NIKs are masked on the documents as the
desk masks them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.intake import BusinessForm, ComplaintForm, PersonForm, VisitorForm
from desktop.domain.workdays import to_utc
from desktop.services import (
    handling,
    hearings,
    intake,
    letters,
    outgoing,
    printing,
    reports,
    settings,
    staff,
    visitors,
)
from desktop.store import db as store_db

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "documents"
FOLDER = ROOT / "build" / "documents-data"
PASSWORD = "loket-dokumen-2026"


def wib(month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A moment of 2026 given on the office's clock (WIB), as stored (UTC)."""
    return to_utc(dt.datetime(2026, month, day, hour, minute))


def complaint(**parts) -> ComplaintForm:
    person = PersonForm(
        name="Siti Aminah",
        nik="3174015708850003",
        birth_date=dt.date(1985, 8, 17),
        sex="female",
        phone="0812-3456-7890",
        email="siti.aminah@contoh.co.id",
        address="Jl. Kenanga No. 5",
        rt="3",
        rw="7",
        kelurahan="Pasar Minggu",
        kecamatan="Pasar Minggu",
        city="Jakarta Selatan",
        province="DKI Jakarta",
        postal_code="12520",
    )
    form = ComplaintForm(
        complainant=dataclasses.replace(person, **parts.pop("person", {})),
        business=BusinessForm(
            name="Toko Elektronik Sinar Jaya",
            kind="marketplace_seller",
            website="belanjayuk.id/sinarjaya",
        ),
        product="Telepon genggam",
        sector="electronics_vehicles",
        transaction_mode="online",
        transaction_date=dt.date(2026, 10, 30),
        transaction_value="Rp3.450.000",
        payment_method="e_wallet",
        complained_to_business=True,
        complained_at=dt.date(2026, 11, 2),
        business_answer="Tidak ada tanggapan.",
        chronology="Ponsel yang diterima mati total sejak hari pertama dan penjual tidak membalas.",
        demands=["refund"],
        documents=["ktp_copy", "proof_of_purchase"],
    )
    return dataclasses.replace(form, **parts)


def scanned_letter() -> bytes:
    """A one-page letter as a scanner would hand it over (a PDF page with a few lines)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for number, line in enumerate(
        ("Kepada Yth. Direktur Pemberdayaan Konsumen", "Perihal: Pengaduan ponsel rusak")
    ):
        canvas.drawString(72, 760 - 18 * number, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def pictures(name: str, pdf: bytes) -> list[Path]:
    """The pages of ``pdf`` as docs/documents/NAME.png (NAME-2.png … for the pages after)."""
    made = FOLDER / f"{name}.pdf"
    made.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(made), str(FOLDER / name)], check=True)
    pages = sorted(FOLDER.glob(f"{name}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    kept = []
    for number, page in enumerate(pages, start=1):
        target = OUT / (f"{name}.png" if number == 1 else f"{name}-{number}.png")
        shutil.move(page, target)
        kept.append(target)
    return kept


def main() -> int:
    shutil.rmtree(FOLDER, ignore_errors=True)
    FOLDER.mkdir(parents=True)
    settings.forget()
    database = store_db.open_database(FOLDER)
    start = wib(11, 2, 8)
    admin = staff.create_first_admin("admin", "Admin Loket", PASSWORD, now=start)
    made = {
        name: staff.create_staff(admin, name, full, PASSWORD, roles, nip, now=start)
        for name, full, roles, nip in (
            ("petugas", "Rina Marlina", ["counter"], ""),
            ("analis", "Dewi Kusumawati, S.H.", ["analyst"], "198805122015032004"),
            ("mediator", "Agus Santoso, S.H., M.H.", ["mediator"], "198201102008011003"),
            ("supervisor", "Hendra Gunawan, S.E.", ["supervisor"], "197711232003121002"),
        )
    }
    counter, analyst, mediator = made["petugas"], made["analis"], made["mediator"]
    for key, value in (
        ("signatory.name", "Dra. Ani Lestari, M.M."),
        ("signatory.nip", "197003151995032001"),
        ("office.whatsapp", "0853-1111-1010"),
    ):
        settings.put(admin, key, value)

    shown: list[Path] = []
    monday = wib(11, 23, 9)

    # A walk-in: its receipt and the clarification letter (its reminder comes in December).
    walk_in = intake.register_complaint(counter, complaint(), now=monday)
    shown += pictures("receipt-a5", printing.print_receipt(counter, walk_in.uuid, now=monday).pdf)
    again = printing.print_receipt(counter, walk_in.uuid, "thermal", now=monday)
    shown += pictures("receipt-thermal", again.pdf)
    handling.take_action(analyst, walk_in.uuid, "start_analysis", now=monday)
    handling.take_action(
        analyst,
        walk_in.uuid,
        "start_clarification",
        {"mode": "online", "reason": "Konsumen akhir; barang cacat."},
        now=monday,
    )
    asked = printing.print_letter(analyst, walk_in.uuid, "clarification", now=monday, issue=True)
    shown += pictures("clarification-letter", asked.pdf)

    # The same letter as an office on F4 paper issues it (another consumer's case).
    other = intake.register_complaint(
        counter,
        complaint(
            person={
                "name": "Bambang Wijaya",
                "nik": "3273011203900001",
                "birth_date": dt.date(1990, 3, 12),
                "sex": "male",
                "phone": "0857-1234-0000",
                "email": "",
            },
            business=BusinessForm(name="PT Mobil Sejahtera", kind="company"),
            product="Mobil bekas",
            transaction_mode="offline",
            transaction_value="Rp145.000.000",
            payment_method="bank_transfer",
            chronology="Mobil bekas yang dibeli mogok sepekan setelah serah terima; dealer "
            "menolak memperbaikinya walaupun masih dalam masa garansi.",
        ),
        now=monday,
    )
    handling.take_action(analyst, other.uuid, "start_analysis", now=monday)
    handling.take_action(
        analyst, other.uuid, "start_clarification", {"mode": "online", "reason": "UUPK"}, now=monday
    )
    on_f4 = printing.print_letter(
        analyst, other.uuid, "clarification", "f4", now=monday, issue=True
    )
    shown += pictures("clarification-letter-f4", on_f4.pdf)

    # An online loan: forwarded to OJK with its letter.
    loan = intake.register_complaint(
        counter,
        complaint(
            sector="financial",
            product="Pinjaman daring",
            business=BusinessForm(name="PT Dana Kilat Nusantara", kind="company"),
            transaction_value="Rp2.000.000",
            payment_method="bank_transfer",
            chronology="Penagih pinjaman daring menghubungi keluarga dan rekan kerja saya dengan "
            "ancaman, padahal tagihan belum jatuh tempo.",
        ),
        now=monday,
    )
    handling.take_action(analyst, loan.uuid, "start_analysis", now=monday)
    handling.take_action(
        analyst,
        loan.uuid,
        "forward",
        {"agency": "OJK", "reason": "Pinjaman daring: kewenangan OJK."},
        now=wib(11, 24, 10),
    )
    forwarded = printing.print_letter(
        analyst, loan.uuid, "forwarding", now=wib(11, 24, 10), issue=True
    )
    shown += pictures("forwarding", forwarded.pdf)

    # A seller that keeps cheating: recommended to Komdigi.
    shop = intake.register_complaint(
        counter,
        complaint(
            product="Jam tangan",
            transaction_value="Rp850.000",
            chronology="Jam tangan sudah dibayar tiga minggu lalu tetapi tidak pernah dikirim; "
            "penjual memblokir nomor saya.",
        ),
        now=monday,
    )
    handling.take_action(analyst, shop.uuid, "start_analysis", now=monday)
    handling.recommend_blocking(
        analyst, shop.uuid, "Barang tidak dikirim; pengaduan berulang.", now=wib(11, 25, 10)
    )
    blocking = printing.print_letter(
        analyst, shop.uuid, "blocking", now=wib(11, 25, 10), issue=True
    )
    shown += pictures("blocking", blocking.pdf)

    # A mediation in Bandung: summons, attendance list, berita acara, referral to the BPSK.
    bandung = intake.register_complaint(
        counter,
        complaint(
            person={
                "name": "Rahmat Hidayat",
                "nik": "3273011505880002",
                "birth_date": dt.date(1988, 5, 15),
                "sex": "male",
                "phone": "0813-2222-3333",
                "email": "",
                "address": "Jl. Cihampelas No. 12",
                "rt": "2",
                "rw": "4",
                "kelurahan": "Cipaganti",
                "kecamatan": "Coblong",
                "city": "Kota Bandung",
                "province": "Jawa Barat",
                "postal_code": "40131",
            },
            product="Laptop",
            transaction_value="Rp11.500.000",
            chronology="Laptop datang dengan layar retak; penjual menolak menggantinya dan "
            "menyebut kerusakan terjadi di tangan pembeli.",
        ),
        now=monday,
    )
    handling.take_action(analyst, bandung.uuid, "start_analysis", now=monday)
    handling.take_action(
        analyst,
        bandung.uuid,
        "start_clarification",
        {"mode": "offline", "reason": "Para pihak perlu bertemu."},
        now=monday,
    )
    handling.take_action(mediator, bandung.uuid, "start_mediation", now=monday)
    meeting = hearings.schedule(
        mediator,
        bandung.uuid,
        dt.datetime(2026, 11, 30, 9),
        90,
        "Ruang Mediasi 2",
        mediator.uuid,
        now=monday,
    )
    summons = printing.print_invitation(
        mediator, meeting.uuid, "consumer", now=wib(11, 24, 9), issue=True
    )
    shown += pictures("summons", summons.pdf)
    printing.print_invitation(mediator, meeting.uuid, "business", now=wib(11, 24, 9), issue=True)
    shown += pictures(
        "schedule", hearings.schedule_pdf(dt.date(2026, 11, 30), dt.date(2026, 12, 4), now=monday)
    )
    # printed before the meeting: the business's representative writes their own name
    attendance = printing.print_attendance(mediator, meeting.uuid, now=wib(11, 30, 8, 30))
    shown += pictures("attendance", attendance.pdf)
    for name, party, note in (
        ("Rahmat Hidayat", "consumer", ""),
        ("Rudi Hartono", "business", "Kuasa Toko Elektronik Sinar Jaya"),
    ):
        came = visitors.sign_in_visitor(
            counter, VisitorForm(name=name, purpose="hearing", note=note), now=wib(11, 30, 8, 50)
        )
        hearings.mark_present(counter, came, meeting.uuid, party, now=wib(11, 30, 8, 55))
    hearings.record_result(
        mediator,
        meeting.uuid,
        "no_agreement",
        "Pelaku usaha menolak mengganti laptop atau mengembalikan uang.",
        now=wib(11, 30, 10, 30),
    )
    minutes = printing.print_minutes(mediator, meeting.uuid, now=wib(11, 30, 10, 40), issue=True)
    shown += pictures("minutes", minutes.pdf)
    handling.take_action(
        mediator,
        bandung.uuid,
        "close",
        {"outcome": "no_agreement", "note": "Konsumen diarahkan ke BPSK."},
        now=wib(11, 30, 11),
    )
    referral = printing.print_letter(
        mediator, bandung.uuid, "bpsk_referral", now=wib(11, 30, 11), issue=True
    )
    shown += pictures("bpsk-referral", referral.pdf)

    # A letter that came by post: its receipt and its disposition sheet.
    came = letters.register_letter(
        counter,
        letters.LetterForm(
            sender_name="Siti Aminah",
            sender_address="Jl. Kenanga No. 5, Jakarta Selatan",
            letter_no="01/SA/XI/2026",
            letter_date=dt.date(2026, 11, 20),
            subject="Pengaduan ponsel rusak",
            enclosures=1,
        ),
        [("surat.pdf", scanned_letter())],
        now=monday,
    )
    for kind, name in (("letter_receipt", "letter-receipt"), ("disposition", "disposition")):
        shown += pictures(name, printing.print_incoming(counter, came.uuid, kind, now=monday).pdf)

    # No answer by the due date: the walk-in's reminder, in December.
    late = wib(12, 14, 9)
    reminder = printing.print_letter(analyst, walk_in.uuid, "reminder", now=late, issue=True)
    shown += pictures("reminder", reminder.pdf)

    # The listings: the recap of November and the register of outgoing letters.
    supervisor = made["supervisor"]
    november = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    recap = reports.recap(supervisor, *november)
    shown += pictures("recap", reports.printed(recap, supervisor, now=wib(12, 1, 9)))
    shown += pictures("register-out", outgoing.register_pdf(*november))

    database.close()
    settings.forget()
    for path in shown:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
