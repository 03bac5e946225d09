"""Scanning for real through SANE's test scanner, the page editor, the scan folder and OCR."""

from __future__ import annotations

import io
import signal
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader
from test_attachments import jpeg, pdf, png

from desktop.scanning import inbox, ocr, pages, sane_backend


@pytest.fixture
def test_scanner(tmp_path, monkeypatch):
    """SANE's 'test' device, enabled in a private config folder (never the machine's own)."""
    config = tmp_path / "sane"
    config.mkdir()
    (config / "dll.conf").write_text("test\n")
    # Its feeder always holds ten sheets; a small picture keeps the scan quick.
    (config / "test.conf").write_text('test-picture "Color pattern"\nresolution 75\n')
    monkeypatch.setenv("SANE_CONFIG_DIR", str(config))
    return "test:0"


def test_a_feeder_scan_becomes_one_pdf(test_scanner):
    found = [d.name for d in sane_backend.devices()]
    assert test_scanner in found
    scanned = sane_backend.scan(test_scanner, resolution=75, feeder=True)
    assert len(scanned) == 10 and all(p.mime == "image/png" for p in scanned)
    joined = PdfReader(io.BytesIO(pages.join(scanned)))
    assert len(joined.pages) == 10
    assert len(sane_backend.scan(test_scanner, resolution=75, feeder=True, max_pages=4)) == 4


def test_the_glass_scans_one_page_and_a_missing_scanner_is_named(test_scanner):
    assert len(sane_backend.scan(test_scanner, resolution=75, color=False)) == 1
    with pytest.raises(sane_backend.ScannerError) as info:
        sane_backend.scan("epson2:libusb:009:042")
    assert "cannot open scanner epson2:libusb:009:042" in str(info.value)


def test_a_scan_leaves_the_desk_safe_from_a_dropped_connection(test_scanner):
    """SANE's reader sets SIGPIPE back to 'terminate'; a server hanging up mid-request would
    then kill the desk. After a scan the desk ignores SIGPIPE again (sockets raise instead)."""

    def sigpipe_ignored() -> bool:
        with open("/proc/self/status") as status:
            mask = next(line for line in status if line.startswith("SigIgn:")).split()[1]
        return bool(int(mask, 16) & (1 << (signal.SIGPIPE - 1)))

    sane_backend.scan(test_scanner, resolution=75)
    assert sigpipe_ignored()


def test_pages_are_put_in_order_turned_and_removed_before_joining():
    letter = pages.pages_of("surat.pdf", pdf(2)) + pages.pages_of("foto.jpg", jpeg())
    letter += pages.pages_of("tabel.png", png(60, 20))
    assert [p.label for p in letter] == ["surat.pdf, 1", "surat.pdf, 2", "foto.jpg", "tabel.png"]
    letter = pages.moved(letter, 2, 0)  # the photo first
    letter[1] = pages.turned(letter[1])  # page one of the letter was fed sideways
    letter = pages.without(letter, 2)  # the blank second page goes
    joined = PdfReader(io.BytesIO(pages.join(letter)))
    assert len(joined.pages) == 3
    assert [p.rotation for p in joined.pages] == [0, 90, 0]
    # The photo went in lossless: its JPEG bytes are in the PDF as they were.
    assert jpeg() in pages.join(letter[:1])


def test_a_multipage_tiff_from_a_feeder_is_split_into_pages():
    frames = [Image.new("L", (50, 70), shade) for shade in (0, 128, 255)]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:])
    assert len(pages.pages_of("feeder.tif", out.getvalue())) == 3


def test_a_file_dropped_in_the_scan_folder_appears_once_it_is_complete(tmp_path):
    folder = inbox.ScanFolder(tmp_path)
    (tmp_path / "scan-001.pdf").write_bytes(pdf(1))
    (tmp_path / "catatan.txt").write_text("not a scan")
    assert folder.arrived() == []  # seen once: the copier may still be writing it
    arrived = folder.arrived()
    assert [p.name for p in arrived] == ["scan-001.pdf"]
    assert folder.arrived() == []  # and only once
    (tmp_path / "scan-002.jpg").write_bytes(jpeg())
    folder.arrived()
    assert [p.name for p in folder.arrived()] == ["scan-002.jpg"]


def text_image(*lines: str) -> bytes:
    """A scan-like PNG with these lines in a plain typeface."""
    font_file = Path(__import__("reportlab").__file__).parent / "fonts" / "Vera.ttf"
    font = ImageFont.truetype(str(font_file), 40)
    image = Image.new("L", (1400, 100 + 100 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        draw.text((40, 60 + 100 * number), line, font=font, fill=0)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.mark.skipif(
    not ocr.available(),
    reason="Tesseract with Indonesian (tesseract-ocr-ind) "
    "is not installed; make test installs it on Debian",
)
def test_the_text_of_a_scanned_letter_is_read_in_indonesian():
    scan = text_image("Perihal: pengaduan barang rusak", "Kepada Direktorat Pemberdayaan Konsumen")
    joined = pages.join([pages.Page(scan, "image/png", "surat")])
    assert ocr.page_texts(joined) == [""]  # a picture only
    made = ocr.searchable(joined)
    (text,) = ocr.page_texts(made)
    assert "pengaduan" in text.lower() and "konsumen" in text.lower()
    # The scanned picture is kept as it was: its bytes are in the searchable PDF.
    image = PdfReader(io.BytesIO(made)).pages[0].images[0]
    assert image.image.size == Image.open(io.BytesIO(scan)).size
