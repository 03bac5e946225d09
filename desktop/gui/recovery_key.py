"""The recovery key, shown once after setup, with its sheet printed through the preview."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog

from desktop.documents.recovery_sheet import recovery_sheet
from desktop.gui.desk import DeskSettings
from desktop.gui.forms import embed


class RecoveryKeyDialog(QDialog):
    def __init__(
        self, recovery: str, folder: Path, office: str, desk: DeskSettings, parent=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The recovery key"))
        self.form = embed(self, "recovery_key", margin=16)
        self.recovery, self.folder, self.office, self.desk = recovery, folder, office, desk
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        self.form.keyLabel.setFont(font)
        self.form.keyLabel.setText(recovery)
        self.form.printButton.clicked.connect(self.print_sheet)
        self.form.doneButton.clicked.connect(self.accept)
        self.form.doneButton.setDefault(True)
        self.preview = None
        self.resize(600, self.sizeHint().height())

    def print_sheet(self) -> None:
        from desktop.gui.preview import PreviewDialog

        pdf = recovery_sheet(self.recovery, str(self.folder), self.office, dt.date.today())
        title = self.tr("The recovery key")
        self.preview = PreviewDialog(pdf, title, "recovery-key", self.desk, self)
        self.preview.open()
