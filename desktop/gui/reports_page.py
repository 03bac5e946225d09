"""Reports: the recap of a period (a month, a quarter, a semester, a year, any dates), on screen,
printed ready to sign, and exported. Supervisors and admins only; counts and sums, no personal
data."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop.domain.formatting import dated, rupiah
from desktop.gui import i18n
from desktop.gui.desk import DeskSettings
from desktop.gui.export_dialog import ExportDialog
from desktop.gui.forms import embed
from desktop.gui.periods import PeriodPicker
from desktop.gui.person_dialog import PersonDialog
from desktop.gui.preview import PreviewDialog
from desktop.gui.worker import Worker
from desktop.services import reports
from desktop.services.context import Actor


class ReportsPage(QWidget):
    def __init__(self, worker: Worker, actor: Actor, desk: DeskSettings) -> None:
        super().__init__()
        self.worker, self.actor, self.desk = worker, actor, desk
        self.form = f = embed(self, "reports_page")
        f.titleLabel.setProperty("role", "title")
        for name in ("received", "open", "value", "closed"):
            getattr(f, f"{name}Tile").setProperty("tile", True)
            getattr(f, f"{name}Count").setProperty("count", True)
        self.periods = PeriodPicker(f.periodCombo, f.fromEdit, f.toEdit)
        self._headers(f.sectorView, [self.tr("Sector"), self.tr("Cases"), self.tr("Value")])
        self._headers(f.channelView, [self.tr("Channel"), self.tr("Cases")])
        self._headers(f.outcomeView, [self.tr("Outcome"), self.tr("Cases")])
        self._headers(f.agencyView, [self.tr("Agency"), self.tr("Cases")])
        self.periods.changed.connect(self.refresh)
        f.printRecapButton.clicked.connect(self.print_recap)
        f.exportRecapButton.clicked.connect(self.export_recap)
        f.personDataButton.clicked.connect(self.person_data)
        self.recap: reports.Recap | None = None  # the figures come when the page is shown

    @staticmethod
    def _headers(view: QTableWidget, labels: list[str]) -> None:
        view.setColumnCount(len(labels))
        view.setHorizontalHeaderLabels(labels)
        view.verticalHeader().hide()
        # A long sector or agency name wraps in its row rather than end in "…" beside a wide
        # Rupiah column (at 1024 px the names had under 100 px).
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(labels)):
            view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )

    def period(self) -> tuple[dt.date, dt.date]:
        return self.periods.period()

    def refresh(self) -> None:
        start, end = self.period()
        self.form.messageLabel.setText(self.tr("Counting…"))
        self.worker.submit(
            reports.recap, self.actor, start, end, on_success=self._show, on_failure=self._refused
        )

    def _refused(self, error: Exception) -> None:
        self.recap = None
        self.form.messageLabel.setText(i18n.message(error))
        self.form.printRecapButton.setEnabled(False)
        self.form.exportRecapButton.setEnabled(False)

    def _show(self, recap: reports.Recap) -> None:
        if (recap.start, recap.end) != self.period():
            return  # the officer has moved on to another period
        self.recap = recap
        f, number = self.form, QLocale().toString
        f.receivedCount.setText(number(recap.received))
        f.openCount.setText(number(recap.still_open))
        f.valueCount.setText(rupiah(recap.value))
        f.closedCount.setText(number(recap.closed))
        self._fill(
            f.sectorView,
            [(i18n.label("sector", s), number(n), rupiah(v)) for s, n, v in recap.by_sector],
        )
        self._fill(
            f.channelView, [(i18n.label("channel", c), number(n)) for c, n in recap.by_channel]
        )
        self._fill(
            f.outcomeView,
            [(i18n.label("outcome", o).capitalize(), number(n)) for o, n in recap.by_outcome],
        )
        self._fill(f.agencyView, [(name, number(n)) for name, n in recap.forwarded])
        lang = i18n.lang()
        f.messageLabel.setText(
            self.tr("From {start} to {end}; the value is what the complainants paid.").format(
                start=dated(recap.start, lang), end=dated(recap.end, lang)
            )
        )
        f.printRecapButton.setEnabled(True)
        f.exportRecapButton.setEnabled(True)

    @staticmethod
    def _fill(view: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        view.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if not c:
                    item.setToolTip(text)  # the whole name, when the column cuts it
                else:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                view.setItem(r, c, item)

    def print_recap(self) -> None:
        """The recap on screen, printed (not counted again)."""
        if self.recap is None:
            return
        recap = self.recap
        self.worker.submit(
            reports.printed,
            recap,
            self.actor,
            on_success=lambda pdf: self._preview(pdf, recap),
            on_failure=self._refused,
        )

    def export_recap(self) -> ExportDialog:
        """The recap of the period on screen, a sheet per grouping."""
        start, end = self.period()
        lang = i18n.lang()
        self.export = ExportDialog(
            self.actor,
            "recap",
            self.tr("The recap from {start} to {end}, a sheet per grouping.").format(
                start=dated(start, lang), end=dated(end, lang)
            ),
            {"start": start, "end": end},
            self.desk,
            self,
        )
        self.export.open()
        return self.export

    def person_data(self) -> PersonDialog:
        """A person's data on request, to hand to them (not a figure of the period)."""
        self.person = PersonDialog(self.worker, self.actor, self.desk, self)
        self.person.open()
        return self.person

    def _preview(self, pdf: bytes, recap: reports.Recap) -> PreviewDialog:
        title = self.tr("Recap {start} – {end}").format(start=recap.start, end=recap.end)
        self.preview = PreviewDialog(pdf, title, "recap", self.desk, self)
        self.preview.open()
        return self.preview
