"""Searchable scans: the text of scanned pages, read by Tesseract in Indonesian when present.

Without Tesseract (or its Indonesian data) the app works the same and says OCR is off.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from desktop.scanning.pages import Page


def available() -> bool:
    """Tesseract with Indonesian is installed."""
    if shutil.which("tesseract") is None:
        return False
    languages = subprocess.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30
    ).stdout.split()
    return "ind" in languages


def read_text(pages: list[Page], timeout: int = 120) -> str:
    """The text of the image pages (PDF pages that came as PDFs keep their own text)."""
    texts = []
    with tempfile.TemporaryDirectory() as folder:
        for number, page in enumerate(pages):
            if page.mime == "application/pdf":
                continue
            image = Path(folder) / f"page-{number}"
            image.write_bytes(page.data)
            done = subprocess.run(
                ["tesseract", str(image), "stdout", "-l", "ind"],
                capture_output=True,
                text=True,
                timeout=timeout,
            )
            if done.returncode == 0:
                texts.append(done.stdout.strip())
    return "\n\n".join(t for t in texts if t)
