"""Electronic signature of issued letters (TTE): the office's choice, the mark on the letter, the
signing, and the check of a letter handed back (``loket verify``).

The office chooses wet or electronic signature (``signing.mode``, admins). With electronic
signature an issued letter carries "Ditandatangani secara elektronik oleh …" and a QR code with
its verification code instead of the space for a wet signature, and its PDF is signed (PAdES)
with the signatory's key, from a PKCS#12 file or a PKCS#11 token. The passphrase or PIN is
asked, or read from the OS keyring (``desktop.secrets``): never kept in the data folder.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from desktop import secrets
from desktop.documents import signing
from desktop.documents.letter import Electronic, Signatory
from desktop.domain.errors import DomainError
from desktop.domain.formatting import dated, office_time
from desktop.domain.workflow import Role
from desktop.services import settings
from desktop.services.context import Actor, require
from desktop.store import outgoing
from desktop.store.models import IssuedLetter

MODES = ("wet", "electronic")
SOURCES = ("pkcs12", "pkcs11")


def electronic() -> bool:
    return settings.get("signing.mode") == "electronic"


def key_source() -> signing.KeySource:
    return signing.KeySource(
        settings.get("signing.source"),
        settings.get("signing.path"),
        settings.get("signing.token"),
        settings.get("signing.key"),
    )


def choice() -> dict[str, str]:
    """The office's choice as ``choose`` takes it (for the settings dialog)."""
    return {
        "mode": settings.get("signing.mode"),
        "source": settings.get("signing.source"),
        "path": settings.get("signing.path"),
        "token": settings.get("signing.token"),
        "key": settings.get("signing.key"),
        "trust_roots": settings.get("signing.trust_roots"),
        "tsa_url": settings.get("signing.tsa_url"),
    }


def choose(
    actor: Actor,
    mode: str,
    *,
    source: str = "pkcs12",
    path: str = "",
    token: str = "",
    key: str = "",
    trust_roots: str = "",
    tsa_url: str = "",
) -> None:
    """The office's choice of signature (admins only): ``wet``, or ``electronic`` with where the
    signatory's key is, the PEM file of the authorities a signed letter is checked against and,
    for signatures timestamped (PAdES B-T), the address of its timestamp authority."""
    require(actor, {Role.ADMIN}, "permission.admin")
    if mode not in MODES:
        raise DomainError("signing.unknown_mode", mode=mode)
    tsa_url = tsa_url.strip()
    if tsa_url and not tsa_url.startswith(("http://", "https://")):
        raise DomainError("signing.bad_tsa_url", url=tsa_url)
    if mode == "electronic":
        if source not in SOURCES:
            raise DomainError("signing.unknown_source", detail=source)
        if not path:
            raise DomainError("signing.no_key_file", detail="")
        if source == "pkcs11" and not (token and key):
            raise DomainError("signing.token_labels")
    settings.put_all(
        actor,
        {
            "signing.source": source,
            "signing.path": path,
            "signing.token": token,
            "signing.key": key,
            "signing.trust_roots": trust_roots,
            "signing.tsa_url": tsa_url,
            "signing.mode": mode,
        },
    )


def remember_secret(secret: str) -> None:
    """Keep the signing key's passphrase or PIN in the OS keyring, so issuing does not ask."""
    try:
        secrets.save(key_source().secret_name, secret)
    except secrets.NoKeyring as e:
        raise DomainError("secrets.no_keyring", detail=str(e)) from None


def verification_code(number: str, case_uuid: str) -> str:
    """The code printed on the letter and in its QR code: twelve letters and digits drawn from
    the number and the case, the same for the original and every copy ("ABCD-EFGH-JKLM")."""
    digest = hashlib.sha256(f"{number}\n{case_uuid}".encode()).digest()
    code = base64.b32encode(digest).decode()[:12]
    return "-".join(code[i : i + 4] for i in range(0, 12, 4))


def mark(number: str, case_uuid: str, issued: dt.date, signatory: Signatory) -> Electronic | None:
    """What an electronically signed letter shows instead of the wet signature's space, or
    None when the office signs by hand."""
    if not electronic():
        return None
    code = verification_code(number, case_uuid)
    return Electronic(
        signed_on=dated(issued),
        code=code,
        # Short, so that a phone reads it at 22 mm: the register has the rest.
        qr=f"Surat nomor {number}\nKode verifikasi {code}\nTTE: {signatory.name}",
    )


def seal(pdf: bytes, number: str, signatory: Signatory, secret: str | None = None) -> bytes:
    """The letter's PDF signed with the office's key; ``secret`` (passphrase or PIN) when it was
    asked, else the one in the OS keyring."""
    source = key_source()
    if not secret:
        try:
            secret = secrets.load(source.secret_name)
        except secrets.NoKeyring as e:
            raise DomainError("secrets.no_keyring", detail=str(e)) from None
    if not secret:
        raise DomainError("signing.no_secret")
    try:
        return signing.sign_pdf(
            pdf,
            source,
            secret,
            name=signatory.name,
            reason=f"Surat nomor {number}",
            location=settings.get("office.city"),
            tsa_url=settings.get("signing.tsa_url"),
        )
    except signing.SigningFailed as e:
        raise DomainError(e.code, detail=e.detail) from e


@dataclass(frozen=True)
class Checked:
    """The answer of ``verify``: ``problem`` is empty for a good letter, else a message code
    rendered with ``params``."""

    problem: str
    verdict: signing.Verdict
    letter: IssuedLetter | None  # the register's row of the letter
    params: dict

    @property
    def ok(self) -> bool:
        return not self.problem


def trust_roots(path: str | Path | None = None):
    """The authorities a signed letter must chain to: the PEM file named, or the office's."""
    path = path or settings.get("signing.trust_roots")
    if not path:
        raise DomainError("verify.no_trust_roots")
    try:
        return signing.trust_roots(Path(path).read_bytes())
    except OSError as e:
        raise DomainError("verify.trust_roots_unreadable", path=str(path), detail=e.strerror) from e
    except ValueError as e:
        raise DomainError("verify.trust_roots_unreadable", path=str(path), detail=str(e)) from e


def verify(pdf: bytes, roots_path: str | Path | None = None, at: dt.datetime | None = None):
    """Whether ``pdf`` is a letter this office issued and signed, as it was issued: the signature
    holds against the trust roots, and the register has the letter by its hash and number."""
    verdict = signing.verify_pdf(pdf, trust_roots(roots_path), at)
    params = {"signer": verdict.signer, "number": verdict.subject}
    if not verdict.ok:
        return Checked(verdict.problem, verdict, None, params)
    letter = outgoing.by_hash(hashlib.sha256(pdf).hexdigest())
    if letter is None:
        known = verdict.subject and outgoing.by_number(verdict.subject) is not None
        problem = "verify.not_the_issued_file" if known else "verify.not_registered"
        return Checked(problem, verdict, None, params)
    if verdict.subject and verdict.subject != letter.number:
        return Checked("verify.number_mismatch", verdict, letter, params)
    params.update(number=letter.number, issued=dated(letter.issued_on))
    if verdict.timestamped_at is not None:
        params.update(
            tsa=verdict.timestamp_by,
            at=office_time(verdict.timestamped_at, "id", "d MMMM y, HH.mm.ss"),
        )
    return Checked("", verdict, letter, params)
