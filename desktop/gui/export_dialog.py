"""Exporting a list: where to, XLSX or CSV, personal data masked or shown; a progress bar and a
Cancel that leaves no file behind.

The export runs on a thread of its own with its own read connection (services.exports), not
on the database worker: a million rows take minutes, and the desk keeps working meanwhile.
"""

from __future__ import annotations

import logging
import threading
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop.domain.workdays import office_date
from desktop.gui import i18n
from desktop.gui.desk import DeskSettings
from desktop.gui.forms import embed, save_key
from desktop.services import exports
from desktop.services.context import Actor
from desktop.store.models import utcnow

log = logging.getLogger(__name__)
FILE_NAMES = {
    "cases": "pengaduan",
    "recap": "rekapitulasi",
    "visitors": "buku-tamu",
    "letters-in": "surat-masuk",
    "letters-out": "surat-keluar",
    "schedule": "jadwal",
}


class ExportRun(QObject):
    """One export on its own thread; its signals arrive on the UI thread."""

    progressed = Signal(int, object)  # rows done, rows expected (or None)
    done = Signal(object)  # exports.Exported
    failed = Signal(object)  # the exception; Cancelled when the officer cancelled

    def __init__(
        self, actor: Actor, what: str, path: Path, options: dict[str, Any], parent: QObject
    ) -> None:
        # The dialog's child, owned by Qt: the thread's reference, dropped as it ends, is then
        # never the one that frees it (see worker.py).
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(actor, what, path, options), name="export", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout: float = 30) -> None:
        self._thread.join(timeout)

    def _run(self, actor: Actor, what: str, path: Path, options: dict[str, Any]) -> None:
        try:
            done = exports.export(
                actor,
                what,
                path,
                progress=lambda rows, total: self.progressed.emit(rows, total),
                cancelled=self._cancel.is_set,
                **options,
            )
        except exports.Cancelled as e:
            self.failed.emit(e)
        except Exception as e:  # handed to the window, with the traceback in the log
            log.error("export of %s failed:\n%s", what, traceback.format_exc())
            self.failed.emit(e)
        else:
            self.done.emit(done)


class ExportDialog(QDialog):
    """Export ``what`` (see services.exports.LISTS) with ``options`` (period, case query)."""

    exported = Signal(object)  # exports.Exported

    def __init__(
        self,
        actor: Actor,
        what: str,
        description: str,
        options: dict[str, Any],
        desk: DeskSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor, self.what, self.options, self.desk = actor, what, options, desk
        folder = Path(desk.value("export/folder") or Path.home())
        self.run: ExportRun | None = None
        self.setWindowTitle(self.tr("Export"))
        self.resize(560, 260)
        self.form = f = embed(self, "export_dialog", margin=16)
        f.whatLabel.setText(description)
        f.errorLabel.setProperty("role", "error")
        f.errorLabel.hide()
        f.progressBar.hide()
        f.formatCombo.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        f.formatCombo.addItem(self.tr("Comma-separated values (.csv)"), "csv")
        stamp = office_date(utcnow()).strftime("%Y%m%d")
        f.pathEdit.setText(str(folder / f"{FILE_NAMES.get(what, what)}-{stamp}.xlsx"))
        f.formatCombo.currentIndexChanged.connect(self._format_chosen)
        f.browseButton.clicked.connect(self._browse)
        f.saveButton.clicked.connect(self.start)
        f.cancelButton.clicked.connect(self.cancel)
        # Ctrl+S starts the export, as it saves every form dialog; not a second run meanwhile
        save_key(self, lambda: f.saveButton.isEnabled() and self.start())

    def path(self) -> Path:
        return Path(self.form.pathEdit.text().strip()).expanduser()

    def _format_chosen(self) -> None:
        path = self.path()
        if path.name:
            self.form.pathEdit.setText(
                str(path.with_suffix("." + self.form.formatCombo.currentData()))
            )

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(self.path()), self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if name:
            self.form.pathEdit.setText(name)
            suffix = Path(name).suffix.lower().lstrip(".")
            index = self.form.formatCombo.findData(suffix)
            if index >= 0:
                self.form.formatCombo.setCurrentIndex(index)

    def start(self) -> None:
        f = self.form
        f.errorLabel.hide()
        f.progressBar.setRange(0, 0)  # busy until the first count arrives
        f.progressBar.show()
        for widget in (f.saveButton, f.pathEdit, f.browseButton, f.formatCombo, f.personalCheck):
            widget.setEnabled(False)
        options = {**self.options, "personal": f.personalCheck.isChecked()}
        self.run = ExportRun(self.actor, self.what, self.path(), options, self)
        self.run.progressed.connect(self._progressed)
        self.run.done.connect(self._done)
        self.run.failed.connect(self._failed)
        self.run.start()

    def _progressed(self, rows: int, total: int | None) -> None:
        bar = self.form.progressBar
        if total:
            bar.setRange(0, total)
            bar.setValue(min(rows, total))
        bar.setFormat(self.tr("%v of %m rows") if total else "")

    def cancel(self) -> None:
        if self.run is None:
            self.reject()
        else:
            self.form.cancelButton.setEnabled(False)
            self.run.cancel()  # _failed follows with Cancelled, once the file is removed

    def _done(self, done: exports.Exported) -> None:
        self.run = None
        self.desk.set("export/folder", str(done.path.parent))  # the next export goes there too
        self.exported.emit(done)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.run = None
        f = self.form
        for widget in (
            f.saveButton,
            f.pathEdit,
            f.browseButton,
            f.formatCombo,
            f.personalCheck,
            f.cancelButton,
        ):
            widget.setEnabled(True)
        f.progressBar.hide()
        if isinstance(error, exports.Cancelled):
            f.errorLabel.setText(self.tr("Cancelled: no file was written."))
        elif isinstance(error, OSError):
            f.errorLabel.setText(
                self.tr("The file cannot be written: {reason}").format(
                    reason=error.strerror or str(error)
                )
            )
        else:
            f.errorLabel.setText(i18n.message(error))
        f.errorLabel.show()

    def reject(self) -> None:
        if self.run is not None:  # closing the window cancels a running export
            self.run.cancel()
            self.run.wait()
            self.run = None
        super().reject()
