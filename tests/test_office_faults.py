"""The office database's server stops in the middle of the day, and starts again: the desk says
in plain words that the office database cannot be reached, writes nothing half, and carries on
when the server is back, on a new connection, nothing lost or doubled. A cluster of its own, so
the run's shared cluster is never stopped under other tests."""

from __future__ import annotations

import pg_server
import pytest
from conftest import NOW, PASSWORD, complaint_form

from desktop.domain.errors import DataUnusable
from desktop.services import intake, queries, settings, staff
from desktop.store import db as store_db


@pytest.fixture(scope="module")
def own_cluster():
    cluster = pg_server.start_cluster()
    yield cluster
    cluster.stop("immediate")


def test_the_server_stops_and_starts_again_during_intake(own_cluster, tmp_path):
    settings.forget()
    url = own_cluster.create_database("kantor")
    database = store_db.open_database(tmp_path / "desk", url)
    try:
        admin = staff.create_first_admin("admin", "Admin Loket", PASSWORD, now=NOW)
        officer = staff.create_staff(admin, "petugas", "Petugas Satu", PASSWORD, ["counter"])
        first = intake.register_complaint(officer, complaint_form(), now=NOW)

        own_cluster.stop("fast")  # the server goes down mid-day
        with pytest.raises(Exception) as failed:
            intake.register_complaint(officer, complaint_form(), now=NOW)
        said = store_db.plain(failed.value)  # what the window shows (gui/worker.py)
        assert isinstance(said, DataUnusable) and said.code == "office.unreachable"
        assert "loket" in said.params["url"] and "sandi" not in said.params["url"]

        own_cluster.start()  # back: the desk carries on, on a new connection
        second = intake.register_complaint(officer, complaint_form(), now=NOW)
        numbers = sorted(row.reg_no for row in queries.find_cases("", limit=10))
        assert numbers == [first.reg_no, second.reg_no]  # nothing doubled, no number lost
        assert int(second.reg_no[-5:]) == int(first.reg_no[-5:]) + 1
    finally:
        database.close()
        settings.forget()
