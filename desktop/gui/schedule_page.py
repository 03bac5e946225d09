"""The schedule: the meetings of a day or a week, to summon, move, hold and print."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QButtonGroup, QVBoxLayout, QWidget

from desktop.domain.formatting import dated, long_date, short_date
from desktop.domain.workdays import office_date
from desktop.gui import i18n
from desktop.gui.desk import DeskSettings
from desktop.gui.forms import embed
from desktop.gui.meetings import MeetingsPanel, to_date
from desktop.gui.preview import PreviewDialog
from desktop.gui.worker import Worker
from desktop.services import hearings
from desktop.services.context import Actor
from desktop.store.models import utcnow


class SchedulePage(QWidget):
    open_case = Signal(str)

    def __init__(self, worker: Worker, actor: Actor, desk: DeskSettings) -> None:
        super().__init__()
        self.worker, self.actor, self.desk = worker, actor, desk
        self.form = f = embed(self, "schedule_page")
        f.titleLabel.setProperty("role", "title")
        self.panel = MeetingsPanel(worker, actor, desk)
        host = QVBoxLayout(f.meetingsHost)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.panel)
        group = QButtonGroup(self)
        group.addButton(f.dayButton)
        group.addButton(f.weekButton)
        f.dateEdit.setDate(_qdate(office_date(utcnow())))
        f.dateEdit.dateChanged.connect(lambda _d: self.refresh())
        f.dayButton.toggled.connect(lambda _on: self.refresh())
        f.previousButton.clicked.connect(lambda: self._step(-1))
        f.nextButton.clicked.connect(lambda: self._step(1))
        f.todayButton.clicked.connect(lambda: f.dateEdit.setDate(_qdate(office_date(utcnow()))))
        f.printScheduleButton.clicked.connect(self.print_schedule)
        self.panel.changed.connect(self.refresh)
        self.panel.open_case.connect(self.open_case)

    def period(self) -> tuple[dt.date, dt.date]:
        day = to_date(self.form.dateEdit.date())
        if self.form.dayButton.isChecked():
            return day, day
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=4)

    def _step(self, direction: int) -> None:
        days = 1 if self.form.dayButton.isChecked() else 7
        self.form.dateEdit.setDate(self.form.dateEdit.date().addDays(direction * days))

    def refresh(self) -> None:
        start, end = self.period()
        lang = i18n.lang()
        self.form.periodLabel.setText(
            long_date(start, lang)
            if start == end
            else f"{long_date(start, lang)} \u2013 {long_date(end, lang)}"
        )
        self.worker.submit(hearings.meetings, start, end, on_success=self._show)

    def _show(self, meetings: list[hearings.Meeting]) -> None:
        start, end = self.period()
        self.panel.show_meetings(meetings, with_date=start != end)
        planned = sum(m.status == "planned" for m in meetings)
        self.form.countLabel.setText(
            self.tr("{count} meetings planned").format(count=planned)
            if meetings
            else self.tr("No meetings in this period.")
        )

    def print_schedule(self) -> None:
        start, end = self.period()
        self.worker.submit(
            hearings.schedule_pdf,
            start,
            end,
            on_success=lambda pdf: self._preview(pdf, start, end),
        )

    def _preview(self, pdf: bytes, start: dt.date, end: dt.date) -> None:
        title = self.tr("Schedule {period}").format(
            period=dated(start, i18n.lang())
            if start == end
            else f"{short_date(start, i18n.lang())} \u2013 {short_date(end, i18n.lang())}"
        )
        self.preview = PreviewDialog(pdf, title, "schedule", self.desk, self)
        self.preview.open()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
