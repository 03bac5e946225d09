"""What the counter takes from outside, in one place (the README names these figures).

A scanned letter at 300 dpi stays far below each; a file beyond one is refused in plain words.
"""

from __future__ import annotations

MAX_BYTES = 50 * 1024 * 1024  # the file as it arrives
MAX_PAGES = 500  # pages of a PDF, frames of a TIFF: a thick dossier, not a denial of service
MAX_PIXELS = 60_000_000  # per page image or TIFF frame: an A3 page at 600 dpi is about 70 MP
MAX_STREAM_BYTES = 256 * 1024 * 1024  # one PDF stream once decompressed: a page at MAX_PIXELS
MAX_INFLATED_BYTES = 1024 * 1024 * 1024  # all of a PDF's streams once decompressed
