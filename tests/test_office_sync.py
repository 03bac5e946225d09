"""Sync from an office: one desk at a time talks to the central system for every desk of the
office (a PostgreSQL advisory lock gives the turn); when that desk goes away, another takes
over; every event reaches the server exactly once, whichever desk recorded it."""

from __future__ import annotations

import subprocess
import sys
import time

import keyring
import psycopg
import pytest
from central.memory_keyring import MemoryKeyring
from central.peer import ENROLMENT_CODE, Peer
from conftest import NOW, complaint_form

from desktop.services import intake, syncing
from desktop.store import turns


@pytest.fixture(autouse=True)
def memory_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def engine() -> str:
    return "postgresql"


@pytest.fixture
def peer(tmp_path):
    peer = Peer(tmp_path / "central", seed=7).start()
    yield peer
    peer.stop()


def _plain_url() -> str:
    """The office database's URL as psycopg takes it (the one the desk has open)."""
    from desktop.store.models import database

    return database.obj.database


def other_desk_holding_the_turn() -> subprocess.Popen:
    """Another desk's process that has taken the sync turn and is busy with it."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time, psycopg\n"
            "conn = psycopg.connect(sys.argv[1], autocommit=True)\n"
            f"conn.execute('SELECT pg_advisory_lock({turns.SYNC})')\n"
            "print('held', flush=True)\n"
            "time.sleep(600)\n",
            _plain_url(),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_one_desk_of_the_office_syncs_and_another_takes_over_when_it_goes(actors, peer):
    syncing.enrol(actors["admin"], peer.url, ENROLMENT_CODE)
    intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    holder = other_desk_holding_the_turn()
    try:
        waiting = syncing.run_once()
        assert waiting.elsewhere and waiting.sent == 0
        assert peer.events("LK1") == []  # this desk did not talk to the server
        assert syncing.state().pending > 0  # still waiting, for the desk with the turn
    finally:
        holder.kill()  # the desk with the turn dies: its connection ends with it
        holder.wait()
    deadline = time.monotonic() + 10
    report = syncing.run_once()
    while report.elsewhere and time.monotonic() < deadline:  # the server notices the end
        time.sleep(0.1)
        report = syncing.run_once()
    assert not report.elsewhere and report.sent == report.accepted > 0
    on_server = [e["uuid"] for e in peer.events("LK1")]
    assert len(on_server) == len(set(on_server)) == report.sent
    assert syncing.run_once().sent == 0  # nothing goes twice


def test_the_turn_is_free_again_once_a_run_ends(actors, peer):
    syncing.enrol(actors["admin"], peer.url, ENROLMENT_CODE)
    syncing.run_once()
    with psycopg.connect(_plain_url(), autocommit=True) as other:
        taken = other.execute(f"SELECT pg_try_advisory_lock({turns.SYNC})").fetchone()[0]
        assert taken, "the desk kept the sync turn after its run"
