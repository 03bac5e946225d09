"""The file store beside the database: content-addressed by SHA-256, written atomically.

This is the desk's store (a folder beside its SQLite file); an office database keeps its files
in its own tables (desktop/store/office_files.py) behind the same methods (``Store``).
``store.db.file_store()`` gives the store of the open database, so callers never ask which.

In an encrypted folder a file is sealed (desktop/store/sealed.py) under the folder's files key;
its name is still the SHA-256 of its plain content, and everything reads it through ``read`` or
``chunks``, which open and check it.

A file is written to a temporary name in the same folder, flushed to disk, then renamed into
place, so a crash never leaves half a file under a name a row points to. The same content
twice is one file.

Files are put inside the write transaction that records the rows pointing to them. A put
undone by a failing transaction is removed before the rollback (``undone_on_failure``); a
crash leaves temporaries and files nothing points to, which ``sweep`` removes at the next
start. Both rely on one fact: every put happens while its writer holds SQLite's write lock, so
whoever holds that lock sees no other writer between putting a file and committing its row.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from peewee import Database

from desktop.store import keys, sealed

TEMPORARY = ".incoming-"
_OF_FOLDER = object()


class DamagedFile(OSError):
    """A stored file that is not the content its address names (a byte changed, cut short)."""

    def __init__(self, sha256: str) -> None:
        super().__init__(f"stored file {sha256} is damaged")


class Store(Protocol):
    """What every file store does, whichever engine keeps the rows that point to its files."""

    def has(self, sha256: str) -> bool: ...
    def put(self, data: bytes) -> str: ...
    def read(self, sha256: str) -> bytes: ...
    def chunks(self, sha256: str) -> Iterator[bytes]: ...
    def copy_from(self, other: Store, sha256: str) -> None: ...
    def undone_on_failure(self) -> contextlib.AbstractContextManager[Store]: ...
    def addresses(self) -> Iterator[str]: ...
    def temporaries(self) -> list[Path]: ...
    def remove(self, sha256: str) -> None: ...
    def hold_out_puts(self) -> None: ...
    def unsealed(self) -> list[str]: ...


class FileStore:
    def __init__(self, root: Path, key: bytes | object | None = _OF_FOLDER) -> None:
        """``key``: the files key to seal with (None: plain); by default the one of the data
        folder ``root`` is in, as opening its database set it."""
        self.root = root
        self.key: bytes | None = keys.files_key_of(root.parent) if key is _OF_FOLDER else key  # type: ignore[assignment]
        self.created: list[Path] = []  # files this store object put that were not there

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, data: bytes) -> str:
        """Store ``data`` and return its SHA-256; storing it again changes nothing."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest)
        if target.is_file():
            return digest
        view = memoryview(data)
        self._write(
            target, digest, (view[i : i + sealed.CHUNK] for i in range(0, len(view), sealed.CHUNK))
        )
        self.created.append(target)
        return digest

    def _write(self, target: Path, digest: str, content: Iterator[bytes]) -> None:
        """Content to ``target`` through a temporary beside it, on disk before the rename."""
        target.parent.mkdir(parents=True, exist_ok=True)
        pieces = (
            content
            if self.key is None
            else sealed.seal(self.key, digest, os.urandom(sealed.PREFIX), content)
        )
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=TEMPORARY)
        try:
            with os.fdopen(handle, "wb") as out:
                for piece in pieces:
                    out.write(piece)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        directory = os.open(target.parent, os.O_RDONLY)
        try:  # the rename itself must reach the disk too
            os.fsync(directory)
        finally:
            os.close(directory)

    def copy_from(self, other: Store, sha256: str) -> None:
        """The file ``sha256`` of ``other`` into this store, as this store keeps files (plain
        or sealed), chunk by chunk; checked against its address on the way."""
        self._write(self.path(sha256), sha256, other.chunks(sha256))

    @contextmanager
    def undone_on_failure(self) -> Iterator[FileStore]:
        """Inside a write transaction: the files put here are removed again if the block fails,
        while the transaction (and so the write lock) is still held."""
        start = len(self.created)
        try:
            yield self
        except BaseException:
            for path in self.created[start:]:
                path.unlink(missing_ok=True)
            del self.created[start:]
            raise

    def read(self, sha256: str) -> bytes:
        """The plain content of a stored file, checked against its address."""
        return b"".join(self.chunks(sha256))

    def chunks(self, sha256: str) -> Iterator[bytes]:
        """The plain content piece by piece (a large scan never whole in memory), opened if
        sealed; ``OSError`` at the end if it is not the content its address names."""
        digest = hashlib.sha256()
        with open(self.path(sha256), "rb") as source:
            if self.key is None:
                pieces: Iterator[bytes] = iter(lambda: source.read(sealed.CHUNK), b"")
            else:
                pieces = sealed.unseal(self.key, sha256, source)
            for piece in pieces:
                digest.update(piece)
                yield piece
        if digest.hexdigest() != sha256:
            raise DamagedFile(sha256)

    def stored(self) -> Iterator[Path]:
        if self.root.is_dir():
            for folder in self.root.iterdir():
                if folder.is_dir():
                    yield from folder.iterdir()

    def addresses(self) -> Iterator[str]:
        """The SHA-256 of every file stored whole (not the temporaries of a put cut short)."""
        return (p.name for p in self.stored() if not p.name.startswith(TEMPORARY))

    def temporaries(self) -> list[Path]:
        return [p for p in self.stored() if p.name.startswith(TEMPORARY)]

    def remove(self, sha256: str) -> None:
        self.path(sha256).unlink(missing_ok=True)

    def hold_out_puts(self) -> None:
        """Nothing to do: the caller's write transaction holds SQLite's write lock, so no other
        desk puts a file until it ends."""

    def unsealed(self) -> list[str]:
        """In an encrypted folder, the stored files that are not sealed (none should be)."""
        if self.key is None:
            return []
        return [p.name for p in self.stored() if not is_sealed(p)]


