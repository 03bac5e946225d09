"""What the case file records beside the workflow: the business actor's written answer, and a
recommendation to Komdigi to stop an online business actor's site."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate

from desktop.domain.workdays import office_date
from desktop.gui import i18n
from desktop.gui.chosen_files import read_checked
from desktop.gui.forms import FormDialog
from desktop.gui.meetings import to_date
from desktop.gui.worker import Worker
from desktop.scanning.files import Inspected, printable
from desktop.services import attachments, handling, letters, queries
from desktop.services.context import Actor
from desktop.store.models import utcnow


class AnswerDialog(FormDialog):
    """The written clarification came (typed in, or a registered letter linked to the case)."""

    def __init__(
        self,
        worker: Worker,
        actor: Actor,
        case: str,
        reg_no: str,
        parent=None,
        *,
        seen: int | None = None,  # the case's version as shown: changed since, nothing is saved
    ) -> None:
        super().__init__(worker, "answer_dialog", parent)
        self.actor, self.case, self.seen = actor, case, seen
        f = self.form
        self.setWindowTitle(self.tr("Record the written answer"))
        self.setMinimumWidth(540)
        f.caseLabel.setText(
            self.tr(
                "The business actor's answer to the clarification letter of case {number}."
            ).format(number=reg_no)
        )
        today = office_date(utcnow())  # the office's day in Jakarta, not the machine's UTC date
        f.receivedEdit.setDate(QDate(today.year, today.month, today.day))
        f.receivedEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        f.letterCombo.addItem(self.tr("(typed in, no letter)"), "")
        self.scan: tuple[str, Inspected] | None = None  # the chosen file, checked
        self.reader: Worker | None = None  # reads the scan, made on the first choice
        self.finished.connect(lambda _r: self.reader.stop() if self.reader else None)
        self.unchosen = f.scanButton.text()
        f.scanButton.clicked.connect(self.choose_scan)
        worker.submit(letters.letters_of_case, case, on_success=self._letters)

    def _letters(self, found: list[tuple[str, str]]) -> None:
        for agenda_no, subject in found:
            self.form.letterCombo.addItem(f"{agenda_no} · {subject}", agenda_no)

    def choose_scan(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The scanned answer"),
            "",
            "PDF, JPEG, PNG, TIFF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)",
        )
        if not name:
            return
        # Read off the UI thread and off the database's worker too: a pipe or a device chosen
        # here is refused before it is read, and a large scan keeps no query waiting.
        if self.reader is None:
            self.reader = Worker("files")
        self.scan = None
        self.form.scanButton.setText(self.unchosen)
        self.form.saveButton.setEnabled(False)  # not saved without the scan being chosen
        self.reader.submit(
            read_checked, Path(name), on_success=self._scanned, on_failure=self._unread
        )

    def _scanned(self, scan: tuple[str, Inspected]) -> None:
        self.scan = scan
        self.form.scanButton.setText(printable(scan[0]))
        self.form.scanButton.setToolTip(attachments.removed_note(scan[1].removed, i18n.lang()))
        self.form.errorLabel.hide()
        self.form.saveButton.setEnabled(True)

    def _unread(self, error: Exception) -> None:
        self.form.errorLabel.setText(i18n.message(error))
        self.form.errorLabel.show()
        self.form.saveButton.setEnabled(True)

    def save(self) -> None:
        f = self.form
        name, kept = self.scan or ("", None)
        self.submit(
            handling.record_answer,
            self.actor,
            self.case,
            f.answerEdit.toPlainText(),
            to_date(f.receivedEdit.date()),
            f.letterCombo.currentData() or "",
            (name, kept.data) if kept is not None else None,
            seen=self.seen,
            kept=kept,
        )


class BlockingDialog(FormDialog):
    """Ask Komdigi to stop the site; the reason goes into the recommendation letter."""

    def __init__(self, worker: Worker, actor: Actor, file: queries.CaseFile, parent=None) -> None:
        super().__init__(worker, "blocking_dialog", parent)
        self.actor, self.case, self.seen = actor, file.case["uuid"], file.case["version"]
        f = self.form
        self.setWindowTitle(self.tr("Recommend blocking the site"))
        self.setMinimumWidth(540)
        business = file.business
        f.caseLabel.setText(
            self.tr(
                "Case {number}: Komdigi is asked to stop the site of {business} until it settles "
                "with the consumer. The case and the business actor will show the flag."
            ).format(number=file.case["reg_no"], business=business["name"])
        )
        f.siteValue.setText(business["website"] or i18n.label("business_kind", business["kind"]))

    def save(self) -> None:
        self.submit(
            handling.recommend_blocking,
            self.actor,
            self.case,
            self.form.reasonEdit.toPlainText(),
            seen=self.seen,
        )
