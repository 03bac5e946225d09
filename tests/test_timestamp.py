"""Signatures timestamped by the office's timestamp authority (PAdES B-T): a real RFC 3161
server on loopback (HTTP, pyHanko's test stamper behind it, its certificate from the test's
CA), what ``loket verify`` says of the timestamp, and an authority that does not answer."""

from __future__ import annotations

import datetime as dt
import socket
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pki
import pytest
from asn1crypto import keys, tsp
from asn1crypto import x509 as asn1_x509
from conftest import PASSWORD
from cryptography.hazmat.primitives import serialization
from helpers import loket
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
from test_esign import PASSPHRASE, authority, issued, office_key  # noqa: F401  (fixtures)
from test_gui_case_walks import run

from desktop.domain.errors import DomainError
from desktop.gui.outgoing_settings import OutgoingDialog
from desktop.services import esign, settings
from desktop.store.models import IssuedLetter


def _der(cert) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


@contextmanager
def serving(authority, name: str = "TSA Uji Loket"):  # noqa: F811
    """A timestamp authority certified by ``authority``, answering RFC 3161 requests over HTTP
    on loopback; gives its URL and the requests it answered."""
    signer = authority.issue(name, timestamping=True)
    stamper = DummyTimeStamper(
        tsa_cert=_der(signer.cert),
        tsa_key=keys.PrivateKeyInfo.load(
            signer.key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
        certs_to_embed=[_der(authority.cert)],
    )
    answered = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            query = self.rfile.read(int(self.headers["Content-Length"]))
            assert self.headers["Content-Type"] == "application/timestamp-query"
            reply = stamper.request_tsa_response(tsp.TimeStampReq.load(query)).dump()
            answered.append(query)
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args) -> None:  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/tsa", answered
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def tsa(authority):  # noqa: F811
    with serving(authority) as served:
        yield served


def timestamped_by(actors, office_key, url: str) -> None:  # noqa: F811
    esign.choose(
        actors["admin"],
        "electronic",
        path=str(office_key),
        trust_roots=settings.get("signing.trust_roots"),
        tsa_url=url,
    )


def test_a_letter_is_timestamped_and_verify_says_when(actors, office_key, tsa, data_dir, tmp_path):  # noqa: F811
    url, answered = tsa
    timestamped_by(actors, office_key, url)
    before = dt.datetime.now(dt.UTC)
    letter = issued(actors)
    assert answered  # asked for the signature's timestamp (pyHanko asks once more to size it)
    checked = esign.verify(letter.pdf)
    assert checked.ok, checked.problem
    assert checked.verdict.timestamp_by == "TSA Uji Loket"
    assert before - dt.timedelta(seconds=5) <= checked.verdict.timestamped_at
    assert checked.verdict.timestamped_at <= dt.datetime.now(dt.UTC)

    path = tmp_path / "surat.pdf"
    path.write_bytes(letter.pdf)
    said = loket("verify", str(path), "--data-dir", str(data_dir), password=PASSWORD)
    assert said.returncode == 0, said.stderr
    ok, stamp = said.stdout.strip().splitlines()
    assert ok.startswith(f"SAH: surat {letter.number}")
    assert stamp.startswith("Dicap waktu oleh TSA Uji Loket pada ") and stamp.endswith(" WIB.")


def test_a_timestamp_of_an_authority_the_office_does_not_trust_is_refused(
    actors,
    office_key,  # noqa: F811
):
    with serving(pki.authority("CA Lain"), "TSA Lain") as (url, _answered):
        timestamped_by(actors, office_key, url)
        letter = issued(actors)
    checked = esign.verify(letter.pdf)  # the signer's CA is trusted, the TSA's is not
    assert checked.problem == "verify.timestamp_untrusted"
    assert checked.verdict.timestamp_by == "TSA Lain"


def test_an_authority_that_does_not_answer_issues_nothing(actors, office_key):  # noqa: F811
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once closed
    timestamped_by(actors, office_key, f"http://127.0.0.1:{port}/tsa")
    with pytest.raises(DomainError) as info:
        issued(actors)
    assert info.value.code == "signing.tsa_failed"
    assert info.value.message().startswith("Cap waktu dari otoritas cap waktu (TSA) tidak didapat")
    assert IssuedLetter.select().count() == 0  # no number taken


def test_the_tsa_address_is_checked(actors):
    with pytest.raises(DomainError) as info:
        esign.choose(actors["admin"], "electronic", path="k.p12", tsa_url="tsa.example")
    assert info.value.code == "signing.bad_tsa_url"


def test_an_admin_sets_the_tsa_in_the_window(qtbot, staffed_desk, tsa, authority, tmp_path):  # noqa: F811
    worker, actors, _folder = staffed_desk
    url, answered = tsa
    p12, roots = tmp_path / "ttd.p12", tmp_path / "ca.pem"
    p12.write_bytes(authority.issue("Dr. Rina Kartika").pkcs12(PASSPHRASE.encode()))
    roots.write_bytes(authority.pem)
    dialog = OutgoingDialog(worker, actors["admin"])
    qtbot.addWidget(dialog)
    f = dialog.form
    qtbot.waitUntil(lambda: worker.pending == 0)  # the office's choice shown
    assert not f.tsaEdit.isEnabled()  # wet signature
    f.signatureCombo.setCurrentIndex(f.signatureCombo.findData("electronic"))
    f.keyPathEdit.setText(str(p12))
    f.trustRootsEdit.setText(str(roots))
    f.tsaEdit.setText("tsa.example")
    f.saveButton.click()
    qtbot.waitUntil(lambda: not f.errorLabel.isHidden())
    assert f.errorLabel.text() == (
        "Alamat otoritas cap waktu (TSA) harus diawali http:// atau https://: tsa.example"
    )
    f.tsaEdit.setText(url)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        f.saveButton.click()
    letter = run(qtbot, worker, issued, actors, PASSPHRASE)
    assert answered
    checked = run(qtbot, worker, esign.verify, letter.pdf)
    assert checked.ok and checked.verdict.timestamp_by == "TSA Uji Loket"
