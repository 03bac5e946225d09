"""The application's flow: first-run setup, sign-in, the main window, sign-out."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox

from desktop.domain.errors import DataUnusable
from desktop.gui import crash, i18n, style
from desktop.gui.desk import DeskSettings
from desktop.gui.desk_lock import Curtain, IdleWatch
from desktop.gui.main_window import MainWindow
from desktop.gui.worker import Worker
from desktop.services import queries, settings
from desktop.store import db as store_db
from desktop.store import keys

# Refusals of the folder's key that its recovery key answers.
KEY_REFUSALS = (
    "key.not_in_keyring",
    "key.no_keyring",
    "key.insecure_keyring",
    "key.wrong_in_keyring",
)


def open_desk(data_dir: Path, office: str = "") -> tuple[bool, str]:
    """On the worker: open (and migrate) the database, the folder's own or (``office``, a URL)
    the office's; is there an account yet, and the office.

    The holiday calendar is left to Today's summary, the first thing the window asks for.
    """
    settings.forget()
    store_db.close_connection()  # the one opened before, when the desk turns to another
    store_db.open_database(data_dir, office=office or None)
    return queries.has_staff(), settings.get("office.name")


def _open_with_recovery_key(data_dir: Path, text: str) -> None:
    """On the worker: the folder opened by its recovery key, its key put back into the
    keyring where this computer has one fit for it (else only for this session)."""
    try:
        keys.open_with_recovery_key(data_dir, text, remember=True)
    except DataUnusable as e:
        if e.code not in ("key.no_keyring", "key.insecure_keyring"):
            raise


class Counter(QObject):
    """Walks the officer from an empty folder or the sign-in dialog to the main window."""

    def __init__(self, worker: Worker, data_dir: Path, desk: DeskSettings) -> None:
        super().__init__()
        self.worker, self.data_dir, self.desk = worker, data_dir, desk
        self.window: MainWindow | None = None
        self.dialog = None
        self.office_name = ""
        self.curtain = Curtain(QApplication.applicationName() or "Loket Pengaduan Konsumen")
        self.idle = IdleWatch(10, self)
        self.lock_minutes = 10

    def start(self) -> None:
        self.worker.submit(
            open_desk,
            self.data_dir,
            self.desk.office_url,
            on_success=self._opened,
            on_failure=self._cannot_open,
        )

    def _opened(self, answer: tuple[bool, str]) -> None:
        has_staff, self.office_name = answer
        if has_staff:
            self.show_sign_in()
        else:
            from desktop.gui.setup_wizard import SetupWizard  # once in the desk's life

            self.dialog = SetupWizard(self.worker, self.desk)
            self.dialog.done_setup.connect(self._set_up)
            self.dialog.database_chosen.connect(self._database_chosen)
            self.dialog.rejected.connect(QApplication.quit)
            self.dialog.show()

    def _database_chosen(self) -> None:
        """In the wizard the desk was given another database: it opens that one instead (an
        office database with accounts already goes straight to sign-in)."""
        wizard = self.dialog
        wizard.rejected.disconnect()
        wizard.hide()
        self._retire(wizard)
        self.start()

    def _set_up(self, _admin) -> None:
        """The wizard is done: it closes for good (closing it no longer quits), sign-in follows."""
        wizard = self.dialog
        wizard.rejected.disconnect()
        wizard.hide()
        self._retire(wizard)
        self.worker.submit(keys.take_unshown, self.data_dir, on_success=self._show_recovery_key)

    def _show_recovery_key(self, recovery: str) -> None:
        """Once, right after setup: the recovery key for the supervisor's safe; then sign-in."""
        if not recovery:
            self.start()
            return
        from desktop.gui.recovery_key import RecoveryKeyDialog

        self.dialog = RecoveryKeyDialog(recovery, self.data_dir, self.office_name, self.desk)
        self.dialog.finished.connect(lambda _r: self.start())
        self.dialog.show()

    def _cannot_open(self, error: Exception) -> None:
        if self.desk.office_url:
            self._office_refused(error)
            return
        # (A new folder refused its key by the keyring has no key file: nothing to recover.)
        refused = isinstance(error, DataUnusable) and error.code in KEY_REFUSALS
        if refused and (self.data_dir / keys.HEADER).exists():
            self._ask_recovery_key(i18n.message(error))
            return
        QMessageBox.critical(
            None,
            self.tr("The data folder cannot be opened"),
            f"{self.data_dir}\n\n{i18n.message(error)}",
        )
        QApplication.quit()

    def _office_refused(self, error: Exception) -> None:
        """The office database would not open (a wrong password, the server away): said in
        plain words, with the way out: try again, put the settings right, or quit."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The office database cannot be opened"),
            crash.plain(error),
        )
        box.setObjectName("officeRefusal")
        box.setInformativeText(
            self.tr(
                "Put the details of this desk's database right, or let the desk go back to "
                "its own data folder."
            )
        )
        retry = box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        change = box.addButton(self.tr("Database settings…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        retry.setObjectName("retryButton")
        change.setObjectName("settingsButton")
        box.setDefaultButton(retry)

        def answered(button) -> None:
            if button is retry:
                self.start()
            elif button is change:
                self._office_settings(error)
            else:
                QApplication.quit()

        box.buttonClicked.connect(answered)
        self.dialog = box
        box.show()

    def _office_settings(self, error: Exception) -> None:
        from desktop.gui.office_database import OfficeDatabaseDialog

        dialog = OfficeDatabaseDialog(self.worker, self.desk, why=crash.plain(error))
        dialog.saved.connect(self.start)
        dialog.rejected.connect(lambda: self._office_refused(error))
        self.dialog = dialog
        dialog.show()

    def _ask_recovery_key(self, why: str) -> None:
        """Without the key in the keyring: the recovery key from the sheet opens the folder
        (and goes back into the keyring when there is one). Cancel closes the desk."""
        text, typed = QInputDialog.getText(
            None,
            self.tr("The recovery key"),
            f"{why}\n\n" + self.tr("Recovery key (8 groups of 5, as on the sheet):"),
            QLineEdit.EchoMode.Normal,
        )
        if not typed:
            QApplication.quit()
            return
        self.worker.submit(
            _open_with_recovery_key,
            self.data_dir,
            text,
            on_success=lambda _r: self.start(),
            on_failure=lambda e: self._ask_recovery_key(i18n.message(e)),
        )

    def show_sign_in(self, username: str = "") -> None:
        from desktop.gui.sign_in import SignInDialog

        self.dialog = SignInDialog(self.worker, self.desk, self.office_name, username)
        self.dialog.signed_in.connect(self._signed_in)
        if self.curtain.drawn:  # over the locked desk, which takes no input meanwhile
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.dialog.form.errorLabel.setText(
                self.tr("The desk was locked after {0} minutes without use.").format(
                    self.lock_minutes
                )
            )
        self.dialog.language_chosen.connect(self._language)
        self.dialog.rejected.connect(QApplication.quit)
        self.dialog.show()

    def _language(self, lang: str) -> None:
        """The dialog is built again in the chosen language. This runs inside the language
        combo's own signal: the old dialog (and the combo) must outlive it; dropping it here
        deleted the combo under its caller and crashed the desk."""
        self.desk.set("language", lang)
        i18n.install(lang)
        old = self.dialog
        old.rejected.disconnect()
        old.hide()
        self._retire(old)
        self.show_sign_in(old.form.usernameEdit.text())

    def _retire(self, dialog) -> None:
        """Let go of ``dialog`` once the signal being handled has returned (Python owns it:
        the last reference gone, it is deleted)."""
        self._retired = dialog
        QTimer.singleShot(0, lambda: setattr(self, "_retired", None))

    def _signed_in(self, actor) -> None:
        if self.curtain.drawn:
            if self.window is not None and actor.uuid == self.window.actor.uuid:
                self.curtain.lift()  # the same officer: everything as they left it
                self.idle.start()
                return
            self._close_locked()
        self.window = MainWindow(self.worker, actor, self.desk)
        self.window.signed_out.connect(self._signed_out)
        self.window.show()
        self.worker.submit(settings.get, "desk.lock_minutes", on_success=self._watch)

    def _watch(self, minutes: float) -> None:
        self.lock_minutes = minutes
        self.idle.stop()
        self.idle.deleteLater()
        self.idle = IdleWatch(minutes, self)
        self.idle.idle.connect(self.lock)
        self.idle.start()

    def _signed_out(self) -> None:
        self.idle.stop()
        self.show_sign_in()

    def lock(self) -> None:
        """Nobody touched the desk for a while: hide it all, ask who is there."""
        if self.window is None or self.curtain.drawn:
            return
        self.idle.stop()
        self.curtain.draw()
        self.show_sign_in(self.window.actor.username)

    def _close_locked(self) -> None:
        """Another officer signs in at a locked desk: the one before is signed out and what
        they left open (unsaved forms included) is closed; they chose not to come back."""
        from desktop.services import staff

        left = self.curtain.windows()
        self.curtain.forget()
        before = self.window
        self.worker.submit(staff.sign_out, before.actor)
        before.signed_out.disconnect()
        for window in left:
            if isinstance(window, QDialog):
                window.reject()
            window.close()
        self._retire(before)
        self.window = None


def _log_to(data_dir: Path) -> None:
    """Errors go to loket.log in the data folder, a few files deep, never personal data; the
    unforeseen (uncaught exceptions, Qt's critical messages, crashes) too, said to the officer."""
    data_dir.mkdir(parents=True, exist_ok=True)
    crash.install(data_dir)
    handler = RotatingFileHandler(
        data_dir / crash.LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("desktop").addHandler(handler)
    logging.getLogger("desktop").setLevel(logging.INFO)


def run(data_dir: Path, lang: str | None = None) -> int:
    _log_to(data_dir)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Loket Pengaduan Konsumen")
    app.setQuitOnLastWindowClosed(False)
    style.apply(app)
    desk = DeskSettings(data_dir)
    i18n.install(lang or desk.language)
    worker = Worker()
    counter = Counter(worker, data_dir, desk)
    counter.start()
    try:
        return app.exec()
    finally:
        worker.stop()
