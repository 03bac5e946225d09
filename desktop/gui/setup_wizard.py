"""First run on an empty data folder: the office's details, then the first admin account."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QWizard, QWizardPage

from desktop.domain.errors import ValidationFailed
from desktop.gui import i18n
from desktop.gui.forms import FieldErrors, embed
from desktop.gui.worker import Worker
from desktop.services import setup


class SetupWizard(QWizard):
    done_setup = Signal(object)  # the admin's Actor

    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self.worker = worker
        self.setWindowTitle(self.tr("Set up the complaint counter"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(620, 480)
        self.office_page, self.office = self._page("setup_office", self.tr("The office"))
        self.admin_page, self.admin = self._page("setup_admin", self.tr("The first account"))
        defaults = setup.OfficeForm()
        o = self.office
        for edit, value in (
            (o.officeNameEdit, defaults.name),
            (o.addressEdit, defaults.address),
            (o.cityEdit, defaults.city),
            (o.phoneEdit, defaults.phone),
            (o.emailEdit, defaults.email),
            (o.counterCodeEdit, defaults.counter_code),
        ):
            edit.setText(value)
        for edit in (self.admin.passwordEdit, self.admin.confirmEdit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.office_errors = FieldErrors(
            {
                "office.name": o.officeNameEdit,
                "office.address": o.addressEdit,
                "office.city": o.cityEdit,
                "office.phone": o.phoneEdit,
                "office.email": o.emailEdit,
                "counter.code": o.counterCodeEdit,
            }
        )
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

    def _page(self, form: str, title: str):
        page = QWizardPage()
        page.setTitle(title)
        loaded = embed(page, form)
        self.addPage(page)
        return page, loaded

    def office_form(self) -> setup.OfficeForm:
        o = self.office
        return setup.OfficeForm(
            name=o.officeNameEdit.text(),
            address=o.addressEdit.text(),
            city=o.cityEdit.text(),
            phone=o.phoneEdit.text(),
            email=o.emailEdit.text(),
            counter_code=o.counterCodeEdit.text(),
        )

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
        if a.passwordEdit.text() != a.confirmEdit.text():
            self.admin_errors.clear()
            self.admin_errors.set("confirm", self.tr("The two passwords differ."))
            return False
        a.errorLabel.setText(self.tr("Setting up…"))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.worker.submit(
            setup.initialize_office,
            self.office_form(),
            a.usernameEdit.text(),
            a.fullNameEdit.text(),
            a.passwordEdit.text(),
            a.nipEdit.text(),
            on_success=self._created,
            on_failure=self._refused,
        )
        return False  # the wizard closes when the worker says it is done

    def _created(self, actor) -> None:
        self.done_setup.emit(actor)
        QDialog.accept(self)  # past validateCurrentPage: the work is done

    def _refused(self, error: Exception) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.admin.errorLabel.setText("")
        if isinstance(error, ValidationFailed):
            office_fields = {
                "office.name",
                "office.address",
                "office.city",
                "office.phone",
                "office.email",
                "counter.code",
            }
            self.admin_errors.show(
                [e for e in error.errors if e.field not in office_fields], i18n.lang()
            )
        else:
            self.admin.errorLabel.setText(i18n.message(error))
