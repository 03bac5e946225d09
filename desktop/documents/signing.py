"""Electronic signatures on issued letters (PAdES, with pyHanko) and their verification.

The signatory's key is in a PKCS#12 file or on a PKCS#11 token (a smart card, an HSM, SoftHSM
in the tests); its passphrase or PIN is handed in by the caller (asked, or from the OS keyring),
never read from the data folder. Verification checks the signature against the office's trust
roots (a PEM file) and says in one plain word what is wrong when something is: the file was
changed, its signer is not from a known authority, the certificate had expired.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import warnings
from dataclasses import dataclass, replace
from pathlib import Path

from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from cryptography.utils import CryptographyDeprecationWarning

# pyHanko imports DSA, which cryptography 51 and later deprecate with a warning on stderr at
# import: an officer would read two lines of Python before the command's own answer. Letters
# are signed with RSA or ECDSA keys; DSA is never used here.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", category=CryptographyDeprecationWarning)
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields, signers
    from pyhanko.sign.ades.report import AdESIndeterminate, AdESSubIndic
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

# pyHanko logs each failed path with its traceback; the verdict below says it in words, and an
# application that wants the detail configures the root logger (the desk's log file does).
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

FIELD = "TandaTanganElektronik"


@dataclass(frozen=True)
class KeySource:
    """Where the signatory's key is: ``pkcs12`` (``path`` is the .p12/.pfx file) or ``pkcs11``
    (``path`` is the token's module, e.g. libsofthsm2.so; ``token`` and ``key`` are labels)."""

    kind: str
    path: str
    token: str = ""
    key: str = ""

    @property
    def secret_name(self) -> str:
        """What its passphrase or PIN is filed under in the keyring."""
        if self.kind == "pkcs11":
            return f"signing:pkcs11:{self.token}/{self.key}"
        return f"signing:pkcs12:{Path(self.path).resolve()}"


class SigningFailed(Exception):
    """The letter could not be signed; ``code`` names why (messages.py, ``signing.*``)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


def _pkcs12_signer(source: KeySource, secret: str) -> signers.Signer:
    try:
        data = Path(source.path).read_bytes()
    except OSError as e:
        raise SigningFailed("signing.no_key_file", str(e.filename or source.path)) from e
    try:
        return signers.SimpleSigner.load_pkcs12_data(data, [], passphrase=secret.encode())
    except ValueError as e:
        raise SigningFailed("signing.wrong_passphrase", source.path) from e


def _timestamper(tsa_url: str):
    """The office's timestamp authority (RFC 3161 over HTTP), or None for a B-B signature."""
    if not tsa_url:
        return None
    from pyhanko.sign.timestamps import HTTPTimeStamper

    return HTTPTimeStamper(tsa_url, timeout=15)


def _sign(
    pdf: bytes, signer: signers.Signer, name: str, reason: str, location: str, tsa_url: str = ""
) -> bytes:
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError

    meta = signers.PdfSignatureMetadata(
        field_name=FIELD,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        name=name,
        reason=reason,
        location=location,
    )
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        signed = signers.sign_pdf(writer, meta, signer=signer, timestamper=_timestamper(tsa_url))
        return signed.getvalue()
    except TimestampRequestError as e:
        cause = e.__cause__ or e
        raise SigningFailed("signing.tsa_failed", f"{tsa_url}: {cause}") from e
    except PdfError as e:
        raise SigningFailed("signing.bad_pdf", str(e)) from e


def sign_pdf(
    pdf: bytes,
    source: KeySource,
    secret: str,
    *,
    name: str,
    reason: str,
    location: str,
    tsa_url: str = "",
) -> bytes:
    """``pdf`` with a PAdES signature by the key at ``source``, the whole file covered: B-B, or
    B-T with a timestamp of the authority at ``tsa_url`` (proof of when it was signed that
    outlives the certificate)."""
    if source.kind == "pkcs12":
        return _sign(pdf, _pkcs12_signer(source, secret), name, reason, location, tsa_url)
    if source.kind != "pkcs11":
        raise SigningFailed("signing.unknown_source", source.kind)
    from pkcs11 import exceptions as p11_errors
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.sign.pkcs11 import PKCS11Error, PKCS11Signer, open_pkcs11_session

    try:
        session = open_pkcs11_session(
            source.path, token_criteria=TokenCriteria(label=source.token), user_pin=secret
        )
    except (p11_errors.PinIncorrect, p11_errors.PinInvalid, p11_errors.PinLenRange) as e:
        raise SigningFailed("signing.wrong_pin", source.token) from e
    except PKCS11Error as e:
        raise SigningFailed("signing.no_token", source.token) from e
    except (OSError, RuntimeError, p11_errors.PKCS11Error) as e:
        raise SigningFailed("signing.token_failed", f"{source.path}: {e}") from e
    try:
        signer = PKCS11Signer(session, cert_label=source.key, key_label=source.key)
        return _sign(pdf, signer, name, reason, location, tsa_url)
    except (PKCS11Error, p11_errors.PKCS11Error) as e:
        raise SigningFailed("signing.no_key_on_token", source.key) from e
    finally:
        session.close()


@dataclass(frozen=True)
class Verdict:
    """What a signed file says about itself. ``problem`` is empty for a good signature, else a
    code of messages.py (``verify.*``)."""

    problem: str
    signer: str = ""  # the certificate's common name
    signed_at: dt.datetime | None = None
    subject: str = ""  # the PDF's /Subject: the letter's number, as render_letter writes it
    timestamped_at: dt.datetime | None = None  # by the timestamp authority (B-T), if any
    timestamp_by: str = ""  # the authority's common name

    @property
    def ok(self) -> bool:
        return not self.problem


def trust_roots(pem_data: bytes) -> list[asn1_x509.Certificate]:
    """The certificates of a PEM (or DER) file of trusted authorities; ValueError if none."""
    if pem.detect(pem_data):
        roots = [asn1_x509.Certificate.load(der) for _kind, _h, der in pem.unarmor(pem_data, True)]
    else:
        roots = [asn1_x509.Certificate.load(pem_data)]
    if not roots:
        raise ValueError("no certificate in the file")
    return roots


def _common_name(cert: asn1_x509.Certificate) -> str:
    return cert.subject.native.get("common_name", "") or cert.subject.human_friendly


def verify_pdf(
    pdf: bytes, roots: list[asn1_x509.Certificate], at: dt.datetime | None = None
) -> Verdict:
    """Check the file's last signature: intact, covering the whole file, by a certificate that
    chains to ``roots`` and was valid ``at`` (now by default)."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        info = reader.trailer_view.get_value_as_reference("/Info", optional=True)
        subject = str(info.get_object().get("/Subject", "")) if info is not None else ""
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError, AttributeError) as e:
        logging.getLogger(__name__).info("unreadable PDF: %s", e)
        return Verdict("verify.not_pdf")
    if not signatures:
        return Verdict("verify.not_signed", subject=subject)
    embedded = signatures[-1]
    context = ValidationContext(
        trust_roots=roots, allow_fetching=False, moment=at, revocation_mode="soft-fail"
    )
    try:
        status = validate_pdf_signature(embedded, context)
    except (PdfError, ValueError, KeyError, TypeError) as e:
        logging.getLogger(__name__).info("unreadable signature: %s", e)
        return Verdict("verify.changed", subject=subject)
    cert = status.signing_cert
    stamp = status.timestamp_validity
    found = Verdict(
        "",
        _common_name(cert) if cert is not None else "",
        status.signer_reported_dt,
        subject,
        stamp.timestamp if stamp is not None else None,
        _common_name(stamp.signing_cert) if stamp is not None and stamp.signing_cert else "",
    )
    if not status.intact or not status.valid:
        return replace(found, problem="verify.changed")
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return replace(found, problem="verify.changed_after")
    if not status.trusted:
        return replace(found, problem=_trust_problem(status.trust_problem_indic))
    if stamp is not None and not (stamp.intact and stamp.valid):
        return replace(found, problem="verify.timestamp_changed")
    if stamp is not None and not stamp.trusted:
        return replace(found, problem="verify.timestamp_untrusted")
    return found


def _trust_problem(indication: AdESSubIndic | None) -> str:
    if indication in (AdESIndeterminate.OUT_OF_BOUNDS_NO_POE, AdESIndeterminate.EXPIRED):
        return "verify.expired"
    if indication is AdESIndeterminate.NOT_YET_VALID:
        return "verify.not_yet_valid"
    if indication in (AdESIndeterminate.REVOKED_NO_POE, AdESIndeterminate.REVOKED_CA_NO_POE):
        return "verify.revoked"
    if indication is AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND:
        return "verify.unknown_ca"
    return "verify.untrusted"
