"""The office database's schema and its refusals: a PostgreSQL database migrated by this version
has the tables, columns and index names a migrated SQLite folder has; one migrated further by a
newer version is refused; a wrong password, an unknown host, a server that does not answer, a
missing database and a server without pg_trgm are each said in one sentence."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from helpers import loket

from desktop.domain.errors import DataUnusable
from desktop.store import db as store_db
from desktop.store import postgres, postgres_schema, postgres_search, search

# What is one engine's own: SQLite's trigram index of the name words (PostgreSQL searches the
# words with pg_trgm), and the search tables' indexes, which are FTS5's on the desk and
# PostgreSQL's own kinds (GIN, trigram) in the office.
SQLITE_ONLY = {"name_word_parts"}
SEARCH_TABLES = {"case_search", "case_parts", "letter_search", "name_word"}


def desk_tables(db) -> set[str]:
    """The tables of a desk's SQLite database that the office database has too: not FTS5's
    shadow tables (``case_search_data`` …), not SQLite's own trigram index of the words."""
    rows = db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL TABLE")]
    return {
        name
        for name, _sql in rows
        if not any(name.startswith(v + "_") for v in virtual) and name not in SQLITE_ONLY
    }


def _sqlite_schema(db) -> tuple[dict[str, set[str]], set[str]]:
    tables = desk_tables(db)
    columns = {
        t: {r[1] for r in db.execute_sql(f'PRAGMA table_info("{t}")').fetchall()} for t in tables
    }
    indexes = {
        name
        for name, table in db.execute_sql(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' "
            "AND name NOT LIKE 'sqlite_autoindex_%'"
        ).fetchall()
        if table not in SEARCH_TABLES
    }
    return columns, indexes


def _postgres_schema(db) -> tuple[dict[str, set[str]], set[str]]:
    # The partitions of the case search tables (store.postgres_search, made as cases arrive)
    # are how PostgreSQL walks them newest first: its own detail, as FTS5's shadow tables are
    # SQLite's.
    partitions = {
        name for (name,) in db.execute_sql("SELECT relname FROM pg_class WHERE relispartition")
    }
    columns: dict[str, set[str]] = {}
    for table, column in db.execute_sql(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'public'"
    ).fetchall():
        if table not in partitions:
            columns.setdefault(table, set()).add(column)
    indexes = {
        name
        for name, table in db.execute_sql(
            "SELECT indexname, tablename FROM pg_indexes WHERE schemaname = 'public' "
            # a primary key's index is the engine's own (SQLite's has none, or an autoindex)
            "AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype = 'p')"
        ).fetchall()
        if table not in SEARCH_TABLES and table not in partitions
    }
    return columns, indexes


def test_both_engines_end_with_the_same_tables_columns_and_indexes(office_url, tmp_path):
    desk = store_db.open_database(tmp_path / "desk")
    desk_columns, desk_indexes = _sqlite_schema(desk)
    desk.close()
    office = store_db.open_database(tmp_path / "office", office_url)
    with office.atomic():  # the partitions the first cases would make
        postgres_search.PARTITIONS.make_room(office, postgres_search.SPAN)
    office_columns, office_indexes = _postgres_schema(office)
    office.close()

    assert sorted(set(office_columns) - set(postgres_schema.OFFICE_ONLY)) == sorted(desk_columns)
    for table, columns in desk_columns.items():
        if table in SEARCH_TABLES:  # the office's may hold what it searches besides
            assert columns <= office_columns[table], table
        else:
            assert office_columns[table] == columns, table
    assert sorted(office_indexes) == sorted(desk_indexes)
    assert len(desk_indexes) > 30  # the comparison really sees the named indexes


