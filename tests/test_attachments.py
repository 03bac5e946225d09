"""Files kept with a case: stored once by content, whole or not at all, bad files refused."""

from __future__ import annotations

import io
import zlib

import pytest
from conftest import NOW, complaint_form
from helpers import table_counts
from PIL import Image
from pypdf import PdfWriter

from desktop.domain.errors import DomainError
from desktop.services import attachments, intake


def png(width: int = 40, height: int = 30) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(out, "PNG")
    return out.getvalue()


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 200), (200, 30, 30)).save(out, "JPEG")
    return out.getvalue()


def pdf(pages: int = 2, password: str = "") -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    if password:
        writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def bomb_png() -> bytes:
    """A tiny PNG that claims 30,000 x 30,000 pixels (900 MP) once decompressed."""
    import struct

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 30000, 30000, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (30001 * 64), 9)  # the first rows only: it stays small
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


@pytest.fixture
def case(actors):
    return intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)


def stored_files() -> list[str]:
    """What the file store holds, whole or not: the folder's files and temporaries, or the
    office database's files."""
    store = attachments.files()
    return sorted([*store.addresses(), *(p.name for p in store.temporaries())])


def test_a_scan_is_kept_once_by_its_content(actors, case):
    first = attachments.attach_file(actors["petugas"], case.reg_no, "bukti.pdf", pdf(3), now=NOW)
    assert (first.mime, first.pages, first.stored_before) == ("application/pdf", 3, False)
    again = attachments.attach_file(
        actors["petugas"], case.reg_no, "bukti lagi.pdf", pdf(3), now=NOW
    )
    assert again.uuid == first.uuid  # the same content on the same case is the same document
    other = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    shared = attachments.attach_file(actors["petugas"], other.uuid, "bukti.pdf", pdf(3), now=NOW)
    assert shared.stored_before and shared.uuid != first.uuid
    assert stored_files() == [first.sha256]
    assert attachments.files().read(first.sha256) == pdf(3)
    photo = attachments.attach_file(actors["petugas"], case.uuid, "foto.jpg", jpeg(), now=NOW)
    assert (photo.mime, photo.pages) == ("image/jpeg", 1)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("kosong.pdf", b"", "Berkas ini kosong."),
        ("terpotong.jpg", jpeg()[:700], "Berkas rusak atau terpotong dan tidak dapat dibuka."),
        (
            "surat.pdf",
            b"%PDF-1.7\nthis is not really a pdf at all\n%%EOF",
            "Berkas rusak atau terpotong dan tidak dapat dibuka.",
        ),
        (
            "foto.png",
            b"MZ\x90\x00 an executable named like a photo",
            "Hanya PDF, JPEG, PNG atau TIFF yang dapat disimpan.",
        ),
        ("bom.png", bomb_png(), "Gambar terlalu besar untuk dibuka dengan aman."),
        (
            "terkunci.pdf",
            pdf(1, password="rahasia"),
            "PDF ini terkunci kata sandi; minta versi tanpa kunci.",
        ),
        ("../../etc/passwd.png", png(), "Nama berkas tidak boleh memuat tanda / atau \\."),
        ("folder\\bukti.png", png(), "Nama berkas tidak boleh memuat tanda / atau \\."),
    ],
)
def test_a_bad_file_is_refused_plainly_and_nothing_is_kept(actors, case, name, data, message):
    before = table_counts()
    with pytest.raises(DomainError) as info:
        attachments.attach_file(actors["petugas"], case.reg_no, name, data, now=NOW)
    assert str(info.value) == message
    assert table_counts() == before
    assert stored_files() == []


def test_a_crash_while_writing_leaves_no_half_file(actors, case, engine, monkeypatch):
    import os

    from desktop.store import office_files

    def power_cut(*args):
        raise OSError("power cut")

    if engine == "sqlite":  # the file whole in its temporary, not yet renamed into place
        monkeypatch.setattr(os, "replace", power_cut)
    else:  # the file's row written, its chunks not
        monkeypatch.setattr(office_files, "_insert_chunk", power_cut)
    before = table_counts()
    with pytest.raises(OSError):
        attachments.attach_file(actors["petugas"], case.reg_no, "bukti.png", png(), now=NOW)
    assert table_counts() == before
    assert stored_files() == []  # the temporary file is gone too


def test_a_failure_after_the_file_is_stored_takes_it_back_with_its_row(actors, case, monkeypatch):
    """The file is whole, then writing the row that refers to it fails: neither stays."""
    from desktop.store import attachments as rows

    def refused(**fields):
        raise OSError("the row could not be written")

    monkeypatch.setattr(rows, "add", refused)
    before = table_counts()
    with pytest.raises(OSError):
        attachments.attach_file(actors["petugas"], case.reg_no, "bukti.pdf", pdf(4), now=NOW)
    assert table_counts() == before
    assert stored_files() == []
