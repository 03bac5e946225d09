"""Printing: gather a document's data, render it, and record that it was printed.

Every print is recorded (kind, number, case, SHA-256 of the PDF, who, when); the second and
later prints of the same document are marked SALINAN.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.documents.common import Office
from desktop.documents.letter import LetterData, Signatory, render_letter
from desktop.documents.receipt import ReceiptData, render_receipt
from desktop.documents.wording import DEFAULT_WORDING
from desktop.domain import identity, workflow
from desktop.domain.errors import DomainError
from desktop.domain.formatting import dated, long_date, office_time
from desktop.domain.messages import label
from desktop.domain.workdays import office_date
from desktop.domain.workflow import EDITORS
from desktop.services import caselog, settings
from desktop.services.context import Actor, require, write
from desktop.services.intake import next_number
from desktop.store.models import (
    Agency,
    BusinessActor,
    Complainant,
    PrintedDocument,
    Staff,
    new_uuid,
    utcnow,
)

PAPERS = {"receipt": ("a5", "thermal"), "letter": ("a4", "f4")}
# Which statuses a letter fits: a clarification letter once the case is in scope, a
# forwarding letter once it was forwarded, a reminder while the written answer is awaited, a
# blocking recommendation once it was decided (any status from analysis on).
LETTER_STATUSES = {
    "clarification": {"clarification", "mediation"},
    "forwarding": {"closed"},
    "reminder": {"clarification"},
    "blocking": {"analysis", "clarification", "mediation", "closed"},
}


def _applies(kind: str, case: caselog.CaseRecord | Mapping[str, Any]) -> bool:
    if case["status"] not in LETTER_STATUSES[kind]:
        return False
    if kind == "forwarding":
        return bool(case["agency"])
    if kind == "reminder":
        return workflow.awaits_written_answer(case)
    if kind == "blocking":
        return bool(case["blocking_recommended"])
    return True


def _first_print(case_uuid: str, kind: str) -> PrintedDocument | None:
    return (
        PrintedDocument.select()
        .where((PrintedDocument.case == case_uuid) & (PrintedDocument.kind == kind))
        .order_by(PrintedDocument.id)
        .first()
    )


def _signatory() -> Signatory:
    return Signatory(
        settings.get("signatory.position"),
        settings.get("signatory.name"),
        settings.get("signatory.nip"),
        settings.get("signatory.on_behalf"),
    )


def letters_for(case: caselog.CaseRecord | Mapping[str, Any]) -> list[str]:
    """The letters this case can have printed now, in the order an officer meets them."""
    return [kind for kind in LETTER_STATUSES if _applies(kind, case)]


@dataclass(frozen=True)
class Printed:
    kind: str
    number: str
    pdf: bytes
    is_copy: bool
    case: str | None = None


def office() -> Office:
    return Office(
        address=settings.get("office.address"),
        city=settings.get("office.city"),
        phone=settings.get("office.phone"),
        whatsapp=settings.get("office.whatsapp"),
        email=settings.get("office.email"),
        website=settings.get("office.website"),
        directorate=settings.get("office.name").upper(),
    )


def _summary(chronology: str, limit: int = 320) -> str:
    text = " ".join(chronology.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def receipt_data(ref: str) -> ReceiptData:
    case = caselog.load(ref)
    person = Complainant.get(Complainant.uuid == case["complainant"])
    business = BusinessActor.get(BusinessActor.uuid == case["business"])
    officer = Staff.get_or_none(Staff.uuid == case["registered_by"])
    due = case["stage_due"]
    next_step = (
        "Pengaduan Anda akan dianalisis: kelengkapan data dan dokumen serta kewenangan "
        "menurut UU No. 8 Tahun 1999 tentang Perlindungan Konsumen. "
    )
    if due:
        next_step += f"Analis mulai menangani paling lambat {long_date(due)}."
    return ReceiptData(
        reg_no=case["reg_no"],
        received=office_time(case["received_at"], "id", "EEEE, d MMMM y, HH.mm"),
        complainant=person.name,
        nik_masked=identity.mask_nik(person.nik) if person.nik else "",
        phone_masked=identity.mask_phone(person.phone) if person.phone else "",
        business=business.name,
        product=case["product"],
        summary=_summary(case["chronology"]),
        documents=[label("document", d) for d in case["documents"]],
        officer=officer.full_name if officer else "",
        next_step=next_step,
        channel=label("channel", case["channel"]),
    )


def print_receipt(
    actor: Actor,
    ref: str,
    paper: str = "a5",
    *,
    now: dt.datetime | None = None,
    record: bool = True,
) -> Printed:
    """The complaint's receipt, marked SALINAN when one was printed before; recorded as
    printed unless ``record`` is false (a preview records only once it is printed or saved)."""
    require(actor, EDITORS, "permission.edit")
    if paper not in PAPERS["receipt"]:
        raise ValueError(f"paper must be one of {PAPERS['receipt']}")
    with write():
        data = receipt_data(ref)
        case = caselog.load(ref)
        earlier = (
            PrintedDocument.select()
            .where((PrintedDocument.case == case.uuid) & (PrintedDocument.kind == "receipt"))
            .exists()
        )
        pdf = render_receipt(data, office(), paper, copy=earlier)
        printed = Printed("receipt", data.reg_no, pdf, earlier, case.uuid)
        if record:
            record_print(actor, printed, now=now)
    return printed


def record_print(actor: Actor, printed: Printed, *, now: dt.datetime | None = None) -> None:
    """That a document left the desk: on paper, or saved as a PDF."""
    with write():
        PrintedDocument.create(
            uuid=new_uuid(),
            kind=printed.kind,
            number=printed.number,
            case=printed.case,
            sha256=hashlib.sha256(printed.pdf).hexdigest(),
            is_copy=printed.is_copy,
            printed_by=actor.uuid,
            printed_at=now or utcnow(),
        )


def _wording(kind: str) -> dict:
    return {**DEFAULT_WORDING[kind], **settings.get("letters.wording").get(kind, {})}


def print_letter(
    actor: Actor,
    ref: str,
    kind: str,
    paper: str | None = None,
    *,
    now: dt.datetime | None = None,
    secret: str | None = None,
) -> Printed:
    """A letter of the case (see ``LETTER_STATUSES``), numbered and recorded the first time it is
    rendered: a letter's number is taken once, and every later print is a SALINAN of it. With
    electronic signature the original is signed (``secret``: the key's passphrase or PIN, else
    the one in the OS keyring)."""
    from desktop.services import esign

    require(actor, EDITORS, "permission.edit")
    now = now or utcnow()
    paper = paper or settings.get("letters.paper")
    if kind not in LETTER_STATUSES or paper not in PAPERS["letter"]:
        raise ValueError(f"unknown letter {kind!r} or paper {paper!r}")
    today = office_date(now)
    calendar = settings.calendar()
    with write():
        case = caselog.load(ref)
        if not _applies(kind, case):
            raise DomainError("letter.not_applicable", status=case["status"])
        earlier = _first_print(case.uuid, kind)
        wording = _wording(kind)
        number = (
            earlier.number if earlier else next_number("letter", today, code=str(wording["code"]))
        )
        person = Complainant.get(Complainant.uuid == case["complainant"])
        business = BusinessActor.get(BusinessActor.uuid == case["business"])
        agency = Agency.get_or_none(
            Agency.code == ("KOMDIGI" if kind == "blocking" else case["agency"])
        )
        asked = _first_print(case.uuid, "clarification") if kind == "reminder" else None
        if kind == "reminder" and asked is None:
            raise DomainError("letter.reminder_before_letter")
        fields = {
            "complainant": person.name,
            "reg_no": case["reg_no"],
            "received": long_date(office_date(case["received_at"])),
            "product": case["product"].lower(),
            "business": business.name,
            "summary": _summary(case["chronology"], 900),
            "due": long_date(
                calendar.add_working_days(
                    today, settings.due_days("reminder" if kind == "reminder" else "clarification")
                )
            ),
            "due_was": long_date(case["stage_due"]) if case["stage_due"] else "",
            "email": settings.get("office.email"),
            "reason": case["scope_reason"],
            "agency": agency.name if agency else "",
            "site": business.website or f"laman penjualan {business.name}",
            "letter_no": asked.number if asked else "",
            "letter_date": dated(office_date(asked.printed_at)) if asked else "",
        }
        if kind == "blocking":
            fields["reason"] = _blocking_reason(case.uuid)
        if kind in ("forwarding", "blocking"):
            addressee = [f"Pimpinan {agency.name}", agency.address or "di tempat"]
        else:
            addressee = [f"Pimpinan {business.name}", business.address or "di tempat"]
        data = LetterData(
            number=number,
            place_date=f"{settings.get('office.city')}, {dated(today)}",
            subject=str(wording["subject"]),
            addressee=addressee,
            nature="Segera" if kind in ("reminder", "blocking") else "Biasa",
            body=[str(p).format(**fields) for p in wording["body"]],
            signatory=_signatory(),
            copies=[str(c).format(**fields) for c in wording["copies"]],
            electronic=esign.mark(number, case.uuid, today, _signatory()),
        )
        pdf = render_letter(data, office(), paper, copy=earlier is not None)
        if data.electronic and earlier is None:
            pdf = esign.seal(pdf, number, data.signatory, secret)
        printed = Printed(kind, number, pdf, earlier is not None, case.uuid)
        record_print(actor, printed, now=now)
        if kind == "reminder" and earlier is None:
            # The reminder gives a new date: the case is due then, and the timeline says so.
            due = calendar.add_working_days(today, settings.due_days("reminder"))
            caselog.append(
                case, "case.reminder_sent", {"number": number, "due": due.isoformat()}, actor, now
            )
    return printed


def _blocking_reason(case_uuid: str) -> str:
    from desktop.store.models import HistoryEvent

    event = (
        HistoryEvent.select(HistoryEvent.payload)
        .where(
            (HistoryEvent.case == case_uuid) & (HistoryEvent.kind == "case.blocking_recommended")
        )
        .order_by(HistoryEvent.id.desc())
        .first()
    )
    return event.payload["reason"] if event else ""


def _incoming(letter_uuid: str):
    from desktop.documents.incoming import IncomingData
    from desktop.store.models import IncomingLetter

    letter = IncomingLetter.get_or_none(
        (IncomingLetter.uuid == letter_uuid) | (IncomingLetter.agenda_no == letter_uuid)
    )
    if letter is None:
        raise DomainError("letter.not_found")
    officer = Staff.get_or_none(Staff.uuid == letter.registered_by_id)
    return letter, IncomingData(
        agenda_no=letter.agenda_no,
        received=office_time(letter.received_at, "id", "EEEE, d MMMM y, HH.mm"),
        sender=letter.sender_name,
        sender_address=letter.sender_address,
        letter_no=letter.letter_no,
        letter_date=letter.letter_date.strftime("%d-%m-%Y") if letter.letter_date else "",
        subject=letter.subject,
        pages=letter.pages,
        enclosures=letter.enclosures,
        officer=officer.full_name if officer else "",
    )


def print_incoming(
    actor: Actor, letter_ref: str, kind: str, *, record: bool = True, now: dt.datetime | None = None
) -> Printed:
    """The letter's receipt (``letter_receipt``) or its disposition sheet (``disposition``)."""
    from desktop.documents.incoming import render_disposition, render_letter_receipt

    require(actor, EDITORS, "permission.edit")
    with write():
        letter, data = _incoming(letter_ref)
        earlier = (
            PrintedDocument.select()
            .where((PrintedDocument.kind == kind) & (PrintedDocument.number == letter.agenda_no))
            .exists()
        )
        if kind == "letter_receipt":
            pdf = render_letter_receipt(data, office(), copy=earlier)
        elif kind == "disposition":
            handlers = ["Analis pengaduan", "Mediator", "Supervisor", "Petugas loket"]
            pdf = render_disposition(data, office(), handlers, copy=earlier)
        else:
            raise ValueError(f"unknown document {kind!r}")
        printed = Printed(kind, letter.agenda_no, pdf, earlier, letter.case_id)
        if record:
            record_print(actor, printed, now=now)
    return printed


