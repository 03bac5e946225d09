"""The parts of an outgoing letter's number that an admin chooses: the template, when the count
starts again, the unit's code, the archive classification code and the security code. The
template is checked as it is typed, and the number it makes is shown beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.domain import numbering
from desktop.domain.errors import DomainError
from desktop.domain.workdays import office_date
from desktop.gui import i18n, screen_fit
from desktop.gui.forms import FieldErrors, FormDialog
from desktop.gui.worker import Worker
from desktop.services import settings
from desktop.services.context import Actor
from desktop.store.models import utcnow


def _current() -> tuple[settings.LetterNumbering, str]:
    return settings.letter_numbering(), settings.get("counter.code")


class NumberingDialog(FormDialog):
    def __init__(self, worker: Worker, actor: Actor, parent=None) -> None:
        super().__init__(worker, "numbering_dialog", parent)
        self.actor = actor
        f = self.form
        self.setWindowTitle(self.tr("Letter numbers"))
        f.restartCombo.addItem(self.tr("each year (Tata Naskah Dinas)"), "year")
        f.restartCombo.addItem(self.tr("each month"), "month")
        f.securityCombo.addItem(self.tr("B: ordinary (biasa)"), "B")
        f.securityCombo.addItem(self.tr("R: confidential (rahasia)"), "R")
        self.errors = FieldErrors({"template": f.templateEdit})
        f.saveButton.setEnabled(False)  # until the office's numbering is shown
        self.counter = ""
        worker.submit(_current, on_success=self._show, on_failure=self.refused)
        hint = self.sizeHint()
        screen_fit.place(self, max(hint.width(), 640), hint.height())

    def _show(self, shown: tuple[settings.LetterNumbering, str]) -> None:
        current, self.counter = shown
        f = self.form
        if f.restartCombo.findData(current.restart) < 0:
            # set before this window existed: restarts with each period its number shows
            f.restartCombo.addItem(self.tr("with each period the number shows"), current.restart)
        f.restartCombo.setCurrentIndex(f.restartCombo.findData(current.restart))
        f.securityCombo.setCurrentIndex(max(f.securityCombo.findData(current.security), 0))
        f.unitEdit.setText(current.unit)
        f.classificationEdit.setText(current.classification)
        f.templateEdit.setText(current.template)
        f.templateEdit.setCursorPosition(0)
        # checked from now on, as the admin types (not while the office's own is filled in)
        for edit in (f.templateEdit, f.unitEdit, f.classificationEdit):
            edit.textChanged.connect(self.check)
        for combo in (f.restartCombo, f.securityCombo):
            combo.currentIndexChanged.connect(self.check)
        self.check()

    def chosen(self) -> settings.LetterNumbering:
        f = self.form
        return settings.LetterNumbering(
            f.templateEdit.text().strip(),
            f.restartCombo.currentData(),
            f.unitEdit.text().strip(),
            f.classificationEdit.text().strip(),
            f.securityCombo.currentData(),
        )

    def check(self) -> None:
        """The template as typed: the number it makes, or in plain words what is wrong."""
        f = self.form
        form = self.chosen()
        try:
            template = numbering.Template("letter", form.template, form.restart)
        except DomainError as error:
            self._say(i18n.message(error))
            f.exampleLabel.setText("—")
            f.saveButton.setEnabled(False)
            return
        self._say("")
        today = office_date(utcnow())
        f.exampleLabel.setText(
            template.format(
                1,
                today,
                self.counter,
                "KLR",
                security=form.security,
                unit=form.unit,
                classification=form.classification,
            )
        )
        f.saveButton.setEnabled(True)

    def _say(self, message: str) -> None:
        """The template's error under it; its row goes with it (its empty label kept the room)."""
        self.errors.set("template", message)
        label = self.findChild(QLabel, "error_template")
        row, _ = self.form.numberingForm.getWidgetPosition(label)
        self.form.numberingForm.setRowVisible(row, bool(message))

    def save(self) -> None:
        self.form.errorLabel.hide()
        self.submit(settings.save_letter_numbering, self.actor, self.chosen())
