"""What the case file records beside the workflow: the business actor's written answer, and a
recommendation to Kominfo to stop an online business actor's site."""

from __future__ import annotations

from PySide6.QtCore import QDate

from desktop.gui import i18n
from desktop.gui.forms import FormDialog
from desktop.gui.meetings import to_date
from desktop.gui.worker import Worker
from desktop.services import handling, letters, queries
from desktop.services.context import Actor


class AnswerDialog(FormDialog):
    """The written clarification came (typed in, or a registered letter linked to the case)."""

    def __init__(self, worker: Worker, actor: Actor, case: str, reg_no: str, parent=None) -> None:
        super().__init__(worker, "answer_dialog", parent)
        self.actor, self.case = actor, case
        f = self.form
        self.setWindowTitle(self.tr("Record the written answer"))
        self.setMinimumWidth(540)
        f.caseLabel.setText(
            self.tr(
                "The business actor's answer to the clarification letter of case {number}."
            ).format(number=reg_no)
        )
        f.receivedEdit.setDate(QDate.currentDate())
        f.receivedEdit.setMaximumDate(QDate.currentDate())
        f.letterCombo.addItem(self.tr("(typed in, no letter)"), "")
        worker.submit(letters.letters_of_case, case, on_success=self._letters)

    def _letters(self, found: list[tuple[str, str]]) -> None:
        for agenda_no, subject in found:
            self.form.letterCombo.addItem(f"{agenda_no} · {subject}", agenda_no)

    def save(self) -> None:
        f = self.form
        self.submit(
            handling.record_answer,
            self.actor,
            self.case,
            f.answerEdit.toPlainText(),
            to_date(f.receivedEdit.date()),
            f.letterCombo.currentData() or "",
        )


class BlockingDialog(FormDialog):
    """Ask Kominfo to stop the site; the reason goes into the recommendation letter."""

    def __init__(self, worker: Worker, actor: Actor, file: queries.CaseFile, parent=None) -> None:
        super().__init__(worker, "blocking_dialog", parent)
        self.actor, self.case = actor, file.case["uuid"]
        f = self.form
        self.setWindowTitle(self.tr("Recommend blocking the site"))
        self.setMinimumWidth(540)
        business = file.business
        f.caseLabel.setText(
            self.tr(
                "Case {number}: Kominfo is asked to stop the site of {business} until it settles "
                "with the consumer. The case and the business actor will show the flag."
            ).format(number=file.case["reg_no"], business=business["name"])
        )
        f.siteValue.setText(business["website"] or i18n.label("business_kind", business["kind"]))

    def save(self) -> None:
        self.submit(
            handling.recommend_blocking, self.actor, self.case, self.form.reasonEdit.toPlainText()
        )
