"""Office settings: stored as JSON in the database, with documented defaults."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.domain import numbering
from desktop.domain.errors import DomainError
from desktop.domain.workdays import WorkCalendar
from desktop.domain.workflow import Role
from desktop.services.context import Actor, require, write
from desktop.store import config, sequences

# Working days each stage may take before it is due (README, "Due dates"): the office may change
# them; a change applies to stages entered afterwards.
DEFAULT_DUE_DAYS = {
    "received": 2,  # the analyst picks the case up
    "analysis": 7,  # completeness, scope, decision
    "waiting": 14,  # the consumer completes the documents
    "clarification": 14,  # the business actor answers the clarification letter
    "mediation": 21,  # the parties meet and settle
    "reminder": 5,  # the business actor's second chance, once reminded of an overdue answer
    "agreement_followup": 7,  # the business carries out an agreement it let lapse, once asked
}

DEFAULTS: dict[str, Any] = {
    "office.name": "Direktorat Pemberdayaan Konsumen",
    "office.ministry": "Kementerian Perdagangan Republik Indonesia",
    "office.directorate_general": "Direktorat Jenderal Perlindungan Konsumen dan Tertib Niaga",
    "office.address": "Jl. M.I. Ridwan Rais No. 5, Jakarta Pusat 10110",
    "office.city": "Jakarta",
    "office.phone": "(021) 3858171",
    "office.whatsapp": "",  # none unless the office sets one
    "office.email": "pengaduan.konsumen@kemendag.go.id",
    "office.website": "simpktn.kemendag.go.id",
    "counter.code": "LK1",
    # Minutes without a key or a click before the desk hides its window behind the sign-in
    # (a counter PC stands in a public room).
    "desk.lock_minutes": 10,
    # Whole years after closing that a case keeps its personal data (UU 27/2022 art. 43-44);
    # then `loket retention --apply` anonymises it (domain.anonymity).
    "retention.years": 5,
    "due_days": DEFAULT_DUE_DAYS,
    "numbering.templates": numbering.DEFAULT_TEMPLATES,
    "numbering.restart": numbering.DEFAULT_RESTARTS,  # per kind: "year", "month" or ""
    "numbering.unit": "PKTN.4",  # the issuing unit's code in a letter's number
    # A letter's security code (B biasa, R rahasia) and archive classification code, unless
    # its kind has its own in letters.wording.
    "numbering.security": "B",
    "numbering.classification": "",
    "calendar.extra_closed": [],
    "ui.language": "id",
    "sync.server": "",  # the central server's address; empty until the desk is enrolled
    "sync.ca_bundle": "",  # a PEM file of the office's own certificate authority, if any
    "signatory.position": "Direktur Pemberdayaan Konsumen",
    "signatory.name": "Nama Pejabat Penandatangan",
    "signatory.nip": "",
    "signatory.on_behalf": "a.n. Direktur Jenderal Perlindungan Konsumen dan Tertib Niaga",
    "letters.paper": "a4",
    # Wet or electronic signature (TTE) of issued letters, and where the signatory's key is: a
    # PKCS#12 file (signing.path), or a PKCS#11 token (signing.path is its module; token and key
    # are labels). Its passphrase or PIN is never here: it is asked, or in the OS keyring.
    "signing.mode": "wet",
    "signing.source": "pkcs12",
    "signing.path": "",
    "signing.token": "",
    "signing.key": "",
    "signing.trust_roots": "",  # a PEM file of the authorities signed letters are checked against
    "signing.tsa_url": "",  # an RFC 3161 timestamp authority: signatures become PAdES B-T
    # The office's mail account for sending issued letters; its password is in the OS keyring.
    "mail.host": "",
    "mail.port": 587,
    "mail.security": "starttls",  # or tls (implicit TLS, usually port 465)
    "mail.username": "",
    "mail.sender": "",  # the From address; the office's e-mail address when empty
    "mail.ca_bundle": "",  # a PEM file of the mail server's private CA, if it has one
    "letters.wording": {},
    # Daily backups: the folder (a USB disk, a network share) and the public half of the
    # office's backup key (age X25519); the secret half is in the office's safe, never here.
    "backup.folder": "",
    "backup.recipient": "",
    "hearing.rooms": ["Ruang Mediasi 1", "Ruang Mediasi 2", "Ruang Klarifikasi"],
}


SUPERVISED = frozenset({"sync.server", "sync.ca_bundle"})

_cache: dict[str, Any] = {}


def get(key: str) -> Any:
    """A setting's value; read once per process (services read them on every case)."""
    if key not in _cache:
        _cache[key] = config.get(key, DEFAULTS.get(key))
    return _cache[key]


