"""The case list as a lazy Qt model: it knows how many cases match and fetches only the pages
the view shows, on the database worker, so a million cases cost what one screen costs."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.domain.formatting import office_time, short_date
from desktop.domain.workdays import office_date
from desktop.domain.workflow import Outcome, Status
from desktop.gui import i18n
from desktop.gui.worker import Worker
from desktop.services import queries
from desktop.services.queries import CaseQuery, CaseRow
from desktop.store.models import utcnow

PAGE = 100
KEEP_PAGES = 40  # pages kept in memory; the rest are fetched again when scrolled back to
OVERDUE = QColor("#b3261e")
OVERDUE_ROW = QColor("#fdf0ef")


def status_text(status: str, outcome: str | None) -> str:
    """The status column's words: the stage, or a closed case with its outcome in short."""
    if outcome and status == "closed":
        return i18n.label("status_closed", outcome)
    title = i18n.label("status_title", status)
    return f"{title}: {i18n.label('outcome', outcome)}" if outcome else title


def status_texts() -> list[str]:
    """Every status column text there can be, in the current language (to size the column)."""
    return [status_text(s.value, None) for s in Status] + [
        status_text("closed", o.value) for o in Outcome
    ]


class CaseListModel(QAbstractTableModel):
    counted = Signal(int)  # how many cases match the current query
    page_loaded = Signal(int)

    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self.worker = worker
        self.query = CaseQuery()
        self._total = 0
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self._asked: set[int] = set()
        self._generation = 0
        self.today = office_date(utcnow())
        self.headers = [
            self.tr("Registration no."),
            self.tr("Received"),
            self.tr("Complainant"),
            self.tr("Business actor"),
            self.tr("Sector"),
            self.tr("Status"),
            self.tr("Due"),
            self.tr("Officer"),
        ]

    # -- what to show ----------------------------------------------------------------------
    def set_query(self, query: CaseQuery) -> None:
        """Show the cases matching ``query``; earlier answers still on their way are dropped.

        The first page comes first and the list changes in one step; when that page is full,
        the count follows in a second answer and the rest of the rows are added then.
        """
        self.query = query
        self._generation += 1
        generation = self._generation
        self.today = office_date(utcnow())
        self.worker.submit(
            queries.first_page,
            query,
            PAGE,
            today=self.today,
            on_success=lambda answer: self._head(generation, *answer),
        )

    def refresh(self) -> None:
        self.set_query(self.query)

    def _head(self, generation: int, total: int | None, rows: list[CaseRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._total = len(rows)
        self._pages = OrderedDict({0: rows})
        self._asked = {0}
        self.endResetModel()
        self.page_loaded.emit(0)
        if total is not None:
            self.counted.emit(total)
            return
        self.worker.submit(
            queries.count_cases,
            self.query,
            today=self.today,
            on_success=lambda total: self._counted(generation, total),
        )

    def _counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        self.counted.emit(total)

    def _ask(self, page: int) -> None:
        if page in self._asked:
            return
        self._asked.add(page)
        generation = self._generation
        self.worker.submit(
            queries.case_page,
            self.query,
            page * PAGE,
            PAGE,
            today=self.today,
            on_success=lambda rows: self._loaded(generation, page, rows),
        )

    def _loaded(self, generation: int, page: int, rows: list[CaseRow]) -> None:
        if generation != self._generation:
            return
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > KEEP_PAGES:
            dropped, _ = self._pages.popitem(last=False)
            self._asked.discard(dropped)
        first = page * PAGE
        last = min(first + len(rows), self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.headers) - 1))
        self.page_loaded.emit(page)

    # -- Qt's model interface --------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def row(self, number: int) -> CaseRow | None:
        """The case at a row if its page is here; otherwise it is fetched and None returned."""
        page = number // PAGE
        rows = self._pages.get(page)
        if rows is None:
            self._ask(page)
            return None
        offset = number - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case = self.row(index.row())
        if case is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        overdue = case.overdue(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(case, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and overdue and index.column() == 6:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE_ROW)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (2, 3, 7):
            return self._text(case, index.column())  # the whole name, when the column cuts it
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return i18n.label("sector", case.sector)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5 and case.outcome:
            return (
                f"{i18n.label('status_title', case.status)}: {i18n.label('outcome', case.outcome)}"
            )
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return self.tr("Overdue since {date}").format(
                date=short_date(case.stage_due, i18n.lang())
            )
        if role == Qt.ItemDataRole.UserRole:
            return case.uuid
        return None

    def _text(self, case: CaseRow, column: int) -> str:
        lang = i18n.lang()
        if column == 0:
            return case.reg_no
        if column == 1:
            return office_time(case.received_at, lang, "dd-MM-y").removesuffix(" WIB")
        if column == 2:
            return case.complainant
        if column == 3:
            return case.business
        if column == 4:
            return i18n.label("sector_short", case.sector)
        if column == 5:
            return status_text(case.status, case.outcome)
        if column == 7:
            return case.officer
        due = case.stage_due
        if due is None or case.status == "closed":
            return ""
        text = due.strftime("%d-%m-%Y")
        return f"⚠ {text}" if due < self.today else text

    def loaded_row(self, uuid: str) -> int | None:
        """The row number of the case ``uuid`` among the pages here, if it is among them."""
        for page, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.uuid == uuid:
                    return page * PAGE + offset
        return None

    def loaded_rows(self) -> list[CaseRow]:
        return [row for page in sorted(self._pages) for row in self._pages[page]]
