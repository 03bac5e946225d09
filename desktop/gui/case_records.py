"""What the case file records beside the workflow: the business actor's written answer, and a
recommendation to Komdigi to stop an online business actor's site."""

from __future__ import annotations

from PySide6.QtCore import QDate

from desktop.domain.workdays import office_date
from desktop.gui import i18n
from desktop.gui.forms import FormDialog
from desktop.gui.meetings import to_date
from desktop.gui.worker import Worker
from desktop.services import handling, letters, queries
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
        self.scan: tuple[str, bytes] | None = None
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
        if name:
            self.worker.submit(_read, name, on_success=self._scanned, on_failure=self._unread)
        # a large file is read off the UI thread

    def _scanned(self, scan: tuple[str, bytes]) -> None:
        self.scan = scan
        self.form.scanButton.setText(scan[0])

    def _unread(self, error: Exception) -> None:
        self.form.errorLabel.setText(str(error))
        self.form.errorLabel.show()

    def save(self) -> None:
        f = self.form
        self.submit(
            handling.record_answer,
            self.actor,
            self.case,
            f.answerEdit.toPlainText(),
            to_date(f.receivedEdit.date()),
            f.letterCombo.currentData() or "",
            self.scan,
            seen=self.seen,
        )


def _read(path: str) -> tuple[str, bytes]:
    from pathlib import Path

    return Path(path).name, Path(path).read_bytes()


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
