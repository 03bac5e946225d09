"""Settings: the BPSK offices consumers are referred to, edited as a table (admins)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from desktop.domain.workflow import Role
from desktop.gui.forms import FormDialog
from desktop.gui.worker import Worker
from desktop.services import referral
from desktop.services.context import Actor

COLUMNS = ("code", "name", "city", "province", "address")


class BpskDialog(FormDialog):
    def __init__(self, worker: Worker, actor: Actor, parent=None) -> None:
        super().__init__(worker, "bpsk_dialog", parent)
        self.actor = actor
        self.setWindowTitle(self.tr("BPSK offices"))
        self.setMinimumWidth(860)
        self.setMinimumHeight(480)  # a dozen offices in sight, on a 768-pixel screen too
        table = self.form.officesTable
        table.setColumnCount(len(COLUMNS) + 1)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Regency or city"),
                self.tr("Province"),
                self.tr("Address"),
                self.tr("Active"),
            ]
        )
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        for column, width in ((0, 90), (1, 190), (2, 140), (3, 120), (5, 60)):
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.form.addButton.clicked.connect(lambda: self.add_row())
        admin = Role.ADMIN in actor.roles
        self.form.saveButton.setEnabled(admin)
        self.form.addButton.setEnabled(admin)
        worker.submit(referral.offices, on_success=self._show)

    def _show(self, offices: list[referral.Office]) -> None:
        for office in offices:
            self.add_row(office)

    def add_row(self, office: referral.Office | None = None) -> None:
        table = self.form.officesTable
        row = table.rowCount()
        table.insertRow(row)
        for column, name in enumerate(COLUMNS):
            table.setItem(row, column, QTableWidgetItem(getattr(office, name) if office else ""))
        active = QTableWidgetItem()
        active.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        active.setCheckState(
            Qt.CheckState.Checked if (office is None or office.active) else Qt.CheckState.Unchecked
        )
        table.setItem(row, len(COLUMNS), active)
        if office is None:
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))

    def rows(self) -> list[referral.Office]:
        table = self.form.officesTable

        def text(row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text() if item else ""

        return [
            referral.Office(
                *(text(row, c) for c in range(len(COLUMNS))),
                active=table.item(row, len(COLUMNS)).checkState() == Qt.CheckState.Checked,
            )
            for row in range(table.rowCount())
            if any(text(row, c).strip() for c in range(len(COLUMNS)))
        ]

    def save(self) -> None:
        self.submit(referral.save_offices, self.actor, self.rows())
