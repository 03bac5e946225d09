"""Encryption at rest: a demo folder's NIKs are not readable with plain tools, the keys, the
recovery key, and `loket encrypt` of a plain folder killed at random moments."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import loket, raw_connection

from desktop.domain.errors import DataUnusable
from desktop.store import db as store_db
from desktop.store import encrypting, keys
from desktop.store.files import FileStore


def _make_plain(folder: Path) -> None:
    """A folder as the desk made it before encryption: a plain SQLite file (the desk keeps a
    plain database plain until `loket encrypt`)."""
    folder.mkdir(parents=True)
    con = sqlite3.connect(folder / store_db.DB_NAME)
    con.execute("PRAGMA journal_mode = wal")
    con.close()


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    done = loket("demo", "--cases", "300", "--seed", "4", "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    assert "The recovery key of" in done.stderr  # a new folder: its recovery key, once
    return folder


@pytest.fixture(scope="module")
def plain_demo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("plain") / "data"
    _make_plain(folder)
    done = loket("demo", "--cases", "300", "--seed", "4", "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    assert store_db.is_plain(folder / store_db.DB_NAME)
    return folder


def _niks(folder: Path) -> set[str]:
    with raw_connection(folder) as con:
        query = (
            "SELECT nik FROM complainant WHERE nik != '' "
            "UNION SELECT nik FROM visitor WHERE nik != ''"
        )
        return {r[0] for r in con.execute(query)}


def _every_byte(folder: Path) -> bytes:
    """The database (and its log) and every stored file, as grep and strings see them."""
    parts = sorted(folder.glob(store_db.DB_NAME + "*")) + sorted((folder / "files").rglob("*"))
    return b"\n".join(p.read_bytes() for p in parts if p.is_file())


def test_no_nik_of_a_demo_folder_can_be_read_with_plain_tools(demo_dir, plain_demo):
    niks = _niks(demo_dir)
    assert len(niks) > 50
    # The same demo in a plain folder: grep finds its NIKs (what this test would catch).
    assert _niks(plain_demo) == niks
    assert sum(nik.encode() in _every_byte(plain_demo) for nik in niks) == len(niks)

    sealed = _every_byte(demo_dir)
    assert [nik for nik in niks if nik.encode() in sealed] == []
    strings = subprocess.run(
        ["strings", "-n", "16", *map(str, demo_dir.glob(store_db.DB_NAME + "*"))],
        capture_output=True,
        check=True,
    ).stdout
    assert not any(nik.encode() in strings for nik in niks)
    assert b"CREATE TABLE" not in sealed and b"SQLite format 3" not in sealed
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(demo_dir / store_db.DB_NAME).execute("SELECT count(*) FROM complainant")
    # The key is in the keyring, not in the folder.
    key = keys.unlock(demo_dir)
    assert all(key.hex().encode() not in p.read_bytes() for p in demo_dir.rglob("*") if p.is_file())


def test_a_file_kept_in_an_encrypted_folder_is_sealed_and_read_back_plain(demo_dir, tmp_path):
    folder = tmp_path / "desk"
    shutil.copytree(demo_dir, folder)
    store_db.open_database(folder).close()
    store = FileStore(folder / "files")
    content = b"KTP 3174015708850003 Siti Aminah\n" * 20000  # 660 KB: several chunks
    digest = store.put(content)
    assert digest == hashlib.sha256(content).hexdigest()  # the address: the plain content's
    raw = store.path(digest).read_bytes()
    assert b"3174015708850003" not in raw and len(raw) > len(content)
    assert store.read(digest) == content
    # A sealed file cut short, or a byte changed, does not read as other content.
    store.path(digest).write_bytes(raw[: len(raw) - 100])
    with pytest.raises(OSError, match="damaged"):
        store.read(digest)
    store.path(digest).write_bytes(raw[:5000] + bytes([raw[5000] ^ 1]) + raw[5001:])
    with pytest.raises(OSError, match="damaged"):
        store.read(digest)


def test_without_the_keyring_the_recovery_key_opens_the_folder_and_a_wrong_one_is_one_line(
    tmp_path,
):
    folder = tmp_path / "desk"
    done = loket("demo", "--cases", "20", "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    recovery = done.stderr.split("safe: without the keyring, only it opens the folder):")[1]
    recovery = recovery.split()[0]
    elsewhere = {"XDG_DATA_HOME": str(tmp_path / "another-keyring")}  # a new PC's empty keyring

    refused = _loket_env(elsewhere, "find", "--data-dir", str(folder))
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert "kunci pemulihan" in refused.stderr

    wrong = "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH"
    before = (folder / store_db.DB_NAME).read_bytes()
    said = _loket_env({**elsewhere, "LOKET_RECOVERY_KEY": wrong}, "find", "--recovery-key",
                      "--data-dir", str(folder), "--lang", "en")  # fmt: skip
    assert said.returncode == 2 and said.stderr.count("\n") == 1, said.stderr
    assert "That recovery key is not this data folder's; nothing was opened" in said.stderr
    assert (folder / store_db.DB_NAME).read_bytes() == before  # nothing damaged

    opened = _loket_env({**elsewhere, "LOKET_RECOVERY_KEY": recovery.lower()}, "find",
                        "--recovery-key", "--limit", "3", "--data-dir", str(folder))  # fmt: skip
    assert opened.returncode == 0, opened.stderr
    assert len(opened.stdout.splitlines()) == 3


def _loket_env(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        env={**os.environ, **env},
    )


def test_a_wrong_key_in_the_keyring_is_refused_in_words(tmp_path):
    folder = tmp_path / "desk"
    store_db.open_database(folder).close()
    header = keys.read_header(folder)
    keys._unlocked.pop(header.folder)
    keys.secrets.save(f"data-key:{header.folder}", os.urandom(32).hex())
    with pytest.raises(DataUnusable) as refused:
        store_db.open_database(folder)
    assert "is not the key of the data folder" in refused.value.message("en")


def _state(folder: Path) -> str:
    """'plain' or 'encrypted' when the folder is whole one way or the other, else what is
    wrong; the stored files' contents are compared with the plain folder's."""
    plain_db = store_db.is_plain(folder / store_db.DB_NAME)
    heads = {p.read_bytes()[:8] for p in (folder / "files").rglob("*") if p.is_file()}
    if plain_db and heads <= {h for h in heads if not h.startswith(b"LKTENC")}:
        return "plain"
    if not plain_db and all(h.startswith(b"LKTENC01") for h in heads):
        return "encrypted"
    return f"mixed: database {'plain' if plain_db else 'encrypted'}, files {heads}"


def _contents(folder: Path) -> dict[str, bytes]:
    """Every stored file's plain content, read as the desk reads it (opening the folder)."""
    store_db.open_database(folder).close()
    store = FileStore(folder / "files")
    return {p.name: store.read(p.name) for p in store.stored()}


