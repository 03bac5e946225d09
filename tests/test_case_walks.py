"""Three cases walked end to end through the services, as the ministry's procedure runs them:
forwarded to OJK; a postal complaint settled by a written clarification; a walk-in that goes
through a clarification meeting, a mediation postponed once, an agreement with dated terms,
its minutes, the terms kept and the case closed; and mediations that end at the BPSK (no
agreement, or a term not kept) with the referral letter."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from conftest import NOW, complaint_form
from helpers import table_counts
from pypdf import PdfReader
from test_attachments import pdf as scanned_pdf

from desktop.domain.errors import DomainError, PermissionDenied, ValidationFailed
from desktop.domain.formatting import long_date
from desktop.domain.identity import mask_nik
from desktop.domain.intake import VisitorForm
from desktop.services import (
    agreements,
    caselog,
    handling,
    hearings,
    intake,
    letters,
    printing,
    queries,
    visitors,
)
from desktop.store.models import (
    BusinessActor,
    Hearing,
    HistoryEvent,
    PrintedDocument,
    Visitor,
)


def utc(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A moment of November/December 2026 given in Jakarta time (WIB), as stored (UTC)."""
    month, day = (11, day) if day > 20 else (12, day)
    return dt.datetime(2026, month, day, hour, minute) - dt.timedelta(hours=7)


