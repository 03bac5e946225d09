"""Preview of a printed document, printing it on the printer remembered for its kind, saving it.

QtPdf draws the pages; it renders them with a transparent background, so every page is painted
on white before it reaches the screen or the printer.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from desktop.gui import screen_fit
from desktop.gui.desk import DeskSettings


def load_pdf(pdf: bytes, parent=None) -> QPdfDocument:
    document = QPdfDocument(parent)
    # The buffer belongs to the document: it must outlive the document's own teardown.
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    document._buffer = buffer  # the document reads from it for as long as it lives
    return document


def page_image(document: QPdfDocument, page: int, size: QSize) -> QImage:
    """A page rendered at ``size`` on white (QtPdf leaves the background transparent)."""
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


PRINT_DPI = 300  # pages go to the printer as 300 dpi images: sharp text, modest memory


def print_pdf(pdf: bytes, printer: QPrinter) -> None:
    """Every page on the printer, on white. Safe off the UI thread: it opens its own copy of the
    document, and Qt allows painting on a QPrinter from any one thread at a time."""
    document = load_pdf(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"the printer {printer.printerName()} cannot be used")
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            points = document.pagePointSize(page)
            fit = min(target.width() / points.width(), target.height() / points.height())
            shown = QSizeF(points.width() * fit, points.height() * fit)
            dpi = min(printer.resolution(), PRINT_DPI)
            pixels = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            painter.drawImage(QRectF(QPointF(0, 0), shown), page_image(document, page, pixels))
    finally:
        painter.end()
        document.close()


def send_to_printer(pdf: bytes, printer: QPrinter, title: str) -> None:
    """The document to the printer chosen, the best way the system offers: CUPS takes the PDF
    itself (text stays sharp, nothing is rasterised here), a print-to-file printer gets the
    bytes, anything else gets the pages painted. Runs on a worker thread."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        Path(printer.outputFileName()).write_bytes(pdf)
        return
    lp = shutil.which("lp") if sys.platform != "win32" else None
    if lp and printer.printerName():
        command = [lp, "-d", printer.printerName(), "-t", title, "-n", str(printer.copyCount())]
        done = subprocess.run(command, input=pdf, capture_output=True, timeout=300)
        if done.returncode != 0:
            raise OSError(done.stderr.decode(errors="replace").strip() or "lp failed")
        return
    print_pdf(pdf, printer)


class _PrintJob(QObject):
    """Carries the end of a print run from its thread back to the dialog."""

    done = Signal(str)  # empty, or why it failed


def _print_run(pdf: bytes, printer: QPrinter, title: str, job: _PrintJob) -> None:
    try:
        send_to_printer(pdf, printer, title)
        job.done.emit("")
    except Exception as e:  # the officer hears of it; nothing is recorded as printed
        job.done.emit(str(e) or type(e).__name__)


