"""Printing: gather a document's data, render it, and record that it was printed.

Every print is recorded (kind, number, case, SHA-256 of the PDF, who, when); the second and
later prints of the same document are marked SALINAN.

An outgoing letter (a clarification letter, a reminder, a summons, minutes …) is first a draft:
its preview is marked KONSEP, has no number and writes nothing. Issuing it (``issue=True``,
"Terbitkan") takes its number, keeps what it says and who signs it in the register of outgoing
letters with the SHA-256 of its PDF (the PDF goes into the file store), and names it in the
case's history. Every later print is a SALINAN of that same letter, signed by whoever signed
the original.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Mapping
from contextlib import nullcontext
from dataclasses import dataclass, replace
from typing import Any

from desktop.documents.letter import LetterData, Signatory, render_letter
from desktop.documents.receipt import ReceiptData, render_receipt
from desktop.documents.wording import DEFAULT_WORDING
from desktop.domain import identity, scheduling, workflow
from desktop.domain.agencies import address as agency_address
from desktop.domain.errors import DomainError
from desktop.domain.formatting import address_lines, dated, long_date, office_time
from desktop.domain.messages import label
from desktop.domain.workdays import office_date, to_local
from desktop.domain.workflow import EDITORS
from desktop.services import caselog, settings
from desktop.services.agencies import form_of
from desktop.services.attachments import files
from desktop.services.context import Actor, require, write
from desktop.services.letterhead import office
from desktop.services.letterhead import signatory as _signatory
from desktop.store import (
    accounts,
    agencies,
    agreements,
    cases,
    hearings,
    outgoing,
    prints,
    sequences,
)
from desktop.store import letters as register
from desktop.store import parties as party_rows
from desktop.store.access import PRINTED, print_payload
from desktop.store.models import (
    Complainant,
    IssuedLetter,
    new_uuid,
    utcnow,
)

PAPERS = {"receipt": ("a5", "thermal"), "letter": ("a4", "f4")}
# Which statuses a letter fits: a clarification letter once the case is in scope, a
# forwarding letter once it was forwarded, a reminder while the written answer is awaited, a
# blocking recommendation once it was decided (any status from analysis on), a demand to carry
# out an agreement while the case waits for it, the BPSK referral once settling failed.
LETTER_STATUSES = {
    "clarification": {"clarification", "mediation"},
    "forwarding": {"closed"},
    "reminder": {"clarification"},
    "blocking": {"analysis", "clarification", "mediation", "closed"},
    "agreement_followup": {"clarification", "mediation"},
    "bpsk_referral": {"clarification", "mediation", "closed"},
}
# Letters that give the business a new date: issuing one moves the case's due date to it.
NEW_DATE = ("reminder", "agreement_followup")


SENDING = ("post", "courier", "hand", "email")  # how an issued letter leaves the office


def _applies(
    kind: str, case: caselog.CaseRecord | Mapping[str, Any], today: dt.date | None = None
) -> bool:
    if case["status"] not in LETTER_STATUSES[kind]:
        return False
    if kind == "forwarding":
        return bool(case["agency"])
    if kind == "reminder":
        # A reminder is for an answer that is late: the day after it was due at the earliest.
        today = today or office_date(utcnow())
        due = case["stage_due"]
        return workflow.awaits_written_answer(case) and due is not None and today > due
    if kind == "blocking":
        return bool(case["blocking_recommended"])
    if kind == "bpsk_referral":
        from desktop.services.referral import referable

        return referable(case)
    if kind == "agreement_followup":  # a term of the agreement was not carried out
        uuid = case.uuid if isinstance(case, caselog.CaseRecord) else case.get("uuid")
        return bool(uuid) and agreements.any_unfulfilled(uuid)
    return True


def _issued_before(case_uuid: str, kind: str, hearing: str | None = None) -> tuple[str, dt.date]:
    """The number and date of the letter of this kind issued for the case: from the register,
    or from the first print of a version that numbered letters as they were printed."""
    issued = outgoing.first_issued(case_uuid, kind, hearing)
    if issued is not None:
        return issued.number, issued.issued_on
    if hearing is None:
        printed = prints.first_of_case(case_uuid, kind)
        if printed is not None:
            return printed.number, office_date(printed.printed_at)
    else:
        printed = prints.first_of_case(case_uuid, kind, _tag(hearing))
        if printed is not None:
            return printed.number.split("#")[0], office_date(printed.printed_at)
    return "", dt.date.min


def letters_for(
    case: caselog.CaseRecord | Mapping[str, Any], today: dt.date | None = None
) -> list[str]:
    """The letters this case can have printed now, in the order an officer meets them."""
    return [kind for kind in LETTER_STATUSES if _applies(kind, case, today)]


@dataclass(frozen=True)
class Printed:
    kind: str
    number: str  # empty for a draft
    pdf: bytes
    is_copy: bool
    case: str | None = None
    draft: bool = False  # KONSEP: not issued, nothing recorded
    hearing: str | None = None  # a meeting's papers: the meeting


def _summary(chronology: str, limit: int = 320) -> str:
    text = " ".join(chronology.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def receipt_data(ref: str) -> ReceiptData:
    case = caselog.load(ref)
    person = party_rows.complainant(case["complainant"])
    business = party_rows.business(case["business"])
    officer = accounts.by_uuid(case["registered_by"])
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
        earlier = prints.printed_for_case(case.uuid, "receipt")
        pdf = render_receipt(data, office(), paper, copy=earlier)
        printed = Printed("receipt", data.reg_no, pdf, earlier, case.uuid)
        if record:
            record_print(actor, printed, now=now)
    return printed


def record_print(actor: Actor, printed: Printed, *, now: dt.datetime | None = None) -> None:
    """That a document left the desk: on paper, or saved as a PDF. The register's row is
    written again as an event of the desk's chain, so a row removed or changed afterwards is
    named by ``loket check`` (the processing record reads the events)."""
    now = now or utcnow()
    with write():
        row = prints.record(
            uuid=new_uuid(),
            kind=printed.kind,
            number=printed.number,
            case=printed.case,
            sha256=hashlib.sha256(printed.pdf).hexdigest(),
            is_copy=printed.is_copy,
            printed_by=actor.uuid,
            printed_at=now,
        )
        said = print_payload(row.uuid, row.kind, row.number, printed.case, row.sha256, row.is_copy)
        caselog.audit(PRINTED, said, actor, now)


def _wording(kind: str) -> dict:
    return {**DEFAULT_WORDING[kind], **settings.get("letters.wording").get(kind, {})}


def _issue(
    actor: Actor,
    case: caselog.CaseRecord,
    kind: str,
    *,
    make: Callable[[str], Any],
    signatory: Signatory,
    wording: Mapping[str, Any],
    paper: str,
    issue: bool,
    via: str,
    now: dt.datetime,
    hearing: str | None = None,
    event: tuple[str, dict] | None = None,
    render: Callable[..., bytes] = render_letter,
    restore: Callable[[dict], Any] = LetterData.from_dict,
    secret: str | None = None,
) -> Printed:
    """A letter as a draft (KONSEP, nothing written), issued (numbered, registered, in the
    history), or reprinted as a SALINAN of what was issued. ``make(number)`` gathers the
    letter's data; ``event`` is the history event an issue writes (the default names the
    letter by its number). Where the office signs electronically, the issued letter carries the
    mark and is signed (``secret``: the key's passphrase or PIN, else the one in the keyring);
    the register keeps the hash of both files."""
    from desktop.services import esign

    issued = outgoing.first_issued(case.uuid, kind, hearing)
    legacy_number, _ = ("", None) if issued else _issued_before(case.uuid, kind, hearing)
    if issue and (issued or legacy_number):
        number = issued.number if issued else legacy_number
        raise DomainError("letter.already_issued", number=number)
    if issued is not None:  # a reprint: the letter as it was issued, signed as it was
        return _copy(issued, paper, render, restore)
    if legacy_number:  # numbered by an earlier version when it was first printed
        pdf = render(make(legacy_number), office(), paper, copy=True)
        return Printed(kind, legacy_number, pdf, True, case.uuid, hearing=hearing)
    if not issue:
        pdf = render(make(""), office(), paper, draft=True)
        return Printed(kind, "", pdf, False, case.uuid, draft=True, hearing=hearing)
    if via not in SENDING:
        raise ValueError(f"a letter is sent by one of {SENDING}")
    today = office_date(now)
    number = _letter_number(wording, today)
    data = make(number)
    if hasattr(data, "electronic"):
        data = replace(data, electronic=esign.mark(number, case.uuid, today, signatory))
    pdf = render(data, office(), paper)
    # The letter's files are stored before their rows; a refused passphrase or PIN, a TSA that
    # does not answer, or any later failure takes them back with the transaction.
    with files().undone_on_failure() as store:
        digest = store.put(pdf)
        signed = (
            esign.seal(pdf, number, signatory, secret) if getattr(data, "electronic", None) else b""
        )
        outgoing.record_issued(
            number=number,
            kind=kind,
            case=case.uuid,
            hearing=hearing,
            issued_on=today,
            issued_at=now,
            issued_by=actor.uuid,
            subject=getattr(data, "subject", "") or getattr(data, "title", ""),
            addressee="\n".join(getattr(data, "addressee", [])),
            signatory_name=signatory.name,
            signatory_position=signatory.position,
            signatory_nip=signatory.nip,
            signatory_on_behalf=signatory.on_behalf,
            sent_via=via,
            sha256=digest,
            content={"paper": paper, "data": data.as_dict()},
        )
        if signed:
            outgoing.record_signed(number, store.put(signed))
            pdf = signed
        kind_of_event, payload = event or ("case.letter_issued", {})
        payload = {"number": number, "kind": kind, "sha256": digest, **payload}
        if hearing:
            payload["hearing"] = hearing
        caselog.append(case, kind_of_event, payload, actor, now)
        return Printed(kind, number, pdf, False, case.uuid, hearing=hearing)


def _letter_number(wording: Mapping[str, Any], today: dt.date) -> str:
    """The next letter number, inside the issuing transaction. An admin who changes how letters
    are numbered (Settings, Letter numbers) may make the count meet numbers it gave before:
    a monthly count started in the middle of a month that the yearly count already numbered
    ("B-1/…/XII/2026" again). Such a number is passed over for the next, never given twice."""
    how = settings.numbering_of("letter")
    # a kind's own codes (letters.wording) before the office's (numbering.security, …)
    parts = {part: str(wording[part]) for part in ("security", "classification") if part in wording}
    while True:
        number = sequences.next_number(how, today, code=str(wording["code"]), **parts)
        if not outgoing.number_taken(number):
            return number


def _copy(
    issued: IssuedLetter,
    paper: str,
    render: Callable[..., bytes] = render_letter,
    restore: Callable[[dict], Any] = LetterData.from_dict,
) -> Printed:
    """A SALINAN of an issued letter: what it said and who signed it, as the register keeps it."""
    if "data" not in issued.content:  # its case was anonymised: the register keeps the number
        raise DomainError("letter.anonymised", number=issued.number)
    pdf = render(restore(issued.content["data"]), office(), paper, copy=True)
    return Printed(issued.kind, issued.number, pdf, True, issued.case_id, hearing=issued.hearing)


def reprint(actor: Actor, number: str) -> Printed:
    """A SALINAN of the letter of the register numbered ``number``, on the paper it was issued
    on; recorded as printed once the window has printed or saved it."""
    from desktop.documents.minutes import MinutesData, render_minutes

    require(actor, EDITORS, "permission.edit")
    with _reading():
        issued = outgoing.by_number(number)
        if issued is None:
            return _reprint_earlier(actor, number)
        paper = issued.content.get("paper") or settings.get("letters.paper")
        if issued.kind == "minutes":
            return _copy(issued, paper, render_minutes, MinutesData.from_dict)
        return _copy(issued, paper)


def _reprint_earlier(actor: Actor, number: str) -> Printed:
    """A SALINAN of a letter an earlier version numbered when it first printed it: made again
    from its case (or meeting), as printing it again does; the number stays its own."""
    from desktop.services.outgoing import NUMBERED_WHEN_PRINTED

    found = outgoing.numbered_when_printed(NUMBERED_WHEN_PRINTED, number=number)
    if not found or found[0].case_id is None:
        raise DomainError("letter.not_found")
    printed = found[0]
    if "#" not in printed.number:
        return print_letter(actor, printed.case_id, printed.kind, record=False)
    tag = printed.number.split("#", 1)[1]
    hearing = hearings.of_case_by_prefix(printed.case_id, tag)
    if hearing is None:
        raise DomainError("letter.not_found")
    if printed.kind == "minutes":
        return print_minutes(actor, hearing.uuid, record=False)
    party = printed.kind.removeprefix("invitation_")
    return print_invitation(actor, hearing.uuid, party, record=False)


def _enclosed(documents: list[str]) -> str:
    """What a forwarded file holds, in words: "formulir pengaduan, fotokopi KTP, …"."""
    names = ["Formulir pengaduan", *(label("document", d) for d in documents)]
    return ", ".join(name[0].lower() + name[1:] for name in names)


def _reading():
    """A draft reads and writes nothing: no write transaction, no lock on the database."""
    return nullcontext()


def _consumer_addressed(person: Complainant) -> list[str]:
    addressee = [
        f"Sdr./Sdri. {person.name}",
        *address_lines(
            person.address,
            person.rt,
            person.rw,
            person.kelurahan,
            person.kecamatan,
            person.city,
            person.province,
            person.postal_code,
        ),
    ]
    return addressee if len(addressee) > 1 else [*addressee, "di tempat"]


def _addressed_to(name: str, address: str) -> list[str]:
    return (
        [f"Pimpinan {name}", *(line for line in address.splitlines() if line.strip())]
        if (address.strip())
        else [f"Pimpinan {name}", "di tempat"]
    )


def print_letter(
    actor: Actor,
    ref: str,
    kind: str,
    paper: str | None = None,
    *,
    now: dt.datetime | None = None,
    issue: bool = False,
    via: str = "post",
    record: bool = True,
    secret: str | None = None,
) -> Printed:
    """A letter of the case (see ``LETTER_STATUSES``): a KONSEP until it is issued
    (``issue=True`` takes its number and registers it), a SALINAN every time after. An issued
    letter or a reprint is recorded as printed unless ``record`` is false (the window records
    it once it is printed or saved)."""
    require(actor, EDITORS, "permission.edit")
    now = now or utcnow()
    paper = paper or settings.get("letters.paper")
    if kind not in LETTER_STATUSES or paper not in PAPERS["letter"]:
        raise ValueError(f"unknown letter {kind!r} or paper {paper!r}")
    today = office_date(now)
    calendar = settings.calendar()
    with write() if issue else _reading():
        case = caselog.load(ref)
        issued_number, _ = _issued_before(case.uuid, kind)
        if kind == "reminder" and not _issued_before(case.uuid, "clarification")[0]:
            raise DomainError("letter.reminder_before_letter")
        if not issued_number and not _applies(kind, case, today):
            raise DomainError("letter.not_applicable", status=case["status"])
        wording = _wording(kind)
        person = party_rows.complainant(case["complainant"])
        business = party_rows.business(case["business"])
        agency = agencies.by_code("KOMDIGI" if kind == "blocking" else case["agency"])
        asked_no, asked_on = ("", None)
        due = calendar.add_working_days(today, settings.due_days("clarification"))
        if kind == "agreement_followup":
            due = calendar.add_working_days(today, settings.due_days("agreement_followup"))
        if kind == "reminder":
            asked_no, asked_on = _issued_before(case.uuid, "clarification")
            # Counted from the day the reminder is issued, and never before the date it follows.
            due = max(
                calendar.add_working_days(today, settings.due_days("reminder")),
                case["stage_due"] or today,
            )
        fields = {
            "complainant": person.name,
            "reg_no": case["reg_no"],
            "received": long_date(office_date(case["received_at"])),
            "product": case["product"].lower(),
            "business": business.name,
            "summary": _summary(case["chronology"], 900),
            "due": long_date(due),
            "due_was": long_date(case["stage_due"]) if case["stage_due"] else "",
            "email": settings.get("office.email"),
            "reason": case["scope_reason"],
            "agency": agency.name if agency else "",
            "site": business.website or f"laman penjualan {business.name}",
            "letter_no": asked_no,
            "letter_date": dated(asked_on) if asked_on else "",
            "enclosed": _enclosed(case["documents"]),
        }
        if kind == "blocking":
            fields["reason"] = _blocking_reason(case.uuid)
        details: list[tuple[str, str]] = []
        if kind == "agreement_followup":
            from desktop.services.agreements import followup_fields

            agreed, details = followup_fields(case.uuid)
            fields.update(agreed)
        if kind in ("forwarding", "blocking"):
            addressee = (
                _addressed_to(agency.name, "\n".join(agency_address(form_of(agency))))
                if agency
                else ["di tempat"]
            )
        elif kind == "bpsk_referral":
            from desktop.services.referral import bpsk_fields

            fields.update(bpsk_fields(case, person))
            addressee = _consumer_addressed(person)
        else:
            addressee = _addressed_to(business.name, business.address)
        signatory = _signatory()

        def make(number: str) -> LetterData:
            return LetterData(
                number=number,
                place_date=f"{settings.get('office.city')}, {dated(today)}",
                subject=str(wording["subject"]),
                addressee=addressee,
                nature="Segera" if kind in ("reminder", "blocking", *NEW_DATE) else "Biasa",
                attachments=str(wording.get("attachments", "-")),
                body=[str(p).format(**fields) for p in wording["body"]],
                signatory=signatory,
                copies=[str(c).format(**fields) for c in wording["copies"]],
                details=details,
            )

        event = ("case.reminder_sent", {"due": due.isoformat()}) if kind in NEW_DATE else None
        printed = _issue(
            actor, case, kind, make=make, signatory=signatory, wording=wording, paper=paper,
            issue=issue, via=via, now=now, event=event, secret=secret,
        )  # fmt: skip
    if record and not printed.draft:
        record_print(actor, printed, now=now)
    return printed


def _blocking_reason(case_uuid: str) -> str:
    payload = next(cases.payloads(case_uuid, "case.blocking_recommended"), None)
    return payload["reason"] if payload else ""


def _incoming(letter_uuid: str):
    from desktop.documents.incoming import IncomingData

    letter = register.by_uuid_or_agenda(letter_uuid)
    if letter is None:
        raise DomainError("letter.not_found")
    officer = accounts.by_uuid(letter.registered_by_id)
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
        earlier = prints.printed_as(kind, letter.agenda_no)
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
    hearing = hearings.by_uuid(hearing_uuid)
    if hearing is None:
        raise DomainError("hearing.not_found")
    case = caselog.load(hearing.case_id)
    person = party_rows.complainant(case["complainant"])
    business = party_rows.business(case["business"])
    mediator = accounts.by_uuid(hearing.mediator_id) if hearing.mediator_id else None
    return hearing, case, person, business, mediator


def _tag(hearing_uuid: str) -> str:
    # A print record has no hearing column: the hearing rides on the recorded number
    # ("12/PKTN.4/UND/XI/2026#1a2b3c4d"), so each meeting's papers keep their own numbers.
    return f"#{hearing_uuid[:8]}"


MEETINGS = {
    "clarification": ("Klarifikasi", "klarifikasi atas pengaduan tersebut"),
    "mediation": ("Mediasi", "mediasi untuk menyelesaikan sengketa secara musyawarah"),
}


def _postponed_from(case_uuid: str, hearing_uuid: str) -> tuple[str, str] | None:
    """The meeting this one replaces when it was postponed, and why: (uuid, reason)."""
    for event in cases.events_of_kind(case_uuid, "case.hearing_postponed"):
        if event.payload.get("to") == hearing_uuid:
            return event.payload["hearing"], event.payload.get("reason", "")
    return None


def print_invitation(
    actor: Actor,
    hearing_uuid: str,
    party: str,
    *,
    now: dt.datetime | None = None,
    record: bool = True,
    issue: bool = False,
    via: str = "post",
    secret: str | None = None,
) -> Printed:
    """The summons to one party of a meeting (``business`` or ``consumer``): a KONSEP until it
    is issued, a SALINAN after. A reprint is recorded as printed unless ``record`` is false
    (the window records it once it is printed or saved); ``secret`` as for ``print_letter``."""

    require(actor, EDITORS, "permission.edit")
    if issue:  # a numbered summons binds the office to a meeting: the planners' to send
        require(actor, scheduling.PLANNERS, scheduling.REFUSED["summons"])
    if party not in ("business", "consumer"):
        raise ValueError("party must be business or consumer")
    now = now or utcnow()
    kind = f"invitation_{party}"
    with write() if issue else _reading():
        hearing, case, person, business, mediator = _meeting(hearing_uuid)
        wording = _wording("invitation")
        today = office_date(now)
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
        body = [str(p) for p in wording["body"]]
        moved = _postponed_from(case.uuid, hearing.uuid)
        if moved is not None:
            old = hearings.by_uuid(moved[0])
            if old is None:  # the history names a meeting the file no longer holds
                raise DomainError("hearing.not_found")
            number, on = _issued_before(case.uuid, kind, old.uuid)
            fields["earlier"] = (
                f"surat kami nomor {number} tanggal {dated(on)}" if number else "undangan kami"
            )
            fields["day_was"] = long_date(to_local(old.starts_at).date())
            fields["because"] = f" karena {moved[1].rstrip('.')}" if moved[1] else ""
            body[0] = str(wording["postponed"])
        if party == "business":
            addressee = _addressed_to(business.name, business.address)
        else:
            addressee = _consumer_addressed(person)
        details = [
            ("Hari/tanggal", fields["day"]),
            ("Pukul", f"{fields['time']} WIB s.d. selesai"),
            ("Tempat", f"{hearing.room}, {fields['address']}"),
            ("Acara", agenda[0].upper() + agenda[1:]),
        ]
        signatory = _signatory()

        def make(number: str) -> LetterData:
            return LetterData(
                number=number,
                place_date=f"{settings.get('office.city')}, {dated(today)}",
                subject=str(wording["subject"]).format(meeting=f"{title} Pengaduan Konsumen"),
                addressee=addressee,
                nature="Segera",
                body=[p.format(**fields) for p in body],
                signatory=signatory,
                details=details,
            )

        paper = settings.get("letters.paper")
        printed = _issue(
            actor, case, kind, make=make, signatory=signatory, wording=wording, paper=paper,
            issue=issue, via=via, now=now, hearing=hearing.uuid, secret=secret,
        )  # fmt: skip
    if record and not printed.draft:
        record_print(actor, printed, now=now)
    return printed


def print_minutes(
    actor: Actor,
    hearing_uuid: str,
    *,
    now: dt.datetime | None = None,
    record: bool = True,
    issue: bool = False,
) -> Printed:
    """The berita acara of a meeting whose result is recorded: a KONSEP until it is issued
    (numbered, in the register), a SALINAN after."""
    from desktop.documents.minutes import MinutesData, Party, render_minutes

    require(actor, EDITORS, "permission.edit")
    now = now or utcnow()
    with write() if issue else _reading():
        hearing, case, person, business, mediator = _meeting(hearing_uuid)
        if hearing.status != "held":
            raise DomainError("minutes.not_held")
        where = office()
        came = hearings.came(hearing_uuid)
        absent = {"consumer": {"consumer", "both"}, "business": {"business", "both"}}
        start = to_local(hearing.starts_at)
        title, _agenda = MEETINGS[hearing.kind]
        weekday = long_date(start.date()).split(",")[0]
        representative = came.get("business")
        data = MinutesData(
            title=f"BERITA ACARA {title.upper()}",
            number="",
            opening=(
                f"Pada hari ini {weekday} tanggal {dated(start.date())}, pukul "
                f"{start:%H.%M} WIB, bertempat di {hearing.room}, {where.address}, "
                f"telah dilaksanakan {title.lower()} atas pengaduan konsumen dengan nomor "
                f"registrasi {case['reg_no']} mengenai {case['product'].lower()}, antara:"
            ),
            consumer=Party(
                "Pihak Konsumen",
                came["consumer"].name if "consumer" in came else person.name,
                f"NIK {identity.mask_nik(person.nik)}" if person.nik else "",
                hearing.absent not in absent["consumer"],
            ),
            business=Party(
                "Pihak Pelaku Usaha",
                business.name + (f" (diwakili {representative.name})" if representative else ""),
                business.address,
                hearing.absent not in absent["business"],
                signer=representative.name if representative else "",
                capacity=(representative.note.strip() if representative else "")
                or f"Wakil {business.name}",
            ),
            mediator=mediator.full_name if mediator else "",
            mediator_nip=mediator.nip if mediator else "",
            result=hearing.result,
            terms=[
                line.strip(" -•\t") for line in hearing.result_note.splitlines() if line.strip()
            ],
            closing_place_date=f"{where.city}, {dated(office_date(hearing.held_at))}",
        )
        signatory = Signatory("Mediator", data.mediator, data.mediator_nip)
        printed = _issue(
            actor,
            case,
            "minutes",
            make=lambda number: replace(data, number=number),
            render=render_minutes,
            restore=MinutesData.from_dict,
            signatory=signatory,
            wording={"code": "BA"},
            paper=settings.get("letters.paper"),
            issue=issue,
            via="hand",
            now=now,
            hearing=hearing.uuid,
        )
    if record and not printed.draft:
        record_print(actor, printed, now=now)
    return printed


def print_attendance(
    actor: Actor, hearing_uuid: str, *, now: dt.datetime | None = None, record: bool = True
) -> Printed:
    """The meeting's attendance list (daftar hadir) with a line for each one to sign."""
    from desktop.documents.minutes import AttendanceData, render_attendance

    require(actor, EDITORS, "permission.edit")
    hearing, case, person, business, mediator = _meeting(hearing_uuid)
    title, agenda = MEETINGS[hearing.kind]
    start = to_local(hearing.starts_at)
    data = AttendanceData(
        title=f"DAFTAR HADIR {title.upper()}",
        case=f"Pengaduan {case['reg_no']}: {person.name} terhadap {business.name}",
        when=[
            ("Hari/tanggal", long_date(start.date())),
            ("Pukul", f"{start:%H.%M} WIB s.d. selesai"),
            ("Tempat", f"{hearing.room}, {settings.get('office.address')}"),
            ("Acara", agenda[0].upper() + agenda[1:]),
        ],
        people=[
            (person.name, "Konsumen"),
            ("", f"Wakil {business.name}"),
            (mediator.full_name if mediator else "", "Mediator"),
        ],
    )
    pdf = render_attendance(data, office(), settings.get("letters.paper"))
    printed = Printed("attendance", case["reg_no"] + _tag(hearing_uuid), pdf, False, case.uuid)
    if record:
        record_print(actor, printed, now=now)
    return printed
