"""First run on an empty data folder: the office's details, then the first admin account; or,
by the office page's "Database…", the office database the office's desks share."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QWizard, QWizardPage

from desktop.domain.errors import ValidationFailed
from desktop.gui import i18n, office_fields
from desktop.gui.desk import DeskSettings
from desktop.gui.forms import FieldErrors, embed
from desktop.gui.office_database import OfficeDatabaseDialog
from desktop.gui.worker import Worker
from desktop.services import setup
from desktop.services.office import OfficeDatabase


class SetupWizard(QWizard):
    done_setup = Signal(object)  # the admin's Actor
    database_chosen = Signal()  # the desk was given another database: it opens that instead

    def __init__(self, worker: Worker, desk: DeskSettings | None = None) -> None:
        super().__init__()
        self.worker, self.desk = worker, desk
        self.setWindowTitle(self.tr("Set up the complaint counter"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(620, 480)
        self.office_page, self.office = self._page("setup_office", self.tr("The office"))
        self.admin_page, self.admin = self._page("setup_admin", self.tr("The first account"))
        office_fields.show(self.office, setup.OfficeForm())
        self._database_row()
        for edit in (self.admin.passwordEdit, self.admin.confirmEdit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._passwords_changed)
        self.office_errors = office_fields.errors(self.office)
        self._setting_up = False
        for edit, _key in office_fields.EDITS.values():
            getattr(self.office, edit).textChanged.connect(self._office_changed)
        a = self.admin
        self.admin_errors = FieldErrors(
            {
                "username": a.usernameEdit,
                "full_name": a.fullNameEdit,
                "nip": a.nipEdit,
                "password": a.passwordEdit,
                "confirm": a.confirmEdit,
            }
        )

    def _database_row(self) -> None:
        """Where the cases will be kept, and the button to choose: this desk's own folder
        (what most desks keep), or the office database."""
        office = self.office
        office.databaseLabel.setProperty("role", "muted")
        office.databaseRow.setStretch(0, 1)
        office.databaseButton.setVisible(self.desk is not None)
        office.databaseLabel.setVisible(self.desk is not None)
        if self.desk is None:
            return
        url = self.desk.office_url
        office.databaseLabel.setText(
            self.tr("The cases are kept in the office database {0}.").format(
                OfficeDatabase.from_url(url).host
            )
            if url
            else self.tr("The cases are kept on this computer only, in its data folder.")
        )
        office.databaseButton.clicked.connect(self.choose_database)

    def choose_database(self) -> OfficeDatabaseDialog:
        self.database_dialog = OfficeDatabaseDialog(self.worker, self.desk, self)
        self.database_dialog.saved.connect(self.database_chosen)
        self.database_dialog.open()
        return self.database_dialog

    def _page(self, form: str, title: str):
        page = QWizardPage()
        page.setTitle(title)
        loaded = embed(page, form)
        self.addPage(page)
        return page, loaded

    def _office_changed(self) -> None:
        """A message goes as soon as its field is right (not at the next Next)."""
        if self.office_errors.shown():
            try:
                setup._check_office(self.office_form())
                wrong = []
            except ValidationFailed as e:
                wrong = e.errors
            self.office_errors.recheck(wrong, i18n.lang())

    def office_form(self) -> setup.OfficeForm:
        return office_fields.read(self.office)

    def _passwords_changed(self) -> None:
        if self.admin.passwordEdit.text() == self.admin.confirmEdit.text():
            self.admin_errors.set("confirm", "")

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.office_page:
            try:
                setup._check_office(self.office_form())
            except ValidationFailed as e:
                self.office_errors.show(e.errors, i18n.lang())
                return False
            self.office_errors.clear()
            return True
        return self._finish()

    def _finish(self) -> bool:
        a = self.admin
        if self._setting_up:  # Finish pressed again while the worker sets up: once is enough
            return False
        self.admin_errors.clear()  # the answer to this try replaces what the last one said
        a.errorLabel.setText("")
        if a.passwordEdit.text() != a.confirmEdit.text():
            self.admin_errors.set("confirm", self.tr("The two passwords differ."))
            return False
        self._setting_up = True
        a.errorLabel.setText(self.tr("Setting up…"))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.worker.submit(
            setup.initialize_office,
            self.office_form(),
            a.usernameEdit.text(),
            a.fullNameEdit.text(),
            a.passwordEdit.text(),
            a.nipEdit.text(),
            also_counter=a.counterCheck.isChecked(),
            on_success=self._created,
            on_failure=self._refused,
        )
        return False  # the wizard closes when the worker says it is done

    def _created(self, actor) -> None:
        self.admin.errorLabel.setText("")
        QDialog.accept(self)  # past validateCurrentPage: the work is done
        self.done_setup.emit(actor)

    def _refused(self, error: Exception) -> None:
        self._setting_up = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.admin.errorLabel.setText("")
        if isinstance(error, ValidationFailed):
            office_keys = {key for _, key in office_fields.EDITS.values()}
            self.admin_errors.show(
                [e for e in error.errors if e.field not in office_keys], i18n.lang()
            )
        else:
            self.admin.errorLabel.setText(i18n.message(error))
