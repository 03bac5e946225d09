"""Reports: the recap of a period (a month, a quarter, a semester, a year, any dates), on screen,
printed ready to sign, and exported. Supervisors and admins only; counts and sums, no personal
data."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop.domain.formatting import dated, rupiah
from desktop.domain.periods import period_of
from desktop.domain.workdays import office_date
from desktop.gui import i18n
from desktop.gui.desk import DeskSettings
from desktop.gui.forms import embed
from desktop.gui.meetings import to_date
from desktop.gui.preview import PreviewDialog
from desktop.gui.worker import Worker
from desktop.services import reports
from desktop.services.context import Actor
from desktop.store.models import utcnow


def fill_periods(combo: QComboBox) -> None:
    """The named periods a supervisor reports on, then dates of their choice."""
    for code, text in (
        ("month", QCoreApplication.translate("ReportsPage", "This month")),
        ("last_month", QCoreApplication.translate("ReportsPage", "Last month")),
        ("quarter", QCoreApplication.translate("ReportsPage", "This quarter")),
        ("last_quarter", QCoreApplication.translate("ReportsPage", "Last quarter")),
        ("semester", QCoreApplication.translate("ReportsPage", "This semester")),
        ("last_semester", QCoreApplication.translate("ReportsPage", "Last semester")),
        ("year", QCoreApplication.translate("ReportsPage", "This year")),
        ("last_year", QCoreApplication.translate("ReportsPage", "Last year")),
        ("custom", QCoreApplication.translate("ReportsPage", "Dates of my choice")),
    ):
        combo.addItem(text, code)


class ReportsPage(QWidget):
    def __init__(self, worker: Worker, actor: Actor, desk: DeskSettings) -> None:
        super().__init__()
        self.worker, self.actor, self.desk = worker, actor, desk
        self.form = f = embed(self, "reports_page")
        f.titleLabel.setProperty("role", "title")
        for name in ("received", "open", "value", "closed"):
            getattr(f, f"{name}Tile").setProperty("tile", True)
            getattr(f, f"{name}Count").setProperty("count", True)
        fill_periods(f.periodCombo)
        self._headers(f.sectorView, [self.tr("Sector"), self.tr("Cases"), self.tr("Value")])
        self._headers(f.channelView, [self.tr("Channel"), self.tr("Cases")])
        self._headers(f.outcomeView, [self.tr("Outcome"), self.tr("Cases")])
        self._headers(f.agencyView, [self.tr("Agency"), self.tr("Cases")])
        self._choosing = False
        f.periodCombo.currentIndexChanged.connect(self._period_chosen)
        f.fromEdit.dateChanged.connect(self._dates_changed)
        f.toEdit.dateChanged.connect(self._dates_changed)
        f.printRecapButton.clicked.connect(self.print_recap)
        self.recap: reports.Recap | None = None
        self._fill_period()  # the figures come when the page is shown (refresh)

    @staticmethod
    def _headers(view: QTableWidget, labels: list[str]) -> None:
        view.setColumnCount(len(labels))
        view.setHorizontalHeaderLabels(labels)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(labels)):
            view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )

    def period(self) -> tuple[dt.date, dt.date]:
        return to_date(self.form.fromEdit.date()), to_date(self.form.toEdit.date())

    def _period_chosen(self) -> None:
        self._fill_period()
        self.refresh()

    def _fill_period(self) -> None:
        """The dates of the period named in the list (custom dates stay as typed)."""
        chosen = period_of(self.form.periodCombo.currentData(), office_date(utcnow()))
        if chosen is not None:
            self._choosing = True  # the two date edits change together: one refresh
            for edit, day in zip((self.form.fromEdit, self.form.toEdit), chosen, strict=True):
                edit.setDate(QDate(day.year, day.month, day.day))
            self._choosing = False

    def _dates_changed(self) -> None:
        if self._choosing:
            return
        custom = self.form.periodCombo.findData("custom")
        if self.form.periodCombo.currentIndex() != custom:
            self.form.periodCombo.setCurrentIndex(custom)  # refreshes
        else:
            self.refresh()

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

    def _preview(self, pdf: bytes, recap: reports.Recap) -> PreviewDialog:
        title = self.tr("Recap {start} – {end}").format(start=recap.start, end=recap.end)
        self.preview = PreviewDialog(pdf, title, "recap", self.desk, self)
        self.preview.open()
        return self.preview
