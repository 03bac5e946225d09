"""Settings for admins: the office's details (letterheads and receipts) and staff accounts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.errors import ValidationFailed
from desktop.domain.workflow import Role
from desktop.gui import crash, i18n, office_fields
from desktop.gui.forms import FieldErrors, embed, save_key
from desktop.gui.worker import Worker
from desktop.services import queries, setup, staff
from desktop.services.context import Actor

ROLE_BOXES = {
    "roleCounter": Role.COUNTER,
    "roleAnalyst": Role.ANALYST,
    "roleMediator": Role.MEDIATOR,
    "roleSupervisor": Role.SUPERVISOR,
    "roleAdmin": Role.ADMIN,
}


class StaffDialog(QDialog):
    def __init__(self, worker: Worker, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.worker, self.actor = worker, actor
        self.form = f = embed(self, "staff_dialog", margin=16)
        self.setWindowTitle(self.tr("New staff account"))
        f.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = FieldErrors(
            {
                "username": f.usernameEdit,
                "full_name": f.fullNameEdit,
                "nip": f.nipEdit,
                "password": f.passwordEdit,
                "roles": f.rolesRow,
            }
        )
        f.saveButton.clicked.connect(self.save)
        f.cancelButton.clicked.connect(self.reject)
        save_key(self, self.save)

    def save(self) -> None:
        f = self.form
        roles = [role.value for box, role in ROLE_BOXES.items() if getattr(f, box).isChecked()]
        self.worker.submit(
            staff.create_staff,
            self.actor,
            f.usernameEdit.text().strip(),
            f.fullNameEdit.text(),
            f.passwordEdit.text(),
            roles,
            f.nipEdit.text().strip(),
            on_success=lambda _a: self.accept(),
            on_failure=self._refused,
        )

    def _refused(self, error: Exception) -> None:
        if isinstance(error, ValidationFailed):
            self.errors.show(error.errors, i18n.lang())
        else:  # a refusal of another kind, or a failure (the worker logged its traceback)
            QMessageBox.warning(self, self.tr("The account was not added"), crash.plain(error))


class SettingsPage(QWidget):
    def __init__(self, worker: Worker, actor: Actor) -> None:
        super().__init__()
        self.worker, self.actor = worker, actor
        self.form = f = embed(self, "settings_page")
        self.errors = office_fields.errors(f)
        table = f.staffView
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Name"), self.tr("Roles"), self.tr("Active")]
        )
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        # The accounts share the page with the forms, half and half: at 1024 px the names
        # were cut to two letters beside a user-name column as wide as its header.
        f.settingsRow.setStretch(0, 1)
        f.settingsRow.setStretch(1, 1)
        header.setMinimumSectionSize(40)
        table.setColumnWidth(0, 100)
        for column, mode in (
            (0, QHeaderView.ResizeMode.Interactive),
            (1, QHeaderView.ResizeMode.Stretch),
            (2, QHeaderView.ResizeMode.Stretch),
            (3, QHeaderView.ResizeMode.ResizeToContents),
        ):
            header.setSectionResizeMode(column, mode)
        f.saveOfficeButton.clicked.connect(self.save_office)
        f.saveLettersButton.clicked.connect(self.save_letters)
        f.outgoingButton.clicked.connect(self.open_outgoing)
        f.outgoingButton.setEnabled(Role.ADMIN in actor.roles)
        f.backupButton.clicked.connect(self.open_backups)
        f.backupButton.setEnabled(Role.ADMIN in actor.roles)
        f.letterPaperCombo.addItem("A4", "a4")
        f.letterPaperCombo.addItem(self.tr("F4 (folio, 215 × 330 mm)"), "f4")
        self.letter_errors = FieldErrors(
            {
                "signatory.position": f.signatoryPositionEdit,
                "signatory.name": f.signatoryNameEdit,
                "signatory.nip": f.signatoryNipEdit,
                "letters.paper": f.letterPaperCombo,
            }
        )
        f.addStaffButton.clicked.connect(self.add_staff)
        f.addStaffButton.setEnabled(Role.ADMIN in actor.roles)
        f.settingsRow.setStretch(0, 1)
        f.settingsRow.setStretch(1, 1)

    def open_outgoing(self) -> None:
        from desktop.gui.outgoing_settings import OutgoingDialog

        self.outgoing = OutgoingDialog(self.worker, self.actor, self)
        self.outgoing.open()

    def open_backups(self) -> None:
        from desktop.gui.backup_settings import BackupDialog

        self.backups = BackupDialog(self.worker, self.actor, self)
        self.backups.open()

    def refresh(self) -> None:
        self.worker.submit(setup.office, on_success=self._show_office)
        self.worker.submit(setup.signatory, on_success=self._show_signatory)
        self.worker.submit(queries.staff_list, on_success=self._show_staff)

    def _show_office(self, office: setup.OfficeForm) -> None:
        office_fields.show(self.form, office)

    def _show_signatory(self, form: setup.SignatoryForm) -> None:
        f = self.form
        f.signatoryPositionEdit.setText(form.position)
        f.signatoryNameEdit.setText(form.name)
        f.signatoryNipEdit.setText(form.nip)
        f.signatoryOnBehalfEdit.setText(form.on_behalf)
        for edit in (f.signatoryPositionEdit, f.signatoryNameEdit, f.signatoryOnBehalfEdit):
            edit.setCursorPosition(0)  # show the start of a long title, not its end
        f.letterPaperCombo.setCurrentIndex(max(f.letterPaperCombo.findData(form.letter_paper), 0))

    def save_letters(self) -> None:
        f = self.form
        form = setup.SignatoryForm(
            f.signatoryPositionEdit.text(),
            f.signatoryNameEdit.text(),
            f.signatoryNipEdit.text(),
            f.signatoryOnBehalfEdit.text(),
            f.letterPaperCombo.currentData(),
        )
        self.worker.submit(
            setup.save_signatory,
            self.actor,
            form,
            on_success=self._letters_saved,
            on_failure=self._letters_refused,
        )

    def _letters_saved(self, _result) -> None:
        self.letter_errors.clear()
        self.form.lettersStatus.setText(self.tr("Saved."))

    def _letters_refused(self, error: Exception) -> None:
        self.form.lettersStatus.setText("")
        if isinstance(error, ValidationFailed):
            self.letter_errors.show(error.errors, i18n.lang())
        else:
            self.form.lettersStatus.setText(i18n.message(error))

    def _show_staff(self, rows: list[dict]) -> None:
        table = self.form.staffView
        table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            roles = ", ".join(i18n.label("role", r) for r in row["roles"].split(","))
            cells = (
                row["username"],
                row["full_name"],
                roles,
                self.tr("yes") if row["active"] else self.tr("no"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the whole of it, where the column cuts it short
                table.setItem(number, column, item)

    def save_office(self) -> None:
        office = office_fields.read(self.form)
        self.worker.submit(
            setup.save_office, self.actor, office, on_success=self._saved, on_failure=self._refused
        )

    def _saved(self, _result) -> None:
        self.errors.clear()
        self.form.officeStatus.setText(self.tr("Saved."))

    def _refused(self, error: Exception) -> None:
        self.form.officeStatus.setText("")
        if isinstance(error, ValidationFailed):
            self.errors.show(error.errors, i18n.lang())
        else:
            self.form.officeStatus.setText(i18n.message(error))

    def add_staff(self) -> None:
        if StaffDialog(self.worker, self.actor, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()
