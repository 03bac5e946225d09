"""The register of outgoing letters (agenda surat keluar): every issued letter of a period,
searched as the officer types, printed for the period, each letter opened, sent by e-mail or its
case file opened."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.formatting import dated
from desktop.gui import i18n
from desktop.gui.desk import DeskSettings
from desktop.gui.forms import embed
from desktop.gui.outgoing_list import OutgoingList
from desktop.gui.periods import PeriodPicker
from desktop.gui.preview import PreviewDialog
from desktop.gui.worker import Worker
from desktop.services import outgoing
from desktop.services.context import Actor

SHOWN = 1000  # rows on screen; the printed register has them all


class OutgoingPage(QWidget):
    open_case = Signal(str)  # the case's uuid

    def __init__(self, worker: Worker, actor: Actor, desk: DeskSettings) -> None:
        super().__init__()
        self.worker, self.actor, self.desk = worker, actor, desk
        self.form = f = embed(self, "outgoing_page")
        f.titleLabel.setProperty("role", "title")
        self.periods = PeriodPicker(f.periodCombo, f.fromEdit, f.toEdit)
        self.list = OutgoingList(f, worker, actor, desk, with_case=True)
        self.list.changed.connect(self.refresh)
        f.outgoingView.itemSelectionChanged.connect(self._selection)
        f.openCaseButton.clicked.connect(self._open_case)
        f.printRegisterButton.clicked.connect(self.print_register)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        f.searchEdit.textChanged.connect(lambda _t: self._debounce.start())
        self.periods.changed.connect(self.refresh)
        self.preview: PreviewDialog | None = None
        self._selection()

    def _query(self) -> tuple:
        start, end = self.periods.period()
        return start, end, self.form.searchEdit.text().strip()

    def refresh(self) -> None:
        query = self._query()
        self.worker.submit(
            outgoing.register,
            *query,
            limit=SHOWN + 1,
            on_success=lambda rows: self._show(query, rows),
        )

    def _show(self, query: tuple, rows: list[outgoing.OutgoingLetter]) -> None:
        if query != self._query():
            return  # the officer has typed on or chosen another period
        self.list.show(rows[:SHOWN])
        start, end, _text = query
        lang = i18n.lang()
        count = self.tr("%Ln letter(s) from {start} to {end}", "", min(len(rows), SHOWN)).format(
            start=dated(start, lang), end=dated(end, lang)
        )
        if len(rows) > SHOWN:
            count += " · " + self.tr(
                "the first {shown} shown; the printed register has all"
            ).format(shown=SHOWN)
        self.form.countLabel.setText(count)
        self._selection()

    def _selection(self) -> None:
        letter = self.list.selected()
        self.form.openCaseButton.setEnabled(letter is not None and bool(letter.case_uuid))

    def _open_case(self) -> None:
        letter = self.list.selected()
        if letter is not None and letter.case_uuid:
            self.open_case.emit(letter.case_uuid)

    def print_register(self) -> None:
        """The register of the period (and what is typed in the search), in the preview."""
        start, end, text = self._query()
        self.worker.submit(
            outgoing.register_pdf,
            start,
            end,
            text,
            on_success=lambda pdf: self._preview(pdf, start, end),
        )

    def _preview(self, pdf: bytes, start, end) -> PreviewDialog:
        title = self.tr("Register of outgoing letters {start} – {end}").format(
            start=start.strftime("%d-%m-%Y"), end=end.strftime("%d-%m-%Y")
        )
        self.preview = PreviewDialog(pdf, title, "register_out", self.desk, self)
        self.preview.open()
        return self.preview
