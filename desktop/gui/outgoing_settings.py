"""Settings of outgoing letters that admins choose: wet or electronic signature and where the
signatory's key is, and the office's mail account. Passphrases, PINs and passwords typed here go
to the OS keyring, never to the database."""

from __future__ import annotations

from desktop.gui import screen_fit
from desktop.gui.forms import FormDialog
from desktop.gui.worker import Worker
from desktop.services import delivery, esign, settings
from desktop.services.context import Actor


def _current() -> tuple[dict, dict]:
    mail = {
        key: settings.get(f"mail.{key}")
        for key in ("host", "port", "security", "username", "sender", "ca_bundle")
    }
    return esign.choice(), mail


def _save(actor: Actor, signing: dict, secret: str, mail: dict, password: str) -> None:
    esign.choose(actor, **signing)
    if secret:
        esign.remember_secret(secret)
    if mail["host"]:
        delivery.configure(actor, **mail)
        if password:
            delivery.remember_password(password)


class OutgoingDialog(FormDialog):
    def __init__(self, worker: Worker, actor: Actor, parent=None) -> None:
        super().__init__(worker, "outgoing_dialog", parent)
        self.actor = actor
        f = self.form
        self.setWindowTitle(self.tr("Signature and e-mail"))
        self.setMinimumWidth(600)
        f.signatureCombo.addItem(self.tr("Wet signature (signed by hand)"), "wet")
        f.signatureCombo.addItem(self.tr("Electronic signature (TTE)"), "electronic")
        f.sourceCombo.addItem(self.tr("PKCS#12 file (.p12, .pfx)"), "pkcs12")
        f.sourceCombo.addItem(self.tr("PKCS#11 token (smart card, HSM)"), "pkcs11")
        f.securityCombo.addItem("STARTTLS", "starttls")
        f.securityCombo.addItem(self.tr("TLS from the start (SMTPS)"), "tls")
        f.signatureCombo.currentIndexChanged.connect(self._enable)
        f.sourceCombo.currentIndexChanged.connect(self._enable)
        worker.submit(_current, on_success=self._show)
        self._enable()
        # Its own size, not the two thirds of the screen's width Qt gives a dialog at most
        # (682 px at 1024: "Tanda tangan basah (ditandatangani tanga")
        hint = self.sizeHint()
        screen_fit.place(self, hint.width(), hint.height())

    def _enable(self) -> None:
        f = self.form
        electronic = f.signatureCombo.currentData() == "electronic"
        token = f.sourceCombo.currentData() == "pkcs11"
        for widget in (f.sourceCombo, f.keyPathEdit, f.trustRootsEdit, f.secretEdit, f.tsaEdit):
            widget.setEnabled(electronic)
        for widget in (f.tokenEdit, f.keyLabelEdit):
            widget.setEnabled(electronic and token)

    def _show(self, current: tuple[dict, dict]) -> None:
        signing, mail = current
        f = self.form
        f.signatureCombo.setCurrentIndex(max(f.signatureCombo.findData(signing["mode"]), 0))
        f.sourceCombo.setCurrentIndex(max(f.sourceCombo.findData(signing["source"]), 0))
        f.keyPathEdit.setText(signing["path"])
        f.tokenEdit.setText(signing["token"])
        f.keyLabelEdit.setText(signing["key"])
        f.trustRootsEdit.setText(signing["trust_roots"])
        f.tsaEdit.setText(signing["tsa_url"])
        f.hostEdit.setText(mail["host"])
        f.portSpin.setValue(int(mail["port"]))
        f.securityCombo.setCurrentIndex(max(f.securityCombo.findData(mail["security"]), 0))
        f.usernameEdit.setText(mail["username"])
        f.senderEdit.setText(mail["sender"])
        f.mailCaEdit.setText(mail["ca_bundle"])

    def save(self) -> None:
        f = self.form
        signing = {
            "mode": f.signatureCombo.currentData(),
            "source": f.sourceCombo.currentData(),
            "path": f.keyPathEdit.text().strip(),
            "token": f.tokenEdit.text().strip(),
            "key": f.keyLabelEdit.text().strip(),
            "trust_roots": f.trustRootsEdit.text().strip(),
            "tsa_url": f.tsaEdit.text().strip(),
        }
        mail = {
            "host": f.hostEdit.text().strip(),
            "port": f.portSpin.value(),
            "security": f.securityCombo.currentData(),
            "username": f.usernameEdit.text().strip(),
            "sender": f.senderEdit.text().strip(),
            "ca_bundle": f.mailCaEdit.text().strip(),
        }
        self.submit(_save, self.actor, signing, f.secretEdit.text(), mail, f.passwordEdit.text())
