"""What a file really is, judged by its content, and whether the counter may keep it.

Refused with a reason: an empty file, one over the size limit, a name with path separators,
a type other than PDF, JPEG, PNG or TIFF whatever its name says, a truncated or corrupt
image, an image too large to open safely (a decompression bomb), a PDF that does not parse or
is encrypted.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image
from pypdf import PdfReader
from pypdf.errors import PdfReadError

MAX_BYTES = 50 * 1024 * 1024  # a long scanned letter at 300 dpi stays well below this
MAX_PIXELS = 60_000_000  # an A3 page at 600 dpi is about 70 MP in colour: beyond any scan here
SIGNATURES = {
    b"%PDF-": "application/pdf",
    b"\xff\xd8\xff": "image/jpeg",
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"II*\x00": "image/tiff",
    b"MM\x00*": "image/tiff",
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


def safe_name(name: str) -> str:
    if not name or "/" in name or "\\" in name or name in (".", "..") or "\x00" in name:
        raise FileRefused("file.bad_name")
    return name


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
        return Inspected(name, mime, _pdf_pages(data), len(data))
    return Inspected(name, mime, _image_pages(data), len(data))


def _pdf_pages(data: bytes) -> int:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise FileRefused("file.encrypted")
        pages = len(reader.pages)
    except FileRefused:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError):
        raise FileRefused("file.corrupt") from None
    if pages == 0:
        raise FileRefused("file.corrupt")
    return pages


def _image_pages(data: bytes) -> int:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise FileRefused("file.too_many_pixels")
                pages = getattr(image, "n_frames", 1)
                image.load()  # reads every byte: a truncated file fails here
        except FileRefused:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise FileRefused("file.too_many_pixels") from None
        except (OSError, SyntaxError, ValueError):
            raise FileRefused("file.corrupt") from None
    return pages
