"""The history's hash chain: an event changed, removed or slipped in after it was written is
named by ``loket check``; a folder from before the chain is chained by its migration with the
same hashes the desk writes as it goes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import NOW, complaint_form
from helpers import copy_database, loket, raw_connection

from desktop.services import handling, intake
from desktop.services.check import check_database
from desktop.store import db as store_db
from desktop.store import sql
from desktop.store.models import database


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("chain") / "data"
    done = loket("demo", "--cases", "60", "--seed", "5", "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    return folder


def copy_of(demo_dir: Path, into: Path) -> sqlite3.Connection:
    copy_database(demo_dir, into)
    return raw_connection(into)


def a_middle_event(con: sqlite3.Connection) -> tuple[str, str, str]:
    """An event with events after it in its case: its uuid, its case's number, its payload."""
    return con.execute(
        'SELECT e.uuid, c.reg_no, e.payload FROM "history_event" e '
        'JOIN "case" c ON c.uuid = e.case_id WHERE e.kind = ? AND EXISTS ('
        'SELECT 1 FROM "history_event" n WHERE n.case_id = e.case_id AND n.id > e.id) '
        "ORDER BY e.id LIMIT 1",
        ("case.transition",),
    ).fetchone()


def test_check_names_the_event_whose_payload_was_edited(demo_dir, tmp_path):
    con = copy_of(demo_dir, tmp_path / "copy")
    uuid, reg_no, payload = a_middle_event(con)
    edited = json.loads(payload) | {"note": "diubah diam-diam"}
    with con:
        con.execute(
            'UPDATE "history_event" SET payload = ? WHERE uuid = ?', (json.dumps(edited), uuid)
        )
    con.close()
    done = loket("check", "--data-dir", str(tmp_path / "copy"))
    assert done.returncode == 1
    broken = [line for line in done.stdout.splitlines() if "is broken at" in line]
    # One broken link only: the events after it still follow the hash it was written with.
    assert len(broken) == 1, done.stdout
    assert f"case {reg_no} is broken at event {uuid}" in broken[0]


def test_check_names_the_event_after_one_removed(demo_dir, tmp_path):
    con = copy_of(demo_dir, tmp_path / "copy")
    uuid, reg_no, _ = a_middle_event(con)
    (after,) = con.execute(
        'SELECT uuid FROM "history_event" WHERE case_id = (SELECT case_id FROM '
        '"history_event" WHERE uuid = ?) AND id > (SELECT id FROM "history_event" WHERE uuid = ?) '
        "ORDER BY id LIMIT 1",
        (uuid, uuid),
    ).fetchone()
    with con:
        con.execute("DROP TRIGGER IF EXISTS history_event_stage_exit")
        con.execute('DELETE FROM "stage_exit"')  # only the chain is to differ
        con.execute('DELETE FROM "history_event" WHERE uuid = ?', (uuid,))
    con.close()
    done = loket("check", "--data-dir", str(tmp_path / "copy"))
    assert done.returncode == 1
    assert f"case {reg_no} is broken at event {after}" in done.stdout


def test_the_desks_own_chain_is_checked_too(actors):
    intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    (uuid,) = sql.one('SELECT uuid FROM "history_event" WHERE case_id IS NULL ORDER BY id LIMIT 1')
    assert check_database().ok
    sql.run('UPDATE "history_event" SET at = ? WHERE uuid = ?', ("2020-01-01 00:00:00", uuid))
    problems = check_database().problems
    assert len(problems) == 1 and f"desk's own history is broken at event {uuid}" in problems[0]


@pytest.mark.desk_only  # a desk's folder from before 0015: an office database starts past it
def test_migration_chains_a_folder_from_before_with_the_hashes_the_desk_writes(actors):
    uuid = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW).uuid
    handling.take_action(actors["analis"], uuid, "start_analysis", now=NOW)
    written = database.execute_sql('SELECT id, hash FROM "history_event" ORDER BY id').fetchall()
    assert all(len(h) == 64 for _, h in written)
    # The folder as the version before this one left it: no hash column, 0015 not applied.
    database.execute_sql('ALTER TABLE "history_event" DROP COLUMN "hash"')
    database.execute_sql("DELETE FROM schema_migration WHERE name = '0015_history_chain'")
    assert store_db.migrate(database.obj) == ["0015_history_chain"]
    chained = database.execute_sql('SELECT id, hash FROM "history_event" ORDER BY id').fetchall()
    assert chained == written
    assert check_database().ok
