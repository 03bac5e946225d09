"""Pages from scans and files, put in order, turned, removed, then joined into one PDF.

Images become PDF pages through img2pdf, which embeds JPEG and PNG data as they are (no
re-compression); turning a page sets the PDF page's rotation instead of re-encoding pixels.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace

import img2pdf
from PIL import Image
from pypdf import PdfReader, PdfWriter

from desktop.scanning.files import inspect


@dataclass(frozen=True)
class Page:
    data: bytes  # an image (JPEG, PNG) or a one-page PDF
    mime: str
    label: str  # where it came from: "surat.pdf, page 2"
    rotation: int = 0  # clockwise degrees: 0, 90, 180, 270


def pages_of(name: str, data: bytes) -> list[Page]:
    """Every page of a file (checked first: a refused file raises FileRefused)."""
    checked = inspect(data, name)
    data = checked.data  # a neutralised copy where something had to be taken out
    if checked.mime == "application/pdf":
        reader = PdfReader(io.BytesIO(data))
        pages = []
        for number, page in enumerate(reader.pages, 1):
            writer = PdfWriter()
            writer.add_page(page)
            out = io.BytesIO()
            writer.write(out)
            pages.append(Page(out.getvalue(), checked.mime, f"{name}, {number}"))
        return pages
    if checked.mime == "image/tiff":  # a feeder's multi-page TIFF: one PNG per frame
        pages = []
        with Image.open(io.BytesIO(data)) as image:
            for number in range(checked.pages):
                image.seek(number)
                out = io.BytesIO()
                image.save(out, "PNG")
                pages.append(Page(out.getvalue(), "image/png", f"{name}, {number + 1}"))
        return pages
    return [Page(data, checked.mime, name)]


def turned(page: Page, degrees: int = 90) -> Page:
    return replace(page, rotation=(page.rotation + degrees) % 360)


def moved(pages: list[Page], index: int, to: int) -> list[Page]:
    result = list(pages)
    result.insert(to, result.pop(index))
    return result


def without(pages: list[Page], index: int) -> list[Page]:
    return pages[:index] + pages[index + 1 :]


def join(pages: list[Page]) -> bytes:
    """One PDF of the pages in this order and turned as shown."""
    if not pages:
        raise ValueError("no pages to join")
    writer = PdfWriter()
    for page in pages:
        single = page.data if page.mime == "application/pdf" else img2pdf.convert(page.data)
        pdf_page = PdfReader(io.BytesIO(single)).pages[0]
        if page.rotation:
            pdf_page.rotate(page.rotation)
        writer.add_page(pdf_page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
