"""The office database's file store: every scan and letter in the office database itself, so every
desk sees every file and one dump of the database holds them all.

The same methods as the desk's folder (store.files: ``Store``), on two tables: ``file_blob``,
one row a file (its SHA-256, size and number of chunks), and ``file_chunk``, its content in
pieces of ``CHUNK`` bytes, each with the SHA-256 of its own bytes. Reading goes one chunk at a
time (a large scan is never whole in memory) and refuses a chunk whose bytes are not the ones
written, before handing them on; the whole file is checked against its address at the end, as
the folder does.

A file and the row that refers to it are written in one transaction (``put`` joins the
caller's; ``undone_on_failure`` is a savepoint): another desk sees both or neither, and a crash
leaves neither. Removing files nothing refers to must not race a desk that is putting a file it
is about to refer to: every put holds a shared advisory lock until its transaction ends, and a
removal (``hold_out_puts``) takes it exclusively first, as SQLite's write lock does for the
folder.

Encryption at rest: the files are not sealed here. The folder's files key lives in one desk's
keyring; an office key shared by every desk's keyring, with its own recovery, is a design of
its own. Until then the files are as safe as the office database's other rows (the
complainants' NIK and addresses are in plain columns beside them): the connection to the
server goes over TLS, and the server's disk encryption keeps them at rest. A desk's own folder
stays sealed as before.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import Database

from desktop.store import sql
from desktop.store.files import DamagedFile, Store
from desktop.store.models import database

CHUNK = 1024 * 1024
# The advisory lock puts share and removals take alone (any constant: it names the file store).
_LOCK = 0x6C6F6B6574  # "loket"

TABLES = (
    'CREATE TABLE "file_blob" ("sha256" TEXT NOT NULL PRIMARY KEY, "size" BIGINT NOT NULL, '
    '"chunks" INTEGER NOT NULL)',
    'CREATE TABLE "file_chunk" ("sha256" TEXT NOT NULL '
    'REFERENCES "file_blob" ("sha256") ON DELETE CASCADE, "seq" INTEGER NOT NULL, '
    '"digest" BYTEA NOT NULL, "data" BYTEA NOT NULL, PRIMARY KEY ("sha256", "seq"))',
    # Scans are compressed already (JPEG, PDF streams): stored as they are, out of line,
    # instead of trying to compress each megabyte again.
    'ALTER TABLE "file_chunk" ALTER COLUMN "data" SET STORAGE EXTERNAL',
)


def create(db: Database) -> None:
    """The file store's tables in a new office database (part of its baseline)."""
    for statement in TABLES:
        db.execute_sql(statement)


