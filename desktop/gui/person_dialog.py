"""“Data seseorang”: a person's data on request (UU PDP art. 32), made on the database worker
and shown in the preview, to print or save for them."""

from __future__ import annotations

from desktop.gui.desk import DeskSettings
from desktop.gui.forms import FormDialog
from desktop.gui.preview import PreviewDialog
from desktop.gui.worker import Worker
from desktop.services import person
from desktop.services.context import Actor


class PersonDialog(FormDialog):
    def __init__(self, worker: Worker, actor: Actor, desk: DeskSettings, parent=None) -> None:
        super().__init__(worker, "person_dialog", parent)
        self.actor, self.desk = actor, desk
        self.setWindowTitle(self.tr("A person's data"))
        self.setMinimumWidth(480)
        self.form.nikEdit.textEdited.connect(lambda _t: self.form.errorLabel.hide())
        self.preview: PreviewDialog | None = None

    def save(self) -> None:
        self.form.saveButton.setEnabled(False)
        self.form.errorLabel.hide()
        self.worker.submit(
            person.export,
            self.actor,
            self.form.nikEdit.text(),
            on_success=self._made,
            on_failure=self._refused,
        )

    def _refused(self, error: Exception) -> None:
        self.refused(error)
        self.form.nikEdit.setFocus()
        self.form.nikEdit.selectAll()

    def _made(self, done: person.PersonExport) -> None:
        self.form.saveButton.setEnabled(True)
        title = self.tr("Personal data")
        self.preview = PreviewDialog(done.pdf, title, "person", self.desk, self.parentWidget())
        self.accept()
        self.preview.open()
