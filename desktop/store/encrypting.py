"""``loket encrypt``: a plain data folder encrypted in place, whole at every moment.

The sealed copy is made beside the plain one, then one rename is the commit:

1. the folder key is made (keyring, ``encryption.json``); the database stays plain;
2. every stored file is sealed into ``files.encrypting/``;
3. the database, holding an exclusive lock, is exported by SQLCipher to
   ``loket.sqlite3.encrypting``, flushed to disk;
4. **commit**: that file is renamed over ``loket.sqlite3``;
5. ``files/`` becomes ``files.plain/``, ``files.encrypting/`` becomes ``files/``, ``files.plain/``
   is removed.

Killed before 4, the folder is the plain folder it was (what 1–3 made is ignored, and removed
by the next ``loket encrypt``); killed after it, the next opening of the folder finishes 5
(``finish``), before anyone reads a file.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from desktop.domain.errors import DataUnusable
from desktop.store import db as store_db
from desktop.store import keys
from desktop.store.files import TEMPORARY, FileStore

STAGED = "files.encrypting"
RETIRED = "files.plain"
SUFFIX = ".encrypting"


def encrypt(data_dir: Path, progress: Callable[[int, int], None] | None = None) -> str:
    """Encrypt the plain folder ``data_dir``; returns its recovery key (shown once)."""
    path = data_dir / store_db.DB_NAME
    if not store_db.is_plain(path):
        if path.exists() and keys.read_header(data_dir) is not None:
            raise DataUnusable("key.already_encrypted", path=str(data_dir))
        raise DataUnusable("key.no_plain_database", path=str(data_dir))
    staged, target = data_dir / STAGED, path.with_name(path.name + SUFFIX)
    shutil.rmtree(staged, ignore_errors=True)  # what a run cut short before its commit left
    target.unlink(missing_ok=True)
    recovery = _folder_key(data_dir)
    key = keys.unlock(data_dir)

    from sqlcipher3 import dbapi2 as sqlcipher

    con = sqlcipher.connect(str(path), isolation_level=None, timeout=2)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        # Out of WAL: the log goes into the file, and no other desk may have it open.
        try:
            mode = con.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlcipher.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e):
                raise
            mode = "in use"
        if str(mode).lower() != "delete":
            raise DataUnusable("key.folder_in_use", path=str(data_dir))
        con.execute(
            f"ATTACH DATABASE '{_quoted(target)}' AS sealed KEY \"{keys.database_key(key)}\""
        )
        con.execute("BEGIN EXCLUSIVE")  # nobody writes while the copy is made
        _seal_files(data_dir, keys.files_key(key), progress)
        con.execute("SELECT sqlcipher_export('sealed')")
        version = con.execute("PRAGMA main.user_version").fetchone()[0]
        con.execute(f"PRAGMA sealed.user_version = {int(version)}")
        con.execute("COMMIT")
        con.execute("DETACH DATABASE sealed")
        _flush(target)
        os.replace(target, path)  # the commit
        keys.sync_folder(data_dir)
    finally:
        con.close()
    finish(data_dir)
    return recovery


def _folder_key(data_dir: Path) -> str:
    """The folder key this run seals with, and a recovery key for it: the key of a run cut
    short is used again if the keyring still has it (it was never shown), else a new one."""
    if keys.read_header(data_dir) is not None:
        try:
            keys.unlock(data_dir)
            return keys.new_recovery_key(data_dir)
        except DataUnusable:
            pass  # nothing was sealed under it that counts: the database is still plain
    recovery = keys.create(data_dir)
    keys.take_unshown(data_dir)  # this command shows it itself
    return recovery


def _seal_files(data_dir: Path, files_key: bytes, progress) -> None:
    plain = FileStore(data_dir / "files", key=None)
    staged = FileStore(data_dir / STAGED, key=files_key)
    names = [p.name for p in plain.stored() if not p.name.startswith(TEMPORARY)]
    if progress:
        progress(0, len(names))
    for done, name in enumerate(names, 1):
        staged.copy_from(plain, name)
        if progress:
            progress(done, len(names))
    (data_dir / STAGED).mkdir(exist_ok=True)


def finish(data_dir: Path) -> None:
    """After the commit: the sealed files take the plain ones' place. Does nothing to a folder
    whose database is still plain (the run did not commit) or that has nothing left to do."""
    staged, retired, current = data_dir / STAGED, data_dir / RETIRED, data_dir / "files"
    if not (staged.exists() or retired.exists()) or store_db.is_plain(data_dir / store_db.DB_NAME):
        return
    if staged.exists():
        if current.exists() and not retired.exists():
            os.replace(current, retired)
        os.replace(staged, current)
        keys.sync_folder(data_dir)
    shutil.rmtree(retired, ignore_errors=True)


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")


def _flush(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())
