"""Searchable scans: OCRmyPDF gives scanned pages a text layer, read by Tesseract in Indonesian.

A page that already has text keeps it (``skip_text``); only image pages are read. The images
themselves are kept as they are (``optimize=0``, output a plain PDF), so the searchable PDF
shows exactly what was scanned. Without Tesseract (or its Indonesian data) the app works the
same and says OCR is off; PDFs with text are still indexed by it.

Slow (a second or more a page): run off the UI thread and off the database worker.
"""

from __future__ import annotations

import io
import shutil
import subprocess

from pypdf import PdfReader

from desktop.scanning.limits import MAX_PIXELS


class OcrFailed(Exception):
    """Reading a scan failed; ``reason`` is OCRmyPDF's or Tesseract's own short account."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def available() -> bool:
    """Tesseract with Indonesian is installed."""
    if shutil.which("tesseract") is None:
        return False
    languages = subprocess.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30
    ).stdout.split()
    return "ind" in languages


def page_texts(pdf: bytes) -> list[str]:
    """The text layer of each page ('' for a page that is only a picture)."""
    return [
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def searchable(pdf: bytes, timeout: int = 600) -> bytes:
    """The PDF with a text layer over every page that had none, or OcrFailed saying why."""
    import ocrmypdf  # 0.3 s of imports: only when a scan is read

    out = io.BytesIO()
    try:
        ocrmypdf.ocr(
            io.BytesIO(pdf),
            out,
            language=["ind"],
            skip_text=True,  # pages with text keep it
            output_type="pdf",
            optimize=0,  # the scanned images go in as they came
            progress_bar=False,
            jobs=1,  # two cores are shared with the counter's own work
            use_threads=True,
            tesseract_timeout=timeout,
            max_image_mpixels=MAX_PIXELS / 1_000_000,
        )
    except ocrmypdf.exceptions.ExitCodeException as e:
        raise OcrFailed(str(e).strip() or type(e).__name__) from e
    except (OSError, subprocess.SubprocessError) as e:
        raise OcrFailed(str(e)) from e
    return out.getvalue()
