"""Opening the desk database: SQLite in WAL mode, foreign keys on, a busy timeout, migrated; or,
in office mode, the office's PostgreSQL database (desktop/store/postgres.py).

A folder is encrypted (SQLCipher, under the key of desktop/store/keys.py) from its setup on; a
folder made before that stays plain until ``loket encrypt`` (desktop/store/encrypting.py)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from peewee import Database, DatabaseError, IntegrityError, OperationalError, SqliteDatabase

from desktop.domain.errors import DataUnusable
from desktop.store import dialect, files, keys, postgres
from desktop.store.models import database

__all__ = ["DATABASE_ERRORS", "IntegrityError", "open_database", "plain", "transaction"]

DB_NAME = "loket.sqlite3"
# What the database (through peewee, or the driver itself) raises when it cannot do a thing.
MIGRATIONS = Path(__file__).with_name("migrations")

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 15000,  # ms: two desks on one file wait for each other instead of failing
    "synchronous": "normal",  # safe with WAL: a power cut loses at most the last commits
    "cache_size": -64000,  # 64 MB of page cache
    "temp_store": "memory",
}


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("loket-pengaduan", "Kemendag"))


@dataclass(frozen=True)
class MigrationState:
    applied: list[str]
    pending: list[str]
    unknown: list[str]  # applied here but not known to this version: a newer app wrote it

    @property
    def current(self) -> bool:
        return not self.pending and not self.unknown


# The first bytes of every plain SQLite file; an SQLCipher file's first bytes are random.
PLAIN_HEADER = b"SQLite format 3\x00"


def connect(data_dir: Path) -> SqliteDatabase:
    """Bind the models to the database in ``data_dir`` (created if missing, encrypted under a
    new key), without migrating. An encrypted folder is opened with its key (this process's,
    or the keyring's); without it, or with a wrong one, refused in one sentence."""
    data_dir.mkdir(parents=True, exist_ok=True)
    from desktop.store import encrypting

    encrypting.finish(data_dir)  # what an `loket encrypt` cut short after its commit left
    path = data_dir / DB_NAME
    key = None
    if is_plain(path):
        pass
    elif keys.read_header(data_dir) is not None:
        key = keys.unlock(data_dir)
    elif not _has_content(path):  # a new folder: encrypted from the start
        keys.create(data_dir)
        key = keys.unlock(data_dir)
    db = open_file(path, key)
    keys.register_files_key(data_dir, key)
    database.initialize(db)
    return db


def open_file(path: Path, key: bytes | None) -> SqliteDatabase:
    """The database file itself: plain SQLite, or SQLCipher under the folder key ``key``."""
    if key is None:
        return SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE", timeout=15)
    from playhouse.sqlcipher_ext import SqlCipherDatabase

    return SqlCipherDatabase(
        str(path),
        passphrase=keys.database_key(key),
        # A damaged page is said by the error raised, in the officer's words (plain), not
        # also by SQLCipher's own lines on the terminal.
        pragmas={"cipher_log_level": "NONE", **PRAGMAS},
        lock_type="IMMEDIATE",
        timeout=15,
    )


def is_plain(path: Path) -> bool:
    """Whether the database file is a plain SQLite file (one made before encryption)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except FileNotFoundError:
        return False


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


def files_root() -> Path:
    """The file store's folder: ``files/`` in the desk's data folder (beside its database)."""
    folder = getattr(database.obj, "data_dir", None)
    return Path(folder or Path(database.obj.database).parent) / "files"


def file_store() -> files.Store:
    """The file store of the open database: the folder beside the desk's SQLite file, or the
    office database's own tables (store.office_files) in office mode."""
    if dialect.current().name == "postgresql":
        from desktop.store.office_files import OfficeFileStore

        return OfficeFileStore()
    return files.FileStore(files_root())


def migration_state(db: SqliteDatabase | None = None) -> MigrationState:
    """Which migrations the open database (or ``db``) has, lacks, and has that are unknown."""
    from playhouse.migrations import Runner

    status = Runner(db or database.obj, str(MIGRATIONS)).status()
    return MigrationState(
        applied=[m.name for m in status if m.applied and m.path],
        pending=[m.name for m in status if not m.applied],
        unknown=[m.name for m in status if m.applied and not m.path],
    )


def migrate(db: Database) -> list[str]:
    """Apply this version's pending migrations; refuse, writing nothing, a database that a
    newer version of the desk has migrated further than this one knows. An empty office
    database (PostgreSQL) is given the schema as of postgres.BASELINE at once."""
    applied, known = _applied(db), _known()
    newer = sorted(applied - known)
    if newer and dialect.of(db).name == "postgresql":
        where = postgres.without_password(db.database)
        raise DataUnusable("office.newer", url=where, migrations=", ".join(newer))
    if newer:
        raise DataUnusable("database.newer", migrations=", ".join(newer))
    if applied == known:
        return []
    from playhouse.migrations import Runner  # 60 ms of imports: only when there is work

    runner = Runner(db, str(MIGRATIONS))
    if dialect.of(db).name == "postgresql" and not applied:
        from desktop.store import postgres_schema

        with db.atomic():
            postgres_schema.create_baseline(db)
            runner.fake(postgres.BASELINE)
    return runner.up()


def _known() -> set[str]:
    return {path.stem for path in MIGRATIONS.glob("[0-9][0-9][0-9][0-9]_*.py")}


def _applied(db: Database) -> set[str]:
    """The migrations applied to this database, read from the runner's table."""
    if dialect.of(db).name == "postgresql":
        if not db.table_exists("schema_migration"):  # a new office database
            return set()
        return {row[0] for row in db.execute_sql("SELECT name FROM schema_migration")}
    try:
        return {row[0] for row in db.execute_sql("SELECT name FROM schema_migration")}
    except OperationalError as e:
        if "no such table" in str(e):  # a new folder
            return set()
        raise


def open_database(data_dir: Path, office: str | None = None) -> Database:
    """The database of a data folder, migrated to this version's schema; with ``office`` (a
    ``postgresql://`` URL), the office database instead, the folder keeping the desk's own."""
    if office:
        return open_office(data_dir, office)
    db = connect(data_dir)
    try:
        migrate(db)
        if (data_dir / "files").is_dir():  # what a crash left in the file store goes
            files.sweep(db, files.FileStore(data_dir / "files"))
    except DatabaseError as e:
        raise plain(e) from e
    return db


def open_office(data_dir: Path, url: str) -> Database:
    """The office database at ``url``, migrated; refused in one sentence when it cannot be
    reached or opened."""
    db = connect_office(data_dir, url)
    try:
        migrate(db)
    except DatabaseError as e:
        db.close()
        raise (postgres.refusal(e, url) or plain(e)) from e
    except BaseException:
        db.close()
        raise
    return db


def connect_office(data_dir: Path, url: str) -> Database:
    """Bind the models to the office database at ``url``, connected but not migrated (``loket
    check`` reports an old schema rather than fixing it); ``data_dir`` keeps the desk's own
    files. Refused in one sentence when it cannot be reached or opened."""
    data_dir.mkdir(parents=True, exist_ok=True)
    db = postgres.connect(url)
    db.data_dir = data_dir  # the desk's own folder: its settings, logs and files
    try:
        db.connect()
    except DatabaseError as e:
        db.close()
        raise (postgres.refusal(e, url) or plain(e)) from e
    database.initialize(db)
    return db


def _driver_errors() -> tuple[type[BaseException], ...]:
    import psycopg
    from sqlcipher3 import dbapi2 as sqlcipher

    return (DatabaseError, sqlite3.DatabaseError, sqlcipher.DatabaseError, psycopg.DatabaseError)


# The errors either driver raises about the database (peewee's own wrap them when it runs SQL).
DATABASE_ERRORS = _driver_errors()

# SQLite's own words for a file that is not a sound database.
# (A text value that is no longer UTF-8 is a page overwritten under a row; a search index whose
# own pages fail SQLCipher's check cannot even be constructed.)
_DAMAGED = (
    "malformed",
    "not a database",
    "file is encrypted",
    "corrupt",
    "could not decode",
    "vtable constructor failed",
)
# Room to make free on a full disk: a busy day's cases, letters and scans, and the write-ahead
# log's growth until its next checkpoint, with room to spare.
ROOM_NEEDED = 64 * 1024 * 1024


def plain(error: BaseException) -> BaseException:
    """The error the database raised, in the officer's words when it is about the file itself
    (it is damaged, or the disk is full) or the office database cannot be reached, else the
    error as it was. A full disk often surfaces as
    'cannot rollback - no transaction is active': SQLite ended the transaction itself, and
    the rollback that followed failed; the first error of the chain says why."""
    seen: BaseException | None = error
    walked: set[int] = set()  # a chain can loop (an error raised again in its own handler)
    while seen is not None and id(seen) not in walked:
        walked.add(id(seen))
        if isinstance(seen, DATABASE_ERRORS):
            if dialect.current().name == "postgresql":
                refused = postgres.refusal(seen, database.obj.database)
                if refused is not None:  # the office database cannot be reached
                    return refused
            text = str(seen).lower()
            if any(words in text for words in _DAMAGED):
                return DataUnusable("database.damaged", path=database_path())
            if "database or disk is full" in text:
                return disk_full()
        seen = seen.__cause__ or seen.__context__
    return error


def disk_full() -> DataUnusable:
    """The disk holding the database is full: how much is free, and how much to make free."""
    folder = Path(database_path()).parent
    free = shutil.disk_usage(folder).free if folder.exists() else 0
    return DataUnusable(
        "disk.full",
        folder=str(folder),
        free=_megabytes(free),
        needed=_megabytes(max(ROOM_NEEDED - free, 0) or ROOM_NEEDED),
    )


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def database_path() -> str:
    if database.obj is None:
        return DB_NAME
    if dialect.current().name == "postgresql":
        return postgres.without_password(database.obj.database)
    return str(database.obj.database)


@contextmanager
def transaction() -> Iterator[None]:
    """A write transaction: SQLite's BEGIN IMMEDIATE (the connection's lock type), so a desk
    takes the write lock before it reads what it will write; nested calls become savepoints.
    On PostgreSQL a plain BEGIN (read committed): reads do not wait, so what must not be
    interleaved holds a row or a key (store.sequences: next_value, lock, hold), a change to a
    case is guarded by its version in the UPDATE, and unique indexes refuse a duplicate.
    A write that fails for a damaged file or a full disk is said as such (not as the failed
    rollback SQLite leaves)."""
    atomic = database.atomic()
    atomic.__enter__()
    try:
        yield
    except BaseException as error:
        _leave(atomic, error)
        raise
    else:
        _leave(atomic, None)


def _leave(atomic, error: BaseException | None) -> None:
    kind, trace = (type(error), error.__traceback__) if error is not None else (None, None)
    try:
        atomic.__exit__(kind, error, trace)
    except DatabaseError as failed:
        raised = plain(failed)
        if raised is failed:
            raise
        raise raised from failed
    if isinstance(error, DatabaseError):
        raised = plain(error)
        if raised is not error:
            raise raised from error


def close_connection() -> None:
    """Close this thread's own connection (a thread that is about to end opened it, or the
    desk turns to another database)."""
    if database.obj is not None:
        database.close()


def integrity_problems() -> list[str]:
    """What the engine finds wrong with the database's pages; empty when it is sound."""
    return dialect.current().integrity_problems()


def broken_references() -> list[str]:
    """The table of each row that points to a record that does not exist."""
    return dialect.current().broken_references()
