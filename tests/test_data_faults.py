"""The database file itself: one written by a newer desk is never written, a damaged one is
reported in words with what to do next, on the command line and in the window."""

from __future__ import annotations

import hashlib
import random
import shutil
from pathlib import Path

import pytest
from helpers import loket, raw_connection
from PySide6.QtWidgets import QMessageBox
from sqlcipher3 import dbapi2 as sqlcipher

from desktop.services.demo import DEMO_PASSWORD, scanned_page
from desktop.store import db as store_db
from desktop.store import keys


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    done = loket("demo", "--cases", "400", "--seed", "5", "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    return folder


def _copy(demo_dir: Path, folder: Path) -> Path:
    shutil.copytree(demo_dir, folder)
    return folder


def _digest(folder: Path) -> str:
    """The database as it is on disk, its write-ahead log included."""
    parts = [folder / store_db.DB_NAME, folder / (store_db.DB_NAME + "-wal")]
    return hashlib.sha256(b"".join(p.read_bytes() for p in parts if p.exists())).hexdigest()


@pytest.fixture
def newer(demo_dir, tmp_path) -> Path:
    """A demo folder that a newer version of the desk has migrated one step further."""
    folder = _copy(demo_dir, tmp_path / "newer")
    con = raw_connection(folder)
    con.execute(
        "INSERT INTO schema_migration (name, applied) VALUES (?, ?)",
        ("0099_from_a_newer_desk", "2027-01-04 08:00:00"),
    )
    con.close()
    return folder


def test_a_database_from_a_newer_desk_is_refused_by_every_command_and_never_written(
    newer, tmp_path
):
    scan = tmp_path / "surat.png"
    scan.write_bytes(scanned_page(["Surat pengaduan"]))
    con = raw_connection(newer)
    reg_no = con.execute('SELECT reg_no FROM "case" LIMIT 1').fetchone()[0]
    con.close()
    before = _digest(newer)
    out = tmp_path / "out.pdf"
    commands = [
        ["letters", "import", str(scan), "--sender", "Ibu Ratna", "--user", "petugas"],
        ["demo", "--cases", "5"],
        ["print", "receipt", reg_no, "--out", str(out), "--user", "petugas"],
        ["find", "Toko"],
        [
            "report",
            "--from",
            "01-11-2026",
            "--to",
            "30-11-2026",
            "--out",
            str(out),
            "--user",
            "admin",
        ],
        ["schedule", "--date", "30-11-2026", "--out", str(out)],
        ["letters", "register", "--from", "01-11-2026", "--to", "30-11-2026", "--out", str(out)],
        ["screenshot", "today", "--out", str(tmp_path / "x.png"), "--user", "admin"],
    ]
    for command in commands:
        done = loket(*command, "--data-dir", str(newer), password=DEMO_PASSWORD)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
        assert "versi Loket yang lebih baru" in done.stderr and "0099" in done.stderr
        assert _digest(newer) == before, command
    assert not out.exists()
    check = loket("check", "--data-dir", str(newer))
    assert check.returncode == 1 and "newer version" in check.stdout


def test_the_window_refuses_a_database_from_a_newer_desk_in_plain_words(
    qapp, qtbot, newer, monkeypatch
):
    from desktop.gui.app import Counter
    from desktop.gui.desk import DeskSettings
    from desktop.gui.worker import Worker

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: shown.append(text))
    monkeypatch.setattr("desktop.gui.app.QApplication.quit", lambda: None)
    before = _digest(newer)
    worker = Worker()
    try:
        Counter(worker, newer, DeskSettings(newer)).start()
        qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    finally:
        worker.stop()
    assert (
        "versi Loket yang lebih baru" in shown[0] and "Pasang versi Loket yang terbaru" in shown[0]
    )
    assert _digest(newer) == before


def _damage(path: Path, offset: int, seed: int) -> None:
    with path.open("r+b") as f:
        f.seek(offset)
        f.write(random.Random(seed).randbytes(200))


def _sqlite_says(folder: Path) -> str:
    """What SQLite's own integrity check makes of the file: 'ok', its findings, or the error
    it raises before it can say anything."""
    con = raw_connection(folder)
    try:
        return "; ".join(str(r[0]) for r in con.execute("PRAGMA integrity_check"))
    except sqlcipher.DatabaseError as e:
        return f"raised: {e}"
    finally:
        con.close()


