"""The visitor log (buku tamu) of today: sign in, sign out, start a complaint from a visitor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.errors import ValidationFailed
from desktop.domain.formatting import long_date, office_time
from desktop.domain.intake import VISIT_PURPOSES, VisitorForm
from desktop.domain.workdays import office_date
from desktop.gui import combos, crash, i18n
from desktop.gui.forms import FieldErrors, embed, save_key
from desktop.gui.worker import Worker
from desktop.services import queries, visitors
from desktop.services.context import Actor
from desktop.store.models import utcnow


class VisitorDialog(QDialog):
    def __init__(self, worker: Worker, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.worker, self.actor = worker, actor
        self.form = f = embed(self, "visitor_dialog", margin=16)
        self.setWindowTitle(self.tr("Sign in a visitor"))
        self.setMinimumWidth(480)
        combos.fill(f.purposeCombo, "purpose", VISIT_PURPOSES, blank=self.tr("Choose…"))
        self.errors = FieldErrors(
            {
                "visitor.name": f.nameEdit,
                "visitor.nik": f.nikEdit,
                "visitor.phone": f.phoneEdit,
                "visitor.purpose": f.purposeCombo,
            }
        )
        f.saveButton.clicked.connect(self.save)
        f.cancelButton.clicked.connect(self.reject)
        save_key(self, lambda: f.saveButton.isEnabled() and self.save())
        self.visitor_uuid = ""

    def visitor_form(self) -> VisitorForm:
        f = self.form
        return VisitorForm(
            name=f.nameEdit.text(),
            nik=f.nikEdit.text(),
            phone=f.phoneEdit.text(),
            purpose=f.purposeCombo.currentData() or "",
            note=f.noteEdit.text(),
        )

    def save(self) -> None:
        self.form.saveButton.setEnabled(False)
        self.worker.submit(
            visitors.sign_in_visitor,
            self.actor,
            self.visitor_form(),
            on_success=self._saved,
            on_failure=self._refused,
        )

    def _saved(self, uuid: str) -> None:
        self.visitor_uuid = uuid
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.form.saveButton.setEnabled(True)
        if isinstance(error, ValidationFailed):
            first = self.errors.show(error.errors, i18n.lang())
            if first is not None:
                first.setFocus()
        else:  # a refusal of another kind, or a failure (the worker logged its traceback)
            QMessageBox.warning(self, self.tr("The visitor was not signed in"), crash.plain(error))


class VisitorsPage(QWidget):
    start_complaint = Signal(str)  # visitor uuid
    changed = Signal()

    def __init__(self, worker: Worker, actor: Actor) -> None:
        super().__init__()
        self.worker, self.actor = worker, actor
        self.form = f = embed(self, "visitors_page")
        table = f.visitorsView
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(
            [self.tr("In"), self.tr("Name"), self.tr("Purpose"), self.tr("Out"), self.tr("Case")]
        )
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 100), (2, 240), (3, 100), (4, 160)):
            table.setColumnWidth(column, width)
        table.itemSelectionChanged.connect(self._selection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.activated.connect(self._activated)  # Enter or a double-click on a visitor
        f.newVisitorButton.clicked.connect(self.new_visitor)
        f.signOutButton.clicked.connect(self.sign_out)
        f.startComplaintButton.clicked.connect(self._start_complaint)
        f.presentButton.clicked.connect(self.mark_present)
        self.rows: list[queries.VisitorRow] = []
        self._select_after_refresh = ""
        self._selection()

    def refresh(self) -> None:
        day = office_date(utcnow())
        self.form.dateLabel.setText(long_date(day, i18n.lang()))
        self.worker.submit(queries.visitors_on, day, on_success=self._show)

    def _show(self, rows: list[queries.VisitorRow]) -> None:
        self.rows = rows
        table, lang = self.form.visitorsView, i18n.lang()
        table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            cells = (
                office_time(row.time_in, lang, "HH.mm"),
                row.name,
                i18n.label("purpose", row.purpose),
                office_time(row.time_out, lang, "HH.mm") if row.time_out else "",
                row.case_reg_no,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.uuid)
                table.setItem(number, column, item)
        self.form.emptyLabel.setVisible(not rows)
        table.setVisible(bool(rows))
        self._selection()
        if self._select_after_refresh:
            self.select(self._select_after_refresh)
            self._select_after_refresh = ""

    def selected(self) -> queries.VisitorRow | None:
        items = self.form.visitorsView.selectedItems()
        if not items:
            return None
        return self.rows[items[0].row()]

    def _selection(self) -> None:
        row = self.selected()
        self.form.signOutButton.setEnabled(row is not None and row.time_out is None)
        # a visitor still here may file another complaint: each is linked to the visit
        self.form.startComplaintButton.setEnabled(
            row is not None and (row.time_out is None or not row.case_reg_no)
        )
        self.form.presentButton.setEnabled(row is not None and row.time_out is None)

    def new_visitor(self) -> str:
        dialog = VisitorDialog(self.worker, self.actor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._select_after_refresh = dialog.visitor_uuid
            self.refresh()
            self.changed.emit()
        return dialog.visitor_uuid

    def select(self, uuid: str) -> None:
        """Select the visitor ``uuid`` and put the focus on the list: Enter (or Ctrl+N) then
        starts the complaint, Tab reaches the buttons."""
        table = self.form.visitorsView
        for number, row in enumerate(self.rows):
            if row.uuid == uuid:
                table.selectRow(number)
                self.window().activateWindow()  # back from the dialog, the keys come here
                table.setFocus()

    def sign_out(self) -> None:
        row = self.selected()
        if row is not None:
            self.worker.submit(
                visitors.sign_out_visitor,
                self.actor,
                row.uuid,
                on_success=lambda _r: (self.refresh(), self.changed.emit()),
            )

    def mark_present(self) -> None:
        """The selected visitor came for one of today's meetings."""
        from desktop.gui.meetings import PresenceDialog

        row = self.selected()
        if row is None:
            return
        dialog = PresenceDialog(self.worker, self.actor, row.uuid, row.name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()

    def _activated(self) -> None:
        if self.form.startComplaintButton.isEnabled():
            self._start_complaint()

    def _start_complaint(self) -> None:
        row = self.selected()
        if row is not None:
            self.start_complaint.emit(row.uuid)
