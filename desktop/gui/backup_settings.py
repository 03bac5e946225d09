"""The daily backups' settings (admins): the folder they go to, and the office's backup key,
whose secret half is shown here once and never kept by the desk."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QFileDialog

from desktop.gui.forms import FormDialog
from desktop.gui.worker import Worker
from desktop.services import backups, settings
from desktop.services.context import Actor


def _current() -> tuple[str, bool]:
    return settings.get("backup.folder") or "", bool(settings.get("backup.recipient"))


class BackupDialog(FormDialog):
    def __init__(self, worker: Worker, actor: Actor, parent=None) -> None:
        super().__init__(worker, "backup_dialog", parent)
        self.actor = actor
        f = self.form
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumWidth(560)
        f.keyEdit.hide()
        f.keyHintLabel.hide()
        f.browseButton.clicked.connect(self.browse)
        f.makeKeyButton.clicked.connect(self.make_key)
        worker.submit(_current, on_success=self._show)
        self.adjustSize()

    def _show(self, current: tuple[str, bool]) -> None:
        folder, has_key = current
        self.form.folderEdit.setText(folder)
        self._show_key_state(has_key)

    def _show_key_state(self, has_key: bool) -> None:
        self.form.keyStateLabel.setText(
            self.tr("The office has a backup key.")
            if has_key
            else self.tr("There is no backup key yet: no backup can be made without one.")
        )

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.form.folderEdit.text()
        )
        if chosen:
            self.form.folderEdit.setText(chosen)

    def make_key(self) -> None:
        self.form.makeKeyButton.setEnabled(False)
        self.worker.submit(
            backups.make_key,
            self.actor,
            on_success=self._key_made,
            on_failure=self._key_refused,
        )

    def _key_made(self, secret: str) -> None:
        f = self.form
        f.makeKeyButton.setEnabled(True)
        f.keyEdit.setText(secret)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        f.keyEdit.setFont(font)
        # The whole key in sight (to be written down), selected with the start showing.
        width = QFontMetrics(font).horizontalAdvance(secret) + 24
        f.keyEdit.setMinimumWidth(min(width, 960))
        f.keyEdit.show()
        f.keyHintLabel.show()
        f.keyEdit.setSelection(len(secret), -len(secret))
        f.keyEdit.setFocus()
        # room for the key and what to do with it
        self.resize(max(self.width(), f.keyEdit.minimumWidth() + 48), self.sizeHint().height())
        self._show_key_state(True)

    def _key_refused(self, error: Exception) -> None:
        self.form.makeKeyButton.setEnabled(True)
        self.refused(error)

    def save(self) -> None:
        folder = self.form.folderEdit.text().strip()
        self.submit(backups.choose_folder, self.actor, folder)
