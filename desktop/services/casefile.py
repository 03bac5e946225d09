"""The case file as the whole record: every document of a case, each opened as a PDF, and the
case printed whole (berkas pengaduan).

The documents are the evidence the consumer brought (kept in the file store), the letters
issued (the register of outgoing letters, their PDFs in the store), the letters received (the
register of incoming letters), the business actor's written answer and the berita acara.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain import identity
from desktop.domain.errors import DomainError
from desktop.domain.formatting import address_lines, dated, office_time, rupiah
from desktop.domain.history import agency_code, event_text
from desktop.domain.messages import label, render
from desktop.domain.workdays import office_date
from desktop.domain.workflow import EDITORS, OPEN_STATUSES
from desktop.scanning import pages
from desktop.services import caselog, settings
from desktop.services.attachments import files
from desktop.services.context import Actor, require, write
from desktop.store import accounts, agencies, cases, hearings, outgoing
from desktop.store import attachments as stored
from desktop.store import letters as register
from desktop.store import parties as party_rows
from desktop.store.models import (
    Attachment,
    Hearing,
    HistoryEvent,
    utcnow,
)

GROUPS = ("evidence", "letter_out", "letter_in", "answer", "minutes")  # as the tab lists them
_OPEN = {s.value for s in OPEN_STATUSES}


@dataclass(frozen=True)
class CaseDocument:
    """One document of a case as the Documents tab lists it."""

    group: str  # one of GROUPS
    ref: str  # attachment uuid, letter number, agenda number, or the answer event's uuid
    title: str
    detail: str  # when, from or to whom
    on: dt.date
    note: str = ""  # a kept file that is a neutralised copy says so


def documents(ref: str, lang: str = "id") -> list[CaseDocument]:
    """Every document of the case, by group, oldest first within each."""
    from desktop.services.attachments import removed_note

    case = caselog.load(ref)
    names = accounts.full_names()
    answers = cases.events_of_kind(case.uuid, "case.answer_recorded")
    answer_scans = {a.payload.get("attachment") for a in answers} - {None}
    found: list[CaseDocument] = []
    for a in stored.evidence_of(case.uuid):
        if a.uuid in answer_scans:
            continue
        day = office_date(a.created_at)
        found.append(
            CaseDocument(
                "evidence",
                a.uuid,
                a.name,
                f"{dated(day)} · {names.get(a.created_by_id, '')}",
                day,
                removed_note(a.removed, lang),
            )
        )
    for x in outgoing.of_case(case.uuid):
        to = x.addressee.split("\n", 1)[0]
        found.append(
            CaseDocument(
                "minutes" if x.kind == "minutes" else "letter_out",
                x.number,
                f"{label('printed', x.kind, lang)} {x.number}",
                f"{dated(x.issued_on)}" + (f" · {to}" if to else ""),
                x.issued_on,
            )
        )
    for x in register.of_case_as_kept(case.uuid):
        day = office_date(x.received_at)
        found.append(
            CaseDocument(
                "letter_in",
                x.agenda_no,
                f"{x.agenda_no} · {x.subject or x.sender_name}",
                f"{dated(day)} · {x.sender_name}",
                day,
            )
        )
    for a in answers:
        day = dt.date.fromisoformat(a.payload["received"])
        how = (
            "letter"
            if a.payload.get("letter")
            else "scan"
            if a.payload.get("attachment")
            else "typed"
        )
        found.append(
            CaseDocument(
                "answer",
                a.uuid,
                render("casefile.answer", lang, date=dated(day)),
                render(f"casefile.answer_{how}", lang, agenda=a.payload.get("letter", "")),
                day,
            )
        )
    found.sort(key=lambda d: GROUPS.index(d.group))  # stable: oldest first within a group
    return found


def newest_with_documents() -> str | None:
    """The newest case with a document kept or a letter issued (what the screenshot shows)."""
    return cases.newest_with_documents()


def document_pdf(case_ref: str, group: str, ref: str) -> bytes:
    """A document of the case as a PDF the preview shows; one of another case is refused."""
    case = caselog.load(case_ref)
    store = files()
    if group == "evidence":
        kept = stored.of_case(case.uuid, ref)
        if kept is None:
            raise DomainError("document.not_of_case", reg_no=case["reg_no"])
        return _as_pdf(kept)
    if group in ("letter_out", "minutes"):
        x = outgoing.of_case_by_number(case.uuid, ref)
        if x is None:
            raise DomainError("document.not_of_case", reg_no=case["reg_no"])
        return store.read(x.signed_sha256 or x.sha256)
    if group == "letter_in":
        x = register.of_case_by_agenda(case.uuid, ref)
        if x is None:
            raise DomainError("document.not_of_case", reg_no=case["reg_no"])
        from desktop.services.letters import letter_pdf

        return letter_pdf(x.uuid)
    if group == "answer":
        event = cases.event_of(case.uuid, ref)
        if event is None:
            raise DomainError("document.not_of_case", reg_no=case["reg_no"])
        if event.payload.get("attachment"):
            return _as_pdf(stored.by_uuid(event.payload["attachment"]))
        if event.payload.get("letter"):
            return document_pdf(case_ref, "letter_in", event.payload["letter"])
        return _typed_answer_pdf(case, event)
    raise ValueError(f"no such group of documents: {group}")


def _as_pdf(kept: Attachment) -> bytes:
    data = files().read(kept.sha256)
    if kept.mime == "application/pdf":
        return data  # checked (and neutralised if need be) when it came in
    return pages.join(pages.pages_of(kept.name, data))


def _typed_answer_pdf(case: caselog.CaseRecord, event: HistoryEvent) -> bytes:
    from desktop.documents.case_file import render_note
    from desktop.services.printing import office

    business = party_rows.business(case["business"])
    received = dt.date.fromisoformat(event.payload["received"])
    who = accounts.by_uuid(event.actor_id) if event.actor_id else None
    return render_note(
        "JAWABAN TERTULIS PELAKU USAHA",
        [
            ("Nomor registrasi", case["reg_no"]),
            ("Pelaku usaha", business.name),
            ("Diterima", dated(received)),
            ("Dicatat oleh", who.full_name if who else ""),
        ],
        event.payload.get("text", ""),
        office(),
    )


# -- the berkas pengaduan -------------------------------------------------------------------
def overdue_days(stage_due: dt.date | None, status: str, today: dt.date) -> int:
    """Working days past the stage's due date (0 when not late, or closed)."""
    if stage_due is None or status not in _OPEN or stage_due >= today:
        return 0
    return settings.calendar().working_days_between(stage_due, today)


