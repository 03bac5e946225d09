"""The incoming-letter register (surat masuk): agenda numbers, senders, the scans."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain import identity
from desktop.domain.errors import DomainError, FieldError, ValidationFailed
from desktop.domain.messages import render
from desktop.domain.workdays import office_date, office_days
from desktop.domain.workflow import REGISTRARS
from desktop.scanning import ocr, pages
from desktop.scanning.files import Inspected
from desktop.services import settings
from desktop.services.attachments import checked, files
from desktop.services.caselog import audit
from desktop.services.context import Actor, require, write
from desktop.store import attachments as stored
from desktop.store import cases, search, sequences
from desktop.store import letters as register
from desktop.store.files import Store
from desktop.store.models import IncomingLetter, new_uuid, utcnow

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
    removed: tuple[str, ...] = ()  # what neutralising took out of its files: safe copies kept


def _unreadable(text: str) -> bool:
    """Bytes that were not UTF-8 (a command line's ``os.fsdecode`` makes them surrogates)."""
    return any("\ud800" <= c <= "\udfff" for c in text)


def _check(form: LetterForm, today: dt.date) -> dict:
    errors = [
        FieldError(f"letter.{name}", "text.bad_characters")
        for name in ("sender_name", "sender_address", "letter_no", "subject")
        if _unreadable(getattr(form, name))
    ]
    if errors:
        raise ValidationFailed(errors)
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
    scans: list[tuple[str, bytes] | Inspected],
    *,
    now: dt.datetime | None = None,
) -> RegisteredLetter:
    """A letter that came in, with its scanned pages; the agenda number is given at once."""
    require(actor, REGISTRARS, "permission.register")
    now = now or utcnow()
    clean = _check(form, office_date(now))
    if not scans:
        raise ValidationFailed([FieldError("letter.scan", "letter.no_scan")])
    # A file checked already (off the database worker, by ``inspect``) is not checked again.
    kept = [scan if isinstance(scan, Inspected) else checked(*scan) for scan in scans]
    store = files()
    with write(), store.undone_on_failure():
        uuid = new_uuid()
        agenda = sequences.next_number(settings.numbering_of("agenda"), office_date(now))
        letter = register.record(
            uuid=uuid,
            agenda_no=agenda,
            received_at=now,
            pages=sum(c.pages for c in kept),
            registered_by=actor.uuid,
            **clean,
        )
        digests = []
        removed: set[str] = set()
        for info in kept:
            digest = store.put(info.data)
            digests.append(digest)
            removed.update(info.removed)
            stored.add(
                uuid=new_uuid(),
                sha256=digest,
                name=info.name,
                mime=info.mime,
                size=info.size,
                letter=uuid,
                created_at=now,
                created_by=actor.uuid,
                removed=",".join(info.removed),
            )
        audit(
            "letter.registered",
            {"letter": uuid, "agenda_no": agenda, "files": digests, "removed": sorted(removed)},
            actor,
            now,
        )
        search.index_letter(letter.id, agenda, clean["sender_name"], clean["subject"], "")
    return RegisteredLetter(
        uuid, agenda, sum(c.pages for c in kept), digests, tuple(sorted(removed))
    )


def letters_between(start: dt.date, end: dt.date) -> list[IncomingLetter]:
    """The register of a period, oldest first (as it is printed)."""
    since, until = office_days(start, end)
    return register.received_between(since, until)


@dataclass(frozen=True)
class Scan:
    """A stored file of a letter, as the OCR worker reads it."""

    attachment: str  # its uuid
    sha256: str
    name: str
    mime: str
    # The file store it is in: the OCR worker reads it from there (the desk's folder, or the
    # office database through a connection of its own thread).
    store: Store


@dataclass(frozen=True)
class ReadScan:
    scan: Scan
    text: str
    searchable: bytes | None = None  # the scan with a text layer, when OCR made one


def scans_of(letter_uuid: str) -> list[Scan]:
    """On the database worker: the letter's files, to be read elsewhere."""
    store = files()
    return [Scan(a.uuid, a.sha256, a.name, a.mime, store) for a in stored.of_letter(letter_uuid)]


def read_scan(scan: Scan, with_ocr: bool) -> ReadScan:
    """Off the database worker (slow): the scan's text; image pages OCR'd into a searchable
    PDF when ``with_ocr``. A PDF that has text on every page keeps it and is not rewritten."""
    data = scan.store.read(scan.sha256)
    pdf = data if scan.mime == "application/pdf" else pages.join(pages.pages_of(scan.name, data))
    texts = ocr.page_texts(pdf)
    if all(texts) or not with_ocr:
        return ReadScan(scan, "\n\n".join(t for t in texts if t))
    made = ocr.searchable(pdf)
    return ReadScan(scan, "\n\n".join(t for t in ocr.page_texts(made) if t), made)


