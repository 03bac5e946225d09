"""Moving a desk into the office database from the command line, as the office's administrator
does it once: ``loket office import --from FOLDER --database URL``, then ``loket check`` on the
office database; real processes, a demo folder, the test run's private PostgreSQL cluster."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import loket
from test_office_schema import desk_tables

from desktop.store import db as store_db
from desktop.store import postgres


@pytest.fixture(scope="module")
def demo_desk(tmp_path_factory) -> Path:
    """A desk's folder of 300 demo cases (with visitors, letters, meetings, prints)."""
    folder = tmp_path_factory.mktemp("office-demo") / "data"
    done = loket("demo", "--cases", "300", "--seed", "7", "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    return folder


def _desk_tables(desk) -> list[str]:
    """Every table of the desk but the migrations' list (and SQLite's own machinery)."""
    return sorted(desk_tables(desk) - {"schema_migration"})


def _counts(db, tables: list[str]) -> dict[str, int]:
    return {t: db.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _rows(db, table: str) -> list[tuple]:
    return sorted(db.execute_sql(f'SELECT * FROM "{table}"').fetchall())


def _office_counts(url: str, tables: list[str]) -> dict[str, int]:
    office = postgres.connect(url)
    try:
        return _counts(office, tables)
    finally:
        office.close()


def _import(folder: Path, url: str, desk: Path) -> object:
    return loket(
        "office", "import", "--from", str(folder), "--database", url,
        "--data-dir", str(desk), "--lang", "en",
    )  # fmt: skip


def test_a_desk_moved_into_the_office_database_is_whole_and_checks_out(
    demo_desk, office_url, tmp_path
):
    done = _import(demo_desk, office_url, demo_desk)
    assert done.returncode == 0, done.stderr
    shown = postgres.without_password(office_url)
    stored = sum(1 for f in (demo_desk / "files").rglob("*") if f.is_file())
    assert done.stdout.startswith(
        f"moved {demo_desk} into {shown}: 300 cases, 5 staff accounts, {stored} files"
    )
    assert "sandi" not in done.stdout + done.stderr  # the password is never shown

    # every case rebuilt from its events, the chains, prints, search and summaries, and every
    # file the cases point to: as on the desk, from another desk that never had the folder
    elsewhere = tmp_path / "another-desk"
    checked = loket("check", "--database", office_url, "--data-dir", str(elsewhere))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith("OK: 300 cases,")
    on_desk = loket("check", "--data-dir", str(demo_desk))
    assert on_desk.stdout.split(" checked")[0] == checked.stdout.split(" checked")[0]

    # every table of the desk, row for row (the numbering sequences value for value)
    desk = store_db.connect(demo_desk)
    tables = _desk_tables(desk)
    assert {"visitor", "incoming_letter", "hearing", "printed_document", "stage_exit"} <= set(
        tables
    )
    desk_counts, sequences = _counts(desk, tables), _rows(desk, "sequence")
    desk.close()
    assert _office_counts(office_url, tables) == desk_counts
    office = postgres.connect(office_url)
    assert _rows(office, "sequence") == sequences
    office.close()

    # another desk of the office lists the same cases the desk did
    listed = loket("find", "--database", office_url, "--data-dir", str(tmp_path / "other"))
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout == loket("find", "--data-dir", str(demo_desk)).stdout
    assert len(listed.stdout.splitlines()) == 50


def test_the_same_folder_imported_twice_is_refused_and_nothing_is_written(demo_desk, office_url):
    assert _import(demo_desk, office_url, demo_desk).returncode == 0
    desk = store_db.connect(demo_desk)
    tables = _desk_tables(desk)
    desk.close()
    before = _office_counts(office_url, tables)

    again = _import(demo_desk, office_url, demo_desk)

    assert again.returncode == 2
    assert again.stderr == (
        f"loket: The office database {postgres.without_password(office_url)} already holds "
        "complaints or staff accounts; nothing was moved. A folder is moved only once, into a "
        "new, empty office database.\n"
    )
    assert _office_counts(office_url, tables) == before


def test_an_office_database_a_desk_has_set_up_already_is_refused(
    demo_desk, pg_cluster, staffed_office, tmp_path
):
    """Staff accounts but no cases yet: an office that started without this desk."""
    url = pg_cluster.create_database("office_staffed_only", template=staffed_office)
    try:
        done = _import(demo_desk, url, demo_desk)
        assert done.returncode == 2
        assert "already holds complaints or staff accounts; nothing was moved" in done.stderr
        assert _office_counts(url, ["case"]) == {"case": 0}
    finally:
        pg_cluster.drop_database("office_staffed_only")


def test_a_folder_without_a_desk_is_refused_in_one_sentence(office_url, tmp_path):
    done = _import(tmp_path / "nothing", office_url, tmp_path / "desk")
    assert done.returncode == 2
    assert done.stderr == (
        f"loket: There is no desk database in {tmp_path / 'nothing'}; nothing was moved. Name "
        "the desk's data folder with --from.\n"
    )
    assert not (tmp_path / "nothing").exists()


def test_an_import_names_its_office_database(tmp_path):
    done = loket("office", "import", "--from", str(tmp_path), "--data-dir", str(tmp_path))
    assert done.returncode == 2
    assert done.stderr == "loket: office import: name the office database with --database\n"


@pytest.mark.parametrize(
    "command",
    [["encrypt"], ["recovery-key"], ["backup", "--out", "x.tar"], ["restore", "x.tar"]],
)
def test_what_works_on_a_folder_only_is_refused_in_office_mode(command, office_url, tmp_path):
    done = loket(
        *command, "--database", office_url, "--data-dir", str(tmp_path / "desk"), "--lang", "en",
        cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == (
        f"loket: `loket {command[0]}` works on a desk's own data folder, not on an office "
        "database; for the office database the server's administrator uses PostgreSQL's own "
        "tools.\n"
    )
    assert list(tmp_path.iterdir()) == []  # no folder made, no backup written


def test_the_window_and_the_recovery_key_are_not_for_an_office_database(office_url, tmp_path):
    window = loket("--database", office_url, "--data-dir", str(tmp_path), "--lang", "en")
    assert (window.returncode, window.stderr) == (
        2,
        "loket: The window keeps its own choice of database: start `loket` without --database, "
        "then choose the office database in the desk's database settings.\n",
    )
    unlocked = loket("find", "--recovery-key", "--database", office_url, "--lang", "en")
    assert unlocked.returncode == 2
    assert unlocked.stderr.startswith("loket: `loket --recovery-key` works on a desk's own data")
