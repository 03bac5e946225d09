"""Opening the desk database: SQLite in WAL mode, foreign keys on, a busy timeout, migrated."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs
from peewee import OperationalError, SqliteDatabase

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
    if _up_to_date(db):
        return []
    from playhouse.migrations import Runner  # 60 ms of imports: only when there is work

    return Runner(db, str(MIGRATIONS)).up()


def _up_to_date(db: SqliteDatabase) -> bool:
    """Whether exactly this version's migrations are applied, read from the runner's table."""
    try:
        applied = {row[0] for row in db.execute_sql("SELECT name FROM schema_migration")}
    except OperationalError:  # no table yet: a new folder
        return False
    return applied == {path.stem for path in MIGRATIONS.glob("[0-9][0-9][0-9][0-9]_*.py")}


def open_database(data_dir: Path) -> SqliteDatabase:
    """The database of a data folder, migrated to this version's schema."""
    db = connect(data_dir)
    migrate(db)
    if (data_dir / "files").is_dir():  # what a crash left in the file store goes
        files.sweep(db, files.FileStore(data_dir / "files"))
    return db
