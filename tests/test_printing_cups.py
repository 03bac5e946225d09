"""A receipt printed for real: through the preview to a CUPS queue that writes PDFs (cups-pdf);
CUPS gets the PDF itself. The test starts cupsd and makes the queue; make test installs both.
The painted fallback (systems without CUPS) is printed to a PDF file."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from conftest import NOW, complaint_form
from pypdf import PdfReader

from desktop.gui.desk import DeskSettings
from desktop.gui.preview import PreviewDialog
from desktop.services import intake, printing
from desktop.store.models import PrintedDocument

QUEUE = "LoketTest"
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")


@pytest.fixture(scope="module")
def cups_pdf_queue() -> Path:
    """A running cupsd with a cups-pdf queue; where its PDFs land."""
    if os.geteuid() != 0 or not shutil.which("cupsd") or not PPD.exists():
        pytest.skip("needs root, cupsd and printer-driver-cups-pdf (make test installs them)")
    if subprocess.run(["pgrep", "-x", "cupsd"], capture_output=True).returncode != 0:
        subprocess.run(["cupsd"], check=True)
    for _ in range(50):
        if subprocess.run(["lpstat", "-r"], capture_output=True, text=True).stdout.startswith(
            "scheduler is running"
        ):
            break
        time.sleep(0.2)
    subprocess.run(
        ["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(PPD)],
        check=True,
        capture_output=True,
    )
    return Path(pwd.getpwuid(os.geteuid()).pw_dir) / "PDF"


def test_a_receipt_goes_through_cups_and_comes_out_as_a_pdf(
    qtbot, qapp, actors, data_dir, cups_pdf_queue
):
    from desktop.gui import i18n

    i18n.install("id")
    done = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    printed = printing.print_receipt(actors["petugas"], done.uuid, record=False, now=NOW)
    desk = DeskSettings(data_dir)
    desk.set("printer/receipt", QUEUE)  # the receipt printer this desk remembers
    # A job name of our own: cups-pdf names its file after it, so other jobs cannot confuse us.
    token = f"loket{os.getpid()}x{time.monotonic_ns()}"
    dialog = PreviewDialog(printed.pdf, token, "receipt", desk)
    qtbot.addWidget(dialog)
    assert dialog.page_label.text() == "Halaman 1 dari 1"
    assert dialog.printer_label.text() == f"Printer: {QUEUE}"
    with qtbot.waitSignal(dialog.delivered):
        assert dialog.print_now()  # what Enter does: no dialog, the remembered printer
    printing.record_print(actors["petugas"], printed, now=NOW)
    deadline, sizes = time.monotonic() + 60, []
    while time.monotonic() < deadline:
        found = list(cups_pdf_queue.glob(f"*{token}*.pdf")) if cups_pdf_queue.exists() else []
        sizes.append(found[0].stat().st_size if found else 0)
        if len(sizes) > 2 and sizes[-1] > 0 and sizes[-1] == sizes[-2]:
            break  # written, and no longer growing
        time.sleep(0.5)
    assert found, "cups-pdf wrote nothing"
    (out,) = found
    assert len(PdfReader(out).pages) == 1
    assert PrintedDocument.select().count() == 1
    out.unlink()


def test_a_long_document_prints_off_the_ui_thread_page_for_page(qapp, tmp_path):
    """Where there is no CUPS the pages are painted, on a thread of its own: every page
    arrives, at the page's size."""
    import threading

    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter
    from test_attachments import pdf

    from desktop.gui.preview import print_pdf

    source = pdf(12)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # the office printer's paper
    run = threading.Thread(target=print_pdf, args=(source, printer))
    run.start()
    run.join(120)
    printed = PdfReader(tmp_path / "out.pdf")
    assert len(printed.pages) == 12
    width, height = (float(v) for v in printed.pages[0].mediabox[2:])
    assert abs(width - 595) < 2 and abs(height - 842) < 2  # A4 in points
