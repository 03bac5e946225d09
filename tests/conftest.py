"""Shared fixtures: a real SQLite database in a temporary data folder, and signed-in staff."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Qt aborts without a display unless told to render offscreen; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Every data folder is encrypted, its key in a keyring: for the tests a real keyring that keeps
# its file in a folder of this run (keyrings.alt's, chosen explicitly as an insecure one), which
# the desk processes the tests start find as well.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
os.environ["LOKET_ALLOW_INSECURE_KEYRING"] = "1"
# Made once for the run: a process the tests spawn imports this file again and must find the
# same keyring, not a new empty one.
os.environ.setdefault("LOKET_TEST_KEYRING", tempfile.mkdtemp(prefix="loket-test-keyring-"))
os.environ["XDG_DATA_HOME"] = os.environ["LOKET_TEST_KEYRING"]

import itertools

import pg_server
import pytest
from helpers import copy_database

from desktop.domain.intake import BusinessForm, ComplaintForm, PersonForm
from desktop.services import settings, staff
from desktop.services.context import Actor
from desktop.store import db as store_db

PASSWORD = "rahasia-loket-1"
# A Monday in November 2026, 09:00 in Jakarta (02:00 UTC).
NOW = dt.datetime(2026, 11, 23, 2, 0)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(data_dir: Path):
    settings.forget()
    database = store_db.open_database(data_dir)
    yield database
    database.close()
    settings.forget()


@pytest.fixture(scope="session")
def staffed_template(tmp_path_factory) -> tuple[Path, dict[str, Actor]]:
    """A database with one account per role, made once: hashing passwords takes a while."""
    folder = tmp_path_factory.mktemp("template")
    database = store_db.open_database(folder)
    admin = staff.create_first_admin("admin", "Admin Loket", PASSWORD, now=NOW)
    made = {"admin": admin}
    for username, roles in (
        ("petugas", ["counter"]),
        ("analis", ["analyst"]),
        ("mediator", ["mediator"]),
        ("supervisor", ["supervisor"]),
    ):
        made[username] = staff.create_staff(
            admin, username, username.title() + " Satu", PASSWORD, roles, now=NOW
        )
    database.close()
    return folder, made


@pytest.fixture
def staffed_desk(qapp, qtbot, tmp_path, staffed_template):
    """A desk as the window has it: a copy of the staffed database opened on a worker, with the
    application's style, in Indonesian. Yields the worker, the actors and the data folder."""
    from desktop.gui import i18n, style
    from desktop.gui.app import open_desk
    from desktop.gui.worker import Worker

    style.apply(qapp)
    i18n.install("id")
    folder, actors = staffed_template
    copy_database(folder, tmp_path)
    worker = Worker()
    opened = []
    worker.submit(open_desk, tmp_path, on_success=opened.append)
    qtbot.waitUntil(lambda: bool(opened))
    yield worker, actors, tmp_path
    worker.stop()
    settings.forget()


# The test modules whose service tests run on both engines: the desk's own SQLite file and the
# office's PostgreSQL database (office mode), from the one ``actors`` fixture.
BOTH_ENGINES = {
    "test_intake",
    "test_handling",
    "test_hearings",
    "test_outgoing_letters",
    "test_outgoing_register",
    "test_access_record",
    "test_reports",
    "test_office_triggers",
    "test_staff",
    "test_history_chain",
    "test_sync",
    "test_search",
    "test_attachments",
    "test_retention",
    "test_concurrent_desks",
}


def pytest_collection_finish(session) -> None:
    """The frozen bundle's build starts before the first test when its test is in the run, so
    that it takes the second core while the others run (tests/test_frozen.py)."""
    frozen = {
        m for m in (getattr(i, "module", None) for i in session.items) if hasattr(m, "start_build")
    }
    for module in frozen:
        module.start_build(session.config)


