"""The file store of either engine: the desk's sealed folder, and the office database's chunks.

What an officer relies on: a scan reads back as it was kept, a file changed behind the desk's
back is refused rather than shown, a large scan never has to fit in memory, files nothing
refers to go, and in the office every desk sees a scan as soon as (and not before) the desk
that kept it has committed it.
"""

from __future__ import annotations

import hashlib
import os
import threading
import tracemalloc
from collections.abc import Callable

import pytest
from conftest import NOW, complaint_form

from desktop.scanning.files import Inspected
from desktop.services import attachments, intake
from desktop.services.context import write
from desktop.store import files, office_files, sql
from desktop.store.models import database

BOTH = pytest.mark.parametrize("engine", ["sqlite", "postgresql"], indirect=True)
OFFICE = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
MiB = 1024 * 1024


def scan_pdf(size: int) -> bytes:
    """A PDF-looking file of ``size`` bytes whose content does not compress (like a scan)."""
    head = b"%PDF-1.7\n"
    return head + os.urandom(size - len(head))


@pytest.fixture
def case(actors):
    return intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)


def attach(actors, case, data: bytes, name: str = "bukti.pdf") -> str:
    """Keep ``data`` with the case as ``attach_file`` does, as a PDF already checked (the
    check itself, which would open the PDF, is test_attachments' business)."""
    kept = Inspected(name=name, mime="application/pdf", pages=1, size=len(data), data=data)
    return attachments.attach_file(
        actors["petugas"], case.reg_no, name, data, now=NOW, kept=kept
    ).sha256


def change_a_byte(engine: str, sha256: str, chunk_and_digest: bool = False) -> None:
    """What a disk fault or a hand at the server would do: one byte of the second megabyte."""
    if engine == "sqlite":
        store = attachments.files()
        path = store.path(sha256)
        with open(path, "r+b") as f:
            f.seek(MiB + 100)
            byte = f.read(1)
            f.seek(MiB + 100)
            f.write(bytes([byte[0] ^ 1]))
        return
    sql.run(
        'UPDATE "file_chunk" SET "data" = set_byte("data", 100, get_byte("data", 100) # 1) '
        'WHERE "sha256" = ? AND "seq" = 2',
        (sha256,),
    )
    if chunk_and_digest:  # the chunk's own digest made to match: the file's address still not
        sql.run(
            'UPDATE "file_chunk" SET "digest" = sha256("data") WHERE "sha256" = ? AND "seq" = 2',
            (sha256,),
        )


@BOTH
def test_a_scan_reads_back_as_it_was_kept(actors, case):
    data = scan_pdf(3 * MiB + 123)
    sha = attach(actors, case, data)
    store = attachments.files()
    assert sha == hashlib.sha256(data).hexdigest()
    assert store.has(sha) and store.read(sha) == data
    assert b"".join(store.chunks(sha)) == data
    assert store.put(data) == sha  # the same content again is the same file
    assert list(store.addresses()) == [sha]


@BOTH
def test_an_empty_file_reads_back_empty(actors):
    store = attachments.files()
    sha = store.put(b"")
    assert store.read(sha) == b""


@BOTH
def test_a_changed_byte_is_refused_in_plain_words(actors, case, engine):
    data = scan_pdf(3 * MiB)
    sha = attach(actors, case, data)
    change_a_byte(engine, sha)
    with pytest.raises(OSError, match=f"stored file {sha} is damaged"):
        attachments.files().read(sha)


@OFFICE
def test_a_changed_chunk_is_refused_before_its_bytes_are_handed_on(actors, case, engine):
    data = scan_pdf(3 * MiB)
    sha = attach(actors, case, data)
    change_a_byte(engine, sha)
    handed_on = []
    with pytest.raises(files.DamagedFile, match="is damaged"):
        for piece in attachments.files().chunks(sha):
            handed_on.append(piece)
    assert b"".join(handed_on) == data[: office_files.CHUNK]  # the first megabyte only


@OFFICE
def test_a_chunk_changed_with_its_own_digest_is_still_refused_by_the_address(actors, case, engine):
    sha = attach(actors, case, scan_pdf(3 * MiB))
    change_a_byte(engine, sha, chunk_and_digest=True)
    with pytest.raises(files.DamagedFile, match=f"stored file {sha} is damaged"):
        attachments.files().read(sha)