class PreviewDialog(QDialog):
    """What will be printed, with Print (Enter), Save as PDF and page navigation."""

    delivered = Signal()  # printed on paper or saved as a file
    issued = Signal(object)  # the draft was issued: the issued letter (printing.Printed)

    def __init__(self, pdf: bytes, title: str, kind: str, desk: DeskSettings, parent=None) -> None:
        super().__init__(parent)
        self.pdf, self.kind, self.desk = pdf, kind, desk
        self.setWindowTitle(title)
        screen_fit.place(self, 820, 900)
        self.document = load_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setObjectName("previewView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)  # the whole page at a glance
        self.view.setStyleSheet("QPdfView { background: #5f6b7a; }")
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        previous, following = (
            QPushButton(self.tr("Previous page")),
            QPushButton(self.tr("Next page")),
        )
        previous.clicked.connect(lambda: self._go(-1))
        following.clicked.connect(lambda: self._go(1))
        self.printer_label = QLabel()
        self.printer_label.setObjectName("printerLabel")
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_now)
        choose = QPushButton(self.tr("Choose printer…"))
        choose.setObjectName("choosePrinterButton")
        choose.clicked.connect(lambda: self.print_now(ask=True))
        save = QPushButton(self.tr("Save as PDF…"))
        save.setObjectName("saveButton")
        save.clicked.connect(self.save_as)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        # A draft letter (KONSEP) is issued from here: "Terbitkan" takes its number.
        self.issue_button = QPushButton(self.tr("Issue…"))
        self.issue_button.setObjectName("issueButton")
        self.issue_button.setToolTip(
            self.tr(
                "Give the letter its number, enter it in the register of outgoing letters, "
                "then print it"
            )
        )
        self.issue_button.hide()
        # Two rows: the pages and the printer above, the buttons below, so that Print and Save
        # stay on a 1024-pixel screen whatever the printer is called.
        pages = QHBoxLayout()
        for widget in (previous, self.page_label, following):
            pages.addWidget(widget)
        pages.addStretch(1)
        pages.addWidget(self.printer_label)
        self.printer_label.setMinimumWidth(0)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for widget in (choose, save, close, self.issue_button, self.print_button):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(pages)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, activated=lambda: self._go(1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, activated=lambda: self._go(-1))
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self._show_page(0)
        self._show_printer()

    @property
    def remembered_printer(self) -> str:
        return self.desk.value(f"printer/{self.kind}")

    def _show_printer(self) -> None:
        name = self.remembered_printer or QPrinterInfo.defaultPrinterName()
        self.printer_label.setText(
            self.tr("Printer: {name}").format(name=name) if name else self.tr("No printer chosen")
        )

    def _show_page(self, page: int) -> None:
        self.page_label.setText(
            self.tr("Page {page} of {pages}").format(page=page + 1, pages=self.document.pageCount())
        )

    def offer_issue(self, worker, issue) -> None:
        """A draft: "Issue…" asks how it is sent, has ``issue(via, secret)`` run on the worker,
        shows the issued letter in place of the draft and prints it. ``secret`` is None unless
        the signing key's passphrase or PIN had to be asked (it is not in the keyring)."""
        self._worker, self._issue = worker, issue
        self.secret_dialog: QInputDialog | None = None
        self.issue_button.show()
        self.issue_button.clicked.connect(self._ask_issue)
        self.print_button.setText(self.tr("Print draft"))
        self.print_button.setDefault(False)
        self.issue_button.setDefault(True)

    def _ask_issue(self) -> None:
        self.issue_dialog = IssueDialog(self)
        if self.issue_dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._issue_now(self.issue_dialog.via.currentData(), None)

    def _issue_now(self, via: str, secret: str | None) -> None:
        self.issue_button.setEnabled(False)
        self._worker.submit(
            self._issue,
            via,
            secret,
            on_success=self._issued,
            on_failure=lambda error: self._not_issued(error, via, asked=secret is not None),
        )

    def _ask_secret(self, via: str, why: str) -> None:
        """The signing key's passphrase or PIN, typed unseen, for this one issue: it goes to the
        worker with the letter and is kept nowhere (not in the dialog, not in the log)."""
        self.secret_dialog = dialog = QInputDialog(self)
        dialog.setObjectName("secretDialog")
        dialog.setWindowTitle(self.tr("Signing key"))
        dialog.setLabelText(
            why + "\n\n" + self.tr("Passphrase of the key file, or PIN of the token:")
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
        dialog.setOkButtonText(self.tr("Sign and issue"))

        def given(secret: str) -> None:
            dialog.setTextValue("")
            if secret:
                self._issue_now(via, secret)

        dialog.textValueSelected.connect(given)
        dialog.rejected.connect(lambda: dialog.setTextValue(""))
        dialog.open()

    def _issued(self, letter) -> None:
        self.issue_button.hide()
        self.print_button.setText(self.tr("Print"))
        self.show_pdf(letter.pdf, f"{self.windowTitle()} {letter.number}")
        self.issued.emit(letter)
        self.print_now()

    def _not_issued(self, error: Exception, via: str = "post", *, asked: bool = False) -> None:
        from desktop.gui import i18n

        self.issue_button.setEnabled(True)
        if getattr(error, "code", "") == "signing.no_secret" and not asked:
            self._ask_secret(via, i18n.message(error))
            return
        # a wrong passphrase or PIN, like any refusal, is said; nothing was numbered
        self.refusal = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Not issued"), i18n.message(error), parent=self
        )
        self.refusal.open()

    def show_pdf(self, pdf: bytes, title: str) -> None:
        """Show another rendering of the document (the issued letter in place of its draft)."""
        self.pdf = pdf
        self.setWindowTitle(title)
        old, self.document = self.document, load_pdf(pdf, self)
        self.view.setDocument(self.document)
        old.deleteLater()
        self._show_page(0)

    def _go(self, step: int) -> None:
        navigator = self.view.pageNavigator()
        page = min(max(navigator.currentPage() + step, 0), self.document.pageCount() - 1)
        navigator.jump(page, QPointF(), navigator.currentZoom())

    def print_now(self, ask: bool = False) -> bool:
        """Print on the printer remembered for this kind of document (Enter), or choose one."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())  # the job's name in the print queue
        name = self.remembered_printer
        if name:
            printer.setPrinterName(name)
        if ask or not name:
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        # Rendering the pages takes a while for a long document: a thread of its own does it,
        # and the window stays alive meanwhile.
        self._printer, self._job, self._title = printer, _PrintJob(self), self.windowTitle()
        self._job.done.connect(self._printed)
        self.print_button.setEnabled(False)
        self.printer_label.setText(
            self.tr("Printing on {name}…").format(name=printer.printerName())
        )
        # The thread is given what it prints, not the dialog: a thread must never hold the last
        # reference to a widget (see worker.py); the job is the dialog's child, owned by Qt.
        threading.Thread(
            target=_print_run,
            args=(self.pdf, printer, self._title, self._job),
            name="print",
            daemon=True,
        ).start()
        return True

    def _printed(self, error: str) -> None:
        self.print_button.setEnabled(True)
        if error:
            self._show_printer()
            QMessageBox.warning(self, self.tr("Not printed"), error)
            return
        self.desk.set(f"printer/{self.kind}", self._printer.printerName())
        self.delivered.emit()
        self._show_printer()
        self.accept()

    def save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), f"{self.windowTitle()}.pdf", "PDF (*.pdf)"
        )
        if name:
            Path(name).write_bytes(self.pdf)
            self.delivered.emit()


class IssueDialog(QDialog):
    """Before a letter is issued: what happens, and how it leaves the office."""

    def __init__(self, parent=None) -> None:
        from desktop.gui import i18n
        from desktop.services.printing import SENDING

        super().__init__(parent)
        self.setWindowTitle(self.tr("Issue the letter"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Issuing gives the letter its number and enters it in the register of outgoing "
                "letters; it cannot be undone. Every later print is a SALINAN (copy)."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.via = QComboBox()
        self.via.setObjectName("sentViaCombo")
        for way in SENDING:
            self.via.addItem(i18n.label("sent_via", way), way)
        form.addRow(QLabel(self.tr("Sent by")), self.via)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue and print"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def preview_printed(
    parent,
    worker,
    actor,
    printed,
    title: str,
    desk: DeskSettings,
    *,
    recorded: bool = False,
    issue=None,
) -> PreviewDialog:
    """Open the preview of a rendered document; once printed or saved, the print is recorded
    (unless the service ``recorded`` it already). A draft letter (KONSEP) is never recorded:
    with ``issue`` (a function of how it is sent, run on the worker, returning the issued
    letter) the dialog offers to issue it, shows the issued letter and prints it."""
    from desktop.services import printing

    dialog = PreviewDialog(printed.pdf, title, printed.kind, desk, parent)
    shown = {"printed": printed}

    def delivered() -> None:
        if not recorded and not shown["printed"].draft:
            worker.submit(printing.record_print, actor, shown["printed"])

    dialog.issued.connect(lambda letter: shown.update(printed=letter))
    if printed.draft and issue is not None:
        dialog.offer_issue(worker, issue)
    dialog.delivered.connect(delivered)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