def print_case_file(
    actor: Actor, ref: str, *, personal: bool = False, now: dt.datetime | None = None
) -> bytes:
    """The whole case on A4 (berkas pengaduan): summary, parties, chronology, history,
    documents, meetings and results. Personal data (NIK, phone, e-mail, street address) is
    masked unless ``personal``; either way the history records the print and the choice."""
    from desktop.documents.case_file import CaseFilePrint, render_case_file
    from desktop.services.printing import office

    require(actor, EDITORS, "permission.edit")
    now = now or utcnow()
    with write():
        case = caselog.load(ref)
        how = render("casefile.unmasked" if personal else "casefile.masked")
        caselog.append(case, "case.file_printed", {"how": how, "personal": personal}, actor, now)
        data = CaseFilePrint(
            reg_no=case["reg_no"],
            printed=f"Dicetak {office_time(now, 'id', 'd MMMM y, HH.mm')} oleh "
            f"{actor.full_name} ({how})",
            sections=_sections(case, personal, now),
        )
    return render_case_file(data, office())


def _sections(case: caselog.CaseRecord, personal: bool, now: dt.datetime) -> list:
    from desktop.documents.case_file import Section

    person = party_rows.complainant(case["complainant"])
    business = party_rows.business(case["business"])
    names = accounts.full_names()
    agency = agencies.by_code(case["agency"]) if case["agency"] else None
    status = label("status_title", case["status"])
    if case["outcome"]:
        status += f" — {label('outcome', case['outcome'])}"
    late = overdue_days(case["stage_due"], case["status"], office_date(now))
    due = dated(case["stage_due"]) if case["stage_due"] and case["status"] in _OPEN else ""
    if late:
        due += " — " + render("casefile.overdue", days=late)
    summary = Section(
        "Ringkasan",
        pairs=[
            ("Nomor registrasi", case["reg_no"]),
            ("Status", status),
            ("Batas tahap ini", due),
            ("Diterima", office_time(case["received_at"], "id", "d MMMM y, HH.mm")),
            ("Saluran", label("channel", case["channel"])),
            ("Dicatat oleh", names.get(case["registered_by"], "")),
            ("Barang/jasa", case["product"]),
            ("Sektor", label("sector", case["sector"])),
            ("Nilai transaksi", rupiah(case["transaction_value"])),
            ("Tuntutan", ", ".join(label("demand", d) for d in case["demands"])),
            ("Dialihkan ke", f"{agency_code(agency.code)} — {agency.name}" if agency else ""),
            ("Catatan penutupan", case["outcome_note"]),
        ],
    )
    nik, phone = person.nik, identity.display_phone(person.phone) if person.phone else ""
    street = person.address
    email = person.email
    if not personal:
        nik = identity.mask_nik(nik) if nik else ""
        phone = identity.mask_phone(person.phone) if person.phone else ""
        street = "(disamarkan)" if street else ""
        email = _mask_email(email)
    place = ", ".join(
        x for x in (person.kelurahan, person.kecamatan, person.city, person.province) if x
    )
    parties = Section(
        "Para pihak",
        pairs=[
            ("Konsumen", person.name),
            ("NIK", nik),
            ("Telepon", phone),
            ("E-mail", email),
            ("Alamat", ", ".join(x for x in (street, place) if x)),
            ("Pelaku usaha", business.name),
            ("Jenis", label("business_kind", business.kind)),
            ("Alamat pelaku usaha", ", ".join(address_lines(business.address))),
            ("Situs/tautan toko", business.website),
        ],
    )
    chronology = Section("Kronologi", text=case["chronology"])
    events = cases.events_of(case.uuid)
    history = Section(
        "Riwayat",
        header=("Waktu", "Kejadian", "Oleh"),
        rows=[
            (
                office_time(e.at, "id", "d MMM y HH.mm"),
                event_text(e.kind, e.payload, "id"),
                names.get(e.actor_id, ""),
            )
            for e in events
        ],
        widths=(0.22, 0.58, 0.20),
    )
    group_names = {g: render(f"casefile.group.{g}") for g in GROUPS}
    handed = [label("document", d) for d in case["documents"]]
    docs = Section(
        "Dokumen",
        header=("Jenis", "Dokumen", "Keterangan"),
        rows=[("Diserahkan saat pengaduan", ", ".join(handed), "")] * bool(handed)
        + [(group_names[d.group], d.title, d.detail) for d in documents(case.uuid)],
        widths=(0.22, 0.43, 0.35),
        empty="Belum ada dokumen.",
    )
    meetings = Section(
        "Sidang dan hasilnya",
        header=("Waktu", "Sidang", "Ruang · mediator", "Status dan hasil"),
        rows=[_meeting_row(h, names) for h in hearings.of_case(case.uuid)],
        widths=(0.18, 0.16, 0.24, 0.42),
        empty="Belum ada sidang.",
    )
    return [summary, parties, chronology, history, docs, meetings]


def _meeting_row(h: Hearing, names: dict[str, str]) -> tuple[str, str, str, str]:
    from desktop.services.hearings import to_local

    start = to_local(h.starts_at)
    result = label("hearing_status", h.status)
    if h.result:
        result = label("result", h.result)
        if h.result_note.strip():
            result += ": " + " ".join(h.result_note.split())
    return (
        f"{dated(start.date())} {start:%H.%M}",
        label("meeting", h.kind),
        f"{h.room} · {names.get(h.mediator_id, '')}",
        result,
    )


def _mask_email(email: str) -> str:
    if "@" not in email:
        return ""
    user, domain = email.split("@", 1)
    return f"{user[:1]}{'*' * max(len(user) - 1, 3)}@{domain}"
