"""Settings for admins: the office's details (letterheads and receipts) and staff accounts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.errors import ValidationFailed
from desktop.domain.formatting import office_time
from desktop.domain.workflow import Role
from desktop.gui import crash, i18n, office_fields
from desktop.gui.desk import DeskSettings
from desktop.gui.forms import FieldErrors, embed, save_key
from desktop.gui.office_database import OfficeDatabaseDialog
from desktop.gui.worker import Worker
from desktop.services import accounts, queries, settings, setup, staff
from desktop.services import office as office_db
from desktop.services.context import Actor
from desktop.services.office import OfficeDatabase

ROLE_BOXES = {
    "roleCounter": Role.COUNTER,
    "roleAnalyst": Role.ANALYST,
    "roleMediator": Role.MEDIATOR,
    "roleSupervisor": Role.SUPERVISOR,
    "roleAdmin": Role.ADMIN,
}


class StaffDialog(QDialog):
    """A new account, or (given ``account``, a row of the staff list) an existing one's roles
    and a reset password."""

    def __init__(
        self, worker: Worker, actor: Actor, parent=None, account: dict | None = None
    ) -> None:
        super().__init__(parent)
        self.worker, self.actor, self.account = worker, actor, account
        self.form = f = embed(self, "staff_dialog", margin=16)
        self.setWindowTitle(self.tr("New staff account"))
        f.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        if account is not None:
            self.setWindowTitle(self.tr("Account {0}").format(account["username"]))
            f.usernameEdit.setText(account["username"])
            f.fullNameEdit.setText(account["full_name"])
            f.nipEdit.setText(account["nip"])
            for edit in (f.usernameEdit, f.fullNameEdit, f.nipEdit):
                edit.setReadOnly(True)
            f.passwordLabel.setText(self.tr("Reset password"))
            f.passwordEdit.setPlaceholderText(self.tr("empty: unchanged; to be changed at sign-in"))
            roles = account["roles"].split(",")
            for box, role in ROLE_BOXES.items():
                getattr(f, box).setChecked(role.value in roles)
            f.saveButton.setText(self.tr("Save account"))
            f.roleCounter.setFocus()  # the roles are what an admin comes to change
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
        if self.account is not None:
            self.worker.submit(
                accounts.update,
                self.actor,
                self.account["uuid"],
                roles,
                f.passwordEdit.text(),
                on_success=lambda _a: self.accept(),
                on_failure=self._refused,
            )
            return
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
            title = (
                self.tr("The account was not changed")
                if self.account is not None
                else self.tr("The account was not added")
            )
            QMessageBox.warning(self, title, crash.plain(error))


class SettingsPage(QWidget):
    def __init__(self, worker: Worker, actor: Actor, desk: DeskSettings | None = None) -> None:
        super().__init__()
        self.worker, self.actor, self.desk = worker, actor, desk
        self.form = f = embed(self, "settings_page")
        self.errors = office_fields.errors(
            f, {"desk.lock_minutes": f.lockMinutesSpin, "retention.years": f.retentionYearsSpin}
        )
        table = f.staffView
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Name"), self.tr("Roles"), self.tr("State")]
        )
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        # The accounts share the page with the forms, half and half: at 1024 px the names
        # were cut to two letters beside a user-name column as wide as its header.
        f.settingsRow.setStretch(0, 1)
        f.settingsRow.setStretch(1, 1)
        header.setMinimumSectionSize(40)
        # Names and roles wrap onto more lines rather than end in "…" where the table is narrow.
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The state is one short word: its column as wide as it, the rest to names and roles
        # ("Administrator" was cut to "Administrat" beside a state column a quarter wide).
        for column, mode in (
            (0, QHeaderView.ResizeMode.ResizeToContents),
            (1, QHeaderView.ResizeMode.Stretch),
            (2, QHeaderView.ResizeMode.Stretch),
            (3, QHeaderView.ResizeMode.ResizeToContents),
        ):
            header.setSectionResizeMode(column, mode)
        f.saveOfficeButton.clicked.connect(self.save_office)
        f.saveLettersButton.clicked.connect(self.save_letters)
        f.outgoingButton.clicked.connect(self.open_outgoing)
        f.bpskButton.clicked.connect(self.open_bpsk)
        f.outgoingButton.setEnabled(Role.ADMIN in actor.roles)
        f.numberingButton.clicked.connect(self.open_numbering)
        f.numberingButton.setEnabled(Role.ADMIN in actor.roles)
        f.agenciesButton.clicked.connect(self.open_agencies)
        f.agenciesButton.setEnabled(Role.ADMIN in actor.roles)
        f.backupButton.clicked.connect(self.open_backups)
        f.backupButton.setEnabled(Role.ADMIN in actor.roles)
        f.databaseLabel.setProperty("role", "muted")
        f.databaseRow.setStretch(0, 1)
        f.rightLayout.setStretch(0, 1)  # the accounts take the height, this desk its line
        f.databaseButton.clicked.connect(self.open_database_choice)
        f.databaseButton.setEnabled(desk is not None)
        self._show_database()
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
        self.staff_rows: list[dict] = []
        f.editStaffButton.clicked.connect(self.edit_staff)
        f.lockButton.clicked.connect(self.toggle_lock)
        f.activeButton.clicked.connect(self.toggle_active)
        table.itemSelectionChanged.connect(self._staff_buttons)
        table.doubleClicked.connect(self.edit_staff)
        self._staff_buttons()
        f.settingsRow.setStretch(0, 1)
        f.settingsRow.setStretch(1, 1)

    def open_outgoing(self) -> None:
        from desktop.gui.outgoing_settings import OutgoingDialog

        self.outgoing = OutgoingDialog(self.worker, self.actor, self)
        self.outgoing.open()

    def open_numbering(self) -> None:
        from desktop.gui.numbering_settings import NumberingDialog

        self.numbering = NumberingDialog(self.worker, self.actor, self)
        self.numbering.open()

    def open_agencies(self) -> None:
        from desktop.gui.agencies_dialog import AgenciesDialog

        self.agencies = AgenciesDialog(self.worker, self.actor, self)
        self.agencies.open()

    def open_bpsk(self) -> None:
        from desktop.gui.bpsk_dialog import BpskDialog

        self.bpsk = BpskDialog(self.worker, self.actor, self)
        self.bpsk.open()

    def open_backups(self) -> None:
        from desktop.gui.backup_settings import BackupDialog

        self.backups = BackupDialog(self.worker, self.actor, self)
        self.backups.open()

    def open_database_choice(self) -> OfficeDatabaseDialog:
        """This desk's database: its own folder or the office's (the choice of this computer,
        kept in desk.ini; the desk opens it at its next start)."""
        self.database_dialog = OfficeDatabaseDialog(self.worker, self.desk, self)
        self.database_dialog.saved.connect(self._show_database)
        self.database_dialog.open()
        return self.database_dialog

    def _show_database(self) -> None:
        url = self.desk.office_url if self.desk is not None else ""
        self.form.databaseLabel.setText(
            self.tr("This desk's cases: the office database {0}.").format(
                OfficeDatabase.from_url(url).host
            )
            if url
            else self.tr("This desk's cases: its own data folder on this computer.")
        )
        if url != office_db.open_url():
            self.form.databaseLabel.setText(
                self.form.databaseLabel.text()
                + " "
                + self.tr("The desk opens it when it is started again.")
            )

    def refresh(self) -> None:
        self.worker.submit(setup.office, on_success=self._show_office)
        self.worker.submit(
            settings.get, "desk.lock_minutes", on_success=self.form.lockMinutesSpin.setValue
        )
        self.worker.submit(
            settings.get, "retention.years", on_success=self.form.retentionYearsSpin.setValue
        )
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

    def _state(self, row: dict) -> str:
        if not row["active"]:
            return self.tr("deactivated")
        if row["locked"]:
            return self.tr("locked")
        if self._is_locked(row):
            until = office_time(row["locked_until"], i18n.lang(), "HH.mm")
            return self.tr("locked until {0}").format(until)
        if row["must_change_password"]:
            return self.tr("active, new password due")
        return self.tr("active")

    @staticmethod
    def _is_locked(row: dict) -> bool:
        """Locked by an admin, or for a while after too many wrong tries."""
        until = row["locked_until"]
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)  # stored times are naive UTC
        return bool(row["locked"]) or (until is not None and until > now)

    def selected_account(self) -> dict | None:
        rows = self.form.staffView.selectionModel().selectedRows()
        return self.staff_rows[rows[0].row()] if rows else None

    def _staff_buttons(self) -> None:
        f = self.form
        row = self.selected_account()
        admin = Role.ADMIN in self.actor.roles
        usable = admin and row is not None and bool(row["roles"])  # not the central system's
        own = usable and row["uuid"] == self.actor.uuid
        self._locked = locked = usable and self._is_locked(row)
        f.editStaffButton.setEnabled(usable)
        f.lockButton.setEnabled(usable and (locked or not own))
        f.lockButton.setText(self.tr("Unlock") if locked else self.tr("Lock"))
        f.activeButton.setEnabled(usable and not own)
        inactive = usable and not row["active"]
        f.activeButton.setText(self.tr("Activate") if inactive else self.tr("Deactivate"))

    def _account_changed(self, _result=None) -> None:
        self.form.staffStatus.setText(self.tr("Saved."))
        self.refresh()

    def _account_refused(self, error: Exception) -> None:
        self.form.staffStatus.setText(i18n.message(error))

    def toggle_lock(self) -> None:
        row = self.selected_account()
        if row is None:
            return
        change = accounts.unlock if self._locked else accounts.lock
        self.worker.submit(
            change,
            self.actor,
            row["uuid"],
            on_success=self._account_changed,
            on_failure=self._account_refused,
        )

    def toggle_active(self) -> None:
        row = self.selected_account()
        if row is None:
            return
        self.worker.submit(
            accounts.set_active,
            self.actor,
            row["uuid"],
            not row["active"],
            on_success=self._account_changed,
            on_failure=self._account_refused,
        )

    def edit_staff(self) -> None:
        row = self.selected_account()
        if row is None or not self.form.editStaffButton.isEnabled():
            return
        self.account_dialog = StaffDialog(self.worker, self.actor, self, account=row)
        self.account_dialog.accepted.connect(self._account_changed)
        self.account_dialog.open()

    def _show_staff(self, rows: list[dict]) -> None:
        table = self.form.staffView
        chosen = self.selected_account()
        self.staff_rows = rows
        table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            roles = ", ".join(i18n.label("role", r) for r in row["roles"].split(",") if r)
            cells = (row["username"], row["full_name"], roles, self._state(row))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the whole of it, where the column cuts it short
                table.setItem(number, column, item)
        if chosen is not None:  # the same account stays selected after a change
            keep = [r["uuid"] for r in rows].index(chosen["uuid"])
            table.selectRow(keep)
        self._staff_buttons()

    def save_office(self) -> None:
        office = office_fields.read(self.form)
        self.worker.submit(
            setup.save_office,
            self.actor,
            office,
            self.form.lockMinutesSpin.value(),
            self.form.retentionYearsSpin.value(),
            on_success=self._saved,
            on_failure=self._refused,
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
