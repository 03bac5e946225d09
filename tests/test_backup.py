"""Backups that restore: ``loket backup`` while a desk holds the write lock, ``loket restore``
on a fresh folder (an older version's backup migrated), ``loket check`` clean after; every kind
of bad backup refused in words with nothing written; daily backups kept by retention."""

from __future__ import annotations

import datetime as dt
import io
import json
import tarfile
import threading
from pathlib import Path

import pyrage
import pytest
from conftest import NOW
from helpers import copy_database, loket, raw_connection

from desktop.domain import retention
from desktop.services import backups, settings
from desktop.store import backup
from desktop.store import db as store_db
from desktop.store.models import Attachment, database

PASSWORD = "loket-demo-2026"


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> tuple[Path, str, Path]:
    """A demo folder with its backup key, and one backup of it: (folder, key, backup)."""
    root = tmp_path_factory.mktemp("backup")
    folder = root / "data"
    assert loket("demo", "--cases", "80", "--seed", "4", "--data-dir", str(folder)).returncode == 0
    made = loket("backup-key", "--user", "admin", "--data-dir", str(folder), password=PASSWORD)
    assert made.returncode == 0, made.stderr
    key = made.stdout.splitlines()[-1]
    assert key.startswith("AGE-SECRET-KEY-1")
    out = root / "kantor.loketbackup"
    done = loket("backup", "--out", str(out), "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    return folder, key, out


def restore(archive: Path, target: Path, key: str):
    return loket(
        "restore", str(archive), "--data-dir", str(target), "--lang", "en", LOKET_BACKUP_KEY=key
    )


def rows(folder: Path, sql: str) -> list[tuple]:
    con = raw_connection(folder)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_backup_restores_on_a_fresh_folder_and_check_passes(office, tmp_path):
    folder, key, archive = office
    assert b"Siti" not in archive.read_bytes() and b"SQLite format" not in archive.read_bytes()
    target = tmp_path / "baru"
    done = restore(archive, target, key)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "check OK" in done.stdout
    # encrypted again on the folder it went to, under a key of its own, its recovery key shown
    assert not store_db.is_plain(target / store_db.DB_NAME) and "recovery key of" in done.stdout
    for sql in (
        'SELECT reg_no, status, complainant_id FROM "case" ORDER BY id',
        'SELECT uuid, hash FROM "history_event" WHERE case_id IS NOT NULL ORDER BY id',
        "SELECT key, value FROM setting ORDER BY key",
    ):
        assert rows(target, sql) == rows(folder, sql)
    # every file the rows point to: the evidence, and the PDFs of the letters issued
    stored = {sha for (sha,) in rows(folder, "SELECT sha256 FROM attachment")}
    stored |= {
        sha
        for pair in rows(folder, "SELECT sha256, signed_sha256 FROM issued_letter")
        for sha in pair
        if sha
    }
    assert stored and {p.name for p in (target / "files").glob("*/*")} == stored
    assert loket("check", "--data-dir", str(target)).returncode == 0


def test_a_backup_is_made_while_another_desk_keeps_writing(office, tmp_path):
    folder, key, _ = office
    written: list[int] = []
    stop = threading.Event()

    def desk() -> None:  # another desk on the same file, committing all the while
        con = raw_connection(folder)
        con.execute("PRAGMA busy_timeout = 15000")
        while not stop.is_set():
            con.execute("BEGIN IMMEDIATE")
            con.execute(
                "INSERT OR REPLACE INTO setting (key, value) VALUES ('office.name', ?)",
                (json.dumps(f"Kantor {len(written)}"),),
            )
            con.execute("COMMIT")
            written.append(1)
            # A desk's pace, a commit every few milliseconds: back to back, with no gap, one
            # writer starved every other connection's busy wait (the backup's opening too).
            stop.wait(0.005)
        con.close()

    thread = threading.Thread(target=desk)
    thread.start()
    try:
        out = tmp_path / "saat-sibuk.loketbackup"
        done = loket("backup", "--out", str(out), "--data-dir", str(folder))
    finally:
        stop.set()
        thread.join()
    assert done.returncode == 0, done.stderr
    assert len(written) > 10  # the desk was not held up
    restored = restore(out, tmp_path / "baru", key)
    assert restored.returncode == 0 and "check OK" in restored.stdout
    (name,) = rows(tmp_path / "baru", "SELECT value FROM setting WHERE key = 'office.name'")[0]
    assert json.loads(name).startswith("Kantor ")


def flip_a_byte(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :]


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (lambda data: data[: len(data) * 2 // 3], "damaged or cut short"),
        (flip_a_byte, "damaged or cut short"),
        (lambda data: b"%PDF-1.7\n" + data[9:300], "is not a Loket backup"),
        (lambda data: b"", "is not a Loket backup"),
    ],
    ids=["truncated", "a byte flipped", "a pdf", "empty"],
)
def test_a_bad_backup_is_refused_in_words_before_anything_is_written(
    office, tmp_path, spoil, words
):
    _, key, archive = office
    bad = tmp_path / "rusak.loketbackup"
    bad.write_bytes(spoil(archive.read_bytes()))
    target = tmp_path / "baru"
    done = restore(bad, target, key)
    assert done.returncode == 2
    assert words in done.stderr and "nothing was written" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not target.exists() and list(tmp_path.iterdir()) == [bad]


def test_a_wrong_key_or_no_key_is_refused(office, tmp_path):
    _, _, archive = office
    wrong, _ = backup.new_key()
    done = restore(archive, tmp_path / "baru", wrong)
    assert done.returncode == 2 and "This key does not open the backup" in done.stderr
    done = restore(archive, tmp_path / "baru", "kata sandi saya")
    assert done.returncode == 2 and "That is not a backup key" in done.stderr
    assert not (tmp_path / "baru").exists()


def test_a_backup_not_matching_its_manifest_is_refused(office, tmp_path):
    """Made with the office's key (so age cannot tell), but a file left out."""
    _, key, archive = office
    identity = pyrage.x25519.Identity.from_str(key)
    plain = pyrage.decrypt(archive.read_bytes(), [identity])
    kept = io.BytesIO()
    with (
        tarfile.open(fileobj=io.BytesIO(plain), mode="r") as source,
        tarfile.open(fileobj=kept, mode="w") as target,
    ):
        members = source.getmembers()
        dropped = next(m for m in members if m.name.startswith("files/"))
        for member in members:
            if member is not dropped:
                target.addfile(member, source.extractfile(member))
    forged = tmp_path / "kurang.loketbackup"
    forged.write_bytes(pyrage.encrypt(kept.getvalue(), [identity.to_public()]))
    done = restore(forged, tmp_path / "baru", key)
    assert done.returncode == 2
    assert "does not match its list of contents (1 file(s) differ)" in done.stderr
    assert not (tmp_path / "baru").exists()


def test_restoring_into_a_folder_in_use_is_refused(office):
    folder, key, archive = office
    done = restore(archive, folder, key)
    assert done.returncode == 2 and "is not empty" in done.stderr


def test_a_backup_of_an_older_version_is_migrated_on_restore(office, tmp_path):
    """A folder as the version before the hash chain left it, backed up, restores chained."""
    folder, key, _ = office
    old = tmp_path / "lama"
    old.mkdir()
    copy_database(folder, old)
    target = raw_connection(old)
    with target:
        target.execute('ALTER TABLE "history_event" DROP COLUMN "hash"')
        target.execute("DELETE FROM schema_migration WHERE name = '0015_history_chain'")
        (recipient,) = target.execute(
            "SELECT value FROM setting WHERE key = 'backup.recipient'"
        ).fetchone()
    (old / "files").mkdir()
    store_db.connect(old)  # bound, not migrated: the older version's database as it is
    made = backup.make(old, tmp_path / "lama.loketbackup", json.loads(recipient))
    database.close()
    assert "0015_history_chain" not in made.migrations
    done = restore(made.path, tmp_path / "baru", key)
    # The file store was left out of this one; check says so, the history is whole.
    assert "is broken" not in done.stdout and "differ from their history" not in done.stdout
    applied = rows(tmp_path / "baru", "SELECT name FROM schema_migration")
    assert ("0015_history_chain",) in applied
    assert rows(tmp_path / "baru", 'SELECT count(*) FROM "history_event" WHERE hash = ""') == [(0,)]


def test_retention_keeps_7_daily_4_weekly_12_monthly():
    start = dt.datetime(2025, 1, 1, 18, 0)
    made = [start + dt.timedelta(days=n, hours=h) for n in range(400) for h in (0, 1)]
    kept = retention.keep(made)

    def newest_of(period, count: int) -> set[dt.datetime]:
        by_period: dict = {}
        for moment in made:
            by_period[period(moment)] = max(moment, by_period.get(period(moment), moment))
        return {by_period[p] for p in sorted(by_period)[-count:]}

    days = newest_of(lambda t: t.date(), 7)
    weeks = newest_of(lambda t: t.isocalendar()[:2], 4)
    months = newest_of(lambda t: (t.year, t.month), 12)
    assert kept == days | weeks | months
    assert all(t.hour == 19 for t in kept)  # the later of each day's two
    assert max(made) - min(kept) > dt.timedelta(days=300)  # eleven months back, a month apart


def test_daily_backups_go_to_the_folder_and_old_ones_are_let_go(actors, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    stranger = folder / "catatan.txt"
    stranger.write_text("not ours")
    settings.put(actors["admin"], "backup.folder", str(folder))
    backups.make_key(actors["admin"], NOW)
    state = backups.state(NOW)
    assert state.stale and state.last_ok is None
    for day in range(30):
        moment = NOW + dt.timedelta(days=day)
        assert backups.due(moment)
        backups.daily(moment)
        assert not backups.due(moment)
    names = sorted(p.name for p in folder.iterdir())
    assert stranger.name in names
    kept = backups.backups_in(folder)
    assert set(kept) == retention.keep(NOW + dt.timedelta(days=d) for d in range(30))
    later = NOW + dt.timedelta(days=29)
    assert not backups.state(later).warn


def test_a_failed_daily_backup_is_said_and_a_stale_one_warned(actors, tmp_path):
    settings.put(actors["admin"], "backup.folder", str(tmp_path / "usb-tercabut"))
    backups.make_key(actors["admin"], NOW)
    with pytest.raises(Exception, match="tidak dapat dipakai"):
        backups.daily(NOW)
    state = backups.state(NOW)
    assert state.warn and state.failed_at == NOW and "USB disk" in state.reason("en")
    (tmp_path / "usb-tercabut").mkdir()
    backups.daily(NOW + dt.timedelta(hours=1))
    assert not backups.state(NOW + dt.timedelta(hours=2)).warn
    # Monday's backup is still fresh on Wednesday, not on Thursday (two working days).
    assert not backups.state(NOW + dt.timedelta(days=2)).stale
    assert backups.state(NOW + dt.timedelta(days=3)).stale
    assert Attachment.select().count() == 0  # nothing of a case was touched
