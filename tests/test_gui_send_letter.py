"""“Kirim lewat surel” through the window: the dialog offers the parties' addresses, sends on
the mail thread to a real SMTP server on loopback, shows a refusal in words, and the case file's
timeline says to whom the letter went and when."""

from __future__ import annotations

import pytest
from test_delivery import (  # noqa: F401  (fixtures)
    BUSINESS,
    CONSUMER,
    PASSWORD,
    USER,
    ca,
    ca_file,
    smtp_server,
)
from test_esign import issued
from test_gui_case_walks import open_file, run

from desktop.gui.desk import DeskSettings
from desktop.gui.send_letter import SendLetterDialog
from desktop.services import delivery

# A keyring in memory, for every test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("memory_keyring")


@pytest.fixture
def letter(qtbot, staffed_desk, smtp_server, ca_file):  # noqa: F811
    worker, actors, _folder = staffed_desk
    _inbox, port = smtp_server

    def prepare():
        delivery.configure(actors["admin"], "127.0.0.1", port, "starttls", USER, "", ca_file)
        delivery.remember_password(PASSWORD)
        return issued(actors, secret=None)

    return run(qtbot, worker, prepare)


def test_a_letter_sent_from_the_window(qtbot, staffed_desk, smtp_server, letter, tmp_path):  # noqa: F811
    worker, actors, folder = staffed_desk
    inbox, _port = smtp_server
    inbox.refuse[BUSINESS] = "550 5.1.1 mailbox unavailable"
    dialog = SendLetterDialog(worker, actors["analis"], letter.number, "Surat klarifikasi")
    qtbot.addWidget(dialog)
    dialog.show()
    f = dialog.form
    qtbot.waitUntil(lambda: f.consumerEdit.text() == CONSUMER)
    assert f.consumerCheck.isChecked() and not f.businessCheck.isChecked()
    f.businessEdit.setText(BUSINESS)
    assert f.businessCheck.isChecked()
    dialog.grab().save(str(tmp_path / "send.png"))
    f.saveButton.click()
    qtbot.waitUntil(lambda: f.errorLabel.isVisible(), timeout=20000)
    assert f.errorLabel.text() == (
        f"Server surel menolak surat untuk {BUSINESS}: 550 5.1.1 mailbox unavailable"
    )
    assert f.sentLabel.text() == f"Terkirim ke {CONSUMER}."
    dialog.grab().save(str(tmp_path / "send-refused.png"))
    assert [to for to, _ in inbox.messages] == [[CONSUMER]]

    case_file = open_file(qtbot, worker, actors["analis"], letter.case, DeskSettings(folder))
    timeline = [
        case_file.form.timelineView.topLevelItem(i).text(1)
        for i in range(case_file.form.timelineView.topLevelItemCount())
    ]
    sent = [line for line in timeline if "dikirim lewat surel" in line]
    assert len(sent) == 1
    assert sent[0].startswith(f"Surat {letter.number} dikirim lewat surel ke {CONSUMER} pukul ")
    assert sent[0].endswith(" WIB")


def test_the_mail_password_is_asked_when_the_keyring_has_none(
    qtbot,
    staffed_desk,
    smtp_server,  # noqa: F811
    letter,
    monkeypatch,
):
    import keyring

    from desktop.gui import send_letter

    worker, actors, _folder = staffed_desk
    inbox, _port = smtp_server
    keyring.get_keyring().delete_password("loket-pengaduan", f"mail:{USER}@127.0.0.1")
    asked = []

    def answer(*args):
        asked.append(args[2])
        return PASSWORD, True

    monkeypatch.setattr(send_letter.QInputDialog, "getText", answer)
    dialog = SendLetterDialog(worker, actors["analis"], letter.number)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.form.consumerEdit.text() == CONSUMER)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.form.saveButton.click()
    assert "tidak ada di gantungan kunci sistem" in asked[0]
    assert [to for to, _ in inbox.messages] == [[CONSUMER]]