def text_of(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


def test_walk_in_analysed_and_forwarded_to_ojk_with_the_letter(actors):
    counter, analyst = actors["petugas"], actors["analis"]
    form = complaint_form(
        product="Kartu kredit",
        sector="financial",
        business__name="PT Bank Contoh Sejahtera",
        business__kind="company",
        chronology="Tagihan kartu kredit memuat transaksi yang tidak pernah saya lakukan.",
    )
    case = intake.register_complaint(counter, form, now=NOW)
    handling.take_action(analyst, case.uuid, "start_analysis", now=NOW)
    with pytest.raises(ValidationFailed):  # a forwarding needs the agency and the reason
        handling.take_action(analyst, case.uuid, "forward", {"agency": "OJK"}, now=NOW)
    closed = handling.take_action(
        analyst,
        case.uuid,
        "forward",
        {"agency": "OJK", "reason": "Sengketa jasa keuangan adalah kewenangan OJK."},
        now=NOW + dt.timedelta(hours=1),
    )
    assert (closed["status"], closed["outcome"], closed["agency"]) == ("closed", "forwarded", "OJK")

    assert printing.letters_for(closed) == ["forwarding"]
    letter = printing.print_letter(analyst, case.uuid, "forwarding", now=NOW, issue=True)
    text = text_of(letter.pdf)
    for expected in (
        "Penerusan Pengaduan Konsumen",
        "Pimpinan Otoritas Jasa Keuangan",
        case.reg_no,
        "Sengketa jasa keuangan adalah kewenangan OJK.",
        "Tembusan: 1. Sdr./Sdri. Siti Aminah (konsumen)",
    ):
        assert expected in text
    assert PrintedDocument.get(PrintedDocument.kind == "forwarding").number == letter.number
    file = queries.case_file(case.uuid)
    assert [kind for _at, kind, _p, _who in file.timeline] == [
        "case.registered",
        "case.transition",
        "case.transition",
        "case.letter_issued",
    ]


def test_postal_letter_settled_by_a_written_clarification(actors):
    counter, analyst = actors["petugas"], actors["analis"]
    came = letters.register_letter(
        counter,
        letters.LetterForm(sender_name="Siti Aminah", subject="Pengaduan ponsel rusak"),
        [("surat.pdf", scanned_pdf(2))],
        now=NOW,
    )
    case = intake.register_complaint(counter, complaint_form(channel="post"), now=NOW)
    letters.link_case(counter, came.uuid, case.uuid, now=NOW)
    handling.take_action(analyst, case.uuid, "start_analysis", now=NOW)
    before = table_counts()
    with pytest.raises(DomainError) as info:  # no written answer is awaited yet
        handling.record_answer(analyst, case.uuid, "Kami akan mengganti unit.", now=NOW)
    assert info.value.code == "answer.wrong_stage" and table_counts() == before
    handling.take_action(
        analyst,
        case.uuid,
        "start_clarification",
        {"mode": "online", "reason": "Konsumen akhir; barang cacat"},
        now=NOW,
    )
    with pytest.raises(DomainError) as info:  # a reminder refers to the letter it follows
        printing.print_letter(analyst, case.uuid, "reminder", now=NOW)
    assert info.value.code == "letter.reminder_before_letter"
    asked = printing.print_letter(analyst, case.uuid, "clarification", now=NOW, issue=True)
    assert "paling lambat Jumat, 11 Desember 2026" in text_of(asked.pdf)  # 14 working days

    # Nothing came by the due date: Today lists the case as overdue and a reminder goes out.
    late = utc(14, 9)
    today = queries.today_summary(now=late)
    assert case.reg_no in [row.reg_no for row in today.overdue_rows]
    reminder = printing.print_letter(analyst, case.uuid, "reminder", now=late, issue=True)
    text = text_of(reminder.pdf)
    assert f"surat kami nomor {asked.number}" in text
    assert "batas waktu Jumat, 11 Desember 2026" in text
    assert "paling lambat Senin, 21 Desember 2026" in text  # 5 working days after 14 December
    assert caselog_due(case.uuid) == dt.date(2026, 12, 21)
    assert case.reg_no not in [r.reg_no for r in queries.today_summary(now=late).overdue_rows]

    answer = handling.record_answer(
        analyst,
        case.uuid,
        "Penjual bersedia mengganti unit dalam 7 hari.",
        dt.date(2026, 12, 15),
        now=utc(15, 10),
    )
    assert answer["answer_received"] == dt.date(2026, 12, 15)
    assert printing.letters_for(answer) == ["clarification"]  # no reminder once answered
    closed = handling.take_action(
        analyst,
        case.uuid,
        "close",
        {"outcome": "resolved", "note": "Konsumen menerima penggantian unit."},
        now=utc(16, 10),
    )
    assert (closed["status"], closed["outcome"]) == ("closed", "resolved")
    kinds = [kind for _at, kind, _p, _w in queries.case_file(case.uuid).timeline]
    assert kinds[-3:] == ["case.reminder_sent", "case.answer_recorded", "case.transition"]


def caselog_due(uuid: str) -> dt.date:
    from desktop.services import caselog

    return caselog.load(uuid)["stage_due"]


def test_walk_in_through_clarification_meeting_and_mediation_to_an_agreement(actors):
    counter, analyst, mediator = actors["petugas"], actors["analis"], actors["mediator"]
    case = intake.register_complaint(counter, complaint_form(), now=NOW)
    handling.take_action(analyst, case.uuid, "start_analysis", now=NOW)
    handling.take_action(
        analyst,
        case.uuid,
        "start_clarification",
        {"mode": "offline", "reason": "Konsumen akhir; barang cacat"},
        now=NOW,
    )
    meeting = hearings.schedule(
        analyst,
        case.uuid,
        dt.datetime(2026, 11, 30, 9),
        60,
        "Ruang Klarifikasi",
        mediator.uuid,
        now=NOW,
    )
    # The meeting day: both sides sign in at the counter and are marked present.
    consumer = visitors.sign_in_visitor(
        counter, VisitorForm(name="Siti Aminah", purpose="hearing"), now=utc(30, 8, 40)
    )
    seller = visitors.sign_in_visitor(
        counter, VisitorForm(name="Rudi (kuasa penjual)", purpose="hearing"), now=utc(30, 8, 45)
    )
    hearings.mark_present(counter, consumer, meeting.uuid, "consumer", now=utc(30, 8, 50))
    hearings.mark_present(counter, seller, meeting.uuid, "business", now=utc(30, 8, 51))
    [listed] = hearings.meetings(dt.date(2026, 11, 30), dt.date(2026, 11, 30))
    assert listed.present == ("consumer", "business")
    hearings.record_result(
        mediator, meeting.uuid, "no_agreement", "Penjual menawarkan servis.", now=utc(30, 10)
    )
    handling.take_action(mediator, case.uuid, "start_mediation", now=utc(30, 10, 5))

    mediation = hearings.schedule(
        mediator,
        case.uuid,
        dt.datetime(2026, 12, 3, 13),
        90,
        "Ruang Mediasi 1",
        mediator.uuid,
        now=utc(30, 10, 10),
    )
    for party, addressee in (("consumer", "Sdr./Sdri. Siti Aminah"), ("business", "Pimpinan")):
        summons = printing.print_invitation(
            mediator, mediation.uuid, party, now=utc(30, 10, 15), issue=True
        )
        text = text_of(summons.pdf)
        assert "Undangan Mediasi Pengaduan Konsumen" in text and addressee in text
        assert "Kamis, 3 Desember 2026" in text and "13.00 WIB" in text
    moved = hearings.postpone(
        mediator,
        mediation.uuid,
        dt.datetime(2026, 12, 7, 13, 30),
        "Penjual berhalangan",
        now=utc(1, 9),
    )
    assert Hearing.get(Hearing.uuid == mediation.uuid).status == "postponed"
    summons = printing.print_invitation(
        mediator, moved.uuid, "business", now=utc(1, 9, 5), issue=True
    )
    assert "Senin, 7 Desember 2026" in text_of(summons.pdf) and not summons.is_copy

    before = table_counts()
    with pytest.raises(ValidationFailed) as refused:  # an agreement is worth only its terms
        hearings.record_result(mediator, moved.uuid, "agreement", "  ", now=utc(7, 15))
    assert [e.field for e in refused.value.errors] == ["hearing.note"]
    with pytest.raises(DomainError) as info:  # no minutes before the result
        printing.print_minutes(mediator, moved.uuid, now=utc(7, 15))
    assert info.value.code == "minutes.not_held" and table_counts() == before

    terms = (
        "Penjual mengembalikan Rp3.450.000 paling lambat 14 Desember 2026.\n"
        "Konsumen mengembalikan ponsel."
    )
    for name, party in (("Siti Aminah", "consumer"), ("Rudi, kuasa penjual", "business")):
        came = visitors.sign_in_visitor(
            counter, VisitorForm(name=name, purpose="hearing"), now=utc(7, 13, 10)
        )
        hearings.mark_present(counter, came, moved.uuid, party, now=utc(7, 13, 15))
    dated = [
        ("Penjual mengembalikan Rp3.450.000", "14-12-2026"),
        ("Konsumen mengembalikan ponsel", "10-12-2026"),
        ("", ""),  # a blank row is left out
    ]
    with pytest.raises(ValidationFailed) as undated:  # a term needs its date
        hearings.record_result(
            mediator, moved.uuid, "agreement", terms, terms=[("Refund", "besok")], now=utc(7, 15)
        )
    assert undated.value.errors[0].message("id") == (
        "Baris 1: tulis tanggal batas waktunya, misalnya 15-12-2026."
    )
    hearings.record_result(mediator, moved.uuid, "agreement", terms, terms=dated, now=utc(7, 15))
    # the case waits for the last promise, and a promise past its date is on Today
    assert caselog.load(case.uuid)["stage_due"] == dt.date(2026, 12, 14)
    assert [t.text for t in queries.today_summary(now=utc(11, 9)).terms_overdue] == [
        "Konsumen mengembalikan ponsel"
    ]
    minutes = printing.print_minutes(mediator, moved.uuid, now=utc(7, 15, 5), issue=True)
    text = text_of(minutes.pdf)
    for expected in (
        "BERITA ACARA MEDIASI",
        "Pada hari ini Senin tanggal 7 Desember 2026, pukul 13.30 WIB",
        "1. Penjual mengembalikan Rp3.450.000 paling lambat 14 Desember 2026.",
        "2. Konsumen mengembalikan ponsel.",
        "Siti Aminah",
        mask_nik("3174015708850003"),
        "Mediator Satu",
        "Toko Elektronik Sinar Jaya (diwakili Rudi, kuasa penjual)",  # from the visitor log
    ):
        assert expected in text, expected
    assert "3174015708850003" not in text
    again = printing.print_minutes(mediator, moved.uuid, now=utc(7, 15, 10))
    assert again.is_copy and again.number == minutes.number

    agreed = {"outcome": "agreement", "note": "Lihat berita acara"}
    with pytest.raises(DomainError) as waiting:  # not closed as agreed before the terms are kept
        handling.take_action(mediator, case.uuid, "close", agreed, now=utc(7, 15, 20))
    assert waiting.value.message("id") == (
        "Masih ada 2 butir kesepakatan yang belum dicatat pelaksanaannya."
    )
    with pytest.raises(PermissionDenied):
        agreements.record(counter, agreements.of_case(case.uuid)[0].uuid, True, now=utc(11, 9))
    for term in agreements.of_case(case.uuid):
        agreements.record(mediator, term.uuid, True, "Sudah diterima", now=utc(15, 9))
    assert [t.state for t in agreements.of_case(case.uuid)] == ["fulfilled", "fulfilled"]
    assert queries.today_summary(now=utc(15, 10)).terms_overdue == []
    with pytest.raises(DomainError):  # each is recorded once
        agreements.record(mediator, term.uuid, False, now=utc(15, 9))
    closed = handling.take_action(mediator, case.uuid, "close", agreed, now=utc(15, 9, 30))
    assert (closed["status"], closed["outcome"]) == ("closed", "agreement")
    kinds = [e.kind for e in HistoryEvent.select().where(HistoryEvent.case == case.uuid)]
    assert kinds.count("case.hearing_scheduled") == 3 and kinds.count("case.hearing_held") == 2
    assert kinds.count("case.hearing_postponed") == 1 and kinds.count("case.hearing_attended") == 4
    assert kinds.count("case.term_recorded") == 2
    assert Visitor.get(Visitor.uuid == consumer).case_id == case.uuid


def test_attendance_is_for_todays_meetings_and_visitors_only(actors):
    counter, analyst = actors["petugas"], actors["analis"]
    case = intake.register_complaint(counter, complaint_form(), now=NOW)
    handling.take_action(analyst, case.uuid, "start_analysis", now=NOW)
    handling.take_action(
        analyst, case.uuid, "start_clarification", {"mode": "offline", "reason": "x"}, now=NOW
    )
    meeting = hearings.schedule(
        analyst, case.uuid, dt.datetime(2026, 11, 30, 9), 60, "Ruang Klarifikasi", now=NOW
    )
    early = visitors.sign_in_visitor(
        counter, VisitorForm(name="Siti Aminah", purpose="hearing"), now=NOW
    )
    before = table_counts()
    with pytest.raises(DomainError) as info:
        hearings.mark_present(counter, early, meeting.uuid, "consumer", now=NOW)
    assert info.value.code == "hearing.not_today"
    with pytest.raises(ValidationFailed):
        hearings.mark_present(counter, early, meeting.uuid, "mediator", now=NOW)
    with pytest.raises(PermissionDenied):
        hearings.record_result(counter, meeting.uuid, "no_agreement", now=NOW)
    with pytest.raises(ValidationFailed) as refused:
        hearings.record_result(analyst, meeting.uuid, "absent", now=NOW)
    assert refused.value.errors[0].field == "hearing.absent"
    assert table_counts() == before


def test_a_site_blocking_recommendation_flags_the_case_and_the_business(actors):
    counter, analyst = actors["petugas"], actors["analis"]
    case = intake.register_complaint(counter, complaint_form(), now=NOW)
    before = table_counts()
    with pytest.raises(DomainError) as info:
        handling.recommend_blocking(analyst, case.uuid, "Penipuan", now=NOW)
    assert info.value.code == "blocking.not_analysed" and table_counts() == before
    handling.take_action(analyst, case.uuid, "start_analysis", now=NOW)
    with pytest.raises(PermissionDenied):
        handling.recommend_blocking(counter, case.uuid, "Penipuan", now=NOW)
    flagged = handling.recommend_blocking(
        analyst, case.uuid, "Barang tidak pernah dikirim kepada banyak konsumen.", now=NOW
    )
    assert flagged["blocking_recommended"] == dt.date(2026, 11, 23)
    business = BusinessActor.get(BusinessActor.uuid == flagged["business"])
    assert business.blocking_recommended == dt.date(2026, 11, 23)
    with pytest.raises(DomainError) as info:
        handling.recommend_blocking(analyst, case.uuid, "lagi", now=NOW)
    assert info.value.code == "blocking.already"
    letter = printing.print_letter(analyst, case.uuid, "blocking", now=NOW, issue=True)
    text = text_of(letter.pdf)
    for expected in (
        "Rekomendasi Pemutusan Akses Sistem Elektronik",
        "Kementerian Komunikasi dan Digital",
        "belanjayuk.id/sinarjaya",
        "Barang tidak pernah dikirim kepada banyak konsumen.",
    ):
        assert expected in text, expected

    offline = intake.register_complaint(
        counter,
        complaint_form(business__kind="shop", business__website="", business__name="Toko Abadi"),
        now=NOW,
    )
    handling.take_action(analyst, offline.uuid, "start_analysis", now=NOW)
    with pytest.raises(DomainError) as info:
        handling.recommend_blocking(analyst, offline.uuid, "x", now=NOW)
    assert info.value.code == "blocking.not_online"


def test_the_new_actions_refuse_roles_without_the_right_and_leave_nothing(actors):
    """Answer, blocking, meeting result and attendance: a role without the right is refused
    with its reason, and every table is as it was."""
    case = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    handling.take_action(actors["analis"], case.uuid, "start_analysis", now=NOW)
    handling.take_action(
        actors["analis"],
        case.uuid,
        "start_clarification",
        {"mode": "online", "reason": "x"},
        now=NOW,
    )
    meeting = hearings.schedule(
        actors["analis"], case.uuid, dt.datetime(2026, 11, 30, 9), 60, "Ruang Klarifikasi", now=NOW
    )
    visitor = visitors.sign_in_visitor(
        actors["petugas"], VisitorForm(name="Siti Aminah", purpose="hearing"), now=utc(30, 8)
    )
    before = table_counts()
    refusals = [
        lambda: handling.record_answer(actors["admin"], case.uuid, "Jawaban", now=NOW),
        lambda: handling.recommend_blocking(actors["mediator"], case.uuid, "Penipuan", now=NOW),
        lambda: hearings.record_result(actors["admin"], meeting.uuid, "no_agreement", now=NOW),
        lambda: hearings.mark_present(
            actors["admin"], visitor, meeting.uuid, "consumer", now=utc(30, 8, 5)
        ),
        lambda: printing.print_minutes(actors["admin"], meeting.uuid, now=NOW),
    ]
    for refused in refusals:
        with pytest.raises(PermissionDenied) as info:
            refused()
        assert info.value.message("id") != info.value.code  # a sentence, not a code
    assert table_counts() == before


def test_mediation_without_agreement_refers_the_consumer_to_the_bpsk_of_their_city(
    actors, tmp_path
):
    from test_hearings import in_stage

    from desktop.services import referral

    mediator = actors["mediator"]
    uuid = in_stage(
        actors, "mediation", complainant__city="Kota Bandung", complainant__province="Jawa Barat"
    )
    meeting = hearings.schedule(
        mediator, uuid, dt.datetime(2026, 11, 30, 10), 60, "Ruang Mediasi 1", mediator.uuid, now=NOW
    )
    assert "bpsk_referral" not in printing.letters_for(caselog.load(uuid))
    hearings.record_result(
        mediator, meeting.uuid, "no_agreement", "Penjual menolak mengganti.", now=utc(30, 11)
    )
    handling.take_action(
        mediator, uuid, "close", {"outcome": "no_agreement", "note": "Ke BPSK"}, now=utc(30, 11)
    )
    assert "bpsk_referral" in printing.letters_for(caselog.load(uuid))
    letter = printing.print_letter(mediator, uuid, "bpsk_referral", now=utc(30, 11, 5), issue=True)
    text = text_of(letter.pdf)
    for expected in (
        "Penyelesaian Sengketa Konsumen melalui BPSK",
        "Sdr./Sdri. Siti Aminah",
        "tidak menghasilkan kesepakatan",
        "BPSK Kota Bandung, Jl. Wastukencana No. 2",
        letter.number,
    ):
        assert expected in text, expected
    (tmp_path / "bpsk.pdf").write_bytes(letter.pdf)
    kinds = [e.kind for e in HistoryEvent.select().where(HistoryEvent.case == uuid)]
    assert "case.letter_issued" in kinds
    # a regency without a BPSK of its own goes to the city of its name;
    # Jakarta's cities to the province's
    assert referral.bpsk_for("Kabupaten Bandung", "Jawa Barat").code == "BPSK-BDG"
    assert referral.bpsk_for("Jakarta Selatan", "DKI Jakarta").code == "BPSK-JKT"
    assert referral.bpsk_for("Kota Kupang", "Nusa Tenggara Timur") is None


def test_an_agreement_not_kept_can_go_to_the_bpsk(actors):
    mediator = actors["mediator"]
    from test_hearings import in_stage

    uuid = in_stage(actors, "mediation")
    meeting = hearings.schedule(
        mediator, uuid, dt.datetime(2026, 11, 30, 10), 60, "Ruang Mediasi 1", mediator.uuid, now=NOW
    )
    hearings.record_result(
        mediator,
        meeting.uuid,
        "agreement",
        "Pengembalian dana",
        terms=[("Penjual mengembalikan Rp1.250.000", "15-12-2026")],
        now=utc(30, 11),
    )
    assert "bpsk_referral" not in printing.letters_for(caselog.load(uuid))
    [term] = agreements.of_case(uuid)
    agreements.record(mediator, term.uuid, False, "Belum ditransfer", now=utc(16, 9))
    assert "bpsk_referral" in printing.letters_for(caselog.load(uuid))
    draft = printing.print_letter(mediator, uuid, "bpsk_referral", now=utc(16, 9, 5))
    text = text_of(draft.pdf)
    assert "tidak dilaksanakan oleh pelaku usaha, yaitu: Penjual mengembalikan Rp1.250.000" in text
    assert "BPSK Provinsi DKI Jakarta" in text and draft.draft
    referred = printing.print_letter(mediator, uuid, "bpsk_referral", now=utc(16, 9, 6), issue=True)
    with pytest.raises(DomainError) as stands:  # the consumer was sent to the BPSK: that stands
        agreements.record(mediator, term.uuid, True, now=utc(17, 9))
    assert stands.value.message("id") == (
        f"Konsumen sudah dirujuk ke BPSK dengan surat nomor {referred.number}; butir ini tetap "
        "tercatat tidak dipenuhi."
    )
    assert [t.state for t in agreements.of_case(uuid)] == ["unfulfilled"]


def test_a_term_not_kept_may_be_kept_late_after_the_follow_up_letter(actors):
    from test_hearings import in_stage

    from desktop.domain.history import event_text

    mediator = actors["mediator"]
    uuid = in_stage(actors, "mediation")
    meeting = hearings.schedule(
        mediator, uuid, dt.datetime(2026, 11, 30, 10), 60, "Ruang Mediasi 1", mediator.uuid, now=NOW
    )
    refund = "Penjual mengembalikan Rp1.250.000"
    hearings.record_result(
        mediator, meeting.uuid, "agreement", refund, terms=[(refund, "15-12-2026")], now=utc(30, 11)
    )
    [term] = agreements.of_case(uuid)
    agreements.record(mediator, term.uuid, False, "Belum ditransfer", now=utc(16, 9))
    with pytest.raises(DomainError) as twice:  # not kept is said once
        agreements.record(mediator, term.uuid, False, now=utc(16, 10))
    assert twice.value.code == "agreement.term_recorded"
    printing.print_letter(mediator, uuid, "agreement_followup", issue=True, now=utc(16, 9, 10))
    # The letter worked: the refund came a week late.
    agreements.record(mediator, term.uuid, True, "Ditransfer 22 Desember", now=utc(22, 10))
    [kept] = agreements.of_case(uuid)
    assert (kept.state, kept.note) == ("fulfilled", "Ditransfer 22 Desember")
    last = (
        HistoryEvent.select()
        .where((HistoryEvent.case == uuid) & (HistoryEvent.kind == "case.term_recorded"))
        .order_by(HistoryEvent.id.desc())
        .get()
    )
    assert event_text(last.kind, last.payload) == (
        f"Pelaksanaan kesepakatan dicatat: {refund} — dipenuhi terlambat (semula dicatat tidak "
        "dipenuhi)"
    )
    # nothing left to ask for, nobody to refer; the case closes as agreed
    offered = printing.letters_for(caselog.load(uuid))
    assert "agreement_followup" not in offered and "bpsk_referral" not in offered
    with pytest.raises(DomainError):  # and kept stays kept
        agreements.record(mediator, term.uuid, False, now=utc(22, 11))
    agreed = {"outcome": "agreement", "note": "Dipenuhi setelah surat tindak lanjut"}
    closed = handling.take_action(mediator, uuid, "close", agreed, now=utc(22, 11))
    assert (closed["status"], closed["outcome"]) == ("closed", "agreement")


def test_a_term_not_kept_stays_so_once_the_case_is_closed(actors):
    from test_hearings import in_stage

    mediator = actors["mediator"]
    uuid = in_stage(actors, "mediation")
    meeting = hearings.schedule(
        mediator, uuid, dt.datetime(2026, 11, 30, 10), 60, "Ruang Mediasi 1", mediator.uuid, now=NOW
    )
    refund = "Penjual mengembalikan Rp1.250.000"
    hearings.record_result(
        mediator, meeting.uuid, "agreement", refund, terms=[(refund, "15-12-2026")], now=utc(30, 11)
    )
    [term] = agreements.of_case(uuid)
    agreements.record(mediator, term.uuid, False, now=utc(16, 9))
    ended = {"outcome": "no_agreement", "note": "Tidak dilaksanakan"}
    handling.take_action(mediator, uuid, "close", ended, now=utc(16, 10))
    with pytest.raises(DomainError) as closed:
        agreements.record(mediator, term.uuid, True, now=utc(22, 10))
    assert closed.value.code == "agreement.term_case_closed"
    assert [t.state for t in agreements.of_case(uuid)] == ["unfulfilled"]


def test_an_agreement_not_kept_is_asked_for_again_by_letter(actors):
    from test_hearings import in_stage

    from desktop.domain.history import event_text
    from desktop.services import settings
    from desktop.store.models import IssuedLetter

    mediator = actors["mediator"]
    uuid = in_stage(actors, "mediation")
    meeting = hearings.schedule(
        mediator, uuid, dt.datetime(2026, 11, 30, 10), 60, "Ruang Mediasi 1", mediator.uuid, now=NOW
    )
    refund, postage = "Penjual mengembalikan Rp1.250.000", "Penjual mengganti ongkos kirim Rp50.000"
    hearings.record_result(
        mediator,
        meeting.uuid,
        "agreement",
        f"{refund}\n{postage}",
        terms=[(refund, "15-12-2026"), (postage, "10-12-2026")],
        now=utc(30, 11),
    )
    minutes = printing.print_minutes(mediator, meeting.uuid, issue=True, now=utc(30, 11, 30))
    assert "agreement_followup" not in printing.letters_for(caselog.load(uuid))
    with pytest.raises(DomainError) as refused:  # nothing to ask for while the terms may be kept
        printing.print_letter(mediator, uuid, "agreement_followup", now=utc(30, 12))
    assert refused.value.code == "letter.not_applicable"
    postage_term, refund_term = agreements.of_case(uuid)  # by date
    agreements.record(mediator, postage_term.uuid, True, now=utc(11, 9))
    assert "agreement_followup" not in printing.letters_for(caselog.load(uuid))  # kept: none
    agreements.record(mediator, refund_term.uuid, False, "Belum ditransfer", now=utc(16, 9))
    letters_now = printing.letters_for(caselog.load(uuid))
    # asking the business again comes before sending the consumer to the BPSK
    assert letters_now.index("agreement_followup") < letters_now.index("bpsk_referral")

    before = table_counts()
    draft = printing.print_letter(mediator, uuid, "agreement_followup", now=utc(16, 9, 5))
    assert draft.draft and not draft.number and table_counts() == before
    due = settings.calendar().add_working_days(dt.date(2026, 12, 16), 7)
    text = text_of(draft.pdf)
    for expected in (
        "Hal : Permintaan Pelaksanaan Kesepakatan",
        "Pimpinan Toko Elektronik",
        "pada Senin, 30 November 2026 telah dicapai kesepakatan antara Saudara dan konsumen "
        f"sebagaimana tertuang dalam Berita Acara Mediasi nomor {minutes.number} tanggal 30 "
        "November 2026",
        f"Kesepakatan : {refund}",
        "Batas waktu : 15 Desember 2026",
        f"paling lambat {long_date(due)}",
        "Sdr./Sdri. Siti Aminah (konsumen)",
    ):
        assert expected in text, expected
    assert postage not in text  # the term kept is not asked for
    assert len(PdfReader(io.BytesIO(draft.pdf)).pages) == 1  # signed on the page it is written

    issued = printing.print_letter(
        mediator, uuid, "agreement_followup", issue=True, now=utc(16, 9, 10)
    )
    assert issued.number and not issued.draft and issued.number in text_of(issued.pdf)
    kept = IssuedLetter.get(IssuedLetter.number == issued.number)
    assert (kept.kind, kept.case_id, kept.addressee.splitlines()[0]) == (
        "agreement_followup",
        uuid,
        "Pimpinan Toko Elektronik Sinar Jaya",
    )
    assert caselog.load(uuid)["stage_due"] == due  # the case now waits for the new date
    event = (
        HistoryEvent.select()
        .where((HistoryEvent.case == uuid) & (HistoryEvent.kind == "case.reminder_sent"))
        .get()
    )
    assert event.payload["due"] == due.isoformat()
    assert event_text(event.kind, event.payload) == (
        f"Surat tindak lanjut kesepakatan diterbitkan, nomor {issued.number}"
    )
    again = printing.print_letter(mediator, uuid, "agreement_followup", now=utc(17, 9))
    assert again.is_copy and again.number == issued.number
    with pytest.raises(DomainError) as twice:
        printing.print_letter(mediator, uuid, "agreement_followup", issue=True, now=utc(17, 9))
    assert twice.value.code == "letter.already_issued"
