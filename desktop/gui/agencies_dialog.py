"""The agencies out-of-scope cases are forwarded to, as an admin edits them: each one's name,
the address its letters go to (in parts, shown as the letter will print it) and the sectors whose
cases go to it by default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from desktop.domain.agencies import AgencyForm, address
from desktop.domain.classification import Sector
from desktop.domain.errors import ValidationFailed
from desktop.gui import i18n, screen_fit
from desktop.gui.case_file import agency_code
from desktop.gui.forms import FieldErrors, FormDialog
from desktop.gui.worker import Worker
from desktop.services import agencies
from desktop.services.context import Actor

PARTS = {  # the form's field → its line edit
    "name": "nameEdit",
    "building": "buildingEdit",
    "street": "streetEdit",
    "city": "cityEdit",
    "province": "provinceEdit",
    "postal_code": "postalCodeEdit",
}


class AgenciesDialog(FormDialog):
    def __init__(self, worker: Worker, actor: Actor, parent=None) -> None:
        super().__init__(worker, "agencies_dialog", parent)
        self.actor = actor
        f = self.form
        self.setWindowTitle(self.tr("Agencies cases are forwarded to"))
        screen_fit.place(self, 900, 600)
        f.agenciesBody.setStretch(0, 2)
        f.agenciesBody.setStretch(1, 3)
        f.postalCodeEdit.setMaxLength(5)
        # a long name is cut at the end, whole on its tooltip, rather than scrolled sideways
        f.agenciesList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        f.agenciesList.setTextElideMode(Qt.TextElideMode.ElideRight)
        for sector in Sector:
            item = QListWidgetItem(i18n.label("sector", sector.value))
            item.setData(Qt.ItemDataRole.UserRole, sector.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            f.sectorsList.addItem(item)
        self.errors = FieldErrors(
            {f"agency.{part}": getattr(f, edit) for part, edit in PARTS.items()}
            | {"agency.sectors": f.sectorsList}
        )
        self.agencies: list[AgencyForm] = []
        f.agenciesList.currentRowChanged.connect(self._show)
        for edit in PARTS.values():
            getattr(f, edit).textChanged.connect(self._preview)
        f.cancelButton.setText(self.tr("Close"))
        worker.submit(agencies.listed, on_success=self._listed)

    def _listed(self, found: list[AgencyForm]) -> None:
        chosen = self.form.agenciesList.currentRow()
        self.agencies = found
        self.form.agenciesList.blockSignals(True)
        self.form.agenciesList.clear()
        for agency in found:
            item = QListWidgetItem(f"{agency_code(agency.code)} — {agency.name}")
            item.setToolTip(agency.name)
            self.form.agenciesList.addItem(item)
        self.form.agenciesList.blockSignals(False)
        self.form.agenciesList.setCurrentRow(max(chosen, 0) if found else -1)
        self._show(self.form.agenciesList.currentRow())

    def _show(self, row: int) -> None:
        f = self.form
        self.errors.clear()
        f.errorLabel.hide()
        f.savedLabel.setText("")
        agency = self.agencies[row] if 0 <= row < len(self.agencies) else None
        for part, edit in PARTS.items():
            getattr(f, edit).setText(getattr(agency, part) if agency else "")
            getattr(f, edit).setCursorPosition(0)
        for index in range(f.sectorsList.count()):
            item = f.sectorsList.item(index)
            ticked = agency is not None and item.data(Qt.ItemDataRole.UserRole) in agency.sectors
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        f.saveButton.setEnabled(agency is not None)

    def typed(self) -> AgencyForm | None:
        """The agency as the form has it now."""
        f = self.form
        row = f.agenciesList.currentRow()
        if not 0 <= row < len(self.agencies):
            return None
        sectors = [
            f.sectorsList.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(f.sectorsList.count())
            if f.sectorsList.item(i).checkState() == Qt.CheckState.Checked
        ]
        return AgencyForm(
            self.agencies[row].code,
            **{part: getattr(f, edit).text() for part, edit in PARTS.items()},
            sectors=sectors,
        )

    def _preview(self) -> None:
        form = self.typed()
        lines = [f"Yth. Pimpinan {form.name.strip()}", *address(form)] if form else []
        self.form.addressPreview.setText("\n".join(lines))

    def save(self) -> None:
        form = self.typed()
        if form is None:
            return
        self.form.saveButton.setEnabled(False)
        self.worker.submit(
            agencies.save, self.actor, form, on_success=self._saved, on_failure=self._refused
        )

    def _saved(self, _clean: AgencyForm) -> None:
        self.form.saveButton.setEnabled(True)
        self.errors.clear()
        self.form.errorLabel.hide()
        self.form.savedLabel.setText(self.tr("Saved."))
        self.worker.submit(agencies.listed, on_success=self._listed_after_save)

    def _listed_after_save(self, found: list[AgencyForm]) -> None:
        self._listed(found)
        self.form.savedLabel.setText(self.tr("Saved."))  # _show cleared it

    def _refused(self, error: Exception) -> None:
        self.form.savedLabel.setText("")
        if isinstance(error, ValidationFailed):
            self.form.saveButton.setEnabled(True)
            first = self.errors.show(error.errors, i18n.lang())
            if first is not None:
                first.setFocus()
        else:
            self.refused(error)
