"""Delivery of issued letters by e-mail to the business actor and the consumer.

The letter goes as it was issued: the PDF kept in the file store under the hash the register of
outgoing letters has (the signed file's, once signed electronically). Each address gets a mail
of its own over one session with the office's server; the case's history says to whom and when
("dikirim lewat surel ke … pukul …"), and the register that it went by e-mail. The account's
password is in the OS keyring (or given), never in the data folder. The network is not touched
inside a database transaction: read, send, then write what was sent.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop import secrets
from desktop.domain import identity
from desktop.domain.errors import DomainError
from desktop.domain.formatting import dated, office_time
from desktop.domain.messages import label, render
from desktop.domain.workflow import EDITORS, Role
from desktop.mail import smtp
from desktop.services import caselog, settings
from desktop.services.attachments import files
from desktop.services.context import Actor, require, write
from desktop.store import cases, outgoing, person
from desktop.store.models import utcnow


def account() -> smtp.Account:
    host = settings.get("mail.host")
    if not host:
        raise DomainError("mail.not_configured", detail="host")
    return smtp.Account(
        host=host,
        port=int(settings.get("mail.port")),
        security=settings.get("mail.security"),
        username=settings.get("mail.username"),
        sender=settings.get("mail.sender") or settings.get("office.email"),
        ca_bundle=settings.get("mail.ca_bundle"),
    )


def _secret_name(mail: smtp.Account) -> str:
    return f"mail:{mail.username}@{mail.host}"


def configure(
    actor: Actor,
    host: str,
    port: int,
    security: str,
    username: str,
    sender: str = "",
    ca_bundle: str = "",
) -> None:
    """The office's mail account (admins): server, port, TLS, user and sender address."""
    require(actor, {Role.ADMIN}, "permission.admin")
    if security not in smtp.SECURITY:
        raise DomainError("mail.not_configured", detail=f"security {security!r}")
    if not host or not 0 < port < 65536:
        raise DomainError("mail.not_configured", detail=f"{host}:{port}")
    if sender:
        _address(sender)
    settings.put_all(
        actor,
        {
            "mail.host": host,
            "mail.port": port,
            "mail.security": security,
            "mail.username": username,
            "mail.sender": sender,
            "mail.ca_bundle": ca_bundle,
        },
    )


def remember_password(password: str) -> None:
    """Keep the office's mail password in the OS keyring."""
    try:
        secrets.save(_secret_name(account()), password)
    except secrets.NoKeyring as e:
        raise DomainError("secrets.no_keyring", detail=str(e)) from None


def _address(text: str) -> str:
    bare = re.sub(r"^.*<(.+)>\s*$", r"\1", text.strip())
    try:
        return identity.normalize_email(bare)
    except identity.Invalid:
        raise DomainError("mail.bad_address", address=text) from None


def addresses(number: str) -> dict[str, str]:
    """The addresses the desk knows for a letter's parties: the consumer's from the complaint,
    the business actor's from the last time a letter of the case was e-mailed to it."""
    letter = outgoing.by_number(number)
    if letter is None or letter.case_id is None:
        return {}
    case = caselog.load(letter.case_id)
    known = {"consumer": person.email_of(case["complainant"])}
    for payload in cases.payloads(case.uuid, "case.letter_emailed"):
        business = payload.get("parties", {}).get("business")
        if business:
            known["business"] = business
            break
    return {party: address for party, address in known.items() if address}


@dataclass(frozen=True)
class Failure:
    address: str
    code: str  # messages.py, mail.*
    detail: str

    def message(self, lang: str = "id") -> str:
        return render(self.code, lang, address=self.address, detail=self.detail)


@dataclass(frozen=True)
class Sent:
    """What became of a sending: the addresses the server took, and those it refused."""

    number: str
    to: list[str]
    failed: list[Failure] = field(default_factory=list)
    at: dt.datetime | None = None


def _body(letter, office_name: str) -> str:
    return (
        "Dengan hormat,\n\n"
        f"Bersama surel ini kami sampaikan {label('printed', letter.kind).lower()} nomor "
        f"{letter.number} tanggal {dated(letter.issued_on)} perihal {letter.subject}. "
        "Surat terlampir dalam berkas PDF"
        + (" yang ditandatangani secara elektronik." if letter.signature == "electronic" else ".")
        + "\n\nMohon tidak membalas ke alamat ini bila tidak diperlukan; untuk pertanyaan, "
        f"sebutkan nomor surat di atas.\n\nHormat kami,\n{office_name}\n"
    )


def send_letter(
    actor: Actor,
    number: str,
    to: Sequence[str],
    *,
    parties: dict[str, str] | None = None,
    password: str | None = None,
    now: dt.datetime | None = None,
) -> Sent:
    """E-mail the issued letter ``number`` to each address of ``to`` (``parties`` says whose
    they are: consumer, business). Raises DomainError when nothing could be sent (no such
    letter, no account, the server unreachable, TLS or the sign-in refused); a refusal of one
    address comes back in ``Sent.failed`` while the others are sent."""
    require(actor, EDITORS, "permission.edit")
    wanted = list(dict.fromkeys(_address(a) for a in to if a.strip()))
    if not wanted:
        raise DomainError("mail.no_recipient")
    letter = outgoing.by_number(number)
    if letter is None:
        raise DomainError("mail.not_issued", number=number)
    pdf = files().read(letter.signed_sha256 or letter.sha256)
    mail = account()
    if password is None:
        try:
            password = secrets.load(_secret_name(mail))
        except secrets.NoKeyring as e:
            raise DomainError("secrets.no_keyring", detail=str(e)) from None
        if not password and mail.username:
            raise DomainError("mail.no_password", account=f"{mail.username}@{mail.host}")
    subject = f"{letter.subject} (Nomor {letter.number})"
    filename = "Surat " + re.sub(r"[^\w.-]+", "-", letter.number) + ".pdf"
    body = _body(letter, settings.get("office.name"))
    taken: list[str] = []
    failed: list[Failure] = []
    try:
        with smtp.session(mail, password or "") as send:
            for address in wanted:
                try:
                    send(smtp.letter_message(mail.sender, [address], subject, body, pdf, filename))
                    taken.append(address)
                except smtp.MailFailed as e:
                    failed.append(Failure(address, e.code, e.detail))
    except smtp.MailFailed as e:
        raise DomainError(e.code, detail=e.detail, address=", ".join(wanted)) from e
    at = now or utcnow()
    if taken:
        whose = {_address(v): k for k, v in (parties or {}).items() if v}
        with write():
            if letter.case_id:
                caselog.append(
                    caselog.load(letter.case_id),
                    "case.letter_emailed",
                    {
                        "number": letter.number,
                        "to": taken,
                        "parties": {whose[a]: a for a in taken if a in whose},
                        "time": office_time(at, "en", "HH.mm"),  # the office's clock
                    },
                    actor,
                    at,
                )
            outgoing.record_sending(letter.number, "email")
    return Sent(letter.number, taken, failed, at)
