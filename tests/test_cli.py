"""The command line as an officer or a scheduled job runs it: real processes, real folders."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import loket, raw_connection
from sqlcipher3 import dbapi2 as sqlcipher

from desktop.domain.errors import DataUnusable
from desktop.domain.messages import label
from desktop.domain.workflow import Status


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    done = loket("demo", "--cases", "400", "--seed", "3", "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    assert "400 demo cases" in done.stdout
    return folder


def test_demo_then_check(demo_dir):
    done = loket("check", "--data-dir", str(demo_dir))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("OK: 400 cases,")


def test_find_prints_one_case_per_line_newest_first(demo_dir):
    done = loket("find", "--data-dir", str(demo_dir), "--limit", "5")
    lines = done.stdout.splitlines()
    assert done.returncode == 0 and len(lines) == 5
    numbers = [line.split()[0] for line in lines]
    with raw_connection(demo_dir) as con:
        newest = [
            r[0]
            for r in con.execute(
                'SELECT reg_no FROM "case" ORDER BY received_at DESC, id DESC LIMIT 5'
            )
        ]
        name, reg_no = con.execute(
            'SELECT c.name, k.reg_no FROM "case" k JOIN complainant c ON c.uuid = '
            "k.complainant_id ORDER BY k.id LIMIT 1"
        ).fetchone()
    assert numbers == newest
    found = loket(
        "find", name.split()[0], name.split()[-1], "--data-dir", str(demo_dir), "--limit", "0"
    )
    assert reg_no in found.stdout
    assert all(name in line for line in found.stdout.splitlines())
    english = loket("find", reg_no, "--data-dir", str(demo_dir), "--lang", "en").stdout
    indonesian = loket("find", reg_no, "--data-dir", str(demo_dir)).stdout
    status_en = english[len(reg_no) :].split("  ")[1]
    status_id = indonesian[len(reg_no) :].split("  ")[1]
    assert status_en.split(" (")[0] in {label("status", s.value, "en") for s in Status}
    assert status_id.split(" (")[0] in {label("status", s.value, "id") for s in Status}


def test_check_fails_clearly_on_a_tampered_database(tmp_path, demo_dir):
    copy = tmp_path / "copy"
    shutil.copytree(demo_dir, copy)
    with raw_connection(copy) as target:
        target.execute('UPDATE "case" SET transaction_value = 1 WHERE id = 7')
    done = loket("check", "--data-dir", str(copy))
    assert done.returncode == 1
    assert "differ from their history" in done.stdout and "transaction_value" in done.stdout
    assert done.stdout.splitlines()[-1].startswith("FAILED")


@pytest.mark.parametrize(
    "args",
    [
        ["demo", "--cases", "-5"],
        ["demo", "--cases", "banyak"],
        ["find", "--limit", "x"],
        ["teleport"],
        ["check", "--lang", "fr"],
    ],
)
def test_bad_arguments_get_one_line_not_a_traceback(tmp_path, args):
    done = loket(*args, "--data-dir", str(tmp_path))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr and done.stderr.startswith("loket")


def test_a_data_dir_that_is_a_file_or_not_a_database(tmp_path):
    (tmp_path / "file").write_text("x")
    done = loket("find", "--data-dir", str(tmp_path / "file"))
    assert done.returncode != 0 and "is a file, not a data folder" in done.stderr
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "loket.sqlite3").write_bytes(b"garbage" * 1000)
    done = loket("find", "--data-dir", str(folder))
    assert done.returncode == 2 and "rusak" in done.stderr and "cadangan" in done.stderr
    assert "Traceback" not in done.stderr
    assert loket("check", "--data-dir", str(tmp_path / "none")).returncode == 1


def test_without_a_subcommand_the_desk_starts_on_its_data_folder(tmp_path):
    """What `make run` does: the window opens (here offscreen) on a new, migrated database."""
    import os
    import time

    folder = tmp_path / "new"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    desk = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while not _agencies(folder) and time.monotonic() < deadline and desk.poll() is None:
            time.sleep(0.2)
        time.sleep(1)
        assert desk.poll() is None, desk.communicate()[1]  # still up: waiting for the officer
    finally:
        desk.terminate()
        desk.wait(timeout=30)
    assert _agencies(folder) == 11  # the database was made and migrated
    assert loket("--version").stdout.startswith("loket ")


def _agencies(folder: Path) -> int:
    try:
        with raw_connection(folder) as con:
            return con.execute("SELECT count(*) FROM agency").fetchone()[0]
    except (sqlcipher.Error, DataUnusable):
        return 0


def test_without_a_display_the_desk_says_what_to_do(tmp_path):
    import os

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "loket: there is no display; run it under xvfb-run, or set QT_QPA_PLATFORM=offscreen"
    )


# -- who acts: print, letters import, report, sync --enrol and the screenshots of the signed-in
# window act as a person, signed in with a password; demo, check, find, schedule, the letter
# register and the window itself (its own sign-in) do not.
def _demo_copy(demo_dir: Path, tmp_path: Path) -> Path:
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(demo_dir, copy)
    return copy


def _receipt(folder: Path, out: Path, *who: str, password: str | None = None):
    with raw_connection(folder) as con:
        reg_no = con.execute('SELECT reg_no FROM "case" ORDER BY id LIMIT 1').fetchone()[0]
    return loket(
        "print",
        "receipt",
        reg_no,
        "--out",
        str(out),
        "--data-dir",
        str(folder),
        *who,
        password=password,
    )


def _one_line(done, words: str) -> None:
    assert done.returncode == 2, done.stdout + done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr and words in done.stderr, done.stderr


def test_a_command_that_acts_as_a_person_needs_the_account_and_its_password(tmp_path, demo_dir):
    from desktop.services.demo import DEMO_PASSWORD

    out = tmp_path / "tt.pdf"
    _one_line(_receipt(demo_dir, out, password=DEMO_PASSWORD), "--user")
    _one_line(_receipt(demo_dir, out, "--user", "petugas"), "LOKET_PASSWORD")
    _one_line(_receipt(demo_dir, out, "--user", "petugas", password="salah-sekali"), "salah")
    _one_line(_receipt(demo_dir, out, "--user", "siapa", password=DEMO_PASSWORD), "salah")
    assert not out.exists()
    done = _receipt(demo_dir, out, "--user", "petugas", password=DEMO_PASSWORD)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    with raw_connection(demo_dir) as con:
        by = con.execute(
            "SELECT s.username FROM printed_document p JOIN staff s ON s.uuid = p.printed_by_id "
            "ORDER BY p.id DESC LIMIT 1"
        ).fetchone()
    assert by == ("petugas",)
    shot = loket(
        "screenshot", "today", "--out", str(tmp_path / "x.png"), "--data-dir", str(demo_dir)
    )
    _one_line(shot, "--user")


def test_locked_deactivated_and_system_accounts_are_refused_in_one_line(tmp_path, demo_dir):
    from desktop.services.demo import DEMO_PASSWORD

    folder, out = _demo_copy(demo_dir, tmp_path), tmp_path / "tt.pdf"
    for _ in range(5):
        _receipt(folder, out, "--user", "analis", password="bukan-sandinya")
    _one_line(_receipt(folder, out, "--user", "analis", password=DEMO_PASSWORD), "dikunci")
    with raw_connection(folder) as con:
        con.execute("UPDATE staff SET active = 0 WHERE username = 'mediator'")
    _one_line(_receipt(folder, out, "--user", "mediator", password=DEMO_PASSWORD), "nonaktif")
    from desktop.services import settings, syncing
    from desktop.store import db as store_db

    settings.forget()
    database = store_db.open_database(folder)
    with database.atomic():
        syncing._central_staff()  # the account the central system's changes are recorded under
    database.close()
    _one_line(_receipt(folder, out, "--user", "pusat", password=""), "akun sistem")
    assert not out.exists()


def test_the_password_is_asked_at_a_terminal_without_echo(tmp_path, demo_dir):
    import os
    import pty

    from desktop.services.demo import DEMO_PASSWORD

    with raw_connection(demo_dir) as con:
        reg_no = con.execute('SELECT reg_no FROM "case" ORDER BY id LIMIT 1').fetchone()[0]
    out = tmp_path / "tt.pdf"
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "LOKET_PASSWORD"}
    desk = subprocess.Popen(
        [
            *(sys.executable, "-m", "desktop", "print", "receipt", reg_no, "--out", str(out)),
            *("--data-dir", str(demo_dir), "--user", "petugas"),
        ],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
    )
    os.close(slave)
    seen = b""
    while b"password for petugas" not in seen:
        seen += os.read(master, 1024)
    os.write(master, DEMO_PASSWORD.encode() + b"\n")
    assert desk.wait(120) == 0
    rest = b""
    try:
        while chunk := os.read(master, 1024):
            rest += chunk
    except OSError:  # the terminal closed with the process
        pass
    os.close(master)
    assert DEMO_PASSWORD.encode() not in seen + rest  # not echoed
    assert out.read_bytes().startswith(b"%PDF")


def _commands(parser, path: str = ""):
    """Every command of the parser and its sub-commands: (``"person export"``, its parser)."""
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                here = f"{path} {name}".strip()
                yield here, sub
                yield from _commands(sub, here)


def test_each_command_that_acts_as_a_person_says_so_in_its_help_and_in_the_readme():
    """What an officer reads before running a command: its --user help (no admin by default)
    and the README's list of the commands that need an account and its password."""
    import re

    from desktop.cli import _parser

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    acting = re.search(
        r"\*\*Who acts\.\*\* The commands that act as a person —(.*?)— need", readme, re.S
    )
    assert acting, "the README's Who acts paragraph"
    named = " ".join(acting.group(1).split())
    with_user = {}
    for path, sub in _commands(_parser()):
        for action in sub._actions:
            if "--user" in action.option_strings:
                with_user[path] = action.help
    assert {"print", "export", "dashboard", "person export", "access", "backup-key"} <= set(
        with_user
    )
    for path, help_text in with_user.items():
        assert "LOKET_PASSWORD" in help_text and "admin" not in help_text, (path, help_text)
        assert f"`{path}" in named, f"{path} is missing from the README's Who acts list"
