"""An admin chooses electronic signature and the mail account in the window; the passphrase
and the password go to the keyring, and the next letter issued is signed."""

from __future__ import annotations

import subprocess

import keyring
import pki
import pytest
from test_esign import PASSPHRASE, issued, text_of

from desktop.gui.outgoing_settings import OutgoingDialog
from desktop.services import esign, settings

# A keyring in memory, for every test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("memory_keyring")


def test_an_admin_chooses_electronic_signature_and_the_mail_account(qtbot, staffed_desk, tmp_path):
    worker, actors, folder = staffed_desk
    ca = pki.authority()
    p12 = tmp_path / "ttd.p12"
    p12.write_bytes(ca.issue("Dr. Rina Kartika").pkcs12(PASSPHRASE.encode()))
    roots = tmp_path / "ca.pem"
    roots.write_bytes(ca.pem)
    dialog = OutgoingDialog(worker, actors["admin"])
    qtbot.addWidget(dialog)
    dialog.show()
    f = dialog.form
    qtbot.waitUntil(lambda: f.portSpin.value() == 587 and f.signatureCombo.count() == 2)
    assert not f.keyPathEdit.isEnabled()  # wet signature: nothing to say about a key
    f.signatureCombo.setCurrentIndex(f.signatureCombo.findData("electronic"))
    assert f.keyPathEdit.isEnabled() and not f.tokenEdit.isEnabled()
    f.keyPathEdit.setText(str(p12))
    f.trustRootsEdit.setText(str(roots))
    f.secretEdit.setText(PASSPHRASE)
    f.hostEdit.setText("smtp.kemendag.test")
    f.portSpin.setValue(465)
    f.securityCombo.setCurrentIndex(f.securityCombo.findData("tls"))
    f.usernameEdit.setText("loket")
    f.passwordEdit.setText("sandi-surel-2026")
    dialog.grab().save(str(tmp_path / "outgoing.png"))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        f.saveButton.click()

    def after():
        settings.forget()
        return esign.choice(), settings.get("mail.port"), issued(actors, secret=None)

    box = []
    worker.submit(after, on_success=box.append, on_failure=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=15000)
    assert not isinstance(box[0], Exception), box[0]
    choice, port, letter = box[0]
    assert choice["mode"] == "electronic" and choice["path"] == str(p12) and port == 465
    assert "Ditandatangani secara elektronik oleh" in text_of(letter.pdf)
    stored = keyring.get_keyring().passwords
    assert stored[("loket-pengaduan", "mail:loket@smtp.kemendag.test")] == "sandi-surel-2026"
    for secret in (PASSPHRASE, "sandi-surel-2026"):
        assert subprocess.run(["grep", "-rqF", secret, str(folder)]).returncode == 1


def test_a_supervisor_is_told_only_admins_choose(qtbot, staffed_desk):
    worker, actors, _folder = staffed_desk
    dialog = OutgoingDialog(worker, actors["supervisor"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.form.signatureCombo.count() == 2)
    dialog.form.saveButton.click()
    qtbot.waitUntil(lambda: not dialog.form.errorLabel.isHidden())
    assert dialog.form.errorLabel.text()
    assert not dialog.result()
