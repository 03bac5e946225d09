"""Incoming letters: the register, and a letter's pages from files, the scanner or the inbox."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QListWidgetItem,
    QMessageBox,
    QSizePolicy,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.errors import ValidationFailed
from desktop.domain.formatting import office_time
from desktop.domain.messages import render
from desktop.domain.workdays import office_date
from desktop.gui import i18n, icons, screen_fit
from desktop.gui.desk import DeskSettings
from desktop.gui.forms import FieldErrors, embed, save_key
from desktop.gui.preview import PreviewDialog, load_pdf, page_image, preview_printed
from desktop.gui.style import MUTED
from desktop.gui.worker import Worker
from desktop.scanning import ocr, sane_backend
from desktop.scanning import pages as page_ops
from desktop.scanning.files import FileRefused, Inspected, inspect, printable, read_file
from desktop.scanning.inbox import ScanFolder
from desktop.services import letters, printing
from desktop.services.attachments import removed_note
from desktop.services.context import Actor
from desktop.store.models import utcnow

THUMB = QSize(120, 160)
SHADOW = 3  # pixels of the thumbnail's shadow


def read_files(paths: list[Path]) -> tuple[list[page_ops.Page], list[str]]:
    """Off the database worker: every page of these files, and a line for each file refused
    (one that vanished, is not an ordinary file or is bad): the others are still offered."""
    found, refused = [], []
    for path in paths:
        try:
            found += page_ops.pages_of(path.name, read_file(path))
        except FileRefused as e:
            refused.append(f"{printable(path.name)}: " + render(e.code, i18n.lang(), **e.params))
    return found, refused


def read_scans(scans: list[letters.Scan]) -> list[letters.ReadScan]:
    """On the OCR worker: the text of a letter's scans, OCR'd where they are pictures."""
    with_ocr = ocr.available()
    return [letters.read_scan(scan, with_ocr) for scan in scans]


def joined_pages(pages: list[page_ops.Page]) -> Inspected:
    """On the file worker: the pages joined into one PDF and checked, ready to register."""
    return inspect(page_ops.join(pages), "surat.pdf")


def framed(image: QImage) -> QPixmap:
    """A page's thumbnail with a grey edge and a shadow, so that a white page shows on the
    list's white."""
    page = image.scaled(
        THUMB - QSize(SHADOW + 2, SHADOW + 2),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    pixmap = QPixmap(page.width() + SHADOW + 2, page.height() + SHADOW + 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.fillRect(SHADOW + 1, SHADOW + 1, page.width(), page.height(), QColor(0, 0, 0, 60))
    painter.drawImage(1, 1, page)
    painter.setPen(QColor("#8a96a3"))
    painter.drawRect(0, 0, page.width() + 1, page.height() + 1)
    painter.end()
    return pixmap


class _Drops(QObject):
    """Files dropped on the page list are added as pages."""

    def __init__(self, dialog: LetterDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if event.mimeData().hasUrls():
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop and event.mimeData().hasUrls():
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            self.dialog.add_files(paths)
            event.acceptProposedAction()
            return True
        return False


class LetterDialog(QDialog):
    """``worker`` runs the database work; ``scanner`` the slow device discovery and scans, so
    a scanner that takes seconds to answer never holds up the counter's other work."""

    def __init__(
        self,
        worker: Worker,
        actor: Actor,
        parent=None,
        files: list[Path] | None = None,
        scanner: Worker | None = None,
        reader: Worker | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.actor = worker, actor
        self.scanner = scanner or worker
        self.reader = reader or worker  # files read and checked (PDFs parsed) off the database
        self.form = f = embed(self, "letter_dialog", margin=16)
        self.setWindowTitle(self.tr("Register an incoming letter"))
        screen_fit.place(self, 1100, 660)
        self.pages: list[page_ops.Page] = []
        self.registered: letters.RegisteredLetter | None = None
        for code, text in (
            ("post", self.tr("Post")),
            ("courier", self.tr("Courier")),
            ("hand", self.tr("By hand")),
        ):
            f.receivedViaCombo.addItem(text, code)
        f.pagesList.setIconSize(THUMB)
        f.pagesList.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + 40))
        self._drops = _Drops(self)  # kept: Qt calls back into this Python object
        f.pagesList.viewport().installEventFilter(self._drops)
        f.pagesList.setAcceptDrops(True)
        f.pagesList.viewport().setAcceptDrops(True)
        f.detailsBox.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        f.letterBody.setAlignment(f.detailsBox, Qt.AlignmentFlag.AlignTop)
        f.letterBody.setStretch(0, 2)
        f.letterBody.setStretch(1, 3)
        self.errors = FieldErrors(
            {
                "letter.sender_name": f.senderEdit,
                "letter.letter_date": f.letterDateEdit,
                "letter.received_via": f.receivedViaCombo,
            }
        )
        f.addFilesButton.clicked.connect(self._choose_files)
        f.scanButton.clicked.connect(self._scan)
        f.rotateButton.clicked.connect(lambda: self._edit("turn"))
        f.moveLeftButton.clicked.connect(lambda: self._edit("earlier"))
        f.moveRightButton.clicked.connect(lambda: self._edit("later"))
        f.removeButton.clicked.connect(lambda: self._edit("remove"))
        f.saveButton.clicked.connect(self.save)
        f.cancelButton.clicked.connect(self.reject)
        save_key(self, lambda: f.saveButton.isEnabled() and self.save())
        for dpi in (150, 200, 300):
            f.resolutionCombo.addItem(self.tr("{dpi} dpi").format(dpi=dpi), dpi)
        f.resolutionCombo.setCurrentIndex(1)  # 200 dpi: readable, and small enough to keep
        f.scanButton.setEnabled(False)
        # The scanner's name can be long: the combo takes the row's width, not the name's.
        f.deviceCombo.setSizeAdjustPolicy(
            f.deviceCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        f.deviceCombo.setMinimumContentsLength(24)
        f.deviceCombo.addItem(self.tr("Looking for scanners…"), "")
        self.scanner.submit(
            sane_backend.devices, on_success=self._devices, on_failure=lambda _e: self._devices([])
        )
        if files:
            self.add_files(files)
        self._show_pages()

    # -- pages -----------------------------------------------------------------------------
    def add_files(self, paths: list[Path]) -> None:
        self.form.messageLabel.setText(self.tr("Reading the files…"))
        self.reader.submit(read_files, paths, on_success=self._read, on_failure=self._refused)

    def _read(self, answer: tuple[list[page_ops.Page], list[str]]) -> None:
        found, refused = answer
        self._add_pages(found)
        self.form.messageLabel.setText("\n".join(refused))

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add the letter's files"),
            "",
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"),
        )
        if names:
            self.add_files([Path(n) for n in names])

    def _devices(self, found: list[sane_backend.Device]) -> None:
        combo = self.form.deviceCombo
        if not shiboken6.isValid(combo):  # the dialog was closed before the scanners answered
            return
        combo.clear()
        for device in found:
            combo.addItem(f"{device.vendor} {device.model}".strip(), device.name)
        if not found:
            combo.addItem(self.tr("No scanner found"), "")
        self.form.scanButton.setEnabled(bool(found))

    def _scan(self) -> None:
        device = self.form.deviceCombo.currentData()
        self.form.messageLabel.setText(self.tr("Scanning…"))
        self.form.scanButton.setEnabled(False)
        self.scanner.submit(
            sane_backend.scan,
            device,
            resolution=self.form.resolutionCombo.currentData(),
            color=self.form.colorCheck.isChecked(),
            feeder=self.form.feederCheck.isChecked(),
            on_success=self._scanned,
            on_failure=self._refused,
        )

    def _scanned(self, found: list[page_ops.Page]) -> None:
        self.form.scanButton.setEnabled(True)
        self._add_pages(found)

    def _add_pages(self, found: list[page_ops.Page]) -> None:
        self.pages += found
        self.form.messageLabel.setText("")
        self._show_pages()

    def _edit(self, what: str) -> None:
        row = self.form.pagesList.currentRow()
        if row < 0:
            return
        if what == "turn":
            self.pages[row] = page_ops.turned(self.pages[row])
        elif what == "earlier" and row > 0:
            self.pages, row = page_ops.moved(self.pages, row, row - 1), row - 1
        elif what == "later" and row < len(self.pages) - 1:
            self.pages, row = page_ops.moved(self.pages, row, row + 1), row + 1
        elif what == "remove":
            self.pages = page_ops.without(self.pages, row)
            row = min(row, len(self.pages) - 1)
        self._show_pages(row)

    def _show_pages(self, current: int = -1) -> None:
        listing = self.form.pagesList
        listing.clear()
        for number, page in enumerate(self.pages, 1):
            item = QListWidgetItem(self._thumbnail(page), self.tr("Page {n}").format(n=number))
            item.setToolTip(page.label)
            listing.addItem(item)
        if current >= 0:
            listing.setCurrentRow(current)
        self.form.dropHint.setVisible(not self.pages)
        for button in (
            self.form.rotateButton,
            self.form.moveLeftButton,
            self.form.moveRightButton,
            self.form.removeButton,
        ):
            button.setEnabled(bool(self.pages))

    def _thumbnail(self, page: page_ops.Page) -> QIcon:
        if page.mime == "application/pdf":
            document = load_pdf(page.data, self)
            points = document.pagePointSize(0)
            if points.isEmpty():
                return icons.icon("mdi6.file-pdf-box", color=MUTED)
            scale = min(THUMB.width() / points.width(), THUMB.height() / points.height())
            image = page_image(
                document, 0, QSize(int(points.width() * scale), int(points.height() * scale))
            )
            document.close()
        else:
            image = QImage.fromData(page.data)
        if page.rotation:
            from PySide6.QtGui import QTransform

            image = image.transformed(QTransform().rotate(page.rotation))
        return QIcon(framed(image))

    # -- saving ----------------------------------------------------------------------------
    def letter_form(self) -> letters.LetterForm:
        f = self.form
        return letters.LetterForm(
            sender_name=f.senderEdit.text(),
            sender_address=f.senderAddressEdit.text(),
            letter_no=f.letterNoEdit.text(),
            letter_date=f.letterDateEdit.text(),
            received_via=f.receivedViaCombo.currentData(),
            subject=f.subjectEdit.text(),
            enclosures=f.enclosuresSpin.value(),
        )

    def save(self) -> None:
        if not self.pages:
            self.form.messageLabel.setText(
                self.tr(
                    "Add the letter's pages first: scan them, "
                    "add files or drop them on the page list."
                )
            )
            return
        self.form.saveButton.setEnabled(False)
        form = self.letter_form()
        self.reader.submit(
            joined_pages,
            list(self.pages),
            on_success=lambda joined: self.worker.submit(
                letters.register_letter,
                self.actor,
                form,
                [joined],
                on_success=self._saved,
                on_failure=self._refused,
            ),
            on_failure=self._refused,
        )

    def _saved(self, done: letters.RegisteredLetter) -> None:
        self.registered = done  # the page reads its text (OCR) after the dialog closes
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.form.saveButton.setEnabled(True)
        self.form.scanButton.setEnabled(self.form.deviceCombo.currentData() not in ("", None))
        if isinstance(error, ValidationFailed):
            self.errors.show(error.errors, i18n.lang())
            self.form.messageLabel.setText("")
        elif isinstance(error, FileRefused):  # the letter's pages joined are too much
            self.form.messageLabel.setText(render(error.code, i18n.lang(), **error.params))
        else:
            self.form.messageLabel.setText(i18n.message(error))


class LettersPage(QWidget):
    start_complaint = Signal(str, str)  # letter uuid, sender's name

    def __init__(self, worker: Worker, actor: Actor, desk: DeskSettings) -> None:
        super().__init__()
        self.worker, self.actor, self.desk = worker, actor, desk
        self.scanner = Worker()  # its own thread: scanners are slow to find and to answer
        self.reader = Worker()  # files read and checked: parsing a PDF must not hold the database
        self.ocr_worker = Worker()  # OCR: seconds a page, queued behind neither of the others
        self._inbox_problem = ""
        self.form = f = embed(self, "letters_page")
        self.inbox = ScanFolder(desk.scan_folder)
        self.waiting: list[Path] = []
        table = f.lettersView
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Agenda no."),
                self.tr("Received"),
                self.tr("Sender"),
                self.tr("Subject"),
                self.tr("Pages"),
            ]
        )
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (1, 175), (2, 240), (4, 90)):
            table.setColumnWidth(column, width)
        for code, text in (
            ("30", self.tr("Last 30 days")),
            ("365", self.tr("Last 12 months")),
            ("", self.tr("Any time")),
        ):
            f.periodFilter.addItem(text, code)
        f.registerButton.clicked.connect(lambda: self.register())
        f.startComplaintButton.clicked.connect(self._start_complaint)
        f.linkCaseButton.clicked.connect(self._link_case)
        f.printRegisterButton.clicked.connect(self._save_register)
        f.dispositionButton.clicked.connect(lambda: self.print_document("disposition"))
        table.itemSelectionChanged.connect(self._selection)
        table.itemActivated.connect(lambda _item: self.show_scan())
        self.rows: list = []
        f.inboxButton.clicked.connect(self._from_inbox)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        f.searchEdit.textChanged.connect(lambda _t: self._debounce.start())
        f.periodFilter.currentIndexChanged.connect(self.refresh)
        self._poll = QTimer(self, interval=3000)
        self._poll.timeout.connect(self.look_in_inbox)
        self._poll.start()
        self._show_inbox()
        self.look_in_inbox()
        self.ocr: bool | None = None
        self.scanner.submit(ocr.available, on_success=self._ocr_known)

    def _ocr_known(self, available: bool) -> None:
        self.ocr = available
        self.refresh()

    def refresh(self) -> None:
        typed = self.form.searchEdit.text()
        days = self.form.periodFilter.currentData()
        since = office_date(utcnow()) - dt.timedelta(days=int(days)) if days else None
        self.worker.submit(_letters_for, typed, since, on_success=self._show)

    def _show(self, rows: list) -> None:
        self.rows = rows
        table, lang = self.form.lettersView, i18n.lang()
        table.setRowCount(len(rows))
        for number, letter in enumerate(rows):
            note = getattr(letter, "removed_note", "")  # in full on the tooltip, marked first
            short = render("file.neutralised_short", lang)
            cells = (
                letter.agenda_no,
                office_time(letter.received_at, lang, "dd-MM-y HH.mm"),
                letter.sender_name,
                f"{short} \u2014 {letter.subject}".rstrip(" \u2014") if note else letter.subject,
                str(letter.pages),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if note:  # the file kept is a neutralised copy: the letter says so
                    item.setToolTip(note)
                table.setItem(number, column, item)
        count = self.tr("%Ln letter(s)", "", len(rows))
        if self.ocr is False:
            count += " · " + self.tr(
                "OCR is off: install Tesseract with Indonesian "
                "(tesseract-ocr-ind) to find letters by what they say."
            )
        self.form.countLabel.setText(count)
        self._selection()

    def selected(self):
        items = self.form.lettersView.selectedItems()
        return self.rows[items[0].row()] if items else None

    def _selection(self) -> None:
        letter = self.selected()
        free = letter is not None and not letter.case_id
        self.form.startComplaintButton.setEnabled(free)
        self.form.dispositionButton.setEnabled(letter is not None)
        self.form.linkCaseButton.setEnabled(free)

    def print_document(self, kind: str, letter_uuid: str = "") -> None:
        """The letter's receipt or its disposition sheet, in the print preview."""
        letter = letter_uuid or (self.selected().uuid if self.selected() else "")
        if letter:
            self.worker.submit(
                printing.print_incoming,
                self.actor,
                letter,
                kind,
                record=False,
                on_success=self._preview_document,
            )

    def _preview_document(self, printed) -> None:
        titles = {
            "letter_receipt": self.tr("Receipt for letter {number}"),
            "disposition": self.tr("Disposition sheet {number}"),
        }
        title = titles[printed.kind].format(number=printed.number)
        self.document_preview = preview_printed(
            self, self.worker, self.actor, printed, title, self.desk
        )

    def show_scan(self) -> None:
        """Enter or a double click on a letter shows its scan."""
        letter = self.selected()
        if letter is not None:
            self.worker.submit(
                letters.letter_pdf,
                letter.uuid,
                on_success=lambda pdf: self._preview(letter.agenda_no, pdf),
            )

    def _preview(self, agenda_no: str, pdf: bytes) -> None:
        dialog = PreviewDialog(
            pdf,
            self.tr("Letter {number}").format(number=agenda_no),
            "letter",
            self.desk,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.scan_preview = dialog

    def _start_complaint(self) -> None:
        letter = self.selected()
        if letter is not None:
            self.start_complaint.emit(letter.uuid, letter.sender_name)

    def _link_case(self) -> None:
        letter = self.selected()
        if letter is None:
            return
        ref, ok = QInputDialog.getText(
            self, self.tr("Link to a case"), self.tr("Registration number of the case:")
        )
        if ok and ref.strip():
            self.worker.submit(
                letters.link_case,
                self.actor,
                letter.uuid,
                ref.strip(),
                on_success=lambda _r: self.refresh(),
                on_failure=lambda e: QMessageBox.warning(
                    self, self.tr("Not linked"), i18n.message(e)
                ),
            )

    def _save_register(self) -> None:
        days = int(self.form.periodFilter.currentData() or 3650)
        end = office_date(utcnow())
        start = end - dt.timedelta(days=days)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the register"),
            f"agenda-surat-masuk-{end:%Y%m%d}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if name:
            self.worker.submit(
                letters.register_pdf, start, end, on_success=lambda pdf: Path(name).write_bytes(pdf)
            )

    def look_in_inbox(self) -> None:
        self.reader.submit(
            self.inbox.arrived, on_success=self._arrived, on_failure=self._inbox_failed
        )

    def _arrived(self, paths: list[Path]) -> None:
        self.waiting += paths
        self._inbox_problem = ""
        self._show_inbox()

    def _inbox_failed(self, error: Exception) -> None:
        """The folder cannot be read (gone, no permission): said on the button, logged once
        while it lasts, never a dialog every few seconds."""
        problem = self.tr("The scan folder {folder} cannot be read: {reason}").format(
            folder=self.desk.scan_folder, reason=getattr(error, "strerror", None) or error
        )
        if problem != self._inbox_problem:
            log.error("%s\n%s", problem, getattr(error, "__traceback_text__", repr(error)))
        self._inbox_problem = problem
        self._show_inbox()

    def _show_inbox(self) -> None:
        button = self.form.inboxButton
        button.setText(self.tr("Scan inbox ({count})").format(count=len(self.waiting)))
        button.setEnabled(bool(self.waiting))
        button.setToolTip(self._inbox_problem)
        if self._inbox_problem:
            button.setText(button.text() + " \u26a0")

    def _from_inbox(self) -> None:
        files, self.waiting = self.waiting, []
        self._show_inbox()
        self.register(files)

    def register(self, files: list[Path] | None = None) -> LetterDialog:
        dialog = LetterDialog(
            self.worker, self.actor, self, files, scanner=self.scanner, reader=self.reader
        )
        dialog.accepted.connect(self.refresh)
        dialog.accepted.connect(lambda: self.read_text(dialog.registered.uuid))
        # The one who delivered the letter takes its receipt home.
        dialog.accepted.connect(
            lambda: self.print_document("letter_receipt", dialog.registered.uuid)
        )
        dialog.open()
        return dialog

    # -- the text of the scans (OCR) --------------------------------------------------------
    def read_text(self, letter_uuid: str) -> None:
        """Make the letter's scans searchable: its files listed by the database worker, read
        on the OCR worker, the text kept by the database worker again."""
        self.worker.submit(
            letters.scans_of,
            letter_uuid,
            on_success=lambda scans: self.ocr_worker.submit(
                read_scans,
                scans,
                on_success=lambda read: self.worker.submit(
                    letters.keep_text,
                    letter_uuid,
                    read,
                    on_success=lambda _chars: self.refresh(),
                    on_failure=self._not_read,
                ),
                on_failure=self._not_read,
            ),
            on_failure=self._not_read,
        )

    def _not_read(self, error: Exception) -> None:
        log.error(
            "reading a letter's text failed:\n%s",
            getattr(error, "__traceback_text__", repr(error)),
        )
        self.text_problem = letters.ocr_failure(error, i18n.lang())
        QMessageBox.warning(self, self.tr("The letter's text was not read"), self.text_problem)


log = logging.getLogger(__name__)


def _letters_for(typed: str, since: dt.date | None) -> list:
    found = letters.find_letters(typed, limit=500)
    if since is not None:
        found = [x for x in found if office_date(x.received_at) >= since]
    notes = letters.removed_from(x.uuid for x in found)
    for letter in found:
        letter.removed_note = removed_note(notes.get(letter.uuid, ()), i18n.lang())
    return found
