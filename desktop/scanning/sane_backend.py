"""Scanners through SANE (python-sane, an optional extra that needs libsane-dev to build).

Finding devices and scanning take seconds: call these from the worker, never the UI thread.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from desktop.scanning.pages import Page

FEEDER_NAMES = ("Automatic Document Feeder", "ADF", "ADF Front", "Document Feeder")


class ScannerError(RuntimeError):
    """The scanner is missing, busy or failed; the message says which."""


@dataclass(frozen=True)
class Device:
    name: str
    vendor: str
    model: str
    kind: str


def _sane():
    try:
        import sane
    except ImportError:
        raise ScannerError("python-sane is not installed: pip install '.[sane]'") from None
    sane.init()
    return sane


def _ignore_sigpipe() -> None:
    """SANE backends that read through a pipe (the test backend among them) set SIGPIPE back
    to its default while scanning, and a write to a socket the server closed would then kill
    the whole desk instead of raising an error. Put Python's setting back, from this thread
    (``signal.signal`` only works on the main thread; the disposition is process-wide)."""
    import ctypes
    import signal

    if not hasattr(signal, "SIGPIPE"):  # Windows has no SIGPIPE
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.signal.restype = ctypes.c_void_p
    libc.signal.argtypes = [ctypes.c_int, ctypes.c_void_p]
    libc.signal(signal.SIGPIPE, 1)  # SIG_IGN


def devices() -> list[Device]:
    return [Device(*found) for found in _sane().get_devices()]


def scan(
    device: str,
    *,
    resolution: int = 150,
    color: bool = True,
    feeder: bool = False,
    max_pages: int = 100,
) -> list[Page]:
    """Scan one page from the glass, or every page in the feeder, as PNG pages."""
    sane = _sane()
    try:
        scanner = sane.open(device)
    except Exception as e:  # python-sane raises its own _sane.error
        raise ScannerError(f"cannot open scanner {device}: {e}") from None
    try:
        options = {o[1]: o for o in scanner.get_options()}
        if "resolution" in options:
            scanner.resolution = resolution
        if "mode" in options:
            scanner.mode = "Color" if color else "Gray"
        images = []
        if feeder:
            sources = [
                s for s in (options.get("source") or [None] * 9)[8] or [] if s in FEEDER_NAMES
            ]
            if not sources:
                raise ScannerError(f"{device} has no document feeder")
            scanner.source = sources[0]
            for image in scanner.multi_scan():
                images.append(image)
                if len(images) >= max_pages:
                    break
        else:
            images.append(scanner.scan())
    finally:
        scanner.close()
        _ignore_sigpipe()
    pages = []
    for number, image in enumerate(images, 1):
        out = io.BytesIO()
        image.save(out, "PNG")
        pages.append(Page(out.getvalue(), "image/png", f"{device}, {number}"))
    return pages
