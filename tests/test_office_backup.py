"""An office's backup is one dump of its database, made and restored with PostgreSQL's own tools
(as the README tells the server's administrator): the cases, their history and the scanned files
all come back, and ``loket check`` finds the restored office whole."""

from __future__ import annotations

import os
import subprocess

import pytest
from conftest import NOW, complaint_form
from helpers import loket
from test_office_files import MiB, attach, scan_pdf

from desktop.services import intake
from desktop.store import db as store_db
from desktop.store.models import database

pytestmark = [
    pytest.mark.usefixtures("memory_keyring"),
    pytest.mark.parametrize("engine", ["postgresql"], indirect=True),
]


def server_tool(cluster, name: str, *args: str, **streams) -> None:
    """One of the server's own tools as its superuser, over the cluster's socket."""
    host = ["-h", str(cluster.folder), "-p", str(cluster.port), "-U", "postgres"]
    subprocess.run([*cluster.as_user, str(cluster.bin / name), *host, *args], check=True, **streams)


def test_one_dump_of_the_office_database_brings_back_its_cases_and_scans(
    actors, data_dir, pg_cluster, tmp_path
):
    case = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    scan = scan_pdf(2 * MiB + 17)  # three chunks, the last a short one
    sha256 = attach(actors, case, scan)
    dump = tmp_path / "kantor.dump"
    with dump.open("wb") as out:
        server_tool(pg_cluster, "pg_dump", "--format=custom", database.obj.database, stdout=out)

    name = f"restored_{os.getpid()}"
    url = pg_cluster.create_database(name)
    try:
        with dump.open("rb") as dumped:
            server_tool(pg_cluster, "pg_restore", "--exit-on-error", "-d", name, stdin=dumped)
        checked = loket("check", "--database", url, "--data-dir", str(tmp_path / "elsewhere"))
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert checked.stdout.startswith("OK: 1 cases,")

        found = loket(
            "find", case.reg_no, "--database", url, "--data-dir", str(tmp_path / "elsewhere")
        )
        assert case.reg_no in found.stdout, found.stdout + found.stderr
        restored = store_db.open_database(tmp_path / "another-desk", url)
        try:
            assert store_db.file_store().read(sha256) == scan
        finally:
            restored.close()
    finally:
        pg_cluster.drop_database(name)
