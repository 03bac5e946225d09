"""The sign-in dialog: user name, password, and the language of the interface."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit

from desktop.domain.errors import DomainError, ValidationFailed
from desktop.gui import i18n
from desktop.gui.desk import DeskSettings
from desktop.gui.forms import embed
from desktop.gui.worker import Worker
from desktop.services import staff


class SignInDialog(QDialog):
    signed_in = Signal(object)  # the Actor
    language_chosen = Signal(str)

    def __init__(
        self, worker: Worker, desk: DeskSettings, office_name: str, username: str = ""
    ) -> None:
        super().__init__()
        self.worker, self.desk = worker, desk
        self.form = embed(self, "sign_in", margin=16)
        self.setWindowTitle(self.tr("Sign in — Loket Pengaduan Konsumen"))
        self.setMinimumWidth(420)
        f = self.form
        f.officeLabel.setText(office_name)
        for code, name in i18n.LANGUAGES.items():
            f.languageCombo.addItem(name, code)
        f.languageCombo.setCurrentIndex(f.languageCombo.findData(i18n.lang()))
        f.languageCombo.currentIndexChanged.connect(self._language)
        f.usernameEdit.setText(username or desk.value("last_user"))
        f.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self._new_password(False)
        f.signInButton.clicked.connect(self._sign_in)
        f.quitButton.clicked.connect(self.reject)
        (f.passwordEdit if f.usernameEdit.text() else f.usernameEdit).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape would reject the dialog, which quits the desk: only the Quit button does that.
        if event.key() == Qt.Key.Key_Escape:
            self.form.errorLabel.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    def _language(self) -> None:
        self.language_chosen.emit(self.form.languageCombo.currentData())

    def _new_password(self, asked: bool) -> None:
        """The two fields of a new password, shown when an admin reset the password."""
        f = self.form
        for widget in (
            f.newPasswordLabel,
            f.newPasswordEdit,
            f.repeatPasswordLabel,
            f.repeatPasswordEdit,
        ):
            widget.setVisible(asked)
        f.usernameEdit.setReadOnly(asked)
        f.passwordEdit.setReadOnly(asked)  # the admin's password, kept to prove who it is
        f.signInButton.setText(
            self.tr("Change password and sign in") if asked else self.tr("Sign in")
        )

    def _sign_in(self) -> None:
        f = self.form
        if not f.usernameEdit.text().strip() or not f.passwordEdit.text():
            f.errorLabel.setText(self.tr("Enter your user name and password."))
            return
        if f.newPasswordEdit.isVisibleTo(self):
            if f.newPasswordEdit.text() != f.repeatPasswordEdit.text():
                f.errorLabel.setText(i18n.message(DomainError("auth.passwords_differ")))
                f.repeatPasswordEdit.clear()
                f.repeatPasswordEdit.setFocus()
                return
            call = (staff.change_password, f.newPasswordEdit.text())
        else:
            call = (staff.sign_in,)
        f.signInButton.setEnabled(False)
        f.errorLabel.setText(self.tr("Checking…"))
        self.worker.submit(
            call[0],
            f.usernameEdit.text(),
            f.passwordEdit.text(),
            *call[1:],
            on_success=self._done,
            on_failure=self._refused,
        )

    def _done(self, actor) -> None:
        self.desk.set("last_user", actor.username)
        self.signed_in.emit(actor)
        self.accept()

    def _refused(self, error: Exception) -> None:
        f = self.form
        f.signInButton.setEnabled(True)
        f.errorLabel.setText(i18n.message(error))
        if isinstance(error, staff.PasswordChangeNeeded):
            self._new_password(True)
            f.newPasswordEdit.setFocus()
        elif isinstance(error, ValidationFailed):  # the new password will not do
            f.newPasswordEdit.clear()
            f.repeatPasswordEdit.clear()
            f.newPasswordEdit.setFocus()
        else:
            self._new_password(False)
            f.passwordEdit.clear()
            f.passwordEdit.setFocus()