def peak_while(read: Callable[[], None]) -> int:
    """The most memory Python held at once while ``read`` ran, above what it held before."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before, _ = tracemalloc.get_traced_memory()
        read()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - before


@BOTH
def test_a_large_scan_is_read_a_chunk_at_a_time(actors, case):
    data = scan_pdf(12 * MiB)
    sha = attach(actors, case, data)
    del data
    store = attachments.files()
    digest = hashlib.sha256()

    def read() -> None:
        for piece in store.chunks(sha):
            digest.update(piece)

    peak = peak_while(read)
    assert digest.hexdigest() == sha
    assert peak < 3 * MiB, f"{peak / MiB:.1f} MiB held at once for a 12 MiB scan"


@BOTH
def test_the_sweep_removes_files_nothing_refers_to(actors, case):
    kept = attach(actors, case, scan_pdf(2 * MiB))
    store = attachments.files()
    with write():
        orphan = store.put(scan_pdf(MiB + 5))  # a row that referred to it was taken back
    assert files.unreferenced(store).files == [orphan]
    swept = files.sweep(database.obj, store)
    assert swept.files == [orphan]
    assert not store.has(orphan) and store.has(kept)
    assert files.unreferenced(store) == files.Unreferenced()


def on_another_desk(work: Callable[[], object]) -> object:
    """``work`` on a thread of its own: its own connection to the office database, as a second
    desk has. Its result (or error) once it is done."""
    result: list[object] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as e:  # handed to the test's thread
            result.append(e)
        finally:
            database.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(60)
    assert result, "the other desk did not finish"
    if isinstance(result[0], BaseException):
        raise result[0]
    return result[0]


def backend() -> int:
    return sql.value("SELECT pg_backend_pid()")


@OFFICE
def test_a_scan_kept_at_one_desk_is_seen_at_another_once_committed(actors, case):
    data = scan_pdf(2 * MiB + 7)
    sha = hashlib.sha256(data).hexdigest()

    def seen() -> tuple[int, bool, int]:
        count = sql.value('SELECT count(*) FROM "attachment" WHERE "sha256" = ?', (sha,))
        return backend(), attachments.files().has(sha), count

    with write():
        attach(actors, case, data)
        other, has, rows = on_another_desk(seen)
        assert other != backend()  # two connections, as two desks
        assert (has, rows) == (False, 0)  # neither the file nor its row, half-way
    assert on_another_desk(seen)[1:] == (True, 1)
    assert on_another_desk(lambda: attachments.files().read(sha)) == data


@OFFICE
def test_a_sweep_waits_for_a_desk_between_its_put_and_its_commit(actors, case):
    data = scan_pdf(MiB)
    store = attachments.files()
    sha = store.put(data)  # stored before, referred to by nothing (yet)
    swept: list[files.Unreferenced] = []
    sweeper = threading.Thread(
        target=lambda: (swept.append(files.sweep(database.obj, store)), database.close())
    )
    with write():
        attach(actors, case, data)  # the same content: put again, now referred to
        sweeper.start()
        sweeper.join(1.0)
        assert sweeper.is_alive()  # held out until this desk has committed
    sweeper.join(60)
    assert swept and swept[0].files == []
    assert store.read(sha) == data


@BOTH
def test_a_letters_scan_is_read_on_the_ocr_workers_thread(actors):
    from test_attachments import pdf

    from desktop.services import letters

    scan = pdf(2)
    done = letters.register_letter(
        actors["petugas"], letters.LetterForm(sender_name="Bambang"), [("surat.pdf", scan)], now=NOW
    )
    (listed,) = letters.scans_of(done.uuid)

    def on_the_ocr_worker() -> tuple[bytes, str, bool]:
        read = letters.read_scan(listed, with_ocr=False)
        kept = listed.store.read(listed.sha256)
        return kept, read.text, database.is_closed()

    kept, text, closed = on_another_desk(on_the_ocr_worker)
    assert (kept, text) == (scan, "")
    assert closed  # a connection it opened to read is not left open on that thread


@OFFICE
def test_a_desks_file_moves_into_the_office_checked_on_the_way(actors, tmp_path):
    folder = files.FileStore(tmp_path / "files", key=None)  # a desk's folder, moving in
    whole = folder.put(scan_pdf(2 * MiB + 1))
    damaged = folder.put(scan_pdf(MiB))
    with open(folder.path(damaged), "r+b") as f:  # one byte changed (not set: it may be that)
        f.seek(500)
        byte = f.read(1)[0]
        f.seek(500)
        f.write(bytes([byte ^ 0xFF]))
    office = attachments.files()
    office.copy_from(folder, whole)
    assert office.read(whole) == folder.read(whole)
    with pytest.raises(files.DamagedFile):
        office.copy_from(folder, damaged)
    assert not office.has(damaged)  # refused whole: no row, no chunk
    assert sql.value('SELECT count(*) FROM "file_chunk" WHERE "sha256" = ?', (damaged,)) == 0


@OFFICE
def test_the_check_names_office_files_astray(actors, case):
    from desktop.services import check

    kept = attach(actors, case, scan_pdf(MiB))
    with write():
        orphan = attachments.files().put(scan_pdf(10))
        attachments.files().remove(kept)  # what a hand at the server might do
    report = check.Report()
    check._file_problems(report)  # the rest of the check reads search (not built here yet)
    assert report.problems == [
        f"1 file(s) in the file store nothing refers to: {orphan}",
        f"1 file(s) referred to are missing from the file store: {kept}",
    ]


@BOTH
def test_retention_releases_a_file_only_when_no_case_keeps_it(actors, case):
    from desktop.store import anonymising

    other = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    alone = attach(actors, case, scan_pdf(MiB + 3))
    shared = attach(actors, case, scan_pdf(20))
    attach(actors, other, attachments.files().read(shared))
    with write():  # what anonymising the first case does to its documents' rows
        sql.run('DELETE FROM "attachment" WHERE "case_id" = ?', (case.uuid,))
        released = anonymising.release_files(attachments.files(), [alone, shared])
    assert released == [alone]
    assert not attachments.files().has(alone) and attachments.files().has(shared)
