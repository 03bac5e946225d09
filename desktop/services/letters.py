"""The incoming-letter register (surat masuk): agenda numbers, senders, the scans."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain import identity
from desktop.domain.errors import DomainError, FieldError, ValidationFailed
from desktop.domain.workdays import office_date
from desktop.domain.workflow import REGISTRARS
from desktop.scanning.files import FileRefused, inspect
from desktop.services.attachments import files
from desktop.services.caselog import audit
from desktop.services.context import Actor, require, write
from desktop.services.intake import next_number
from desktop.store.models import Attachment, IncomingLetter, new_uuid, utcnow

RECEIVED_VIA = ("post", "courier", "hand")


@dataclass
class LetterForm:
    sender_name: str = ""
    sender_address: str = ""
    letter_no: str = ""
    letter_date: dt.date | str | None = None
    received_via: str = "post"
    subject: str = ""
    enclosures: int = 0


@dataclass(frozen=True)
class RegisteredLetter:
    uuid: str
    agenda_no: str
    pages: int
    files: list[str] = field(default_factory=list)


def _check(form: LetterForm, today: dt.date) -> dict:
    errors = []
    name = " ".join(form.sender_name.split())
    if len(name) < 2:
        errors.append(FieldError("letter.sender_name", "name.too_short"))
    if form.received_via not in RECEIVED_VIA:
        errors.append(FieldError("letter.received_via", "choice.invalid"))
    letter_date = None
    if form.letter_date:
        try:
            letter_date = identity.check_past_date(identity.parse_date(form.letter_date), today)
        except identity.Invalid as e:
            errors.append(FieldError("letter.letter_date", e.code, e.params))
    if form.enclosures < 0:
        errors.append(FieldError("letter.enclosures", "choice.invalid"))
    if errors:
        raise ValidationFailed(errors)
    return {
        "sender_name": name,
        "sender_address": " ".join(form.sender_address.split()),
        "letter_no": form.letter_no.strip(),
        "letter_date": letter_date,
        "received_via": form.received_via,
        "subject": " ".join(form.subject.split()),
        "enclosures": form.enclosures,
    }


def register_letter(
    actor: Actor,
    form: LetterForm,
    scans: list[tuple[str, bytes]],
    *,
    now: dt.datetime | None = None,
) -> RegisteredLetter:
    """A letter that came in, with its scanned pages; the agenda number is given at once."""
    require(actor, REGISTRARS, "permission.register")
    now = now or utcnow()
    clean = _check(form, office_date(now))
    if not scans:
        raise ValidationFailed([FieldError("letter.scan", "letter.no_scan")])
    try:
        checked = [inspect(data, name) for name, data in scans]
    except FileRefused as e:
        raise DomainError(e.code, **e.params) from None
    store = files()
    with write():
        uuid = new_uuid()
        agenda = next_number("agenda", office_date(now))
        IncomingLetter.create(
            uuid=uuid,
            agenda_no=agenda,
            received_at=now,
            pages=sum(c.pages for c in checked),
            registered_by=actor.uuid,
            **clean,
        )
        digests = []
        for (name, data), info in zip(scans, checked, strict=True):
            digest = store.put(data)
            digests.append(digest)
            Attachment.create(
                uuid=new_uuid(),
                sha256=digest,
                name=name,
                mime=info.mime,
                size=info.size,
                letter=uuid,
                created_at=now,
                created_by=actor.uuid,
            )
        audit(
            "letter.registered", {"letter": uuid, "agenda_no": agenda, "files": digests}, actor, now
        )
    return RegisteredLetter(uuid, agenda, sum(c.pages for c in checked), digests)


def letters_between(start: dt.date, end: dt.date) -> list[IncomingLetter]:
    """The register of a period, oldest first (as it is printed)."""
    since = dt.datetime.combine(start, dt.time()) - dt.timedelta(hours=7)
    until = dt.datetime.combine(end, dt.time()) + dt.timedelta(hours=17)
    return list(
        IncomingLetter.select()
        .where((IncomingLetter.received_at >= since) & (IncomingLetter.received_at < until))
        .order_by(IncomingLetter.received_at, IncomingLetter.id)
    )
