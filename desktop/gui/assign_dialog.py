"""A supervisor gives a case to an officer: the active staff of the stage's role, listed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from desktop.gui import i18n
from desktop.gui.forms import FormDialog
from desktop.gui.worker import Worker
from desktop.services import assignment
from desktop.services.context import Actor


class AssignDialog(FormDialog):
    def __init__(self, worker: Worker, actor: Actor, case: str, reg_no: str, parent=None) -> None:
        super().__init__(worker, "assign_dialog", parent)
        self.actor, self.case, self.reg_no = actor, case, reg_no
        self.setWindowTitle(self.tr("Assign an officer"))
        self.setMinimumWidth(460)
        self.form.saveButton.setEnabled(False)
        # chosen is what is selected: the list makes its first row current when it takes focus
        self.form.staffList.itemSelectionChanged.connect(self._chosen)
        self.form.staffList.itemDoubleClicked.connect(lambda _item: self._save_if_enabled())
        worker.submit(assignment.candidates, case, on_success=self._show)

    def _show(self, found: assignment.Candidates) -> None:
        f = self.form
        f.caseLabel.setText(
            self.tr("Who handles case {number}? Active staff with the role {role}:").format(
                number=self.reg_no, role=i18n.label("role", found.role)
            )
        )
        for uuid, name in found.staff:
            item = QListWidgetItem(
                self.tr("{name} (handles it now)").format(name=name)
                if uuid == found.current
                else name
            )
            item.setData(Qt.ItemDataRole.UserRole, uuid)
            f.staffList.addItem(item)
        if not found.staff:
            f.staffList.addItem(self.tr("Nobody active has this role: add one in Settings."))
        self._chosen()

    def _chosen(self) -> None:
        self.form.saveButton.setEnabled(bool(self.chosen()))
        self.form.errorLabel.hide()

    def chosen(self) -> str:
        selected = self.form.staffList.selectedItems()
        return (selected[0].data(Qt.ItemDataRole.UserRole) or "") if selected else ""

    def save(self) -> None:
        self.submit(assignment.assign, self.actor, self.case, self.chosen())
