"""Delivery of issued letters by e-mail: a real SMTP server on loopback (aiosmtpd) with TLS from
a CA of the test's own (trustme), the message read as it arrived, every refusal in words."""

from __future__ import annotations

import email
import email.policy
import hashlib
import os
import socket
import ssl
import subprocess
import sys
from dataclasses import dataclass, field

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from conftest import PASSWORD as PASSWORD_OF_STAFF
from helpers import folder_key_into
from test_esign import authority, issued, office_key  # noqa: F401  (fixtures)

from desktop.domain.errors import DomainError
from desktop.services import delivery
from desktop.store import outgoing
from desktop.store.models import HistoryEvent

USER, PASSWORD = "loket@kemendag.test", "sandi-surel-2026"
CONSUMER = "siti.aminah@contoh.co.id"  # the complaint form's address
BUSINESS = "cs@sinarjaya.test"


# A keyring in memory, for every test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("memory_keyring")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Inbox:
    """What the server was handed, and the addresses it refuses."""

    messages: list = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)

    async def handle_RCPT(self, server, session, envelope, address, options):
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            (
                envelope.rcpt_tos,
                email.message_from_bytes(envelope.content, policy=email.policy.default),
            )
        )
        return "250 Message accepted for delivery"


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == USER.encode() and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)  # a refusal answers 535, as servers do


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


@pytest.fixture
def ca_file(ca, tmp_path):
    path = tmp_path / "mail-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def server_context(ca) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


def serve(inbox: Inbox, **tls) -> tuple[Controller, int]:
    """A mail server on loopback that wants the office's account, started."""
    port = free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        auth_required=True,
        authenticator=_authenticator,
        **tls,
    )
    controller.start()
    return controller, port


@pytest.fixture
def smtp_server(ca):
    """A server that offers STARTTLS and takes nothing before it."""
    inbox = Inbox()
    controller, port = serve(inbox, tls_context=server_context(ca), require_starttls=True)
    yield inbox, port
    controller.stop()


@pytest.fixture
def office_mail(actors, smtp_server, ca_file):
    _inbox, port = smtp_server
    delivery.configure(actors["admin"], "127.0.0.1", port, "starttls", USER, "", ca_file)
    delivery.remember_password(PASSWORD)
    return smtp_server


def test_a_letter_goes_to_the_consumer_and_the_business_as_issued(actors, office_mail):
    inbox, _port = office_mail
    letter = issued(actors, secret=None)
    known = delivery.addresses(letter.number)
    assert known == {"consumer": CONSUMER}
    sent = delivery.send_letter(
        actors["analis"],
        letter.number,
        [CONSUMER, BUSINESS],
        parties={"consumer": CONSUMER, "business": BUSINESS},
    )
    assert sent.to == [CONSUMER, BUSINESS] and not sent.failed
    assert [to for to, _ in inbox.messages] == [[CONSUMER], [BUSINESS]]
    for _to, message in inbox.messages:
        assert message["From"] == "pengaduan.konsumen@kemendag.go.id"
        assert letter.number in message["Subject"]
        assert f"nomor {letter.number}" in message.get_body(("plain",)).get_content()
        (attachment,) = message.iter_attachments()
        assert attachment.get_content_type() == "application/pdf"
        assert attachment.get_filename() == f"Surat {letter.number.replace('/', '-')}.pdf"
        body = attachment.get_content()
        assert hashlib.sha256(body).hexdigest() == outgoing.by_number(letter.number).sha256
    event = HistoryEvent.get(HistoryEvent.kind == "case.letter_emailed")
    assert event.payload["to"] == [CONSUMER, BUSINESS]
    assert event.payload["parties"] == {"consumer": CONSUMER, "business": BUSINESS}
    assert "email" in outgoing.by_number(letter.number).sent_via.split(",")
    # the business actor's address is offered the next time
    assert delivery.addresses(letter.number)["business"] == BUSINESS


@pytest.mark.usefixtures("office_key")
def test_the_signed_file_is_what_is_sent(actors, office_mail):
    from test_esign import PASSPHRASE

    inbox, _port = office_mail
    letter = issued(actors, secret=PASSPHRASE)
    delivery.send_letter(actors["analis"], letter.number, [CONSUMER])
    (attachment,) = inbox.messages[0][1].iter_attachments()
    assert attachment.get_content() == letter.pdf
    assert "ditandatangani secara elektronik" in inbox.messages[0][1].get_body().get_content()


def test_a_refused_address_is_said_and_the_others_are_sent(actors, office_mail):
    inbox, _port = office_mail
    inbox.refuse[BUSINESS] = "550 5.1.1 <cs@sinarjaya.test>: mailbox unavailable"
    letter = issued(actors, secret=None)
    sent = delivery.send_letter(actors["analis"], letter.number, [BUSINESS, CONSUMER])
    assert sent.to == [CONSUMER]
    (failure,) = sent.failed
    assert failure.code == "mail.refused"
    assert failure.message() == (
        "Server surel menolak surat untuk cs@sinarjaya.test: "
        "550 5.1.1 <cs@sinarjaya.test>: mailbox unavailable"
    )
    assert HistoryEvent.get(HistoryEvent.kind == "case.letter_emailed").payload["to"] == [CONSUMER]


