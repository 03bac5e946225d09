"""Which database this desk works on: its own data folder (the default), or the office database
the office's desks share (PostgreSQL). The same form serves the setup wizard's first page, the
dialog Settings opens, and the one offered when the office database refuses the desk."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.gui import crash
from desktop.gui.desk import DeskSettings
from desktop.gui.forms import embed
from desktop.gui.worker import Worker
from desktop.services import office as office_db
from desktop.services.office import OfficeDatabase


class OfficeChoice(QObject):
    """The behaviour of an embedded office_database form: the office's fields only when the
    office is chosen, the CA file only for verify-full, "Test connection" on the worker."""

    def __init__(self, form: QWidget, worker: Worker, desk: DeskSettings) -> None:
        super().__init__(form)
        self.form, self.worker, self.desk = form, worker, desk
        f = form
        for mode, text in (
            ("prefer", self.tr("When the server offers it")),
            ("require", self.tr("Always, without checking the server's certificate")),
            ("verify-full", self.tr("Always, the server checked against the CA file")),
        ):
            f.tlsCombo.addItem(text, mode)
        f.officeRadio.toggled.connect(self._enable)
        f.tlsCombo.currentIndexChanged.connect(self._enable)
        f.caBrowseButton.clicked.connect(self._choose_ca)
        f.testButton.clicked.connect(self.test)
        f.testStatus.setMinimumWidth(200)
        f.testRow.setStretch(1, 1)
        self.show_url(desk.office_url)

    def show_url(self, url: str) -> None:
        f = self.form
        if url:
            office = OfficeDatabase.from_url(url)
            f.hostEdit.setText(office.host)
            f.portSpin.setValue(office.port)
            f.databaseEdit.setText(office.dbname)
            f.userEdit.setText(office.user)
            f.tlsCombo.setCurrentIndex(max(f.tlsCombo.findData(office.sslmode), 0))
            f.caFileEdit.setText(office.ca_file)
        (f.officeRadio if url else f.deskOnlyRadio).setChecked(True)
        self._enable()

    def _enable(self) -> None:
        f = self.form
        f.officeBox.setEnabled(f.officeRadio.isChecked())
        verify = f.tlsCombo.currentData() == "verify-full"
        for widget in (f.caLabel, f.caFileEdit, f.caBrowseButton):
            widget.setEnabled(verify)

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.form,
            self.tr("The office's CA certificate"),
            self.form.caFileEdit.text(),
            self.tr("Certificates (*.pem *.crt);;All files (*)"),
        )
        if path:
            self.form.caFileEdit.setText(path)

    def office(self) -> OfficeDatabase | None:
        """The office database as the form says, or None for this desk only."""
        f = self.form
        if not f.officeRadio.isChecked():
            return None
        verify = f.tlsCombo.currentData() == "verify-full"
        return OfficeDatabase(
            host=f.hostEdit.text().strip(),
            port=f.portSpin.value(),
            dbname=f.databaseEdit.text().strip(),
            user=f.userEdit.text().strip(),
            sslmode=f.tlsCombo.currentData(),
            ca_file=f.caFileEdit.text().strip() if verify else "",
        )

    def problem(self) -> str:
        """What is missing for the office database to be tried, in a sentence; empty if none."""
        office = self.office()
        if office is None:
            return ""
        if not (office.host and office.dbname and office.user):
            return self.tr("Write the server, the database and the user name.")
        if office.sslmode == "verify-full" and not office.ca_file:
            return self.tr("Choose the office's CA file: the server is checked against it.")
        return ""

    def say(self, text: str, error: bool = False) -> None:
        status = self.form.testStatus
        status.setText(text)
        status.setProperty("role", "error" if error else "")
        status.style().polish(status)

    def test(self) -> None:
        if self.problem():
            self.say(self.problem(), error=True)
            return
        self.form.testButton.setEnabled(False)
        self.say(self.tr("Connecting…"))
        self.worker.submit(
            office_db.check_connection,
            self.office(),
            self.form.passwordEdit.text(),
            on_success=self._tested,
            on_failure=self._not_connected,
        )

    def _tested(self, has_office: bool) -> None:
        self.form.testButton.setEnabled(True)
        self.say(
            self.tr("Connected. The database holds the office's cases.")
            if has_office
            else self.tr("Connected. The database is empty: this desk sets it up when it opens it.")
        )

    def _not_connected(self, error: Exception) -> None:
        self.form.testButton.setEnabled(True)
        self.say(crash.plain(error), error=True)

    def save(self, saved) -> None:
        """Keep the choice in desk.ini (the password in the keyring, on the worker: a keyring
        may take a moment); ``saved`` is called once it is kept."""
        office = self.office()
        if office is None:
            self.desk.set_office_url("")
            saved()
            return
        if self.problem():
            self.say(self.problem(), error=True)
            return

        def kept(_result=None) -> None:
            self.desk.set_office_url(office.url())
            saved()

        self.worker.submit(
            office_db.remember,
            office,
            self.form.passwordEdit.text(),
            on_success=kept,
            on_failure=lambda e: self.say(crash.plain(e), error=True),
        )


class OfficeDatabaseDialog(QDialog):
    """The choice on its own, from Settings or after the office database refused the desk."""

    saved = Signal()

    def __init__(self, worker: Worker, desk: DeskSettings, parent=None, why: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("This desk's database"))
        self.form = embed(self, "office_database", margin=16)
        self.choice = OfficeChoice(self.form, worker, desk)
        if why:  # what the office database said when it refused
            self.choice.say(why, error=True)
        row = QHBoxLayout()
        self.note = QLabel(self.tr("The desk opens the chosen database when it starts."))
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        row.addWidget(self.note, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        self.layout().addLayout(row)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.choice.save(self._saved))
        self.resize(640, self.sizeHint().height())

    def _saved(self) -> None:
        self.saved.emit()
        self.accept()