def is_sealed(path: Path) -> bool:
    """Whether a stored file (not a temporary) is sealed, by its first bytes."""
    if path.name.startswith(TEMPORARY):
        return True
    with open(path, "rb") as f:
        return sealed.is_sealed(f.read(len(sealed.MAGIC)))


@dataclass
class Unreferenced:
    files: list[str] = field(default_factory=list)  # stored, but no row points to them
    temporaries: list[Path] = field(default_factory=list)  # a put cut short
    missing: list[str] = field(default_factory=list)  # a row points to them, not stored


# Hash columns that name no stored file: the register of printed documents keeps the hash of
# what left the desk (a receipt, a copy), which is not kept (an issued letter's own PDF is
# referred to by the register of outgoing letters).
NOT_STORED = {("printed_document", "sha256")}


def referenced(db: Database | None = None) -> set[str]:
    """Every hash a row points to: any column named ``sha256`` or ``…_sha256`` (but those of
    ``NOT_STORED``)."""
    from desktop.store.models import BaseModel, database

    db = db or database.obj
    hashes: set[str] = set()
    models = list(BaseModel.__subclasses__())
    while models:
        model = models.pop()
        models += model.__subclasses__()
        if not db.table_exists(model._meta.table_name):
            continue
        for column in model._meta.sorted_fields:
            if (model._meta.table_name, column.name) in NOT_STORED:
                continue
            if column.name == "sha256" or column.name.endswith("_sha256"):
                rows = model.select(column).distinct().tuples()
                hashes.update(value for (value,) in rows if value)
    return hashes


def unreferenced(store: Store, db: Database | None = None) -> Unreferenced:
    """What in the store nothing points to, and what is pointed to but not there (read-only:
    a writer of another desk may be between its put and its commit)."""
    known = referenced(db)
    stored = set(store.addresses())
    return Unreferenced(
        files=sorted(stored - known),
        temporaries=store.temporaries(),
        missing=sorted(known - stored),
    )


def sweep(db: Database, store: Store) -> Unreferenced:
    """Remove what a crash left: temporaries and files nothing points to. Holds out every put
    throughout (SQLite's write lock, BEGIN IMMEDIATE; the office store's lock), so no other
    writer can be between a put and its commit."""
    with db.atomic():
        store.hold_out_puts()
        found = unreferenced(store, db)
        for sha256 in found.files:
            store.remove(sha256)
        for path in found.temporaries:
            path.unlink(missing_ok=True)
    return found
