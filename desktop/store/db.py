"""Opening the desk database: SQLite in WAL mode, foreign keys on, a busy timeout, migrated."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from peewee import DatabaseError, OperationalError, SqliteDatabase

from desktop.domain.errors import DataUnusable
from desktop.store import files
from desktop.store.models import database

DB_NAME = "loket.sqlite3"
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


def connect(data_dir: Path) -> SqliteDatabase:
    """Bind the models to the database in ``data_dir`` (created if missing), without migrating."""
    data_dir.mkdir(parents=True, exist_ok=True)
    db = SqliteDatabase(str(data_dir / DB_NAME), pragmas=PRAGMAS, lock_type="IMMEDIATE", timeout=15)
    database.initialize(db)
    return db


def files_root() -> Path:
    """The file store's folder: ``files/`` beside the open database."""
    return Path(database.obj.database).parent / "files"


def migration_state(db: SqliteDatabase) -> MigrationState:
    from playhouse.migrations import Runner

    status = Runner(db, str(MIGRATIONS)).status()
    return MigrationState(
        applied=[m.name for m in status if m.applied and m.path],
        pending=[m.name for m in status if not m.applied],
        unknown=[m.name for m in status if m.applied and not m.path],
    )


def migrate(db: SqliteDatabase) -> list[str]:
    """Apply this version's pending migrations; refuse, writing nothing, a database that a
    newer version of the desk has migrated further than this one knows."""
    applied, known = _applied(db), _known()
    newer = sorted(applied - known)
    if newer:
        raise DataUnusable("database.newer", migrations=", ".join(newer))
    if applied == known:
        return []
    from playhouse.migrations import Runner  # 60 ms of imports: only when there is work

    return Runner(db, str(MIGRATIONS)).up()


def _known() -> set[str]:
    return {path.stem for path in MIGRATIONS.glob("[0-9][0-9][0-9][0-9]_*.py")}


def _applied(db: SqliteDatabase) -> set[str]:
    """The migrations applied to this database, read from the runner's table."""
    try:
        return {row[0] for row in db.execute_sql("SELECT name FROM schema_migration")}
    except OperationalError as e:
        if "no such table" in str(e):  # a new folder
            return set()
        raise


def open_database(data_dir: Path) -> SqliteDatabase:
    """The database of a data folder, migrated to this version's schema."""
    db = connect(data_dir)
    try:
        migrate(db)
        if (data_dir / "files").is_dir():  # what a crash left in the file store goes
            files.sweep(db, files.FileStore(data_dir / "files"))
    except DatabaseError as e:
        raise plain(e) from e
    return db


# SQLite's own words for a file that is not a sound database.
# (A text value that is no longer UTF-8 is a page overwritten under a row.)
_DAMAGED = ("malformed", "not a database", "file is encrypted", "corrupt", "could not decode")
# Room to make free on a full disk: a busy day's cases, letters and scans, and the write-ahead
# log's growth until its next checkpoint, with room to spare.
ROOM_NEEDED = 64 * 1024 * 1024


def plain(error: BaseException) -> BaseException:
    """The error SQLite raised, in the officer's words when it is about the file itself (it is
    damaged, or the disk is full), else the error as it was. A full disk often surfaces as
    'cannot rollback - no transaction is active': SQLite ended the transaction itself, and
    the rollback that followed failed; the first error of the chain says why."""
    seen: BaseException | None = error
    walked: set[int] = set()  # a chain can loop (an error raised again in its own handler)
    while seen is not None and id(seen) not in walked:
        walked.add(id(seen))
        if isinstance(seen, DatabaseError | sqlite3.DatabaseError):
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
    return str(database.obj.database) if database.obj is not None else DB_NAME
