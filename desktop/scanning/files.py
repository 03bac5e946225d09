"""What a file really is, judged by its content, and whether the counter may keep it.

Refused with a reason: something other than an ordinary file, an empty file, one over a limit
of `limits` (size, pages, pixels of any page or frame, what a PDF's streams inflate to), a name
with path separators, control or text-direction characters or bytes that are not UTF-8, a type
other than PDF, JPEG, PNG or TIFF whatever its name says, a truncated or corrupt image, a PDF
that does not parse or is encrypted.

Kept as a neutralised copy (so the office does not lose the letter), with what was removed
named: a PDF's JavaScript, launch and other automatic actions and its embedded files, and
bytes appended after the end of a PDF, JPEG or PNG (a ZIP hidden behind a photo).
"""

from __future__ import annotations

import io
import os
import stat
import struct
import unicodedata
import warnings
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
from PIL import Image

from desktop.scanning.limits import (
    MAX_BYTES,
    MAX_INFLATED_BYTES,
    MAX_PAGES,
    MAX_PIXELS,
    MAX_STREAM_BYTES,
)

SIGNATURES = {
    b"%PDF-": "application/pdf",
    b"\xff\xd8\xff": "image/jpeg",
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"II*\x00": "image/tiff",
    b"MM\x00*": "image/tiff",
}
CHUNK = 1024 * 1024
HIDDEN = ("Cc", "Cf", "Cs")  # control, format (text direction), surrogate (not UTF-8)
FLATE = ("/FlateDecode", "/Fl")
IMAGE_CODECS = ("/DCTDecode", "/DCT", "/JPXDecode", "/CCITTFaxDecode", "/CCF", "/JBIG2Decode")
GROWTH = {"/LZWDecode": 2730, "/LZW": 2730, "/RunLengthDecode": 64, "/RL": 64}  # at most
# Actions that run something or reach outside the document when it is opened or clicked.
ACTIVE_ACTIONS = {
    "/JavaScript": "javascript",
    "/Launch": "launch",
    "/ImportData": "actions",
    "/SubmitForm": "actions",
    "/GoToE": "embedded",
    "/Rendition": "actions",
    "/Sound": "actions",
    "/Movie": "actions",
    "/RichMediaExecute": "actions",
}


class FileRefused(ValueError):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Inspected:
    name: str
    mime: str
    pages: int
    size: int
    data: bytes = b""  # what may be kept: the file, or its neutralised copy
    removed: tuple[str, ...] = field(default=())  # what neutralising took out (codes)


def printable(name: str) -> str:
    """A name as it can be shown or printed whatever it holds: hidden characters and bytes
    that were not UTF-8 written out (``\\n``, ``\\u202e``, ``\\udcff``)."""
    return "".join(
        c.encode("unicode_escape").decode("ascii") if unicodedata.category(c) in HIDDEN else c
        for c in name
    )


def safe_name(name: str) -> str:
    if not name or "/" in name or "\\" in name or name in (".", "..") or "\x00" in name:
        raise FileRefused("file.bad_name")
    # Cc: control (a new line); Cf: format, among them the right-to-left override that shows
    # "invoice\u202egpj.exe" as "invoiceexe.jpg"; Cs: bytes that were not UTF-8 (os.fsdecode).
    if any(unicodedata.category(c) in HIDDEN for c in name):
        raise FileRefused("file.bad_characters", file=printable(name))
    return name