def _meeting(hearing_uuid: str):
    """A meeting with its case, the two parties and the mediator, for the papers it gets."""
    from desktop.store.models import Hearing

    hearing = Hearing.get_or_none(Hearing.uuid == hearing_uuid)
    if hearing is None:
        raise DomainError("hearing.not_found")
    case = caselog.load(hearing.case_id)
    person = Complainant.get(Complainant.uuid == case["complainant"])
    business = BusinessActor.get(BusinessActor.uuid == case["business"])
    mediator = Staff.get_or_none(Staff.uuid == hearing.mediator_id)
    return hearing, case, person, business, mediator


def _tag(hearing_uuid: str) -> str:
    # A print record has no hearing column: the hearing rides on the recorded number
    # ("12/PKTN.4/UND/XI/2026#1a2b3c4d"), so each meeting's papers keep their own numbers.
    return f"#{hearing_uuid[:8]}"


def _meeting_number(
    case_uuid: str, kind: str, hearing_uuid: str, today: dt.date, code: object
) -> tuple[bool, str]:
    """Whether this meeting's document was printed before, and its number (given once)."""
    earlier = (
        PrintedDocument.select()
        .where(
            (PrintedDocument.case == case_uuid)
            & (PrintedDocument.kind == kind)
            & (PrintedDocument.number.endswith(_tag(hearing_uuid)))
        )
        .order_by(PrintedDocument.id)
        .first()
    )
    if earlier is not None:
        return True, earlier.number.split("#")[0]
    return False, next_number("letter", today, code=str(code))