def test_a_database_a_newer_version_migrated_is_refused_in_one_sentence(office_url, tmp_path):
    office = store_db.open_database(tmp_path, office_url)
    office.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('0099_future', now())")
    office.close()
    shown = postgres.without_password(office_url)

    with pytest.raises(DataUnusable) as refused:
        store_db.open_database(tmp_path, office_url)
    assert refused.value.code == "office.newer"
    assert refused.value.message("en") == (
        f"The office database {shown} was changed by a newer version of the desk (migrations "
        "0099_future); this version will not write to it. Install the newest version on this "
        "desk."
    )

    done = loket("find", "--database", office_url, "--data-dir", str(tmp_path), "--lang", "en")
    assert done.returncode == 2
    assert done.stderr == f"loket: {refused.value.message('en')}\n"
    # `loket check` reports it (it migrates nothing) rather than refusing
    checked = loket("check", "--database", office_url, "--data-dir", str(tmp_path))
    assert checked.returncode == 1
    assert "PROBLEM: database was changed by a newer version (migrations 0099_future)" in (
        checked.stdout
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _refusal(url: str, folder: Path) -> DataUnusable:
    with pytest.raises(DataUnusable) as refused:
        store_db.open_database(folder, url)
    return refused.value


def test_a_wrong_password_is_said_in_one_sentence_and_never_shown(pg_cluster, office_url, tmp_path):
    name = office_url.rsplit("/", 1)[1]
    url = pg_cluster.url(name, password="not-the-password")
    refused = _refusal(url, tmp_path)
    assert refused.code == "office.password"
    assert refused.message("en") == (
        f"The office database postgresql://loket@127.0.0.1:{pg_cluster.port}/{name} refused "
        "the user name or its password. Check both in this desk's database settings (or in "
        "the --database address), or ask the server's administrator."
    )
    done = loket("find", "--database", url, "--data-dir", str(tmp_path), "--lang", "en")
    assert (done.returncode, done.stderr) == (2, f"loket: {refused.message('en')}\n")
    assert "not-the-password" not in done.stdout + done.stderr


def test_the_password_comes_from_the_keyring_under_the_url_without_it(office_url, tmp_path):
    plain = postgres.without_password(office_url)
    assert _refusal(plain, tmp_path).code == "office.password"  # nothing kept yet
    postgres.remember_password(plain, office_url.split(":")[2].split("@")[0])
    done = loket("find", "--database", plain, "--data-dir", str(tmp_path))
    assert (done.returncode, done.stderr) == (0, "")


def test_a_missing_database_an_unknown_host_and_a_silent_server(pg_cluster, tmp_path):
    missing = pg_cluster.url("no_such_office")
    assert _refusal(missing, tmp_path).message("en") == (
        f"The server {postgres.without_password(missing)} has no database of that name. Check "
        "the database's name, or ask the server's administrator to create it."
    )
    unknown = "postgresql://loket:x@kantor-yang-tidak-ada.invalid:5432/loket"
    assert _refusal(unknown, tmp_path).message("en") == (
        "The server name in postgresql://loket@kantor-yang-tidak-ada.invalid:5432/loket is not "
        "known. Check how the server's name is written, and this computer's network."
    )
    silent = f"postgresql://loket:x@127.0.0.1:{_free_port()}/loket"  # nothing listens there
    assert _refusal(silent, tmp_path).message("en") == (
        f"The office database server {postgres.without_password(silent)} does not answer. "
        "Check the cable or Wi-Fi, ask the server's administrator whether it is running, then "
        "try again."
    )
    for url in (missing, unknown, silent):  # each one line from the command line too
        done = loket("find", "--database", url, "--data-dir", str(tmp_path))
        assert done.returncode == 2
        assert done.stderr.count("\n") == 1 and done.stderr.startswith("loket: "), done.stderr


def test_a_server_without_pg_trgm_is_said_in_one_sentence(pg_cluster, tmp_path):
    """pg_trgm is not installed in this database, and the desk's role may not install it (it
    has no CREATE right on the database: the administrator owns it), as on a server where
    the administrator has not provided the extension. Nothing is made."""
    name = "office_without_trgm"
    pg_cluster.admin(f'CREATE DATABASE "{name}" OWNER postgres TEMPLATE template0')
    pg_cluster.admin("GRANT CREATE ON SCHEMA public TO loket", database=name)
    try:
        url = pg_cluster.url(name)
        refused = _refusal(url, tmp_path)
        assert refused.code == "office.no_trgm"
        assert refused.message("en") == (
            f"The office database server {postgres.without_password(url)} does not provide "
            "the pg_trgm extension search needs. Ask the server's administrator to install it "
            "(CREATE EXTENSION pg_trgm) in that database, then try again."
        )
        made = pg_cluster.admin(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", database=name
        )
        assert made == "0"
        # once the administrator installs it, the desk sets the database up
        pg_cluster.admin("CREATE EXTENSION pg_trgm", database=name)
        store_db.open_database(tmp_path, url).close()
    finally:
        pg_cluster.drop_database(name)


def test_a_partition_is_made_once_known_and_made_again_after_a_rollback(office_url, tmp_path):
    """The search's partitions are made in the writing desk's transaction: one rolled back
    takes its partition with it, and the desk, which remembers only partitions it saw
    committed, makes it again; one committed is remembered, and asked for no more."""
    office = store_db.open_database(tmp_path / "office", office_url)
    partitions = postgres_search._Partitions()
    span = postgres_search.SPAN

    def made() -> list[str]:
        rows = office.execute_sql(
            "SELECT relname FROM pg_class WHERE relispartition AND relkind = 'r' ORDER BY 1"
        )
        return [name for (name,) in rows]

    with pytest.raises(RuntimeError), office.atomic():
        partitions.make_room(office, span)
        partitions.make_room(office, span + 1)  # seen, but not yet committed
        assert made() == [f"{t}_{low}" for t in ("case_parts", "case_search") for low in (0, span)]
        raise RuntimeError("the intake fails after its case was indexed")
    assert made() == []
    with office.atomic():
        partitions.make_room(office, span)  # made again, not taken for made
        office.execute_sql(
            "INSERT INTO case_parts (rowid, name, numbers, folded) VALUES (%s, '', '', '')",
            (span,),
        )
    with office.atomic():
        partitions.make_room(office, span + 1)  # seen committed: remembered from here on
    asked = []
    office.execute_sql = lambda *args, **kwargs: asked.append(args)  # type: ignore[method-assign]
    partitions.make_room(office, span + 2)
    assert asked == []
    del office.execute_sql
    office.close()


def test_an_office_database_made_before_partitions_still_finds_its_cases(office_url, tmp_path):
    """An office database made before the case search tables were partitioned keeps its one
    plain table each: nothing is made there, and a search is the one statement it was."""
    office = store_db.open_database(tmp_path / "office", office_url)
    with office.atomic():
        for table in postgres_search.PARTITIONED:
            office.execute_sql(f'DROP TABLE "{table}"')
        for statement in postgres_search.TABLES:
            if '"case_search"' in statement or '"case_parts"' in statement:
                office.execute_sql(statement.replace(' PARTITION BY RANGE ("rowid")', ""))
    documents = [
        (key, {c: name if c in ("complainant", "name") else "" for c in search_columns()})
        for key, name in ((1, "Marlina Sari"), (2, "Sari Wibowo"), (3, "Budi"))
    ]
    with office.atomic():
        search.index_cases(documents, new=True)
    assert search.matching_case_ids("sari", 10) == [2, 1]
    assert search.matching_case_ids("lina", 10) == [1]
    assert not office.execute_sql("SELECT count(*) FROM pg_inherits").fetchone()[0]
    office.close()


def search_columns() -> set[str]:
    return {c for table in ("case_search", "case_parts") for c in search.COLUMNS[table]}
