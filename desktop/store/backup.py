"""A backup archive of a data folder: the database, the file store and the desk's settings in
one tar stream, encrypted with age (pyrage) to the office's backup key, a manifest of SHA-256
hashes inside.

The database is copied by SQLite's online backup API from the store's own connection, in one
step: one read transaction (WAL: desks keep writing meanwhile) giving one consistent copy, made
by whatever driver the store opened the file with, page by page, so an encrypted database is
copied as it is kept. (``VACUUM INTO`` gives the same but rebuilds every index: three times as
slow at 10,000 cases.) Files are read
through the file store (``FileStore.read``, which checks each against its address) and put back
through it on restore.

Restoring reads the whole archive into a folder of its own beside the target, checking every
hash, and moves it into place only when the stream ended whole and the manifest matched:
a damaged, cut or foreign file, or a wrong key, leaves the target as it was.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import tarfile
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pyrage
from pyrage import x25519

from desktop.domain.errors import DomainError
from desktop.store import files, sql
from desktop.store.models import database

FORMAT = "loket-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DB_NAME = "loket.sqlite3"
DESK_SETTINGS = "desk.ini"
_FILE = re.compile(r"^files/[0-9a-f]{64}$")
_CHUNK = 1024 * 1024


class BackupRefused(DomainError):
    """The archive, its key or the target cannot be used; nothing was written."""


def new_key() -> tuple[str, str]:
    """A new backup key: (the secret the office keeps, the public recipient the desk keeps)."""
    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def recipient_of(text: str) -> x25519.Recipient:
    try:
        return x25519.Recipient.from_str(text.strip())
    except Exception as e:  # pyrage.RecipientError, a ValueError for garbage
        raise BackupRefused("backup.bad_recipient") from e


def identity_of(text: str) -> x25519.Identity:
    try:
        return x25519.Identity.from_str(text.strip())
    except Exception as e:
        raise BackupRefused("backup.bad_key") from e


@dataclass
class Made:
    path: Path
    size: int
    files: int
    missing: list[str] = field(default_factory=list)  # referred to, not in the file store
    migrations: list[str] = field(default_factory=list)


def _snapshot(target: Path) -> list[str]:
    """The open database copied to ``target`` as one read; the migrations it holds."""
    from playhouse.sqlcipher_ext import SqlCipherDatabase

    with sql.connected():
        if isinstance(database.obj, SqlCipherDatabase):
            # An encrypted database goes into the archive plain (the archive itself is
            # encrypted to the backup key): restored on another PC, it is encrypted there
            # under a key of its own. One statement, one read, like the backup API's.
            database.execute_sql("ATTACH DATABASE ? AS plaintext KEY ''", (str(target),))
            try:
                # The copy is a scratch file (a crash leaves a temporary folder, never a
                # backup): no journal and no fsync. With them the export made 621 fsyncs for
                # 200 cases and took 2.6 s instead of 0.03 s on a busy disk.
                database.execute_sql("PRAGMA plaintext.journal_mode = OFF")
                database.execute_sql("PRAGMA plaintext.synchronous = OFF")
                database.execute_sql("SELECT sqlcipher_export('plaintext')")
            finally:
                database.execute_sql("DETACH DATABASE plaintext")
        else:
            source = database.connection()
            copy = type(source)(str(target))
            try:
                copy.execute("PRAGMA journal_mode = OFF")  # a scratch file, as above
                copy.execute("PRAGMA synchronous = OFF")
                source.backup(copy)  # in one step: one read, whatever desks write meanwhile
            finally:
                copy.close()
        rows = database.execute_sql("SELECT name FROM schema_migration ORDER BY name")
        return [name for (name,) in rows]


def _referenced() -> set[str]:
    """Every file a row points to, read after the copy: a superset of what the copy points to
    (files are never taken back once referred to), so nothing it needs is left out."""
    with sql.connected():
        return files.referenced(database)


def make(data_dir: Path, out: Path, recipient: str) -> Made:
    """Write the backup of the open database and its folder to ``out`` (a temporary name in
    the same folder, renamed when whole)."""
    to = recipient_of(recipient)
    store = files.FileStore(data_dir / "files")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".loket-backup-") as work:
        copy = Path(work) / DB_NAME
        migrations = _snapshot(copy)
        hashes = sorted(_referenced())
        made = Made(out, 0, 0, migrations=migrations)
        partial = Path(work) / "archive.age"

        def produce(stream: IO[bytes]) -> None:
            entries: list[dict[str, Any]] = []
            with tarfile.open(fileobj=stream, mode="w|", format=tarfile.PAX_FORMAT) as tar:
                entries.append(_add_path(tar, DB_NAME, copy))
                ini = data_dir / DESK_SETTINGS
                if ini.is_file():
                    entries.append(_add_path(tar, DESK_SETTINGS, ini))
                for sha in hashes:
                    if not store.has(sha):
                        made.missing.append(sha)
                        continue
                    entries.append(_add_bytes(tar, f"files/{sha}", store.read(sha)))
                    made.files += 1
                manifest = {
                    "format": FORMAT,
                    "version": FORMAT_VERSION,
                    "migrations": migrations,
                    "entries": entries,
                }
                _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=1).encode())

        with open(partial, "wb") as sink:
            _piped(produce, lambda source: pyrage.encrypt_io(source, sink, [to]))
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(partial, out)
    made.size = out.stat().st_size
    return made


def _add_path(tar: tarfile.TarFile, name: str, path: Path) -> dict[str, Any]:
    """Add a file, hashing it as tarfile reads it: one pass over a database of gigabytes."""
    info = tar.gettarinfo(str(path), arcname=name)
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    with open(path, "rb") as source:
        hashing = _Hashing(source)
        tar.addfile(info, hashing)
    return {"name": name, "size": info.size, "sha256": hashing.digest.hexdigest()}


class _Hashing:
    def __init__(self, source: IO[bytes]) -> None:
        self.source, self.digest = source, hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.source.read(size)
        self.digest.update(data)
        return data


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> dict[str, Any]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tar.addfile(info, io.BytesIO(data))
    return {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def _piped(produce: Callable[[IO[bytes]], None], consume: Callable[[IO[bytes]], None]) -> None:
    """Run ``produce`` (writing) on a thread and ``consume`` (reading) here, joined by a pipe:
    pyrage reads from and writes to file objects, tarfile streams either way. The first error
    of either side is raised."""
    read_end, write_end = os.pipe()
    errors: list[BaseException] = []

    def run() -> None:
        try:
            with open(write_end, "wb") as writer:
                produce(writer)
        except BrokenPipeError:
            pass  # the reader stopped first: its own error says why
        except BaseException as e:
            errors.append(e)

    thread = threading.Thread(target=run, name="backup-pipe", daemon=True)
    thread.start()
    try:
        with open(read_end, "rb") as reader:
            try:
                consume(reader)
            finally:
                reader.close()  # a producer still writing gets a broken pipe, not a hang
    except BaseException as e:
        thread.join()
        raise errors[0] if errors else e from None
    thread.join()
    if errors:
        raise errors[0]


@dataclass
class Restored:
    migrations: list[str]
    files: int


def restore(archive: Path, data_dir: Path, key: str) -> Restored:
    """Unpack a backup into ``data_dir`` (new or empty), or refuse, writing nothing there."""
    identity = identity_of(key)
    if not archive.is_file():
        raise BackupRefused("backup.no_file", path=str(archive))
    if data_dir.exists() and any(data_dir.iterdir()):
        raise BackupRefused("backup.target_not_empty", path=str(data_dir))
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    with _staging(data_dir) as staging:
        manifest, seen = _unpack(archive, identity, staging)
        _verify(manifest, seen)
        data_dir.mkdir(exist_ok=True)
        for item in staging.iterdir():
            os.replace(item, data_dir / item.name)
    return Restored(list(manifest.get("migrations", [])), sum(1 for n in seen if n[:6] == "files/"))


@contextmanager
def _staging(data_dir: Path) -> Iterator[Path]:
    staging = Path(tempfile.mkdtemp(dir=data_dir.parent, prefix=f".{data_dir.name}.restoring-"))
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _unpack(archive: Path, identity: x25519.Identity, staging: Path) -> tuple[dict, dict]:
    seen: dict[str, str] = {}
    manifest: dict[str, Any] = {}
    store = files.FileStore(staging / "files", key=None)  # plain: encrypted once moved in

    def consume(stream: IO[bytes]) -> None:
        nonlocal manifest
        with tarfile.open(fileobj=stream, mode="r|") as tar:
            for member in tar:
                name = member.name
                if not member.isfile() or name in seen:
                    raise BackupRefused("backup.not_backup", path=str(archive))
                source = tar.extractfile(member)
                assert source is not None
                if name == MANIFEST:
                    data = source.read(16 * _CHUNK)
                    manifest = json.loads(data)
                    seen[name] = hashlib.sha256(data).hexdigest()
                elif name in (DB_NAME, DESK_SETTINGS):
                    seen[name] = _write(source, staging / name)
                elif _FILE.match(name):
                    data = source.read(member.size)
                    sha = hashlib.sha256(data).hexdigest()
                    if sha != name[6:]:
                        raise BackupRefused("backup.damaged", path=str(archive))
                    store.put(data)  # through the store: a file kept encrypted is so again
                    seen[name] = sha
                else:
                    raise BackupRefused("backup.not_backup", path=str(archive))

    def produce(stream: IO[bytes]) -> None:
        with open(archive, "rb") as source:
            pyrage.decrypt_io(source, stream, [identity])

    try:
        _piped(produce, consume)
    except BackupRefused:
        raise
    except pyrage.DecryptError as e:
        words = str(e)
        if "No matching keys" in words:
            raise BackupRefused("backup.wrong_key", path=str(archive)) from e
        if "header" in words.lower() or "fill whole buffer" in words or "parse" in words:
            raise BackupRefused("backup.not_backup", path=str(archive)) from e
        raise BackupRefused("backup.damaged", path=str(archive)) from e
    except (OSError, tarfile.TarError, ValueError, EOFError) as e:
        # age's stream refuses a chunk that fails its tag or a stream cut short; tarfile a
        # stream that ends mid-member
        raise BackupRefused("backup.damaged", path=str(archive)) from e
    if manifest.get("format") != FORMAT:
        raise BackupRefused("backup.not_backup", path=str(archive))
    if int(manifest.get("version", 0)) > FORMAT_VERSION:
        raise BackupRefused("backup.newer", path=str(archive))
    return manifest, seen


def _write(source: IO[bytes], target: Path) -> str:
    digest = hashlib.sha256()
    with open(target, "wb") as out:
        while chunk := source.read(_CHUNK):
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


def _verify(manifest: dict[str, Any], seen: dict[str, str]) -> None:
    listed = {entry["name"]: entry["sha256"] for entry in manifest.get("entries", [])}
    read = {name: sha for name, sha in seen.items() if name != MANIFEST}
    if DB_NAME not in listed or listed != read:
        raise BackupRefused("backup.manifest", count=len(set(listed.items()) ^ set(read.items())))
