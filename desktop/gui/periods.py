"""The period a report covers: a named one (this month … last year) or dates of one's choice,
in a combo box and two date edits that keep each other right."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QObject, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit

from desktop.domain.periods import period_of
from desktop.domain.workdays import office_date
from desktop.gui.meetings import to_date
from desktop.store.models import utcnow


def _names() -> tuple[tuple[str, str], ...]:
    return (
        ("month", QCoreApplication.translate("ReportsPage", "This month")),
        ("last_month", QCoreApplication.translate("ReportsPage", "Last month")),
        ("quarter", QCoreApplication.translate("ReportsPage", "This quarter")),
        ("last_quarter", QCoreApplication.translate("ReportsPage", "Last quarter")),
        ("semester", QCoreApplication.translate("ReportsPage", "This semester")),
        ("last_semester", QCoreApplication.translate("ReportsPage", "Last semester")),
        ("year", QCoreApplication.translate("ReportsPage", "This year")),
        ("last_year", QCoreApplication.translate("ReportsPage", "Last year")),
        ("custom", QCoreApplication.translate("ReportsPage", "Dates of my choice")),
    )


class PeriodPicker(QObject):
    """Emits ``changed`` once per change of period, whether named or typed."""

    changed = Signal()

    def __init__(self, combo: QComboBox, first: QDateEdit, last: QDateEdit) -> None:
        super().__init__(combo)
        self.combo, self.first, self.last = combo, first, last
        for code, text in _names():
            combo.addItem(text, code)
        self._choosing = False
        combo.currentIndexChanged.connect(self._chosen)
        first.dateChanged.connect(self._typed)
        last.dateChanged.connect(self._typed)
        self.fill()

    def period(self) -> tuple[dt.date, dt.date]:
        return to_date(self.first.date()), to_date(self.last.date())

    def fill(self) -> None:
        """The dates of the period named in the list (custom dates stay as typed)."""
        chosen = period_of(self.combo.currentData(), office_date(utcnow()))
        if chosen is not None:
            self._choosing = True  # the two date edits change together: one change
            for edit, day in zip((self.first, self.last), chosen, strict=True):
                edit.setDate(QDate(day.year, day.month, day.day))
            self._choosing = False

    def _chosen(self) -> None:
        self.fill()
        self.changed.emit()

    def _typed(self) -> None:
        if self._choosing:
            return
        custom = self.combo.findData("custom")
        if self.combo.currentIndex() != custom:
            self.combo.setCurrentIndex(custom)  # emits changed
        else:
            self.changed.emit()