MEETINGS = {
    "clarification": ("Klarifikasi", "klarifikasi atas pengaduan tersebut"),
    "mediation": ("Mediasi", "mediasi untuk menyelesaikan sengketa secara musyawarah"),
}


def print_invitation(
    actor: Actor,
    hearing_uuid: str,
    party: str,
    *,
    now: dt.datetime | None = None,
    record: bool = True,
) -> Printed:
    """The summons to one party of a meeting: ``business`` or ``consumer``."""
    from desktop.services.hearings import to_local

    require(actor, EDITORS, "permission.edit")
    if party not in ("business", "consumer"):
        raise ValueError("party must be business or consumer")
    now = now or utcnow()
    kind = f"invitation_{party}"
    with write():
        hearing, case, person, business, mediator = _meeting(hearing_uuid)
        wording = _wording("invitation")
        today = office_date(now)
        is_copy, number = _meeting_number(case.uuid, kind, hearing_uuid, today, wording["code"])
        title, agenda = MEETINGS[hearing.kind]
        start = to_local(hearing.starts_at)
        fields = {
            "complainant": person.name,
            "business": business.name,
            "reg_no": case["reg_no"],
            "product": case["product"].lower(),
            "meeting": title.lower(),
            "day": long_date(start.date()),
            "time": start.strftime("%H.%M"),
            "room": hearing.room,
            "address": settings.get("office.address"),
            "agenda": agenda,
            "contact": mediator.full_name if mediator else settings.get("office.name"),
            "whatsapp": settings.get("office.whatsapp"),
            "email": settings.get("office.email"),
        }
        if party == "business":
            addressee = [f"Pimpinan {business.name}", business.address or "di tempat"]
        else:
            addressee = [
                f"Sdr./Sdri. {person.name}",
                ", ".join(x for x in (person.address, person.city) if x) or "di tempat",
            ]
        data = LetterData(
            number=number,
            place_date=f"{settings.get('office.city')}, {dated(today)}",
            subject=str(wording["subject"]).format(meeting=f"{title} Pengaduan Konsumen"),
            addressee=addressee,
            nature="Segera",
            body=[str(p).format(**fields) for p in wording["body"]],
            signatory=_signatory(),
        )
        pdf = render_letter(data, office(), settings.get("letters.paper"), copy=is_copy)
        printed = Printed(kind, number + _tag(hearing_uuid), pdf, is_copy, case.uuid)
        if record:
            record_print(actor, printed, now=now)
    return Printed(kind, number, pdf, is_copy, case.uuid)