def _encrypting(folder: Path) -> tuple[subprocess.Popen, float]:
    """`loket encrypt` started, once it says it begins sealing (past the start-up)."""
    desk = subprocess.Popen(
        [sys.executable, "-m", "desktop", "encrypt", "--data-dir", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert b"sealing" in desk.stderr.readline()
    return desk, time.monotonic()


def test_loket_encrypt_killed_at_random_moments_leaves_a_whole_folder(plain_demo, tmp_path):
    expected, niks = _contents(plain_demo), _niks(plain_demo)
    assert len(expected) >= 5
    rehearsal = tmp_path / "rehearsal"
    shutil.copytree(plain_demo, rehearsal)
    desk, started = _encrypting(rehearsal)
    assert desk.wait() == 0
    work = time.monotonic() - started  # from the first file sealed to the end

    chance = random.Random(18)
    states = []
    for attempt in range(8):
        folder = tmp_path / f"desk-{attempt}"
        shutil.copytree(plain_demo, folder)
        desk, _ = _encrypting(folder)
        time.sleep(chance.uniform(0, work))
        desk.send_signal(signal.SIGKILL)
        desk.wait()
        checked = loket("check", "--data-dir", str(folder))  # it opens the folder first
        states.append(_state(folder))
        assert states[-1] in ("plain", "encrypted"), states
        assert checked.returncode == 0, checked.stdout + checked.stderr
        if store_db.is_plain(folder / store_db.DB_NAME):  # the run again, to its end
            assert loket("encrypt", "--data-dir", str(folder)).returncode == 0
        assert _state(folder) == "encrypted"
        assert not (folder / encrypting.STAGED).exists()
        assert not (folder / encrypting.RETIRED).exists()
        assert loket("check", "--data-dir", str(folder)).returncode == 0
        assert _contents(folder) == expected
        assert _niks(folder) == niks
    print("killed in the states", states)


@pytest.mark.parametrize(
    "step", ["encryption.json", "files.encrypting", store_db.DB_NAME, "files.plain", "files"]
)
def test_loket_encrypt_stopped_at_each_step_leaves_a_whole_folder(
    plain_demo, tmp_path, monkeypatch, step
):
    """The run stopped at each of its renames in turn (the key file, the first sealed file,
    the commit, the two renames of the file store): the points a kill falls between, by force.
    The next opening of the folder finishes what was committed before anything is read."""
    folder = tmp_path / "desk"
    shutil.copytree(plain_demo, folder)
    expected = _contents(plain_demo)
    real = os.replace

    def replace(source, target):
        if Path(target).name == step or Path(target).parent.parent.name == step:
            raise OSError("stopped here by the test")
        real(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError, match="stopped here"):
        encrypting.encrypt(folder)
    monkeypatch.undo()
    store_db.connect(folder).close()  # what every opening does first
    committed = step in ("files.plain", "files")  # after the database's rename
    assert _state(folder) == ("encrypted" if committed else "plain"), step
    assert _contents(folder) == expected
    assert loket("check", "--data-dir", str(folder)).returncode == 0
    if store_db.is_plain(folder / store_db.DB_NAME):
        encrypting.encrypt(folder)
    assert _state(folder) == "encrypted" and _contents(folder) == expected


def test_search_works_on_the_encrypted_database(demo_dir):
    done = loket("find", "toko", "--limit", "3", "--data-dir", str(demo_dir))
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 3, done.stderr
    with raw_connection(demo_dir) as con:
        (version,) = con.execute("SELECT sqlite_version()").fetchone()
        assert tuple(int(n) for n in version.split(".")) >= (3, 34)  # the trigram tokenizer


def test_check_names_a_plain_file_in_an_encrypted_file_store(demo_dir, tmp_path):
    folder = tmp_path / "desk"
    shutil.copytree(demo_dir, folder)
    stored = next(p for p in (folder / "files").rglob("*") if p.is_file())
    assert loket("check", "--data-dir", str(folder)).returncode == 0
    store_db.open_database(folder).close()
    stored.write_bytes(FileStore(folder / "files").read(stored.name))  # left plain by hand
    done = loket("check", "--data-dir", str(folder))
    assert done.returncode == 1
    assert f"1 file(s) in the encrypted file store are not sealed: {stored.name}" in done.stdout


def test_loket_encrypt_refuses_a_folder_another_desk_has_open(plain_demo, tmp_path):
    folder = tmp_path / "desk"
    shutil.copytree(plain_demo, folder)
    before = (folder / store_db.DB_NAME).read_bytes()
    other = sqlite3.connect(folder / store_db.DB_NAME)  # a desk reading, in WAL mode
    other.execute('SELECT count(*) FROM "case"').fetchone()
    try:
        done = loket("encrypt", "--data-dir", str(folder), "--lang", "en")
    finally:
        other.close()
    assert done.returncode == 2
    said = f"loket: The data folder {folder} is open on another desk; close every desk, then"
    assert done.stderr == said + " try again.\n"
    assert store_db.is_plain(folder / store_db.DB_NAME)
    assert (folder / store_db.DB_NAME).read_bytes() == before


def test_without_a_keyring_fit_for_it_a_new_folder_opens_by_its_recovery_key_alone(tmp_path):
    folder = tmp_path / "desk"
    weak = {"LOKET_ALLOW_INSECURE_KEYRING": "0"}  # keyrings.alt's file: refused for the key
    made = _loket_env(weak, "demo", "--cases", "5", "--data-dir", str(folder), "--lang", "en")
    assert made.returncode == 0, made.stderr
    assert "The recovery key below is the only way to open the folder" in made.stderr
    recovery = made.stderr.split("only it opens the folder):")[1].split()[0]
    assert not store_db.is_plain(folder / store_db.DB_NAME)  # encrypted all the same
    refused = _loket_env(weak, "find", "--data-dir", str(folder), "--lang", "en")
    assert refused.returncode == 2 and "Until then the folder opens with its recovery key" in (
        refused.stderr
    )
    opened = _loket_env({**weak, "LOKET_RECOVERY_KEY": recovery}, "find", "--recovery-key",
                        "--data-dir", str(folder))  # fmt: skip
    assert opened.returncode == 0 and len(opened.stdout.splitlines()) == 5, opened.stderr