def test_check_reports_a_damaged_file_in_words_at_every_offset(demo_dir, tmp_path):
    size = (demo_dir / store_db.DB_NAME).stat().st_size
    verdicts = {}
    # Spread over the file, and once in its first page: SQLCipher's pages fail their check
    # wherever damaged, but only a first page damaged makes integrity_check itself raise
    # every time (elsewhere that depends on the random key the folder was made with).
    offsets = [100, *(size * (n + 1) // 13 for n in range(12))]
    for number, offset in enumerate(offsets):
        folder = _copy(demo_dir, tmp_path / f"damaged-{number}")
        _damage(folder / store_db.DB_NAME, offset, seed=number)
        sqlite_says = _sqlite_says(folder)
        done = loket("check", "--data-dir", str(folder))
        assert "Traceback" not in done.stdout + done.stderr, (offset, done.stderr)
        assert done.returncode in (0, 1), done.stderr
        if done.returncode == 1:
            assert "is damaged" in done.stdout and "restore the latest backup" in done.stdout
            assert done.stdout.splitlines()[-1].startswith("FAILED")
        if sqlite_says != "ok":  # whatever SQLite finds, check reports the damage
            assert done.returncode == 1 and "is damaged" in done.stdout, (offset, done.stdout)
        verdicts[offset] = sqlite_says
    assert verdicts[100].startswith("raised"), verdicts  # integrity_check itself fails


def _pages_of(folder: Path, table: str) -> list[int]:
    """The pages (of 4 KB) holding a table's rows: its B-tree walked from its root page, each
    page opened as SQLCipher 4 keeps it (AES-256-CBC, the IV in the last 80 bytes reserved per
    page; the raw key used as it is). SQLCipher is built without dbstat."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    con = raw_connection(folder)
    try:
        assert int(con.execute("PRAGMA page_size").fetchone()[0]) == 4096
        (root,) = con.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
    finally:
        con.close()
    raw = (folder / store_db.DB_NAME).read_bytes()
    key = bytes.fromhex(keys.database_key(keys.unlock(folder))[2:-1])

    def page(number: int) -> bytes:
        start = (number - 1) * 4096
        body = raw[start : start + 4096]
        skip = 16 if number == 1 else 0  # the first page begins with the salt
        iv = body[4096 - 80 : 4096 - 64]
        opened = (
            Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor().update(body[skip : 4096 - 80])
        )
        return bytes(skip) + opened

    leaves, todo = [], [root]
    while todo:
        number = todo.pop()
        data = page(number)
        at = 100 if number == 1 else 0
        if data[at] == 0x0D:
            leaves.append(number)
        elif data[at] == 0x05:  # interior: the children, then the right-most pointer
            cells = int.from_bytes(data[at + 3 : at + 5], "big")
            for i in range(cells):
                cell = int.from_bytes(data[at + 12 + 2 * i : at + 14 + 2 * i], "big")
                todo.append(int.from_bytes(data[cell : cell + 4], "big"))
            todo.append(int.from_bytes(data[at + 8 : at + 12], "big"))
    return sorted(leaves)


def test_the_window_says_the_file_is_damaged_instead_of_failing_at_the_first_query(
    qapp, qtbot, demo_dir, tmp_path, monkeypatch
):
    """Damage at the start of the file: the desk cannot even open it. Damage in the cases:
    the first query that reads them says the same, in words."""
    from desktop.domain.errors import DataUnusable
    from desktop.gui import i18n
    from desktop.gui.app import Counter
    from desktop.gui.desk import DeskSettings
    from desktop.gui.worker import Worker
    from desktop.services.queries import find_cases

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: shown.append(text))
    monkeypatch.setattr("desktop.gui.app.QApplication.quit", lambda: None)
    head = _copy(demo_dir, tmp_path / "head")
    _damage(head / store_db.DB_NAME, 100, seed=1)  # the page header of the schema's table
    worker = Worker()
    try:
        Counter(worker, head, DeskSettings(head)).start()
        qtbot.waitUntil(lambda: bool(shown), timeout=20000)
        assert "rusak" in shown[0] and "pulihkan cadangan terakhir" in shown[0], shown

        failures: list[BaseException] = []
        for number, page in enumerate(_pages_of(demo_dir, "case")[::4]):
            folder = _copy(demo_dir, tmp_path / f"middle-{number}")
            _damage(folder / store_db.DB_NAME, (page - 1) * 4096 + 1500, seed=number)
            worker.submit(store_db.open_database, folder, on_failure=failures.append)
            # what the case list and the search ask: every case, newest first
            worker.submit(find_cases, "", 0, on_failure=failures.append)
            worker.submit(find_cases, "toko", 0, on_failure=failures.append)
            qtbot.waitUntil(lambda: worker.pending == 0, timeout=20000)
    finally:
        worker.stop()
    assert len(failures) >= 3, failures
    for error in failures:
        assert isinstance(error, DataUnusable), repr(error)
        assert "rusak" in i18n.message(error) and "malformed" not in i18n.message(error)
