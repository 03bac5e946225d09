"""Outgoing letters as an office issues them: drafted (KONSEP), issued once with a number, in the
register of outgoing letters, reprinted as a SALINAN of what was issued; each letter right."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from conftest import NOW, PASSWORD, complaint_form
from helpers import desk_args, loket, table_counts
from test_case_walks import text_of, utc

from desktop.domain.errors import DomainError
from desktop.domain.intake import VisitorForm
from desktop.domain.numbering import month_roman
from desktop.domain.workdays import office_date
from desktop.services import handling, hearings, intake, printing, queries, settings, visitors
from desktop.services.attachments import files
from desktop.services.context import write
from desktop.store import outgoing
from desktop.store.models import HistoryEvent, IssuedLetter, Sequence, Staff, utcnow

DAY = dt.timedelta(days=1)


def sequences() -> dict[str, int]:
    return {s.key: s.value for s in Sequence.select()}


def in_clarification(actors, mode: str = "online", **overrides) -> str:
    uuid = intake.register_complaint(actors["petugas"], complaint_form(**overrides), now=NOW).uuid
    handling.take_action(actors["analis"], uuid, "start_analysis", now=NOW)
    handling.take_action(
        actors["analis"], uuid, "start_clarification", {"mode": mode, "reason": "x"}, now=NOW
    )
    return uuid


def test_a_draft_is_marked_konsep_without_a_number_and_writes_nothing(actors):
    uuid = in_clarification(actors)
    before, numbers = table_counts(), sequences()
    draft = printing.print_letter(actors["analis"], uuid, "clarification", now=NOW)
    text = text_of(draft.pdf)
    assert draft.draft and draft.number == "" and not draft.is_copy
    assert "KONSEP" in text and "Nomor : (konsep, belum bernomor)" in text
    assert "/PKTN.4/" not in text
    # no number taken, no history event, nothing registered or recorded as printed
    assert table_counts() == before and sequences() == numbers


def test_issuing_takes_the_number_registers_the_letter_and_names_it_in_the_history(actors):
    uuid = in_clarification(actors)
    letter = printing.print_letter(
        actors["analis"], uuid, "clarification", now=NOW, issue=True, via="courier"
    )
    text = text_of(letter.pdf)
    assert letter.number == "B-1/PKTN.4/KLR/XI/2026" and not letter.draft
    assert "Nomor : B-1/PKTN.4/KLR/XI/2026" in text and "KONSEP" not in text
    digest = hashlib.sha256(letter.pdf).hexdigest()
    found = outgoing.by_hash(digest)
    assert found.number == letter.number and found.kind == "clarification"
    assert found.signatory_name == "Nama Pejabat Penandatangan" and found.sent_via == "courier"
    assert found.addressee.startswith("Pimpinan Toko Elektronik Sinar Jaya")
    assert files().read(digest) == letter.pdf  # the issued PDF is kept in the file store
    event = HistoryEvent.select().where(HistoryEvent.case == uuid).order_by(HistoryEvent.id.desc())
    assert event.first().kind == "case.letter_issued"
    assert event.first().payload["number"] == "B-1/PKTN.4/KLR/XI/2026"
    with pytest.raises(DomainError) as info:
        printing.print_letter(actors["analis"], uuid, "clarification", now=NOW, issue=True)
    assert str(info.value) == (
        "Surat ini sudah diterbitkan dengan nomor B-1/PKTN.4/KLR/XI/2026; cetak ulang menjadi "
        "SALINAN."
    )


def test_a_reprint_is_a_salinan_signed_by_who_signed_the_original(actors):
    admin = actors["admin"]
    settings.put(admin, "signatory.name", "Dra. Ani Lestari, M.M.")
    settings.put(admin, "signatory.nip", "197003151995032001")
    uuid = in_clarification(actors)
    first = printing.print_letter(actors["analis"], uuid, "clarification", now=NOW, issue=True)
    assert "NIP 19700315 199503 2 001" in text_of(first.pdf)  # printed spaced
    settings.put(admin, "signatory.name", "Budi Santoso, S.H.")
    again = printing.print_letter(actors["analis"], uuid, "clarification", "f4", now=NOW + DAY)
    text = text_of(again.pdf)
    assert again.is_copy and again.number == first.number and "SALINAN" in text
    assert "Dra. Ani Lestari, M.M." in text and "Budi Santoso" not in text
    assert IssuedLetter.select().count() == 1


def test_letters_count_through_the_year_and_keep_the_numbers_given_monthly(actors):
    admin = actors["admin"]
    with write():  # December's letters numbered by the old monthly count: 1 to 3
        Sequence.create(key="letter:KLR:2026:12", value=3)
    december = dt.datetime(2026, 12, 14, 2)
    uuid = in_clarification(actors)
    letter = printing.print_letter(
        actors["analis"], uuid, "clarification", now=december, issue=True
    )
    assert letter.number == "B-4/PKTN.4/KLR/XII/2026"  # above every number already given
    assert sequences()["letter:KLR:2026:12"] == 3  # the old count is left as it was
    other = in_clarification(actors)  # the same consumer, another complaint
    january = dt.datetime(2027, 1, 4, 2)
    assert printing.print_letter(
        actors["analis"], other, "clarification", now=january, issue=True
    ).number == ("B-1/PKTN.4/KLR/I/2027")  # a new year starts again
    settings.put(admin, "numbering.restart", {"letter": "month"})
    settings.put(admin, "numbering.unit", "PKTN.4.2")
    settings.put(
        admin,
        "numbering.templates",
        {"letter": "{security}-{seq}/{unit}/{classification}/{month:02d}/{year}"},
    )
    settings.put(admin, "letters.wording", {"forwarding": {"classification": "PK.03.01"}})
    third = intake.register_complaint(actors["petugas"], complaint_form(), now=january).uuid
    handling.take_action(actors["analis"], third, "start_analysis", now=january)
    handling.take_action(
        actors["analis"], third, "forward", {"agency": "OJK", "reason": "Pinjol"}, now=january
    )
    forwarded = printing.print_letter(
        actors["analis"], third, "forwarding", now=january, issue=True
    )
    assert forwarded.number == "B-1/PKTN.4.2/PK.03.01/01/2027"
    with pytest.raises(DomainError) as info:
        settings.put(admin, "numbering.restart", {"letter": "week"})
    assert "bukan \u201cweek\u201d" in str(info.value)


def test_a_reminder_is_for_a_late_answer_and_gives_a_later_date(actors):
    analyst = actors["analis"]
    uuid = in_clarification(actors)
    asked = printing.print_letter(analyst, uuid, "clarification", now=NOW, issue=True)
    due = queries.case_file(uuid).case["stage_due"]
    # The same day, or on the due date itself, the answer is not late: no reminder.
    for day in (NOW, dt.datetime.combine(due, dt.time(2))):
        assert "reminder" not in printing.letters_for(queries.case_file(uuid).case, day.date())
        with pytest.raises(DomainError) as info:
            printing.print_letter(analyst, uuid, "reminder", now=day, issue=True)
        assert info.value.code == "letter.not_applicable"
    late = dt.datetime.combine(due + 3 * DAY, dt.time(2))
    assert "reminder" in printing.letters_for(queries.case_file(uuid).case, late.date())
    reminder = printing.print_letter(analyst, uuid, "reminder", now=late, issue=True)
    text = text_of(reminder.pdf)
    assert f"surat kami nomor {asked.number} tanggal 23 November 2026" in text
    new_due = queries.case_file(uuid).case["stage_due"]
    assert new_due > late.date() > due  # counted from the day it is issued, never earlier
    assert settings.calendar().working_days_between(late.date(), new_due) == settings.due_days(
        "reminder"
    )
    event = HistoryEvent.select().where(HistoryEvent.kind == "case.reminder_sent").get()
    assert event.payload["number"] == reminder.number


def forwarding_text(actors) -> str:
    """The forwarding letter of an online-loan case forwarded to OJK, as printed."""
    uuid = intake.register_complaint(
        actors["petugas"], complaint_form(sector="financial", product="Pinjaman daring"), now=NOW
    ).uuid
    handling.take_action(actors["analis"], uuid, "start_analysis", now=NOW)
    handling.take_action(
        actors["analis"], uuid, "forward", {"agency": "OJK", "reason": "Pinjaman daring."}, now=NOW
    )
    return text_of(printing.print_letter(actors["analis"], uuid, "forwarding", now=NOW).pdf)


def test_a_forwarding_letter_encloses_the_file_and_goes_to_the_agency_address(actors):
    text = forwarding_text(actors)
    assert "Lampiran : 1 (satu) berkas" in text
    enclosed = "(formulir pengaduan, fotokopi KTP, bukti pembelian) kami lampirkan"
    assert f"Salinan berkas pengaduan {enclosed}" in text
    assert "Yth. Pimpinan Otoritas Jasa Keuangan Gedung Sumitro Djojohadikusumo" in text
    assert "Jl. Lapangan Banteng Timur No. 2-4" in text and "di tempat" not in text
    assert "Tembusan: 1. Sdr./Sdri. Siti Aminah (konsumen)" in text


def test_the_blocking_recommendation_names_komdigi_and_fits_on_one_page(actors):
    from pypdf import PdfReader

    uuid = in_clarification(actors)
    handling.recommend_blocking(actors["analis"], uuid, "Penipuan berulang.", now=NOW)
    for paper in ("a4", "f4"):
        settings.put(actors["admin"], "letters.paper", paper)
        letter = printing.print_letter(actors["analis"], uuid, "blocking", now=NOW)
        import io

        (page,) = PdfReader(io.BytesIO(letter.pdf)).pages  # the Tembusan does not spill over
        text = " ".join(page.extract_text().split())
        assert "Yth. Pimpinan Kementerian Komunikasi dan Digital" in text
        assert "Tembusan: 1. Direktur Jenderal" in text and "Kominfo" not in text


def planned_mediation(actors):
    uuid = in_clarification(actors, "offline")
    handling.take_action(actors["mediator"], uuid, "start_mediation", now=NOW)
    meeting = hearings.schedule(
        actors["mediator"],
        uuid,
        dt.datetime(2026, 11, 30, 9),
        90,
        "Ruang Mediasi 2",
        actors["mediator"].uuid,
        now=NOW,
    )
    return uuid, meeting


def test_a_summons_tabulates_the_meeting_and_writes_the_whole_address(actors):
    _uuid, meeting = planned_mediation(actors)
    consumer = printing.print_invitation(actors["mediator"], meeting.uuid, "consumer", now=NOW)
    text = text_of(consumer.pdf)
    for expected in (
        "Hari/tanggal : Senin, 30 November 2026",
        "Pukul : 09.00 WIB s.d. selesai",
        "Tempat : Ruang Mediasi 2, Jl. M.I. Ridwan Rais No. 5",
        "Acara : Mediasi untuk menyelesaikan sengketa",
        "Yth. Sdr./Sdri. Siti Aminah Jl. Kenanga No. 5 RT 003/RW 007 "
        "Kel. Pasar Minggu, Kec. Pasar Minggu Jakarta Selatan, DKI Jakarta 12520",
    ):
        assert expected in text, expected


def test_the_summons_after_a_postponement_cites_the_earlier_letter(actors):
    _uuid, meeting = planned_mediation(actors)
    first = printing.print_invitation(
        actors["mediator"], meeting.uuid, "business", now=NOW, issue=True
    )
    moved = hearings.postpone(
        actors["mediator"], meeting.uuid, dt.datetime(2026, 12, 2, 13), "Penjual sakit", now=NOW
    )
    again = printing.print_invitation(actors["mediator"], moved.uuid, "business", now=NOW + DAY)
    text = text_of(again.pdf)
    assert f"Menindaklanjuti surat kami nomor {first.number} tanggal 23 November 2026" in text
    assert "semula dijadwalkan pada Senin, 30 November 2026 ditunda karena Penjual sakit" in text
    assert "Hari/tanggal : Rabu, 2 Desember 2026" in text and again.draft


def test_the_minutes_sign_for_the_business_by_its_representative_with_the_mediators_nip(actors):
    uuid, meeting = planned_mediation(actors)
    Staff.update(nip="198201102008011003").where(Staff.username == "mediator").execute()
    counter = actors["petugas"]
    for name, party, note in (
        ("Siti Aminah", "consumer", ""),
        ("Rudi Hartono", "business", "Kuasa Toko Elektronik Sinar Jaya"),
    ):
        came = visitors.sign_in_visitor(
            counter, VisitorForm(name=name, purpose="hearing", note=note), now=utc(30, 8, 50)
        )
        hearings.mark_present(counter, came, meeting.uuid, party, now=utc(30, 8, 55))
    hearings.record_result(
        actors["mediator"], meeting.uuid, "agreement", "Unit diganti.", now=utc(30, 10)
    )
    minutes = printing.print_minutes(actors["mediator"], meeting.uuid, now=utc(30, 10, 5))
    text = text_of(minutes.pdf)
    assert "KONSEP" in text
    # the business's column: the representative's name and capacity, not the company in bold
    assert "Rudi Hartono Kuasa Toko Elektronik Sinar Jaya" in text
    assert "NIP 19820110 200801 1 003" in text
    attendance = printing.print_attendance(actors["mediator"], meeting.uuid, now=utc(30, 8))
    listed = text_of(attendance.pdf)
    for expected in (
        "DAFTAR HADIR MEDIASI",
        "Hari/tanggal : Senin, 30 November 2026",
        "No. Nama Selaku Tanda tangan",
        "1 Siti Aminah Konsumen 1. ....",
        "Wakil Toko Elektronik Sinar Jaya",
        "Mediator Satu Mediator",
    ):
        assert expected in listed, expected
    assert uuid


def test_print_from_the_command_line_drafts_then_issues(actors, data_dir, tmp_path):
    uuid = in_clarification(actors)
    from desktop.store.models import database

    database.close()
    folder = (*desk_args(data_dir), "--user", "analis")
    out = tmp_path / "klr.pdf"
    draft = loket("print", "clarification", uuid, "--out", str(out), *folder, password=PASSWORD)
    assert draft.returncode == 0, draft.stderr
    assert draft.stdout.strip() == f"{out} (KONSEP: not issued; --issue gives it its number)"
    assert "KONSEP" in text_of(out.read_bytes())
    issued = loket(
        "print",
        "clarification",
        uuid,
        "--issue",
        "--via",
        "hand",
        "--out",
        str(out),
        *folder,
        password=PASSWORD,
    )
    today = office_date(utcnow())  # the command line issues on the real clock
    number = f"B-1/PKTN.4/KLR/{month_roman(today.month)}/{today.year}"
    assert issued.stdout.strip() == f"{out} (issued: {number})"
    assert f"Nomor : {number}" in text_of(out.read_bytes())
    twice = loket(
        "print", "clarification", uuid, "--issue", "--out", str(out), *folder, password=PASSWORD
    )
    assert twice.returncode == 2 and "sudah diterbitkan dengan nomor" in twice.stderr
    copy = loket("print", "clarification", uuid, "--out", str(out), *folder, password=PASSWORD)
    assert copy.stdout.strip() == f"{out} (SALINAN of {number})"
    register = tmp_path / "agenda-keluar.pdf"
    done = loket(
        "letters", "register-out", "--from", "01-01-2026", "--to", "31-12-2027",
        "--out", str(register), *desk_args(data_dir),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = text_of(register.read_bytes())
    assert "AGENDA SURAT KELUAR" in text and number in text
    assert "Diantar langsung" in text and "Halaman 1 dari 1" in text
    assert "Surat permintaan klarifikasi" in text and "LK1-202611-00001" in text


def test_a_written_answer_is_not_dated_before_its_letter_and_keeps_its_scan(actors):
    from test_attachments import pdf as scanned_pdf

    from desktop.domain.errors import ValidationFailed
    from desktop.store.models import Attachment

    uuid = in_clarification(actors)
    printing.print_letter(actors["analis"], uuid, "clarification", now=NOW + DAY, issue=True)
    before = table_counts()
    with pytest.raises(ValidationFailed) as info:
        handling.record_answer(
            actors["analis"], uuid, "Unit diganti.", NOW.date(), now=NOW + 2 * DAY
        )
    assert str(info.value.errors[0].code) == "answer.before_letter" and table_counts() == before
    handling.record_answer(
        actors["analis"],
        uuid,
        "Unit diganti.",
        (NOW + 2 * DAY).date(),
        "",
        ("jawaban.pdf", scanned_pdf(1)),
        now=NOW + 2 * DAY,
    )
    (kept,) = Attachment.select().where(Attachment.case == uuid)
    assert kept.name == "jawaban.pdf"
    event = HistoryEvent.select().where(HistoryEvent.kind == "case.answer_recorded").get()
    assert event.payload["text"] == "Unit diganti." and event.payload["attachment"] == kept.uuid


@pytest.mark.parametrize(
    ("now", "day"),
    [
        (dt.datetime(2026, 11, 24, 16, 59), dt.date(2026, 11, 24)),  # 23.59 WIB, the 24th
        (dt.datetime(2026, 11, 24, 17, 0), dt.date(2026, 11, 25)),  # 00.00 WIB, the 25th
    ],
)
def test_an_answer_without_a_date_is_received_on_the_offices_day(actors, now, day):
    """The issue saw yesterday's (UTC) date by default: between 17.00 and 24.00 UTC the office in
    Jakarta is already on the next day."""
    from desktop.services import casefile

    uuid = in_clarification(actors)
    printing.print_letter(actors["analis"], uuid, "clarification", now=NOW, issue=True)
    case = handling.record_answer(actors["analis"], uuid, "Unit kami ganti.", now=now)
    (answer,) = [d for d in casefile.documents(case["reg_no"]) if d.group == "answer"]
    assert answer.on == day
    text = text_of(casefile.document_pdf(case["reg_no"], "answer", answer.ref))
    assert f"Diterima {day.day} November 2026" in text and "Unit kami ganti." in text


def test_a_letter_numbered_by_the_older_version_keeps_its_number(actors):
    """Before issuing existed, a letter took its number when first printed (a row of
    printed_document, the monthly count at 7). That number stays the letter's: reprinted as a
    SALINAN, never issued again, cited by the reminder; new letters are numbered above it."""
    from desktop.store.models import PrintedDocument

    analyst = actors["analis"]
    uuid = in_clarification(actors)
    old = "7/PKTN.4/KLR/XI/2026"
    with write():
        Sequence.create(key="letter:KLR:2026:11", value=7)
        PrintedDocument.create(
            kind="clarification",
            number=old,
            case=uuid,
            sha256="0" * 64,
            printed_by=analyst.uuid,
            printed_at=NOW,
        )
        PrintedDocument.create(  # printed again, as a SALINAN
            kind="clarification",
            number=old,
            case=uuid,
            sha256="1" * 64,
            is_copy=True,
            printed_by=analyst.uuid,
            printed_at=NOW + 2 * DAY,
        )
    # on the case file's list of letters, once, with its number and the day it was first printed
    (listed,) = queries.case_file(uuid).outgoing
    assert (listed.number, listed.issued_on, listed.kind) == (
        old,
        dt.date(2026, 11, 23),
        "Surat permintaan klarifikasi",
    )
    assert listed.earlier and listed.case_uuid == uuid
    reprinted = printing.reprint(analyst, old)  # opened from the list: a SALINAN of it
    assert reprinted.is_copy and f"Nomor : {old}" in text_of(reprinted.pdf)
    before, numbers = table_counts(), sequences()
    copy = printing.print_letter(analyst, uuid, "clarification", now=NOW + DAY, record=False)
    text = text_of(copy.pdf)
    assert copy.is_copy and copy.number == old and not copy.draft
    assert f"Nomor : {old}" in text and "SALINAN" in text and "KONSEP" not in text
    with pytest.raises(DomainError) as info:
        printing.print_letter(analyst, uuid, "clarification", now=NOW + DAY, issue=True)
    assert info.value.code == "letter.already_issued" and old in str(info.value)
    assert table_counts() == before and sequences() == numbers  # nothing numbered or written

    other = in_clarification(actors)  # the same month: counted on above the old letters
    assert (
        printing.print_letter(analyst, other, "clarification", now=NOW + DAY, issue=True).number
        == "B-8/PKTN.4/KLR/XI/2026"
    )

    due = queries.case_file(uuid).case["stage_due"]
    late = dt.datetime.combine(due + 3 * DAY, dt.time(2))
    reminder = printing.print_letter(analyst, uuid, "reminder", now=late, issue=True)
    assert f"surat kami nomor {old} tanggal 23 November 2026" in text_of(reminder.pdf)
    assert IssuedLetter.get(IssuedLetter.number == reminder.number).kind == "reminder"
    listed = queries.case_file(uuid).outgoing  # the old letter, then the register's reminder
    assert [(x.number, x.earlier) for x in listed] == [(old, True), (reminder.number, False)]


def test_loket_print_drafts_then_issues_the_follow_up_letter_of_an_agreement_not_kept(
    actors, data_dir, tmp_path
):
    """An agreed term not carried out: the command line asks the business again, as the case
    file's button does, first as a draft that writes nothing, then issued with its number."""
    from desktop.domain.formatting import long_date
    from desktop.services import agreements
    from desktop.store.models import database

    mediator = actors["mediator"]
    uuid, meeting = planned_mediation(actors)
    refund = "Penjual mengembalikan Rp1.250.000 ke rekening konsumen"
    hearings.record_result(
        mediator,
        meeting.uuid,
        "agreement",
        refund,
        terms=[(refund, "04-12-2026")],
        now=hearings.to_utc(dt.datetime(2026, 11, 30, 10)),  # at the meeting
    )
    [term] = agreements.of_case(uuid)
    folder = (*desk_args(data_dir), "--user", "mediator")
    out = tmp_path / "tindak-lanjut.pdf"

    def followup(*more: str):
        database.close()  # the command line opens the folder itself
        return loket(
            "print",
            "agreement-followup",
            uuid,
            *more,
            "--out",
            str(out),
            *folder,
            password=PASSWORD,
        )

    early = followup()  # the term may still be kept: nothing to ask for
    assert early.returncode == 2 and "Traceback" not in early.stderr, early.stderr
    assert not out.exists()
    agreements.record(mediator, term.uuid, False, "Belum ditransfer", now=utcnow())

    def case_rows() -> tuple[dict, int]:
        """Every table but the history (signing in is audited there), and the case's events."""
        counts = {k: v for k, v in table_counts().items() if k != "history_event"}
        return counts, HistoryEvent.select().where(HistoryEvent.case == uuid).count()

    before = case_rows()
    draft = followup()
    assert draft.returncode == 0, draft.stderr
    assert draft.stdout.strip() == f"{out} (KONSEP: not issued; --issue gives it its number)"
    assert "KONSEP" in text_of(out.read_bytes()) and case_rows() == before
    issued = followup("--issue", "--via", "hand")
    assert issued.returncode == 0, issued.stderr
    letter = IssuedLetter.get(IssuedLetter.kind == "agreement_followup")
    assert issued.stdout.strip() == f"{out} (issued: {letter.number})"
    assert (letter.case_id, letter.sent_via) == (uuid, "hand")
    text = text_of(out.read_bytes())
    due = settings.calendar().add_working_days(office_date(utcnow()), 7)
    for expected in (
        f"Nomor : {letter.number}",
        "Hal : Permintaan Pelaksanaan Kesepakatan",
        "Yth. Pimpinan Toko Elektronik Sinar Jaya",
        "pada Senin, 30 November 2026 telah dicapai kesepakatan",
        f"Kesepakatan : {refund}",
        "Batas waktu : 4 Desember 2026",
        f"paling lambat {long_date(due)}",
    ):
        assert expected in text, expected
    assert "KONSEP" not in text and "SALINAN" not in text
    again = followup()
    assert again.returncode == 0 and again.stdout.strip() == f"{out} (SALINAN of {letter.number})"


