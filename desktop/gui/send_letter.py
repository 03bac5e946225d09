"""“Kirim lewat surel”: an issued letter e-mailed to the consumer and the business actor.

The addresses the desk knows are offered (the consumer's from the complaint, the business
actor's from the last sending); the sending runs on a thread of its own, never on the UI thread
nor on the database worker, so a slow or absent mail server holds up nothing else. What the
server refused is shown in words beside what it took; the case's history records the sending.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit

from desktop.gui import i18n
from desktop.gui.forms import FormDialog
from desktop.gui.worker import Worker
from desktop.services import delivery
from desktop.services.context import Actor

_mail: list[Worker] = []


def mail_worker() -> Worker:
    """The one thread that talks to the mail server."""
    if not _mail:
        _mail.append(Worker("mail"))
    return _mail[0]


class SendLetterDialog(FormDialog):
    def __init__(
        self, worker: Worker, actor: Actor, number: str, what: str = "", parent=None
    ) -> None:
        super().__init__(worker, "send_letter_dialog", parent)
        self.actor, self.number = actor, number
        self.mail = mail_worker()
        self.password: str | None = None
        f = self.form
        self.setWindowTitle(self.tr("Send by e-mail"))
        self.setMinimumWidth(520)
        f.letterLabel.setText(
            self.tr("{what} number {number}, as issued, attached as a PDF.").format(
                what=what or self.tr("The letter"), number=number
            )
        )
        f.sentLabel.hide()
        for check, edit in ((f.consumerCheck, f.consumerEdit), (f.businessCheck, f.businessEdit)):
            edit.textChanged.connect(lambda text, c=check: c.setChecked(bool(text.strip())))
        worker.submit(delivery.addresses, number, on_success=self._known)

    def _known(self, known: dict[str, str]) -> None:
        self.form.consumerEdit.setText(known.get("consumer", ""))
        self.form.businessEdit.setText(known.get("business", ""))

    def _recipients(self) -> tuple[list[str], dict[str, str]]:
        f = self.form
        parties = {
            party: edit.text().strip()
            for party, check, edit in (
                ("consumer", f.consumerCheck, f.consumerEdit),
                ("business", f.businessCheck, f.businessEdit),
            )
            if check.isChecked() and edit.text().strip()
        }
        others = [a.strip() for a in f.othersEdit.text().split(",") if a.strip()]
        return [*parties.values(), *others], parties

    def save(self) -> None:
        to, parties = self._recipients()
        self.form.saveButton.setEnabled(False)
        self.form.errorLabel.hide()
        self.form.sentLabel.setText(self.tr("Sending…"))
        self.form.sentLabel.show()
        self.mail.submit(
            delivery.send_letter,
            self.actor,
            self.number,
            to,
            parties=parties,
            password=self.password,
            on_success=self._sent,
            on_failure=self._failed,
        )

    def _sent(self, sent: delivery.Sent) -> None:
        f = self.form
        f.saveButton.setEnabled(True)
        f.sentLabel.setText(
            self.tr("Sent to {to}.").format(to=", ".join(sent.to)) if sent.to else ""
        )
        f.sentLabel.setVisible(bool(sent.to))
        if sent.failed:
            f.errorLabel.setText("\n".join(x.message(i18n.lang()) for x in sent.failed))
            f.errorLabel.show()
            self.adjustSize()  # room for the lines just shown
            return
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.form.sentLabel.hide()
        if getattr(error, "code", "") == "mail.no_password" and self.password is None:
            password, given = QInputDialog.getText(
                self,
                self.tr("Mail password"),
                i18n.message(error),
                QLineEdit.EchoMode.Password,
            )
            if given and password:
                self.password = password  # for this dialog only; the keyring keeps it for good
                self.save()
                return
        self.refused(error)
        self.adjustSize()
