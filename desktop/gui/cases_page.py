"""Cases: search as you type, filters, the lazy list, and the case file on Enter."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from desktop.domain.classification import Channel, Sector
from desktop.domain.workdays import office_date
from desktop.domain.workflow import Status
from desktop.gui import combos, i18n
from desktop.gui.case_model import CaseListModel, status_texts
from desktop.gui.flow_layout import FlowLayout
from desktop.gui.forms import embed
from desktop.gui.worker import Worker
from desktop.services import assignment, queries
from desktop.services.queries import CaseQuery
from desktop.store.models import utcnow


class CasesPage(QWidget):
    open_case = Signal(str)  # uuid
    new_complaint = Signal()
    export = Signal(object)  # the CaseQuery on screen

    # Columns left out, in this order, when the list is too narrow for them and two readable
    # names: sector (it has its filter), received, officer (it has its filter too).
    NARROW_HIDDEN = (4, 1, 7)
    NAMES_WIDTH = 2 * 180
    COLUMN_WIDTHS = (140, 95, 0, 0, 170, 205, 105, 140)  # 0: the names share what is left

    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self.form = f = embed(self, "cases_page")
        self.worker = worker
        self.model = CaseListModel(worker)
        view = f.casesView
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.viewport().installEventFilter(self)
        view.verticalHeader().setDefaultSectionSize(30)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        # The status column is as wide as its longest words in this language and font ("Selesai:
        # klarifikasi dit…" was cut), never narrower than planned.
        metrics = view.fontMetrics()
        longest = max(metrics.horizontalAdvance(text) for text in status_texts())
        status_width = max(self.COLUMN_WIDTHS[5], longest + 24)
        self.widths = (*self.COLUMN_WIDTHS[:5], status_width, *self.COLUMN_WIDTHS[6:])
        for column, width in enumerate(self.widths):
            if width:
                view.setColumnWidth(column, width)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # The search box has a row of its own (beside the filters it was covered at 1024 px);
        # the filters, each as wide as what it shows, wrap onto a second row rather than cut
        # their text where the window is narrow.
        f.filterRow.setStretch(0, 1)
        flow = FlowLayout(f.filterBox)
        for combo in self._filters():
            flow.addWidget(combo)
            combo.view().setMinimumWidth(260)  # the open list shows the whole label
        f.searchEdit.setMinimumWidth(300)
        # A new answer replaces the list: it starts at its top, whatever was scrolled to before
        # (the view keeps its old position through a reset, clamped to the first page).
        self.model.modelReset.connect(self._after_reset)
        self._place: tuple[int, str] | None = None  # kept through a refresh in place
        view.activated.connect(self._activated)
        view.doubleClicked.connect(self._activated)
        combos.fill(
            f.statusFilter, "status_title", [s.value for s in Status], blank=self.tr("All statuses")
        )
        f.statusFilter.insertItem(1, self.tr("Open cases"), "open")
        f.dueFilter.addItem(self.tr("Any due date"), "")
        f.dueFilter.addItem(self.tr("Overdue"), "overdue")
        f.dueFilter.addItem(self.tr("Due within 2 working days"), "soon")
        combos.fill(
            f.sectorFilter, "sector", [s.value for s in Sector], blank=self.tr("All sectors")
        )
        combos.fill(
            f.channelFilter, "channel", [c.value for c in Channel], blank=self.tr("All channels")
        )
        f.officerFilter.addItem(self.tr("Any officer"), "")
        f.officerFilter.addItem(self.tr("Nobody yet"), queries.UNASSIGNED)
        worker.submit(assignment.officers, on_success=self._officers)
        for code, text in (
            ("", self.tr("Any time")),
            ("7", self.tr("Last 7 days")),
            ("30", self.tr("Last 30 days")),
            ("365", self.tr("Last 12 months")),
        ):
            f.periodFilter.addItem(text, code)
        for combo in self._filters():
            combos.fit_to_choice(combo)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply)
        f.searchEdit.textChanged.connect(lambda _t: self._debounce.start())
        for combo in self._filters():
            combo.currentIndexChanged.connect(self.apply)
        f.searchEdit.returnPressed.connect(self._open_first)
        f.newComplaintButton.clicked.connect(self.new_complaint)
        f.exportButton.clicked.connect(lambda: self.export.emit(self.query()))
        self.model.counted.connect(self._counted)
        f.countLabel.setTextFormat(Qt.TextFormat.RichText)
        f.countLabel.setTextInteractionFlags(  # the offered spelling is reached by Tab too
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        f.countLabel.linkActivated.connect(f.searchEdit.setText)
        self.pinned: CaseQuery | None = None  # what the dashboard asked for, beyond the filters
        for combo in self._filters():
            combo.currentIndexChanged.connect(self._unpin)
        f.searchEdit.textEdited.connect(self._unpin)

    def _filters(self) -> tuple:
        f = self.form
        return (
            f.statusFilter,
            f.dueFilter,
            f.sectorFilter,
            f.channelFilter,
            f.officerFilter,
            f.periodFilter,
        )

    def _officers(self, staff: list[tuple[str, str]]) -> None:
        combo = self.form.officerFilter
        combo.blockSignals(True)  # names arriving are not a filter chosen
        for uuid, name in staff:
            combo.addItem(name, uuid)
        combo.blockSignals(False)

    def eventFilter(self, watched, event) -> bool:
        # the view's own width, once the layout has given it: the page's resize comes first
        if watched is self.form.casesView.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        room = self.form.casesView.viewport().width() - sum(self.widths)
        for column in self.NARROW_HIDDEN:
            hide = room < self.NAMES_WIDTH
            self.form.casesView.setColumnHidden(column, hide)
            if hide:
                room += self.widths[column]

    def query(self) -> CaseQuery:
        f = self.form
        days = f.periodFilter.currentData()
        since = office_date(utcnow()) - dt.timedelta(days=int(days)) if days else None
        if self.pinned is not None:
            return dataclasses.replace(self.pinned, text=f.searchEdit.text())
        return CaseQuery(
            text=f.searchEdit.text(),
            status=f.statusFilter.currentData(),
            due=f.dueFilter.currentData(),
            sector=f.sectorFilter.currentData(),
            channel=f.channelFilter.currentData(),
            received_from=since,
            officer=f.officerFilter.currentData() or "",
        )

    def apply(self) -> None:
        self.model.set_query(self.query())

    def show_query(self, query: CaseQuery) -> None:
        """The cases a chart's bar or slice stands for: the filters show what they can, and the
        rest (dates, an outcome) holds until the officer changes a filter or the search."""
        f = self.form
        for combo, code in (
            (f.statusFilter, query.status),
            (f.dueFilter, query.due),
            (f.sectorFilter, query.sector),
            (f.channelFilter, query.channel),
            (f.officerFilter, query.officer),
            (f.periodFilter, ""),
        ):
            combo.blockSignals(True)
            combos.select(combo, code)
            combo.blockSignals(False)
        f.searchEdit.blockSignals(True)
        f.searchEdit.setText(query.text)
        f.searchEdit.blockSignals(False)
        self.pinned = query
        self.apply()

    def _unpin(self) -> None:
        if self.pinned is not None:  # the list was read with it a moment ago: again without
            self.pinned = None
            self.apply()

    refresh = apply

    def refresh_in_place(self) -> None:
        """Read the list again where the officer is in it (another desk changed a case): the
        case selected stays selected, and the list does not jump to its top."""
        view = self.form.casesView
        uuid = self.model.data(view.currentIndex(), Qt.ItemDataRole.UserRole) or ""
        self._place = (view.verticalScrollBar().value(), uuid)
        self.model.refresh()

    def _after_reset(self) -> None:
        view, place = self.form.casesView, self._place
        self._place = None
        if place is None:
            view.scrollToTop()
            return
        scrolled, uuid = place
        row = self.model.loaded_row(uuid) if uuid else None
        if row is not None:
            view.selectRow(row)
        view.verticalScrollBar().setValue(scrolled)

    def focus_search(self) -> None:
        self.form.searchEdit.setFocus()
        self.form.searchEdit.selectAll()

    def _counted(self, total: int) -> None:
        text = self.query().text.strip()
        if text and total >= 1000:
            message = self.tr("The newest 1,000 matches are shown; type more to narrow them.")
        elif total == 0:
            message = self.tr("No case matches.") if text else self.tr("No cases here yet.")
            if text:
                self.worker.submit(
                    queries.spelling_suggestion,
                    text,
                    on_success=lambda variant: self._suggest(text, variant),
                )
        else:
            message = self.tr("%Ln case(s)", "", total)
        if self.pinned is not None:
            message += " · " + self.tr("as chosen on the dashboard")
        self.form.countLabel.setText(message)

    def _suggest(self, searched: str, variant: str | None) -> None:
        """Offer another spelling that finds cases, while the search box still says the same."""
        if variant is None or self.query().text.strip() != searched:
            return
        link = f'<a href="{html.escape(variant)}">{html.escape(variant)}</a>'
        self.form.countLabel.setText(
            html.escape(self.tr("No case matches."))
            + " "
            + self.tr("Did you mean {name}?").format(name=link)
        )

    def _activated(self, index) -> None:
        uuid = self.model.data(index, Qt.ItemDataRole.UserRole)
        if uuid:
            self.open_case.emit(uuid)

    def _open_first(self) -> None:
        if self.model.rowCount():
            self.form.casesView.setFocus()
            self.form.casesView.selectRow(0)

    def language(self) -> str:
        return i18n.lang()
