"""Helpers the tests share: proving nothing was written, running the command line, checking PDFs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from desktop.store import db as store_db
from desktop.store import dialect, keys, sql
from desktop.store.models import TABLES, database


def loket(
    *args: str, cwd: Path | None = None, password: str | None = None, **more_env: str
) -> subprocess.CompletedProcess:
    """``loket ARGS…`` in a process of its own, as a scheduler runs it: no terminal, and the
    password of ``--user`` (if any) in LOKET_PASSWORD; ``more_env`` are further variables."""
    env = {k: v for k, v in os.environ.items() if k != "LOKET_PASSWORD"} | more_env
    if password is not None:
        env["LOKET_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        text=True,
        timeout=300,
        cwd=cwd,
        env=env,
    )


def table_counts() -> dict[str, int]:
    """Row counts of every table (and the search index): equal before and after = no writes."""
    return {
        model._meta.table_name: database.execute_sql(
            f'SELECT count(*) FROM "{model._meta.table_name}"'
        ).fetchone()[0]
        for model in TABLES
    }


def printed_to(path: Path):
    """A stand-in for the printer that writes what it is sent to ``path`` whole or not at all:
    printing runs on a thread of its own, and a test waiting for the file must never read it
    half-written (under load it once read an empty file)."""

    def send(pdf: bytes, printer: str, title: str) -> None:
        part = path.with_name(path.name + ".part")
        part.write_bytes(pdf)
        os.replace(part, path)

    return send


def passes_qpdf(pdf: bytes, folder) -> bool:
    """Whether qpdf finds the PDF sound (structure, streams, cross-reference table)."""
    path = Path(folder) / "checked.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0


def copy_database(source: Path, target: Path) -> None:
    """A data folder's database into another folder, with the key file it is encrypted under
    (the key itself stays in the keyring, under the folder's id)."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(source / store_db.DB_NAME, target / store_db.DB_NAME)
    if (source / keys.HEADER).exists():
        shutil.copy(source / keys.HEADER, target / keys.HEADER)


def raw_connection(data_dir: Path):
    """A DB-API connection to a data folder's database below the store, as a repair tool would
    open it: SQLCipher with the folder's key (the sqlite3 shell cannot read it)."""
    from sqlcipher3 import dbapi2 as sqlcipher

    con = sqlcipher.connect(str(data_dir / store_db.DB_NAME), isolation_level=None)
    con.execute("PRAGMA cipher_log_level = NONE")
    if not store_db.is_plain(data_dir / store_db.DB_NAME):
        con.execute(f'PRAGMA key = "{keys.database_key(keys.unlock(data_dir))}"')
    return con


class _OfficeConnection:
    """The office database reached below the store, as a repair tool would: each statement
    (``?`` placeholders) sent as written and committed on its own."""

    def __enter__(self) -> _OfficeConnection:
        return self

    def __exit__(self, *exc) -> None:
        pass

    def close(self) -> None:
        pass

    def execute(self, statement: str, params=()):
        with database.atomic():
            return sql.run(statement, params)


def behind_the_store(data_dir: Path):
    """A connection below the store to the database the desk has open: the folder's file
    (``raw_connection``), or in office mode the office database."""
    if dialect.current().name == "postgresql":
        return _OfficeConnection()
    return raw_connection(data_dir)


def desk_args(data_dir: Path) -> list[str]:
    """The command line's arguments for the database the desk has open: its folder, and in
    office mode the office database's URL (call it before the test closes the database)."""
    if dialect.current().name == "postgresql":
        return ["--data-dir", str(data_dir), "--database", database.obj.database]
    return ["--data-dir", str(data_dir)]


def folder_key_into(env: dict[str, str], data_dir: Path) -> None:
    """A desk process with a file keyring of its own (``env``'s XDG_DATA_HOME) finds the
    folder key there, as the desk that set the folder up would have put it."""
    from keyrings.alt.file import PlaintextKeyring

    before = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = env["XDG_DATA_HOME"]
    try:
        name = f"data-key:{keys.read_header(data_dir).folder}"
        PlaintextKeyring().set_password(keys.secrets.SERVICE, name, keys.unlock(data_dir).hex())
    finally:
        if before is None:
            os.environ.pop("XDG_DATA_HOME")
        else:
            os.environ["XDG_DATA_HOME"] = before
