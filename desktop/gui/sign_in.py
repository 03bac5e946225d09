"""The sign-in dialog: user name, password, and the language of the interface."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit

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

    def _sign_in(self) -> None:
        f = self.form
        if not f.usernameEdit.text().strip() or not f.passwordEdit.text():
            f.errorLabel.setText(self.tr("Enter your user name and password."))
            return
        f.signInButton.setEnabled(False)
        f.errorLabel.setText(self.tr("Checking…"))
        self.worker.submit(
            staff.sign_in,
            f.usernameEdit.text(),
            f.passwordEdit.text(),
            on_success=self._done,
            on_failure=self._refused,
        )

    def _done(self, actor) -> None:
        self.desk.set("last_user", actor.username)
        self.signed_in.emit(actor)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.form.signInButton.setEnabled(True)
        self.form.errorLabel.setText(i18n.message(error))
        self.form.passwordEdit.clear()
        self.form.passwordEdit.setFocus()