def test_a_wrong_password_an_unreachable_host_and_a_bad_certificate_send_nothing(
    actors, office_mail, ca_file
):
    inbox, port = office_mail
    letter = issued(actors, secret=None)

    def refused(**account) -> DomainError:
        with pytest.raises(DomainError) as caught:
            delivery.send_letter(actors["analis"], letter.number, [CONSUMER], **account)
        return caught.value

    wrong = refused(password="bukan-sandinya")
    assert wrong.code == "mail.auth"
    assert wrong.message().startswith("Server surel menolak nama pengguna atau kata sandi")

    delivery.configure(actors["admin"], "127.0.0.1", free_port(), "starttls", USER, "", ca_file)
    away = refused()
    assert away.code == "mail.unreachable" and "tidak dapat dihubungi" in away.message()

    # the server's certificate is from a CA the desk does not know
    delivery.configure(actors["admin"], "127.0.0.1", port, "starttls", USER, "", "")
    untrusted = refused()
    assert untrusted.code == "mail.tls" and "CERTIFICATE_VERIFY_FAILED" in untrusted.message()
    # implicit TLS against a server that speaks plain SMTP first
    delivery.configure(actors["admin"], "127.0.0.1", port, "tls", USER, "", ca_file)
    assert refused().code in ("mail.tls", "mail.unreachable")

    assert inbox.messages == []
    assert not HistoryEvent.select().where(HistoryEvent.kind == "case.letter_emailed").exists()
    assert "email" not in outgoing.by_number(letter.number).sent_via.split(",")


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_implicit_tls(actors, ca, ca_file):
    inbox = Inbox()
    # TLS from the first byte: aiosmtpd's AUTH-needs-TLS check sees only STARTTLS
    controller, port = serve(inbox, ssl_context=server_context(ca), auth_require_tls=False)
    try:
        delivery.configure(actors["admin"], "127.0.0.1", port, "tls", USER, "", ca_file)
        letter = issued(actors, secret=None)
        sent = delivery.send_letter(actors["analis"], letter.number, [CONSUMER], password=PASSWORD)
    finally:
        controller.stop()
    assert sent.to == [CONSUMER] and len(inbox.messages) == 1


def test_only_an_issued_letter_and_real_addresses(actors, office_mail):
    letter = issued(actors, secret=None)
    with pytest.raises(DomainError) as bad:
        delivery.send_letter(actors["analis"], letter.number, ["bukan alamat"])
    assert bad.value.message() == "\u201cbukan alamat\u201d bukan alamat surel."
    with pytest.raises(DomainError) as unknown:
        delivery.send_letter(actors["analis"], "99/PKTN.4/KLR/XI/2026", [CONSUMER])
    assert unknown.value.code == "mail.not_issued"


def test_loket_send_and_the_password_in_the_keyring(
    actors, smtp_server, ca_file, data_dir, tmp_path
):
    inbox, port = smtp_server
    letter = issued(actors, secret=None)
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "LOKET_ALLOW_INSECURE_KEYRING": "1",  # a file keyring, chosen explicitly for the test
        "XDG_DATA_HOME": str(tmp_path / "keyring"),
        "LOKET_PASSWORD": PASSWORD_OF_STAFF,
    }
    folder_key_into(env, data_dir)

    def desk(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop",
                *args,
                "--data-dir",
                str(data_dir),
                "--user",
                "admin",
            ],
            env=env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
        )

    configured = desk(
        "mail", "--host", "127.0.0.1", "--port", str(port), "--username", USER,
        "--ca-bundle", ca_file, "--remember", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert configured.returncode == 0, configured.stderr
    assert subprocess.run(["grep", "-rqF", PASSWORD, str(data_dir)]).returncode == 1
    done = desk("send", letter.number, "--consumer", "--business", BUSINESS)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"Surat {letter.number} dikirim lewat surel ke {BUSINESS}, {CONSUMER}."
    )
    inbox.refuse[BUSINESS] = "550 5.7.1 Ditolak"
    half = desk("send", letter.number, "--business", BUSINESS, "--to", CONSUMER, "--lang", "en")
    assert half.returncode == 1
    assert half.stderr.strip() == (
        f"loket: The mail server refused the letter for {BUSINESS}: 550 5.7.1 Ditolak"
    )
    wrong = desk("mail", "--host", "127.0.0.1", "--port", str(port), "--username", USER,
                 "--ca-bundle", ca_file, "--remember", stdin="salah\n")  # fmt: skip
    assert wrong.returncode == 0
    refused = desk("send", letter.number, "--consumer")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert refused.stderr.startswith("loket: Server surel menolak nama pengguna atau kata sandi")
    assert len(refused.stderr.strip().splitlines()) == 1
