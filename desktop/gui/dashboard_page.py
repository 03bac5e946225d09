"""The dashboard (supervisors and admins): a period's complaints at a glance, in charts.

Received per week or month by channel; the open backlog by stage and age; the share of
stages finished on time, per stage and per officer; sectors and the business actors
complained about most, per case and once per complainant; the outcomes of the cases closed.
A click on a bar or a slice opens the case list with that filter (an on-time bar: the cases
that left its stage, or that its officer moved on, in the period). The figures are counted on
the database worker; every list of the period can be exported from here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QMenu, QWidget

from desktop.domain.formatting import dated
from desktop.domain.history import agency_code
from desktop.gui import charts, i18n
from desktop.gui.desk import DeskSettings
from desktop.gui.export_dialog import ExportDialog
from desktop.gui.forms import embed
from desktop.gui.periods import PeriodPicker
from desktop.gui.preview import PreviewDialog
from desktop.gui.worker import Worker
from desktop.services import dashboard
from desktop.services.context import Actor
from desktop.services.queries import UNASSIGNED, CaseQuery

# Where each chart sits: (name, row, column, columns spanned, least height)
LAYOUT = (
    ("receivedChart", 0, 0, 2, 280),  # across: a quarter's thirteen weeks keep their labels
    ("backlogChart", 1, 0, 1, 290),
    ("stagesChart", 1, 1, 1, 290),
    ("sectorsChart", 2, 0, 1, 440),
    ("businessesChart", 2, 1, 1, 440),
    ("officersChart", 3, 0, 2, 260),
    ("outcomesChart", 4, 0, 2, 360),  # across: the legend names every outcome and agency
)


class DashboardPage(QWidget):
    open_cases = Signal(object)  # a CaseQuery: the cases a bar or slice stands for

    def __init__(self, worker: Worker, actor: Actor, desk: DeskSettings) -> None:
        super().__init__()
        self.worker, self.actor, self.desk = worker, actor, desk
        self.form = f = embed(self, "dashboard_page")
        f.titleLabel.setProperty("role", "title")
        self.periods = PeriodPicker(f.periodCombo, f.fromEdit, f.toEdit)
        f.periodCombo.setCurrentIndex(f.periodCombo.findData("quarter"))  # enough to see trends
        self.periods.changed.connect(self.refresh)
        self.views: dict[str, charts.ChartView] = {}
        grid = f.chartsGrid
        for name, row, column, span, height in LAYOUT:
            view = charts.ChartView(name, self.print_chart, height, f.chartsWidget)
            grid.addWidget(view, row, column, 1, span)
            self.views[name] = view
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        menu = QMenu(f.exportButton)
        for what, text in (
            ("cases", self.tr("Cases received in the period")),
            ("recap", self.tr("The recap, a sheet per grouping")),
            ("visitors", self.tr("The visitor log")),
            ("letters-in", self.tr("Incoming letters")),
            ("letters-out", self.tr("Outgoing letters")),
            ("schedule", self.tr("The schedule of meetings")),
        ):
            menu.addAction(text, lambda w=what, t=text: self.export(w, t))
        f.exportButton.setMenu(menu)
        self.board: dashboard.Dashboard | None = None  # counted when the page is shown

    def period(self) -> tuple[dt.date, dt.date]:
        return self.periods.period()

    def refresh(self) -> None:
        start, end = self.period()
        self.form.messageLabel.setText(self.tr("Counting…"))
        self.worker.submit(
            dashboard.dashboard,
            self.actor,
            start,
            end,
            on_success=self._show,
            on_failure=self._refused,
        )

    def _refused(self, error: Exception) -> None:
        self.board = None
        self.form.messageLabel.setText(i18n.message(error))

    # -- the charts -------------------------------------------------------------------------
    def _show(self, board: dashboard.Dashboard) -> None:
        if (board.start, board.end) != self.period():
            return  # the officer has moved on to another period
        self.board = board
        lang = i18n.lang()
        self.form.messageLabel.setText(
            self.tr(
                "From {start} to {end}. Click a bar or a slice to see its cases; right-click a "
                "chart to save or print it."
            ).format(start=dated(board.start, lang), end=dated(board.end, lang))
        )
        self._received(board)
        self._backlog(board)
        self._on_time(board)
        self._sectors(board)
        self._outcomes(board)

    def _received(self, board: dashboard.Dashboard) -> None:
        locale = QLocale()
        pattern = "d/M" if board.bucket == "week" else "MMM yy"  # thirteen weeks fit whole
        categories = [
            locale.toString(QDate(d.year, d.month, d.day), pattern) for d in board.buckets
        ]
        channels = sorted(board.received, key=lambda c: -sum(board.received[c]))
        title = (
            self.tr("Received per week, by channel")
            if board.bucket == "week"
            else self.tr("Received per month, by channel")
        )

        def clicked(number: int, index: int) -> None:
            self._open(
                channel=channels[number],
                received_from=board.buckets[index],
                received_to=board.bucket_end(index),
            )

        self.views["receivedChart"].show_chart(
            charts.bars(
                title,
                categories,
                [(i18n.label("channel", c), board.received[c]) for c in channels],
                stacked=True,
                clicked=clicked,
            )
        )

    def _backlog(self, board: dashboard.Dashboard) -> None:
        stages = list(dict.fromkeys(b.status for b in board.backlog))
        bands = [
            f"{lo}–{hi}" if hi is not None else f"> {lo - 1}" for lo, hi in dashboard.AGE_BANDS
        ]
        stages = stages[::-1]  # the first stage at the top
        counts = {(b.status, b.band): b.cases for b in board.backlog}

        def clicked(band: int, index: int) -> None:
            first, last = board.band_days[band]
            self._open(status=stages[index], received_from=first, received_to=last)

        self.views["backlogChart"].show_chart(
            charts.bars(
                self.tr("Open cases by stage and age (working days)"),
                [i18n.label("status_title", s) for s in stages],
                [
                    (name, [counts.get((s, band), 0) for s in stages])
                    for band, name in enumerate(bands)
                ],
                stacked=True,
                horizontal=True,
                clicked=clicked,
            )
        )

    def _on_time(self, board: dashboard.Dashboard) -> None:
        def shares(rows: list[dashboard.OnTime]) -> list[float]:
            return [round(100 * r.share, 1) for r in rows]

        # A bar opens the cases behind its stage exits: those that left the stage (or that the
        # officer moved on) in the period, on time or late.
        left = {"left_from": board.start, "left_to": board.end}
        stages = board.on_time_by_stage[::-1]  # the first stage at the top
        self.views["stagesChart"].show_chart(
            charts.bars(
                self.tr("Stages finished on time, per stage"),
                [f"{i18n.label('status_title', r.name)} ({_count(r.finished)})" for r in stages],
                [(self.tr("on time"), shares(stages))],
                horizontal=True,
                percent=True,
                clicked=lambda _set, index: self._open(left_stage=stages[index].name, **left),
            )
        )
        officers = board.on_time_by_officer[:8][::-1]  # the busiest at the top
        self.views["officersChart"].show_chart(
            charts.bars(
                self.tr("Stages finished on time, per officer"),
                [f"{r.name} ({_count(r.finished)})" for r in officers],
                [(self.tr("on time"), shares(officers))],
                horizontal=True,
                percent=True,
                clicked=lambda _set, index: self._open(
                    left_by=officers[index].officer or UNASSIGNED, **left
                ),
            )
        )

    def _sectors(self, board: dashboard.Dashboard) -> None:
        sectors = board.sectors[::-1]  # most cases at the top
        per_case, per_person = self.tr("cases"), self.tr("complainants (each once)")
        self.views["sectorsChart"].show_chart(
            charts.bars(
                self.tr("Sectors"),
                [i18n.label("sector", s) for s, _n, _p in sectors],
                [(per_case, [n for _s, n, _p in sectors]), (per_person, [p for *_x, p in sectors])],
                horizontal=True,
                clicked=lambda _set, index: self._open(
                    sector=sectors[index][0], **self._received_in()
                ),
            )
        )
        businesses = board.businesses[::-1]
        self.views["businessesChart"].show_chart(
            charts.bars(
                self.tr("Business actors complained about most"),
                [_short(name) for name, _n, _p in businesses],
                [
                    (per_case, [n for _b, n, _p in businesses]),
                    (per_person, [p for *_x, p in businesses]),
                ],
                horizontal=True,
                clicked=lambda _set, index: self._open(
                    text=businesses[index][0], **self._received_in()
                ),
            )
        )

    def _outcomes(self, board: dashboard.Dashboard) -> None:
        slices: list[tuple[str, int, dict]] = []
        for outcome, count in board.outcomes:
            if outcome == "forwarded":
                for code, name, n in board.forwarded:
                    label = self.tr("forwarded to {agency}").format(agency=agency_code(code))
                    slices.append((label, n, {"outcome": outcome, "agency": code, "tip": name}))
            else:
                slices.append(
                    (i18n.label("outcome", outcome).capitalize(), count, {"outcome": outcome})
                )
        closed = {"status": "closed", "closed_from": board.start, "closed_to": board.end}

        def clicked(index: int) -> None:
            chosen = {k: v for k, v in slices[index][2].items() if k != "tip"}
            self._open(**closed, **chosen)

        self.views["outcomesChart"].show_chart(
            charts.pie(
                self.tr("Outcomes of the cases closed in the period"),
                [(name, n) for name, n, _f in slices],
                clicked,
            )
        )

    # -- what the charts lead to ------------------------------------------------------------
    def _received_in(self) -> dict:
        start, end = self.period()
        return {"received_from": start, "received_to": end}

    def _open(self, **filters) -> CaseQuery:
        query = dataclasses.replace(CaseQuery(match_cap=None), **filters)
        self.open_cases.emit(query)
        return query

    def print_chart(self, pdf: bytes, title: str) -> PreviewDialog:
        self.preview = PreviewDialog(pdf, title, "chart", self.desk, self)
        self.preview.open()
        return self.preview

    def export(self, what: str, description: str) -> ExportDialog:
        start, end = self.period()
        lang = i18n.lang()
        text = self.tr("{list}, from {start} to {end}.").format(
            list=description, start=dated(start, lang), end=dated(end, lang)
        )
        self.export_dialog = ExportDialog(
            self.actor, what, text, {"start": start, "end": end}, self.desk, self
        )
        self.export_dialog.open()
        return self.export_dialog


def _count(n: int) -> str:
    """A count as the office writes it: 11.132."""
    return f"{n:,}".replace(",", ".")


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
