"""The office connection over TLS with the server checked (``sslmode=verify-full`` with the
office's CA file): a desk works on it, every connection it makes encrypted; a CA file that does
not vouch for the server, a certificate for another name, a CA file that is missing or no
certificate, and a server that offers no TLS are each refused in one plain sentence, nothing
read or written. A cluster of the run's own that offers TLS (conftest.py, ``tls_office``)."""

from __future__ import annotations

import threading

import pytest
import trustme
from conftest import NOW, complaint_form
from helpers import loket
from pg_server import PASSWORD as OFFICE_PASSWORD

from desktop.domain.errors import DataUnusable
from desktop.services import intake, queries, settings
from desktop.services import office as office_db
from desktop.store import db as store_db
from desktop.store import office_events, postgres


def test_a_desk_on_verify_full_works_every_connection_encrypted(
    tls_office, tls_database, staffed_template, tmp_path
):
    _folder, actors = staffed_template
    url = tls_office.url(tls_database)
    assert "sslmode=verify-full" in url and str(tls_office.ca_file) in url
    settings.forget()
    database = store_db.open_database(tmp_path / "desk", url)
    stop, heard = threading.Event(), []
    listener = threading.Thread(
        target=office_events.listen, args=(office_events.source(), heard.append, stop)
    )
    listener.start()
    try:
        # What the window's Test connection says: the office is there.
        chosen = office_db.OfficeDatabase.from_url(url)
        assert (chosen.sslmode, chosen.ca_file) == ("verify-full", str(tls_office.ca_file))
        assert office_db.check_connection(chosen, OFFICE_PASSWORD) is True
        for _ in range(200):  # the listener (as the window's) has connected
            if ("loket-listen", True) in tls_office.connections(tls_database):
                break
            stop.wait(0.05)
        made = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
        assert [row.reg_no for row in queries.find_cases("Siti Aminah")] == [made.reg_no]
        for _ in range(200):  # the other desks hear of it, over their own TLS connection
            if any(event.case == made.uuid for event in heard):
                break
            stop.wait(0.05)
        assert [event.change for event in heard if event.case == made.uuid] == ["registered"]
        # Every connection of the desk encrypted: its own and its listener's.
        assert tls_office.connections(tls_database) == {("loket", True), ("loket-listen", True)}
    finally:
        stop.set()
        listener.join(10)
        database.close()
        settings.forget()


def _refusal(url: str, folder) -> DataUnusable:
    settings.forget()
    with pytest.raises(DataUnusable) as refused:
        store_db.open_database(folder, url)
    return refused.value


def test_a_ca_file_that_does_not_vouch_for_the_server_is_refused_in_plain_words(
    tls_office, tmp_path
):
    other = tmp_path / "ca-lain.pem"  # another office's CA, say
    trustme.CA().cert_pem.write_to_path(str(other))
    url = tls_office.url(tls_office.template, ca_file=other)
    refused = _refusal(url, tmp_path / "desk")
    shown = postgres.without_password(url)
    assert refused.code == "office.tls"
    assert refused.message("id") == (
        f"Sambungan aman ke basis data kantor {shown} gagal: sertifikat server tidak dapat "
        "dipastikan dengan berkas CA yang dipilih (sertifikat itu dari CA lain, atau sudah "
        "kedaluwarsa). Periksa berkas CA dan mode TLS di pengaturan basis data meja ini, atau "
        "minta pengelola server memeriksa TLS dan sertifikat server."
    )
    # From the command line: the same sentence, on one line, no password, no traceback.
    done = loket("find", "Siti", "--database", url, "--data-dir", str(tmp_path / "cli"))
    assert (done.returncode, done.stderr) == (2, f"loket: {refused.message('id')}\n")
    assert OFFICE_PASSWORD not in done.stdout + done.stderr


@pytest.mark.parametrize(
    "fault, said",
    [
        ("another name", "the server's certificate is made out to another server name"),
        ("missing CA file", "the chosen CA file is not on this computer"),
        ("not a certificate", "the chosen CA file is not a certificate that can be read"),
        ("no TLS on the server", "the server does not offer a secure connection (TLS)"),
    ],
)
def test_each_other_tls_fault_is_said_in_one_sentence(tls_office, request, tmp_path, fault, said):
    url = tls_office.url(tls_office.template)
    if fault == "another name":  # the certificate is for "localhost": the address is not it
        url = tls_office.url(tls_office.template, host="127.0.0.1")
    elif fault == "missing CA file":  # a folder whose name the server's refusals also use
        url = tls_office.url(tls_office.template, ca_file=tmp_path / "database" / "ca.pem")
    elif fault == "not a certificate":
        (tmp_path / "ca.pem").write_text("bukan sertifikat\n")
        url = tls_office.url(tls_office.template, ca_file=tmp_path / "ca.pem")
    else:  # the run's other cluster offers no TLS
        plain = request.getfixturevalue("pg_cluster")
        url = plain.url("loket", query=f"sslmode=verify-full&sslrootcert={tls_office.ca_file}")
    refused = _refusal(url, tmp_path / "desk")
    assert refused.code == "office.tls"
    english = refused.message("en")
    assert english.startswith(
        f"The secure connection to the office database {postgres.without_password(url)} "
        f"failed: {said}"
    )
    assert "\n" not in english and OFFICE_PASSWORD not in english
