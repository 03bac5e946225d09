"""Sending a letter by e-mail over SMTP, with TLS: STARTTLS (port 587) or implicit TLS (465).

The server's certificate is checked against the system's authorities, or the office's own CA
(a PEM file). Every way a sending can fail becomes one ``MailFailed`` with a code the desk says
in words: the server refused (5xx) or asked to try later (4xx), the account was refused, the
host could not be reached, TLS could not be set up. A bounce that comes back later, as a mail of
its own, is not seen here: only what the office's server says while the letter is handed over.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

SECURITY = ("starttls", "tls")


@dataclass(frozen=True)
class Account:
    """The office's mail account: where its server is, and who the letters come from."""

    host: str
    port: int
    security: str  # starttls or tls
    username: str
    sender: str  # "Direktorat Pemberdayaan Konsumen <pengaduan.konsumen@…>"
    ca_bundle: str = ""  # a PEM file of the office's own CA; the system's authorities otherwise
    timeout: float = 30.0


class MailFailed(Exception):
    """The letter was not handed over; ``code`` names why (messages.py, ``mail.*``)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


def letter_message(
    sender: str,
    to: Sequence[str],
    subject: str,
    body: str,
    attachment: bytes,
    filename: str,
) -> EmailMessage:
    """A plain-text mail with the letter's PDF attached, exactly as issued."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = ", ".join(to)
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1].strip(">") or None)
    message.set_content(body)
    message.add_attachment(attachment, maintype="application", subtype="pdf", filename=filename)
    return message


def _context(account: Account) -> ssl.SSLContext:
    try:
        return ssl.create_default_context(cafile=account.ca_bundle or None)
    except (OSError, ssl.SSLError) as e:
        raise MailFailed("mail.tls", f"{account.ca_bundle}: {e}") from e


def _reply(error: smtplib.SMTPResponseException) -> str:
    text = error.smtp_error
    text = text.decode(errors="replace") if isinstance(text, bytes) else str(text)
    return f"{error.smtp_code} {' '.join(text.split())}"


def _connect(account: Account) -> smtplib.SMTP:
    context = _context(account)
    try:
        if account.security == "tls":
            return smtplib.SMTP_SSL(
                account.host, account.port, timeout=account.timeout, context=context
            )
        server = smtplib.SMTP(account.host, account.port, timeout=account.timeout)
    except ssl.SSLError as e:
        raise MailFailed("mail.tls", f"{account.host}:{account.port}: {e.reason or e}") from e
    except (OSError, smtplib.SMTPException) as e:
        raise MailFailed("mail.unreachable", f"{account.host}:{account.port}: {e}") from e
    try:
        server.starttls(context=context)
    except smtplib.SMTPNotSupportedError as e:
        server.close()
        raise MailFailed("mail.no_starttls", f"{account.host}:{account.port}") from e
    except ssl.SSLError as e:
        server.close()
        raise MailFailed("mail.tls", f"{account.host}:{account.port}: {e.reason or e}") from e
    return server


def _refusal(e: smtplib.SMTPResponseException) -> MailFailed:
    return MailFailed("mail.temporary" if e.smtp_code < 500 else "mail.refused", _reply(e))


@contextmanager
def session(account: Account, password: str) -> Iterator[Callable[[EmailMessage], None]]:
    """Signed in to the office's server: yields ``send(message)``, which hands one message over
    or raises MailFailed for it (the session stays usable for the next). Failing to connect,
    to set up TLS or to sign in raises MailFailed before anything is sent."""
    if account.security not in SECURITY:
        raise MailFailed("mail.not_configured", f"security {account.security!r}")
    server = _connect(account)
    try:
        if account.username:
            server.login(account.username, password)
    except smtplib.SMTPAuthenticationError as e:
        server.close()
        raise MailFailed("mail.auth", _reply(e)) from e
    except smtplib.SMTPNotSupportedError as e:  # no AUTH offered (on this connection)
        server.close()
        raise MailFailed("mail.auth", str(e)) from e
    except smtplib.SMTPResponseException as e:
        server.close()
        raise _refusal(e) from e
    except (smtplib.SMTPException, OSError) as e:
        server.close()
        raise MailFailed("mail.unreachable", f"{account.host}:{account.port}: {e}") from e

    def send(message: EmailMessage) -> None:
        try:
            refused = server.send_message(message)
        except smtplib.SMTPRecipientsRefused as e:
            (code, text), *_ = e.recipients.values()
            raise _refusal(smtplib.SMTPResponseException(code, text)) from e
        except smtplib.SMTPResponseException as e:
            raise _refusal(e) from e
        except (smtplib.SMTPException, OSError) as e:
            raise MailFailed("mail.unreachable", f"{account.host}:{account.port}: {e}") from e
        if refused:
            (code, text), *_ = refused.values()
            raise _refusal(smtplib.SMTPResponseException(code, text))

    try:
        yield send
    finally:
        try:
            server.quit()
        except (smtplib.SMTPException, OSError):
            server.close()