def pytest_generate_tests(metafunc) -> None:
    """A module of BOTH_ENGINES runs each test on both, but a test marked ``desk_only``: what it
    tests does not touch the database's engine (the central system's faults, the command
    line's keyring), so a second run would only cost time."""
    both = "actors" in metafunc.fixturenames and metafunc.module.__name__ in BOTH_ENGINES
    if both and metafunc.definition.get_closest_marker("desk_only") is None:
        metafunc.parametrize("engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def engine(request) -> str:
    """Which engine the test's database is on: SQLite unless the module runs on both."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_cluster():
    """A private PostgreSQL cluster for the run (tests/pg_server.py), stopped at its end."""
    cluster = pg_server.start_cluster()
    if cluster is None:
        pytest.fail("office mode needs the PostgreSQL server: make test installs it (postgresql)")
    yield cluster
    cluster.stop("immediate")


_databases = itertools.count(1)


@pytest.fixture
def office_url(pg_cluster) -> str:
    """A new, empty office database of the test cluster, as a desk's URL."""
    name = f"office_{os.getpid()}_{next(_databases)}"
    yield pg_cluster.create_database(name)
    pg_cluster.drop_database(name)


def _staff_office(url: str, staffed_template, folder: Path) -> None:
    """Set up the empty office database at ``url`` with the staffed template's accounts."""
    from desktop.store import office_import

    template, _made = staffed_template
    office = store_db.open_database(folder, url)
    desk = store_db.connect(template)
    office_import.copy_rows(desk, office)
    desk.close()
    office.close()


@pytest.fixture(scope="session")
def staffed_office(pg_cluster, staffed_template, tmp_path_factory) -> str:
    """An office database with the staffed template's accounts, made once; tests copy it."""
    name = "staffed_template"
    url = pg_cluster.create_database(name)
    _staff_office(url, staffed_template, tmp_path_factory.mktemp("office"))
    return name


@dataclass
class TlsOffice:
    cluster: pg_server.Cluster
    ca_file: Path  # the CA's certificate, as an office gives it to its desks
    template: str  # a staffed office database on the cluster, for tests to copy

    def url(self, database: str, ca_file: Path | None = None, host: str = "localhost") -> str:
        """The desk's URL of ``database``: TLS with the server checked (verify-full) against
        the CA file, its name (the certificate's is "localhost") and its chain."""
        query = f"sslmode=verify-full&sslrootcert={ca_file or self.ca_file}"
        return self.cluster.url(database, host=host, query=query)

    def connections(self, database: str) -> set[tuple[str, bool]]:
        """The connections to ``database`` as the server sees them: each one's application
        name, and whether it is encrypted (asked over the socket, not over TLS)."""
        rows = self.cluster.admin(
            "SELECT a.application_name, s.ssl FROM pg_stat_activity a JOIN pg_stat_ssl s "
            f"USING (pid) WHERE a.datname = '{database}' AND a.backend_type = 'client backend'"
        )
        return {(app, ssl == "t") for app, ssl in (row.split("|") for row in rows.splitlines())}


@pytest.fixture(scope="session")
def tls_office(staffed_template, tmp_path_factory) -> TlsOffice:
    """A second private cluster, offering TLS with a certificate for the server name
    "localhost" from a CA of the test's own (trustme), and a staffed office database on it,
    set up by a desk over verify-full. Its own, so the other tests' connections stay as they
    were; stopped when the run ends."""
    import trustme

    cluster = pg_server.start_cluster()
    if cluster is None:
        pytest.fail("office mode needs the PostgreSQL server: make test installs it (postgresql)")
    try:
        authority = trustme.CA(organization_name="Kantor Uji Loket")
        server = authority.issue_cert("localhost")
        chain = b"".join(pem.bytes() for pem in server.cert_chain_pems)
        cluster.offer_tls(chain, server.private_key_pem.bytes())
        folder = tmp_path_factory.mktemp("tls")
        authority.cert_pem.write_to_path(str(folder / "ca.pem"))
        office = TlsOffice(cluster, folder / "ca.pem", "staffed_template")
        cluster.create_database(office.template)
        _staff_office(office.url(office.template), staffed_template, folder / "desk")
        yield office
    finally:
        cluster.stop("immediate")


@pytest.fixture
def tls_database(tls_office) -> str:
    """A staffed office database of its own on the cluster that offers TLS: its name."""
    name = f"office_tls_{os.getpid()}_{next(_databases)}"
    tls_office.cluster.create_database(name, template=tls_office.template)
    yield name
    tls_office.cluster.drop_database(name)


@pytest.fixture
def actors(engine: str, data_dir: Path, staffed_template, request) -> dict[str, Actor]:
    """A fresh copy of the staffed database, opened; the accounts' actors by user name. On
    PostgreSQL a new office database made from the staffed one."""
    folder, made = staffed_template
    settings.forget()
    if engine == "postgresql":
        cluster = request.getfixturevalue("pg_cluster")
        template = request.getfixturevalue("staffed_office")
        name = f"office_{os.getpid()}_{next(_databases)}"
        url = cluster.create_database(name, template=template)
        database = store_db.open_database(data_dir, url)
        yield made
        database.close()
        cluster.drop_database(name)
    else:
        copy_database(folder, data_dir)
        database = store_db.open_database(data_dir)
        yield made
        database.close()
    settings.forget()


@pytest.fixture
def memory_keyring():
    """A keyring in memory for the desk's sync token (the sync tests use it throughout)."""
    import keyring
    from central.memory_keyring import MemoryKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def peer(tmp_path):
    """The central system's test peer on loopback (tests/central/peer.py)."""
    from central.peer import Peer

    peer = Peer(tmp_path / "central", seed=7).start()
    yield peer
    peer.stop()


def complaint_form(**overrides) -> ComplaintForm:
    """A complete, valid walk-in complaint; keyword arguments replace parts of it."""
    form = ComplaintForm(
        complainant=PersonForm(
            name="Siti Aminah",
            nik="3174015708850003",
            birth_date=dt.date(1985, 8, 17),
            sex="female",
            phone="0812-3456-7890",
            email="siti.aminah@contoh.co.id",
            address="Jl. Kenanga No. 5",
            rt="3",
            rw="7",
            kelurahan="Pasar Minggu",
            kecamatan="Pasar Minggu",
            city="Jakarta Selatan",
            province="DKI Jakarta",
            postal_code="12520",
        ),
        business=BusinessForm(
            name="Toko Elektronik Sinar Jaya",
            kind="marketplace_seller",
            website="belanjayuk.id/sinarjaya",
        ),
        product="Telepon genggam",
        sector="electronics_vehicles",
        transaction_mode="online",
        transaction_date=dt.date(2026, 10, 30),
        transaction_value="Rp3.450.000",
        payment_method="e_wallet",
        complained_to_business=True,
        complained_at=dt.date(2026, 11, 2),
        business_answer="Tidak ada tanggapan.",
        chronology="Ponsel yang diterima mati total sejak hari pertama dan penjual tidak membalas.",
        demands=["refund"],
        documents=["ktp_copy", "proof_of_purchase"],
    )
    for key, value in overrides.items():
        target = form
        *path, last = key.split("__")
        for part in path:
            target = getattr(target, part)
        setattr(target, last, value)
    return form