def test_loket_print_issues_summons_minutes_and_the_bpsk_referral_and_reprints_by_number(
    actors, data_dir, tmp_path
):
    """The command line issues what the window issues (the summons to each party, the berita
    acara, the referral to the BPSK) and prints a SALINAN of any letter by its number."""
    from desktop.store.models import database

    uuid, meeting = planned_mediation(actors)
    database.close()
    folder = (*desk_args(data_dir), "--user", "mediator")
    today = office_date(utcnow())  # the command line issues on the real clock
    month = f"{month_roman(today.month)}/{today.year}"

    def issue(kind: str, number: str, *more: str) -> str:
        out = tmp_path / f"{kind}.pdf"
        done = loket(
            "print", kind, uuid, "--issue", *more, "--out", str(out), *folder, password=PASSWORD
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"{out} (issued: {number})"
        text = text_of(out.read_bytes())
        assert number in text and "KONSEP" not in text and "SALINAN" not in text
        return text

    business = issue("summons-business", f"B-1/PKTN.4/UND/{month}", "--via", "courier")
    assert f"Nomor : B-1/PKTN.4/UND/{month}" in business
    assert "Yth. Pimpinan Toko Elektronik Sinar Jaya" in business
    assert "Hari/tanggal : Senin, 30 November 2026" in business
    consumer = issue("summons-consumer", f"B-2/PKTN.4/UND/{month}")
    assert "Yth. Sdr./Sdri. Siti Aminah" in consumer
    sent = IssuedLetter.get(IssuedLetter.number == f"B-1/PKTN.4/UND/{month}")
    assert sent.kind == "invitation_business" and sent.sent_via == "courier"

    mediator = actors["mediator"]
    hearings.record_result(mediator, meeting.uuid, "no_agreement", "Penjual menolak.", now=utcnow())
    handling.take_action(
        mediator, uuid, "close", {"outcome": "no_agreement", "note": "Ke BPSK"}, now=utcnow()
    )
    database.close()
    minutes = issue("minutes", f"B-1/PKTN.4/BA/{month}")
    assert "BERITA ACARA" in minutes and "Penjual menolak." in minutes
    referral = issue("bpsk-referral", f"B-1/PKTN.4/PGD/{month}", "--via", "hand")
    assert "Penyelesaian Sengketa Konsumen melalui BPSK" in referral
    assert "Yth. Sdr./Sdri. Siti Aminah" in referral

    copy = tmp_path / "salinan.pdf"
    first = f"B-1/PKTN.4/UND/{month}"

    def reprint(number: str, *more: str):
        return loket(
            "print", "letter", number, *more, "--out", str(copy), *folder, password=PASSWORD
        )

    again = reprint(first)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == f"{copy} (SALINAN of {first})"
    text = text_of(copy.read_bytes())
    assert "SALINAN" in text and f"Nomor : {first}" in text
    assert "Yth. Pimpinan Toko Elektronik Sinar Jaya" in text
    from desktop.store.models import PrintedDocument

    prints = PrintedDocument.select().where(PrintedDocument.number == first)
    # the issued letter, then the SALINAN written to a file: it left the desk, so it is recorded
    assert [p.is_copy for p in prints.order_by(PrintedDocument.id)] == [False, True]
    unknown = reprint("B-99/PKTN.4/UND/I/2020")
    assert (unknown.returncode, unknown.stderr.strip()) == (2, "loket: Surat tidak ditemukan.")
    twice = reprint(first, "--issue")
    assert twice.returncode == 2 and "SALINAN" in twice.stderr


def test_a_count_changed_in_the_middle_of_a_month_never_gives_a_number_twice(actors):
    """The admin switches the letters to a monthly count in December, after the yearly count
    numbered December's letters: the new count passes over the numbers already given. The
    office's security and classification codes apply to every kind without its own."""
    admin, analyst = actors["admin"], actors["analis"]
    december = dt.datetime(2026, 12, 14, 2)
    first = printing.print_letter(
        analyst, in_clarification(actors), "clarification", now=december, issue=True
    )
    assert first.number == "B-1/PKTN.4/KLR/XII/2026"
    settings.save_letter_numbering(
        admin,
        settings.LetterNumbering(
            "{security}-{seq}/{unit}/{code}/{month_roman}/{year}", "month", "PKTN.4", "", "B"
        ),
    )
    second = printing.print_letter(
        analyst, in_clarification(actors), "clarification", now=december, issue=True
    )
    assert second.number == "B-2/PKTN.4/KLR/XII/2026"  # B-1 of December is the first letter's
    settings.save_letter_numbering(
        admin,
        settings.LetterNumbering(
            "{security}-{seq}/{unit}/{classification}/{code}/{month_roman}/{year}",
            "month",
            "PKTN.4",
            "PK.03.01",
            "R",
        ),
    )
    settings.put(admin, "letters.wording", {"forwarding": {"security": "B"}})
    third = printing.print_letter(
        analyst, in_clarification(actors), "clarification", now=december, issue=True
    )
    assert third.number == "R-3/PKTN.4/PK.03.01/KLR/XII/2026"
    assert f"Nomor : {third.number}" in text_of(third.pdf)
    forwarded = intake.register_complaint(actors["petugas"], complaint_form(), now=december).uuid
    handling.take_action(analyst, forwarded, "start_analysis", now=december)
    handling.take_action(
        analyst, forwarded, "forward", {"agency": "OJK", "reason": "Pinjol"}, now=december
    )
    letter = printing.print_letter(analyst, forwarded, "forwarding", now=december, issue=True)
    assert letter.number == "B-1/PKTN.4/PK.03.01/PGL/XII/2026"  # the kind's own security code
    for bad, said in (
        (settings.LetterNumbering("{seq:q}", "year", "", "", "B"), "tidak dapat dibaca"),
        (settings.LetterNumbering("{seq}", "year", "", "", "S"), "bukan \u201cS\u201d"),
    ):
        with pytest.raises(DomainError) as info:
            settings.save_letter_numbering(admin, bad)
        assert said in str(info.value)
    assert settings.letter_numbering().security == "R"  # nothing of a refused form is kept