class OfficeFileStore:
    """The file store of the office database the models are bound to."""

    def has(self, sha256: str) -> bool:
        return sql.one('SELECT 1 FROM "file_blob" WHERE "sha256" = ?', (sha256,)) is not None

    def put(self, data: bytes) -> str:
        """Store ``data`` and return its SHA-256; storing it again changes nothing."""
        digest = hashlib.sha256(data).hexdigest()
        view = memoryview(data)
        self._write(digest, (view[i : i + CHUNK] for i in range(0, len(view), CHUNK)), check=False)
        return digest

    def copy_from(self, other: Store, sha256: str) -> None:
        """The file ``sha256`` of ``other`` into the office, checked against its address on the
        way (a file that is not is not kept)."""
        self._write(sha256, _pieces(other.chunks(sha256), CHUNK), check=True)

    def _write(self, sha256: str, pieces: Iterable[bytes], check: bool) -> None:
        """The file's row, then its chunks, in one transaction (or a savepoint of the
        caller's). A file another desk has stored (or is storing: its row is locked until it
        commits) is left as it is."""
        with database.atomic():
            sql.run("SELECT pg_advisory_xact_lock_shared(?)", (_LOCK,))
            new = sql.changed(
                'INSERT INTO "file_blob" ("sha256", "size", "chunks") VALUES (?, 0, 0) '
                'ON CONFLICT ("sha256") DO NOTHING',
                (sha256,),
            )
            if not new:
                return
            digest, size, seq = hashlib.sha256(), 0, 0
            for seq, piece in enumerate(pieces, 1):
                digest.update(piece)
                size += len(piece)
                _insert_chunk(sha256, seq, piece)
            if check and digest.hexdigest() != sha256:
                raise DamagedFile(sha256)
            sql.run(
                'UPDATE "file_blob" SET "size" = ?, "chunks" = ? WHERE "sha256" = ?',
                (size, seq, sha256),
            )

    @contextmanager
    def undone_on_failure(self) -> Iterator[OfficeFileStore]:
        """The files put in the block and the rows written with them: all kept, or (the block
        failing) none, as a savepoint of the caller's transaction."""
        with database.atomic():
            yield self

    def read(self, sha256: str) -> bytes:
        """The content of a stored file, checked against its address."""
        return b"".join(self.chunks(sha256))

    def chunks(self, sha256: str) -> Iterator[bytes]:
        """The content chunk by chunk, one query each (a large scan never whole in memory);
        ``DamagedFile`` at a chunk whose bytes are not those written, or at the end when the
        file is not the content its address names. On a thread without a connection (the OCR
        worker) one is opened for the read and closed after."""
        with sql.connected():
            row = sql.one('SELECT "size", "chunks" FROM "file_blob" WHERE "sha256" = ?', (sha256,))
            if row is None:
                raise FileNotFoundError(f"stored file {sha256} is not in the office database")
            size, count = row
            digest, read = hashlib.sha256(), 0
            for seq in range(1, count + 1):
                piece = _chunk(sha256, seq)
                digest.update(piece)
                read += len(piece)
                yield piece
            if read != size or digest.hexdigest() != sha256:
                raise DamagedFile(sha256)

    def addresses(self) -> Iterator[str]:
        return (sha for (sha,) in sql.run('SELECT "sha256" FROM "file_blob"').fetchall())

    def temporaries(self) -> list[Path]:
        return []  # a put cut short is rolled back with its transaction

    def remove(self, sha256: str) -> None:
        """Inside a transaction that holds out puts (``hold_out_puts``): the file and its
        chunks."""
        sql.run('DELETE FROM "file_blob" WHERE "sha256" = ?', (sha256,))

    def hold_out_puts(self) -> None:
        """Until the caller's transaction ends, no desk puts a file: every put in progress has
        committed (its rows visible to what the caller reads next) or rolled back."""
        sql.run("SELECT pg_advisory_xact_lock(?)", (_LOCK,))

    def unsealed(self) -> list[str]:
        return []  # not sealed by design: see the module's docstring


def _insert_chunk(sha256: str, seq: int, piece: bytes) -> None:
    sql.run(
        'INSERT INTO "file_chunk" ("sha256", "seq", "digest", "data") VALUES (?, ?, ?, ?)',
        (sha256, seq, hashlib.sha256(piece).digest(), piece),
    )


def _chunk(sha256: str, seq: int) -> bytes:
    row = sql.one(
        'SELECT "digest", "data" FROM "file_chunk" WHERE "sha256" = ? AND "seq" = ?',
        (sha256, seq),
    )
    if row is None:
        raise DamagedFile(sha256)
    digest, data = bytes(row[0]), bytes(row[1])
    if hashlib.sha256(data).digest() != digest:
        raise DamagedFile(sha256)
    return data


def _pieces(source: Iterable[bytes], size: int) -> Iterator[bytes]:
    """``source``'s bytes again in pieces of ``size`` (the last one shorter)."""
    pending = bytearray()
    for piece in source:
        pending += piece
        while len(pending) >= size:
            yield bytes(pending[:size])
            del pending[:size]
    if pending:
        yield bytes(pending)
