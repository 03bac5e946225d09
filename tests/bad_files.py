"""Hostile files, made here by the tests themselves: what a desk may be handed."""

from __future__ import annotations

import io
import zlib

import pikepdf
from PIL import Image


def _one_page() -> pikepdf.Pdf:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    return pdf


def _saved(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    pdf.save(out, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    return out.getvalue()


def scripted_pdf() -> bytes:
    """JavaScript run on opening, and a link that launches a program."""
    pdf = _one_page()
    pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert('hai')")
    link = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot,
        Subtype=pikepdf.Name.Link,
        Rect=[0, 0, 595, 842],
        A=pikepdf.Dictionary(S=pikepdf.Name.Launch, F="C:\\Windows\\System32\\calc.exe"),
    )
    pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(link)]))
    return _saved(pdf)


def pdf_with_exe() -> bytes:
    pdf = _one_page()
    program = b"MZ\x90\x00\x03" + b"\x00" * 200 + b"This program cannot be run in DOS mode."
    pdf.attachments["setup.exe"] = pikepdf.AttachedFileSpec(pdf, program, filename="setup.exe")
    return _saved(pdf)


def pdf_bomb() -> bytes:
    """A page whose content stream inflates to 1 GiB, deflated twice: a few KB on disk.

    Deflating 1 GiB takes long; after a full flush the same megabyte deflates to the same
    bytes, so one block is repeated 1024 times inside a zlib wrapper with the right checksum.
    """
    block = b" " * (1024 * 1024)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    deflate.compress(block)
    deflate.flush(zlib.Z_FULL_FLUSH)
    body = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)
    checksum = 1
    for _ in range(1024):
        checksum = zlib.adler32(block, checksum)
    once = b"\x78\xda" + body * 1024 + deflate.flush() + checksum.to_bytes(4, "big")
    twice = zlib.compress(once, 9)
    pdf = _one_page()
    stream = pikepdf.Stream(pdf, b"")
    stream.write(twice, filter=[pikepdf.Name.FlateDecode, pikepdf.Name.FlateDecode])
    pdf.pages[0].Contents = pdf.make_indirect(stream)
    return _saved(pdf)


def pdf_of_pages(count: int) -> bytes:
    """A PDF of ``count`` blank pages, written directly (a library takes minutes for 100,000)."""
    parts, offsets, size = [b"%PDF-1.4\n"], [], 9

    def add(number: int, body: bytes) -> None:
        nonlocal size
        text = b"%d 0 obj\n%s\nendobj\n" % (number, body)
        offsets.append(size)
        parts.append(text)
        size += len(text)

    add(1, b"<</Type/Catalog/Pages 2 0 R>>")
    kids = b" ".join(b"%d 0 R" % (n + 3) for n in range(count))
    add(2, b"<</Type/Pages/Count %d/Kids[%s]>>" % (count, kids))
    for n in range(count):
        add(n + 3, b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>")
    parts.append(b"xref\n0 %d\n0000000000 65535 f \n" % (count + 3))
    parts += [b"%010d 00000 n \n" % offset for offset in offsets]
    parts.append(b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (count + 3, size))
    return b"".join(parts)


def tiff_with_huge_second_frame() -> bytes:
    """Two frames: a small first page, then one whose header claims 40000 x 40000 pixels."""
    first, second = Image.new("L", (50, 70), 255), Image.new("L", (40, 40), 0)
    out = io.BytesIO()
    first.save(out, "TIFF", save_all=True, append_images=[second])
    data = bytearray(out.getvalue())
    # The second frame's ImageWidth (256) and ImageLength (257) tags, little-endian SHORTs,
    # become LONGs of 40000 (type 4, count 1, the value in place).
    with Image.open(io.BytesIO(bytes(data))) as image:
        image.seek(1)
        offset = image.tag_v2.offset if hasattr(image.tag_v2, "offset") else None
    assert offset is not None
    entries = int.from_bytes(data[offset : offset + 2], "little")
    for n in range(entries):
        at = offset + 2 + 12 * n
        tag = int.from_bytes(data[at : at + 2], "little")
        if tag in (256, 257):
            data[at + 2 : at + 4] = (4).to_bytes(2, "little")
            data[at + 4 : at + 8] = (1).to_bytes(4, "little")
            data[at + 8 : at + 12] = (40000).to_bytes(4, "little")
    return bytes(data)


def zip_behind_jpeg(photo: bytes) -> bytes:
    """A JPEG with a ZIP archive appended: a photo to a viewer, an archive to an unzipper."""
    import zipfile

    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("payload.exe", b"MZ" + b"\x00" * 100)
    return photo + archive.getvalue()
