"""A private PostgreSQL cluster for the test run: ``initdb`` into a temporary folder, the server
on a loopback port and a socket in that folder, stopped when the run ends (as the CUPS tests
start ``cupsd``). ``make test`` installs Debian's ``postgresql`` package; the server refuses to
run as root, so as root it runs as the ``postgres`` user that package creates.

The desks connect as ``loket`` with a password over TCP (scram-sha-256), as an office's desks
would; the fixture itself connects as the cluster's superuser over the socket (trust). A cluster
can be told to offer TLS (``offer_tls``) with a certificate the test made.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROLE, PASSWORD = "loket", "sandi-kantor-1"


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _version(path: str) -> int:
    try:
        return int(Path(path).parent.parent.name)
    except ValueError:
        return 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    folder: Path
    port: int
    bin: Path
    as_user: list[str]  # the command prefix that runs a server tool as its owner

    def url(
        self,
        database: str,
        password: str = PASSWORD,
        role: str = ROLE,
        host: str = "127.0.0.1",
        query: str = "",
    ) -> str:
        url = f"postgresql://{role}:{password}@{host}:{self.port}/{database}"
        return f"{url}?{query}" if query else url

    def tool(self, name: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*self.as_user, str(self.bin / name), *args],
            check=check,
            capture_output=True,
            text=True,
        )

    def admin(self, statement: str, database: str = "postgres") -> str:
        """Run one statement as the cluster's superuser (over the socket); what psql printed."""
        done = self.tool(
            "psql",
            "-h",
            str(self.folder),
            "-p",
            str(self.port),
            "-U",
            "postgres",
            "-d",
            database,
            "-v",
            "ON_ERROR_STOP=1",
            "-Atc",
            statement,
        )
        return done.stdout.strip()

    def start(self) -> None:
        options = (
            f"-k {self.folder} -p {self.port} -c listen_addresses=127.0.0.1 "
            # a test cluster: nothing to keep over a crash of the machine
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self.tool(
            "pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "log"),
            "-o", options, "-w", "-t", "60", "start",
        )  # fmt: skip

    def offer_tls(self, cert_pem: bytes, key_pem: bytes) -> None:
        """Offer TLS from now on (and after a restart), with this server certificate (PEM, its
        chain after it) and key: the files in the cluster's folder, the key the server's own
        with mode 0600 as it insists, and ``ssl = on`` taken in by a reload."""
        cert, key = self.folder / "server.crt", self.folder / "server.key"
        cert.write_bytes(cert_pem)
        with open(os.open(key, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as out:
            out.write(key_pem)
        if self.as_user:  # the server runs as postgres: the files are its own
            owner = pwd.getpwnam("postgres")
            for path in (cert, key):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        self.admin(f"ALTER SYSTEM SET ssl_cert_file = '{cert}'")
        self.admin(f"ALTER SYSTEM SET ssl_key_file = '{key}'")
        self.admin("ALTER SYSTEM SET ssl = on")
        self.admin("SELECT pg_reload_conf()")
        deadline = time.monotonic() + 10
        while self.admin("SHOW ssl") != "on":  # a reload that failed leaves it off: its log says
            if time.monotonic() > deadline:
                log = (self.folder / "log").read_text()[-2000:]
                raise RuntimeError(f"the test cluster did not take up TLS:\n{log}")
            time.sleep(0.05)

    def stop(self, mode: str = "fast") -> None:
        self.tool("pg_ctl", "-D", str(self.folder / "data"), "-m", mode, "-w", "stop", check=False)

    def create_database(self, name: str, template: str = "template0") -> str:
        self.admin(f'CREATE DATABASE "{name}" OWNER {ROLE} TEMPLATE "{template}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_cluster(folder: Path | None = None) -> Cluster | None:
    """A running private cluster (in ``folder``, else a temporary one), or None where no
    PostgreSQL server is installed."""
    bin_dir = _bin_dir()
    if bin_dir is None:
        return None
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="loket-pg-"))
    else:
        folder.mkdir(parents=True, exist_ok=True)
    as_user: list[str] = []
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    cluster = Cluster(folder, _free_port(), bin_dir, as_user)
    cluster.tool(
        "initdb", "-D", str(folder / "data"), "-U", "postgres", "-E", "UTF8",
        "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256",
    )  # fmt: skip
    cluster.start()
    cluster.admin(f"CREATE ROLE {ROLE} LOGIN CREATEDB PASSWORD '{PASSWORD}'")
    return cluster