def forget() -> None:
    """Drop what was read, e.g. when another database is opened."""
    _cache.clear()


def put(actor: Actor, key: str, value: Any) -> None:
    # The office's settings are an admin's (README: Settings); a supervisor may enrol the desk.
    may = {Role.ADMIN, Role.SUPERVISOR} if key in SUPERVISED else {Role.ADMIN}
    require(actor, may, "permission.admin")
    if key == "numbering.templates":
        for kind, pattern in value.items():
            numbering.Template(kind, pattern)  # raises a DomainError for a bad template
    if key == "numbering.restart":
        for kind, restart in value.items():
            numbering.Template(kind, "{seq}", restart)
    if key == "numbering.security" and value not in numbering.SECURITY:
        raise DomainError("numbering.bad_security", security=value)
    if key not in DEFAULTS:
        raise DomainError("settings.unknown", key=key)
    with write():
        config.put(key, value)
    _cache.pop(key, None)


def put_all(actor: Actor, values: dict[str, Any]) -> None:
    """Several settings in one transaction: all of them or none."""
    with write():
        for key, value in values.items():
            put(actor, key, value)


def calendar() -> WorkCalendar:
    return WorkCalendar(dt.date.fromisoformat(d) for d in get("calendar.extra_closed"))


def due_days(stage: str) -> int:
    return int({**DEFAULT_DUE_DAYS, **get("due_days")}[stage])


def template(kind: str) -> numbering.Template:
    return numbering.Template(
        kind,
        {**numbering.DEFAULT_TEMPLATES, **get("numbering.templates")}[kind],
        {**numbering.DEFAULT_RESTARTS, **get("numbering.restart")}.get(kind, ""),
    )


def numbering_of(kind: str) -> sequences.Numbering:
    """How this office makes the numbers of a kind (registration, agenda, letter)."""
    return sequences.Numbering(
        template(kind),
        get("counter.code"),
        get("numbering.unit"),
        get("numbering.security"),
        get("numbering.classification"),
    )


@dataclass(frozen=True)
class LetterNumbering:
    """The parts of an outgoing letter's number an admin chooses (Settings, Letter numbers)."""

    template: str
    restart: str  # "year" or "month" ("": each period the number shows)
    unit: str
    classification: str
    security: str  # B or R


def letter_numbering() -> LetterNumbering:
    made = template("letter")
    return LetterNumbering(
        made.pattern,
        made.restart,
        get("numbering.unit"),
        get("numbering.classification"),
        get("numbering.security"),
    )


def save_letter_numbering(actor: Actor, form: LetterNumbering) -> None:
    """All the parts or none; the next letter issued is numbered by them. Numbers already given
    stay as they are (store.sequences.next_value)."""
    numbering.Template("letter", form.template, form.restart)  # the pattern with its restart
    put_all(
        actor,
        {
            "numbering.templates": {**get("numbering.templates"), "letter": form.template},
            "numbering.restart": {**get("numbering.restart"), "letter": form.restart},
            "numbering.unit": form.unit.strip(),
            "numbering.classification": form.classification.strip(),
            "numbering.security": form.security,
        },
    )