def print_minutes(
    actor: Actor, hearing_uuid: str, *, now: dt.datetime | None = None, record: bool = True
) -> Printed:
    """The berita acara of a meeting whose result is recorded, numbered the first time."""
    from desktop.documents.minutes import MinutesData, Party, render_minutes
    from desktop.services.hearings import to_local
    from desktop.store.models import Visitor

    require(actor, EDITORS, "permission.edit")
    now = now or utcnow()
    with write():
        hearing, case, person, business, mediator = _meeting(hearing_uuid)
        if hearing.status != "held":
            raise DomainError("minutes.not_held")
        is_copy, number = _meeting_number(
            case.uuid, "minutes", hearing_uuid, office_date(now), "BA"
        )
        where = office()
        came = {v.party: v.name for v in Visitor.select().where(Visitor.hearing == hearing_uuid)}
        absent = {"consumer": {"consumer", "both"}, "business": {"business", "both"}}
        start = to_local(hearing.starts_at)
        title, _agenda = MEETINGS[hearing.kind]
        weekday = long_date(start.date()).split(",")[0]
        data = MinutesData(
            title=f"BERITA ACARA {title.upper()}",
            number=number,
            opening=(
                f"Pada hari ini {weekday} tanggal {dated(start.date())}, pukul "
                f"{start:%H.%M} WIB, bertempat di {hearing.room}, {where.address}, "
                f"telah dilaksanakan {title.lower()} atas pengaduan konsumen dengan nomor "
                f"registrasi {case['reg_no']} mengenai {case['product'].lower()}, antara:"
            ),
            consumer=Party(
                "Pihak Konsumen",
                came.get("consumer") or person.name,
                f"NIK {identity.mask_nik(person.nik)}" if person.nik else "",
                hearing.absent not in absent["consumer"],
            ),
            business=Party(
                "Pihak Pelaku Usaha",
                business.name + (f" (diwakili {came['business']})" if "business" in came else ""),
                business.address,
                hearing.absent not in absent["business"],
            ),
            mediator=mediator.full_name if mediator else "",
            mediator_nip=mediator.nip if mediator else "",
            result=hearing.result,
            terms=[
                line.strip(" -•\t") for line in hearing.result_note.splitlines() if line.strip()
            ],
            closing_place_date=f"{where.city}, {dated(office_date(hearing.held_at))}",
        )
        pdf = render_minutes(data, where, settings.get("letters.paper"), copy=is_copy)
        printed = Printed("minutes", number + _tag(hearing_uuid), pdf, is_copy, case.uuid)
        if record:
            record_print(actor, printed, now=now)
    return printed