def read_file(path: Path) -> bytes:
    """An ordinary file's bytes, refused before reading when it is something else or too big.

    Opened without blocking (a FIFO would wait for a writer for ever), judged by what the open
    descriptor is (a symlink to /dev/zero is a device), and read in chunks up to the limit, so
    a file that grows while read is still stopped there.
    """
    safe_name(path.name)
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise FileRefused("file.missing", file=printable(path.name)) from None
    with os.fdopen(handle, "rb", buffering=0) as source:
        status = os.fstat(handle)
        if not stat.S_ISREG(status.st_mode):
            raise FileRefused("file.not_regular", file=printable(path.name))
        if status.st_size > MAX_BYTES:
            raise FileRefused("file.too_large", limit=MAX_BYTES // (1024 * 1024))
        parts, size = [], 0
        while chunk := source.read(CHUNK):
            size += len(chunk)
            if size > MAX_BYTES:
                raise FileRefused("file.too_large", limit=MAX_BYTES // (1024 * 1024))
            parts.append(chunk)
    return b"".join(parts)


def inspect(data: bytes, name: str) -> Inspected:
    """The file's true type and page count, or FileRefused saying what is wrong."""
    safe_name(name)
    if not data:
        raise FileRefused("file.empty")
    if len(data) > MAX_BYTES:
        raise FileRefused("file.too_large", limit=MAX_BYTES // (1024 * 1024))
    mime = next((m for sig, m in SIGNATURES.items() if data.startswith(sig)), None)
    if mime is None:
        raise FileRefused("file.unknown_type")
    if mime == "application/pdf":
        pages, kept, removed = _pdf(data)
        return Inspected(name, mime, pages, len(kept), kept, removed)
    pages = _image_pages(data)
    end = _jpeg_end(data) if mime == "image/jpeg" else _png_end(data) if mime == "image/png" else 0
    if end and end < len(data):
        return Inspected(name, mime, pages, end, data[:end], ("trailing",))
    return Inspected(name, mime, pages, len(data), data)


# -- PDF ------------------------------------------------------------------------------------
def _pdf(data: bytes) -> tuple[int, bytes, tuple[str, ...]]:
    try:
        # Not pushing inherited attributes down to every page: that walks the whole page tree
        # at opening (seconds and hundreds of MB for 100,000 pages) before the count is read.
        with pikepdf.open(io.BytesIO(data), inherit_page_attributes=False) as pdf:
            declared = pdf.Root.get("/Pages", {}).get("/Count", 0)
            if isinstance(declared, int) and declared > MAX_PAGES:  # refused before the
                raise FileRefused("file.too_many_pages", pages=declared, limit=MAX_PAGES)  # walk
            pages = len(pdf.pages)  # what is really there, whatever the file declares
            if pages == 0:
                raise FileRefused("file.corrupt")
            if pages > MAX_PAGES:
                raise FileRefused("file.too_many_pages", pages=pages, limit=MAX_PAGES)
            _check_streams(pdf)
            found = _active_content(pdf)
            kept, cut = _without_trailing(data)
            if not found:
                return pages, kept, cut
            _neutralise(pdf)
            out = io.BytesIO()
            pdf.save(out)
    except pikepdf.PasswordError:
        raise FileRefused("file.encrypted") from None
    except pikepdf.PdfError:
        raise FileRefused("file.corrupt") from None
    kept = out.getvalue()
    with pikepdf.open(io.BytesIO(kept), inherit_page_attributes=False) as again:
        if _active_content(again):  # somewhere neutralising does not reach: do not keep it
            raise FileRefused("file.active_content")
    return pages, kept, tuple(sorted(found | set(cut)))


def _without_trailing(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    end = data.rfind(b"%%EOF")
    if end < 0:
        return data, ()
    end += 5
    while end < len(data) and data[end : end + 1] in (b"\r", b"\n"):
        end += 1
    if data[end:].strip(b" \t\r\n\x00"):
        return data[:end], ("trailing",)
    return data, ()


def _check_streams(pdf: pikepdf.Pdf) -> None:
    """Refuse a decompression bomb before anything renders it: every stream's inflated size
    is counted without holding it, and every image's pixels are counted from its header."""
    total = 0
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Stream):
            continue
        if obj.get("/Subtype") == "/Image":
            width, height = int(obj.get("/Width", 0)), int(obj.get("/Height", 0))
            if width * height > MAX_PIXELS:
                raise FileRefused("file.too_many_pixels")
        filters = obj.get("/Filter")
        names = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else []
        names = names or ([str(filters)] if filters is not None else [])
        raw = obj.read_raw_bytes()
        flates = next((n for n, f in enumerate(names) if f not in FLATE), len(names))
        if flates:
            chunks = [raw]
            for _ in range(flates):  # a bomb is often deflated twice, to hide in 2 KB
                chunks = _inflate(chunks)
            size = 0
            for chunk in chunks:
                size += len(chunk)
                if size > MAX_STREAM_BYTES:
                    break
        elif not names or names[0] in IMAGE_CODECS:  # the pixel count bounds an image
            size = len(raw)
        elif len(raw) * GROWTH.get(names[0], 1) <= MAX_STREAM_BYTES:
            size = len(obj.read_bytes())
        else:
            size = len(raw) * GROWTH.get(names[0], 1)
        total += size
        if size > MAX_STREAM_BYTES or total > MAX_INFLATED_BYTES:
            raise FileRefused("file.inflates_too_much", limit=MAX_STREAM_BYTES // (1024 * 1024))


def _inflate(chunks):
    """Inflate a stream of chunks a chunk at a time, never holding the whole result."""
    inflater = zlib.decompressobj()
    try:
        for chunk in chunks:
            pending = chunk
            while pending:
                out = inflater.decompress(pending, CHUNK)
                if out:
                    yield out
                if inflater.eof:
                    return
                pending = inflater.unconsumed_tail
    except zlib.error:  # a damaged stream: a viewer shows what it can, so is it counted
        return


def _walk(pdf: pikepdf.Pdf):
    """Every dictionary reachable from the trailer, once each."""
    seen: set[tuple[int, int]] = set()
    stack: list = [pdf.trailer]
    while stack:
        obj = stack.pop()
        if obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if isinstance(obj, pikepdf.Stream):
            obj = obj.stream_dict
        if isinstance(obj, pikepdf.Dictionary):
            yield obj
            stack.extend(v for k, v in obj.items() if k != "/Parent" and _container(v))
        elif isinstance(obj, pikepdf.Array):
            stack.extend(v for v in obj if _container(v))


def _container(obj) -> bool:
    return isinstance(obj, pikepdf.Dictionary | pikepdf.Array | pikepdf.Stream)


def _active_content(pdf: pikepdf.Pdf) -> set[str]:
    found = set()
    for obj in _walk(pdf):
        kind = obj.get("/S")
        if kind is not None and str(kind) in ACTIVE_ACTIONS:
            found.add(ACTIVE_ACTIONS[str(kind)])
        if "/JS" in obj:
            found.add("javascript")
        if obj.get("/Type") == "/EmbeddedFile" or "/EF" in obj or "/EmbeddedFiles" in obj:
            found.add("embedded")
        if obj.get("/Subtype") == "/FileAttachment":
            found.add("embedded")
        if "/AA" in obj:
            found.add("actions")
        if "/XFA" in obj:
            found.add("actions")
    return found


def _neutralise(pdf: pikepdf.Pdf) -> None:
    """Take out what runs by itself or carries another file; the pages stay as they look."""
    root = pdf.Root
    if "/OpenAction" in root and not isinstance(root.OpenAction, pikepdf.Array):
        del root["/OpenAction"]  # an array only opens the document at a page: it stays
    _drop(root, "/AA", "/AF")
    if "/Names" in root:
        _drop(root.Names, "/JavaScript", "/EmbeddedFiles")
    if "/AcroForm" in root:
        _drop(root.AcroForm, "/XFA", "/AA")
    _drop(root, "/Outlines")  # bookmarks may act too; a scanned letter does not need them
    for page in pdf.pages:
        _drop(page.obj, "/AA", "/AF")
        annotations = page.obj.get("/Annots")
        if annotations is None:
            continue
        kept = pikepdf.Array()
        for annotation in annotations:
            if annotation.get("/Subtype") == "/FileAttachment":
                continue
            _drop(annotation, "/AA", "/AF")
            action = annotation.get("/A")
            if action is not None and (action.get("/S") != "/URI" or "/Next" in action):
                del annotation["/A"]  # a link to a website stays clickable
            kept.append(annotation)
        page.obj.Annots = pdf.make_indirect(kept)


def _drop(obj: pikepdf.Dictionary, *keys: str) -> None:
    for key in keys:
        if key in obj:
            del obj[key]


# -- images ---------------------------------------------------------------------------------
def _image_pages(data: bytes) -> int:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as image:
                pages = getattr(image, "n_frames", 1)
                if pages > MAX_PAGES:
                    raise FileRefused("file.too_many_pages", pages=pages, limit=MAX_PAGES)
                for frame in range(pages):  # every frame: the second may be the bomb
                    image.seek(frame)
                    width, height = image.size
                    if width * height > MAX_PIXELS:
                        raise FileRefused("file.too_many_pixels")
                    image.load()  # reads every byte: a truncated file fails here
        except FileRefused:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise FileRefused("file.too_many_pixels") from None
        except (OSError, SyntaxError, ValueError, EOFError, struct.error):
            raise FileRefused("file.corrupt") from None
    return pages


def _jpeg_end(data: bytes) -> int:
    """Where a JPEG's end-of-image marker ends (0 when it cannot tell), walking its segments;
    inside entropy-coded data 0xFF is followed by 0x00 or a restart marker only."""
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return 0
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker == 0xD9:
            return position + 2
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            position += 2
            continue
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        position += 2 + length
        if marker == 0xDA:  # start of scan: skip the coded data to the next real marker
            while position + 1 < len(data):
                if data[position] == 0xFF and data[position + 1] not in (0x00, *range(0xD0, 0xD8)):
                    break
                position += 1
    return 0


def _png_end(data: bytes) -> int:
    """Where a PNG's IEND chunk ends (0 when it cannot tell)."""
    position = 8
    while position + 12 <= len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        kind = data[position + 4 : position + 8]
        position += 12 + length
        if kind == b"IEND":
            return position
    return 0