def keep_text(letter_uuid: str, read: list[ReadScan]) -> int:
    """On the database worker: the searchable PDFs replace the scans, the text is indexed;
    returns the characters read."""
    letter = register.by_uuid(letter_uuid)
    if letter is None:
        raise DomainError("letter.not_found")
    store = files()
    with write(), store.undone_on_failure():
        for done in read:
            if done.searchable is None:
                continue
            digest = store.put(done.searchable)
            stem = done.scan.name.rsplit(".", 1)[0]
            stored.replace_file(
                done.scan.attachment,
                done.scan.sha256,
                digest,
                "application/pdf",
                len(done.searchable),
                f"{stem}.pdf",
            )
        text = "\n\n".join(done.text for done in read if done.text)
        search.index_letter(letter.id, letter.agenda_no, letter.sender_name, letter.subject, text)
    return len(text)


def read_letter_text(letter_uuid: str) -> int:
    """Make the letter's scans searchable and index what they say (all three steps at once,
    for the command line; the window runs them on their own workers)."""
    with_ocr = ocr.available()
    return keep_text(letter_uuid, [read_scan(s, with_ocr) for s in scans_of(letter_uuid)])


def ocr_failure(error: Exception, lang: str = "id") -> str:
    """What the officer reads when a scan could not be read: the letter itself is kept."""
    reason = (
        error.reason if isinstance(error, ocr.OcrFailed) else str(error) or type(error).__name__
    )
    return render("letter.ocr_failed", lang, reason=reason)


def removed_from(letter_uuids) -> dict[str, tuple[str, ...]]:
    """What neutralising took out of each letter's files (letters kept as they came: absent)."""
    found: dict[str, set[str]] = {}
    for letter, removed in stored.removed_from_letters(letter_uuids):
        found.setdefault(letter, set()).update(removed.split(","))
    return {letter: tuple(sorted(codes)) for letter, codes in found.items()}


def find_letters(typed: str, limit: int = 50) -> list[IncomingLetter]:
    """Letters whose agenda number, sender, subject or scanned text match, newest first."""
    ids = search.matching_letter_ids(typed, limit)
    if ids is None:
        return register.newest(limit)
    return register.by_ids(ids)


def register_pdf(start: dt.date, end: dt.date) -> bytes:
    """The register of the letters received from ``start`` to ``end``, as a PDF."""
    from desktop.documents.register import RegisterRow, render_register
    from desktop.domain.formatting import dated, office_time
    from desktop.services.letterhead import office

    received = letters_between(start, end)
    numbers = cases.numbers({letter.case_id for letter in received if letter.case_id})
    rows = []
    for letter in received:
        reg_no = numbers.get(letter.case_id) if letter.case_id else None
        rows.append(
            RegisterRow(
                letter.agenda_no,
                office_time(letter.received_at, "id", "dd-MM-y HH.mm"),
                letter.letter_no or "-",
                letter.letter_date.strftime("%d-%m-%Y") if letter.letter_date else "-",
                letter.sender_name,
                letter.subject or "-",
                letter.pages,
                reg_no or "",
            )
        )
    return render_register(rows, f"{dated(start)} s.d. {dated(end)}", office())


def link_case(
    actor: Actor, letter_uuid: str, case_ref: str, *, now: dt.datetime | None = None
) -> str:
    """The case a letter belongs to (a new complaint from it, or one already open)."""
    from desktop.services import caselog

    require(actor, REGISTRARS, "permission.register")
    with write():
        letter = register.by_uuid(letter_uuid)
        if letter is None:
            raise DomainError("letter.not_found")
        case = caselog.load(case_ref)
        letter.case = case.uuid
        letter.save(only=[IncomingLetter.case])
        now = now or utcnow()
        audit("letter.linked", {"letter": letter_uuid, "case": case.uuid}, actor, now)
        # the case's history names the letter received by its agenda number
        linked = {"letter": letter_uuid, "agenda": letter.agenda_no, "sender": letter.sender_name}
        caselog.append(case, "case.letter_linked", linked, actor, now)
    return case["reg_no"]


def letter_pdf(letter_uuid: str) -> bytes:
    """The letter's scan as one PDF, to look at or print again."""
    store = files()
    scans = stored.of_letter(letter_uuid)
    if not scans:
        raise DomainError("letter.not_found")
    if len(scans) == 1 and scans[0].mime == "application/pdf":
        return store.read(scans[0].sha256)  # checked when it came in: shown as it is kept
    found = []
    for scan in scans:
        found += pages.pages_of(scan.name, store.read(scan.sha256))
    return pages.join(found)


def letters_of_case(case_ref: str) -> list[tuple[str, str]]:
    """The incoming letters linked to a case: (agenda number, subject or sender), oldest first."""
    from desktop.services import caselog

    case = caselog.load(case_ref)
    return [(x.agenda_no, x.subject or x.sender_name) for x in register.of_case(case.uuid)]
