"""A table of issued letters, as the register of outgoing letters and a case file show them:
Enter or a double click opens the letter (a SALINAN, in the preview), "Send by e-mail…" sends
the letter as it was issued."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain import workflow
from desktop.domain.formatting import short_date
from desktop.gui import i18n
from desktop.gui.desk import DeskSettings
from desktop.gui.preview import PreviewDialog, preview_printed
from desktop.gui.send_letter import SendLetterDialog
from desktop.gui.worker import Worker
from desktop.services import printing
from desktop.services.context import Actor
from desktop.services.outgoing import OutgoingLetter


class OutgoingList(QObject):
    """Fills the form's ``outgoingView`` with letters and drives its ``openLetterButton`` and
    ``sendLetterButton``; ``with_case`` adds the case's column (the register; a case file has no
    need of it)."""

    changed = Signal()  # the e-mail dialog closed: how a letter left may be in the register now

    def __init__(
        self, form: QWidget, worker: Worker, actor: Actor, desk: DeskSettings, *, with_case: bool
    ) -> None:
        super().__init__(form)
        table: QTableWidget = form.outgoingView
        open_button: QPushButton = form.openLetterButton
        send_button: QPushButton = form.sendLetterButton
        self.table, self.open_button, self.send_button = table, open_button, send_button
        self.worker, self.actor, self.desk, self.with_case = worker, actor, desk, with_case
        self.rows: list[OutgoingLetter] = []
        self.preview: PreviewDialog | None = None
        self.sending: SendLetterDialog | None = None
        headers = [self.tr("Number"), self.tr("Date"), self.tr("Letter")]
        if with_case:
            headers.append(self.tr("Case"))
        headers.append(self.tr("To"))
        if with_case:  # the register's page is wide; in a case file they are on the tooltip
            headers += [self.tr("Signed by"), self.tr("Sent by")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        # At 1024 px the register's seven columns share little room: a row grows to show its
        # addressee and signatory whole rather than cut them to "…".
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setMinimumSectionSize(40)
        # The numbers and the date whole; the rest share what is left (1024 px included), each
        # cell's whole text on its tooltip.
        for column in range(len(headers)):
            mode = QHeaderView.ResizeMode.Stretch
            if column < 2 or (with_case and column == 3):  # numbers whole: they do not wrap
                mode = QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        editor = actor.has_any(workflow.EDITORS)
        for button in (open_button, send_button):
            if not editor:
                button.setToolTip(self.tr("Your role may not do this."))
        self.editor = editor
        table.itemSelectionChanged.connect(self._selection)
        table.itemActivated.connect(lambda _item: self.open_letter())
        open_button.clicked.connect(self.open_letter)
        send_button.clicked.connect(self.send_letter)
        self._selection()

    def show(self, rows: list[OutgoingLetter]) -> None:
        chosen = self.selected()
        self.rows = rows
        table, lang = self.table, i18n.lang()
        table.setRowCount(len(rows))
        for number, letter in enumerate(rows):
            cells = [letter.number, short_date(letter.issued_on, lang), letter.kind]
            if self.with_case:
                cells += [letter.case, letter.addressee, letter.signatory, letter.sent_via]
            else:
                cells.append(letter.addressee)
            about = self.tr("Signed by {who}; sent by {how}").format(
                who=letter.signatory or "—", how=letter.sent_via or "—"
            )
            if letter.earlier:  # its addressee, signatory and sending were never recorded
                about = self.tr("Numbered when first printed, by an earlier version of the desk")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{text}\n{about}")  # the whole of it, and who signed, how sent
                table.setItem(number, column, item)
            if chosen is not None and letter.number == chosen.number:
                table.selectRow(number)
        self._selection()

    def selected(self) -> OutgoingLetter | None:
        rows = {item.row() for item in self.table.selectedItems()}
        return self.rows[min(rows)] if rows and min(rows) < len(self.rows) else None

    def _selection(self) -> None:
        letter = self.selected()
        chosen = letter is not None
        self.open_button.setEnabled(chosen and self.editor)
        # what goes by e-mail is the issued file the register keeps: an earlier letter has none
        self.send_button.setEnabled(chosen and self.editor and not letter.earlier)

    def open_letter(self) -> None:
        letter = self.selected()
        if letter is None or not self.editor:
            return
        self.worker.submit(
            printing.reprint,
            self.actor,
            letter.number,
            on_success=lambda printed: self._preview(printed, letter),
            on_failure=self._refused,
        )

    def _preview(self, printed: printing.Printed, letter: OutgoingLetter) -> None:
        parent = self.table.window()
        title = f"{letter.kind} {letter.number}"
        self.preview = preview_printed(parent, self.worker, self.actor, printed, title, self.desk)

    def send_letter(self) -> None:
        letter = self.selected()
        if letter is None or not self.editor or letter.earlier:
            return
        self.sending = SendLetterDialog(
            self.worker, self.actor, letter.number, letter.kind, self.table.window()
        )
        # whatever was sent is in the register, also when some address was refused
        self.sending.finished.connect(lambda _result: self.changed.emit())
        self.sending.open()

    def _refused(self, error: Exception) -> None:
        QMessageBox.warning(self.table.window(), self.tr("Not opened"), i18n.message(error))
