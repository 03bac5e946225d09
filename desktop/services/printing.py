"""Printing: gather a document's data, render it, and record that it was printed.

Every print is recorded (kind, number, case, SHA-256 of the PDF, who, when); the second and
later prints of the same document are marked SALINAN.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from desktop.documents.common import Office
from desktop.documents.receipt import ReceiptData, render_receipt
from desktop.domain import identity
from desktop.domain.formatting import long_date, office_time
from desktop.domain.messages import label
from desktop.domain.workflow import EDITORS
from desktop.services import caselog, settings
from desktop.services.context import Actor, require, write
from desktop.store.models import (
    BusinessActor,
    Complainant,
    PrintedDocument,
    Staff,
    new_uuid,
    utcnow,
)

PAPERS = {"receipt": ("a5", "thermal")}


@dataclass(frozen=True)
class Printed:
    kind: str
    number: str
    pdf: bytes
    is_copy: bool


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
    actor: Actor, ref: str, paper: str = "a5", *, now: dt.datetime | None = None
) -> Printed:
    """The complaint's receipt; recorded, and marked SALINAN from the second print on."""
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
        PrintedDocument.create(
            uuid=new_uuid(),
            kind="receipt",
            number=data.reg_no,
            case=case.uuid,
            sha256=hashlib.sha256(pdf).hexdigest(),
            is_copy=earlier,
            printed_by=actor.uuid,
            printed_at=now or utcnow(),
        )
    return Printed("receipt", data.reg_no, pdf, earlier)
