"""The register of outgoing letters in the window, a case file's letters with "Kirim lewat
surel", and issuing an electronically signed letter when the key's passphrase is not in the
keyring: all through the real widgets, the printed text read back."""

from __future__ import annotations

import datetime as dt
import io
import logging

import pki
import pytest
from conftest import NOW
from helpers import printed_to
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from test_delivery import (  # noqa: F401  (fixtures)
    BUSINESS,
    CONSUMER,
    PASSWORD,
    USER,
    ca,
    ca_file,
    smtp_server,
)
from test_esign import PASSPHRASE
from test_gui_case_walks import later, new_preview, open_file, run
from test_letters import in_clarification

from desktop.gui import preview
from desktop.gui.desk import DeskSettings
from desktop.gui.outgoing_page import OutgoingPage
from desktop.services import delivery, esign, outgoing, printing

# A keyring in memory, for every test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("memory_keyring")


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def two_letters(actors) -> tuple[printing.Printed, printing.Printed]:
    """A clarification letter issued on 24 November and a second case's on 25 November."""
    day = dt.timedelta(days=1)
    first = printing.print_letter(
        actors["analis"], in_clarification(actors), "clarification", now=NOW + day, issue=True
    )
    other = in_clarification(actors, business__name="CV Maju Mundur")
    second = printing.print_letter(
        actors["analis"], other, "clarification", now=NOW + 2 * day, issue=True, via="hand"
    )
    return first, second


def cells(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_the_register_lists_searches_prints_and_opens_each_letter(qtbot, staffed_desk, tmp_path):
    worker, actors, folder = staffed_desk
    first, second = run(qtbot, worker, two_letters, actors)
    page = OutgoingPage(worker, actors["analis"], DeskSettings(folder))
    qtbot.addWidget(page)
    page.resize(1024, 640)
    page.show()
    f = page.form
    f.fromEdit.setDate(QDate(2026, 11, 1))
    f.toEdit.setDate(QDate(2026, 11, 30))
    view = f.outgoingView
    qtbot.waitUntil(lambda: view.rowCount() == 2)
    assert cells(view, 0)[:3] == [first.number, "24 Nov 2026", "Surat permintaan klarifikasi"]
    assert cells(view, 1)[4:] == [
        "Pimpinan CV Maju Mundur",
        "Nama Pejabat Penandatangan",
        "Diantar langsung",
    ]
    assert f.countLabel.text().startswith("2 surat dari 1 November 2026 sampai 30 November 2026")
    page.grab().save(str(tmp_path / "register-1024.png"))

    qtbot.keyClicks(f.searchEdit, "maju")  # the addressee, in any case
    qtbot.waitUntil(lambda: view.rowCount() == 1)
    assert view.item(0, 0).text() == second.number

    f.toEdit.setDate(QDate(2026, 11, 24))  # the period ends before the second letter
    qtbot.waitUntil(lambda: view.rowCount() == 0)
    f.searchEdit.clear()
    qtbot.waitUntil(lambda: view.rowCount() == 1 and view.item(0, 0).text() == first.number)

    f.printRegisterButton.click()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible())
    printed = text_of(page.preview.pdf)
    assert "AGENDA SURAT KELUAR" in printed and first.number in printed
    assert second.number not in printed and "24 November 2026" in printed
    page.preview.close()

    view.selectRow(0)
    with qtbot.waitSignal(page.open_case) as opened:
        f.openCaseButton.click()
    assert opened.args == [first.case]
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter opens the letter: a SALINAN
    qtbot.waitUntil(lambda: page.list.preview is not None and page.list.preview.isVisible())
    shown = text_of(page.list.preview.pdf)
    assert "SALINAN" in shown and f"Nomor : {first.number}" in shown


def test_an_admin_sees_the_register_but_opens_no_letter(qtbot, staffed_desk):
    worker, actors, folder = staffed_desk
    run(qtbot, worker, two_letters, actors)
    page = OutgoingPage(worker, actors["admin"], DeskSettings(folder))
    qtbot.addWidget(page)
    page.form.fromEdit.setDate(QDate(2026, 11, 1))
    page.form.toEdit.setDate(QDate(2026, 11, 30))
    qtbot.waitUntil(lambda: page.form.outgoingView.rowCount() == 2)
    page.form.outgoingView.selectRow(0)
    assert page.form.openCaseButton.isEnabled()
    assert not page.form.openLetterButton.isEnabled()
    assert not page.form.sendLetterButton.isEnabled()


def test_the_case_file_lists_its_letters_and_sends_one_by_email(
    qtbot,
    staffed_desk,
    smtp_server,  # noqa: F811
    ca_file,  # noqa: F811
):
    worker, actors, folder = staffed_desk
    inbox, port = smtp_server

    def prepare():
        delivery.configure(actors["admin"], "127.0.0.1", port, "starttls", USER, "", ca_file)
        delivery.remember_password(PASSWORD)
        return two_letters(actors)[0]

    letter = run(qtbot, worker, prepare)
    dialog = open_file(qtbot, worker, actors["analis"], letter.case, DeskSettings(folder))
    f = dialog.form
    assert f.tabs.tabText(f.tabs.indexOf(f.lettersTab)) == "Surat keluar (1)"
    assert cells(f.outgoingView, 0)[:3] == [
        letter.number,
        "24 Nov 2026",
        "Surat permintaan klarifikasi",
    ]
    assert f.sendLetterButton.text() == "Kirim lewat surel…"
    assert not f.sendLetterButton.isEnabled()  # nothing chosen yet
    f.outgoingView.selectRow(0)
    f.sendLetterButton.click()
    sending = dialog.letters.sending
    qtbot.waitUntil(lambda: sending.isVisible() and sending.form.consumerEdit.text() == CONSUMER)
    assert letter.number in sending.form.letterLabel.text()
    sending.form.businessEdit.setText(BUSINESS)
    sending.form.saveButton.click()
    qtbot.waitUntil(lambda: len(inbox.messages) == 2, timeout=20000)  # a mail to each
    assert sorted(to for (to,), _message in inbox.messages) == [BUSINESS, CONSUMER]
    # the register says how it left, and the case file shows it (on the row, when pointed at)
    qtbot.waitUntil(
        lambda: f.outgoingView.item(0, 0).toolTip().endswith("dikirim lewat Pos, Surel"),
        timeout=10000,
    )


@pytest.fixture
def authority():
    return pki.authority()


def test_issuing_asks_the_signing_passphrase_and_a_wrong_one_is_refused(
    qtbot, staffed_desk, tmp_path, monkeypatch, caplog, authority
):
    worker, actors, folder = staffed_desk
    p12, roots = tmp_path / "penandatangan.p12", tmp_path / "ca.pem"
    p12.write_bytes(authority.issue("Dr. Rina Kartika").pkcs12(PASSPHRASE.encode()))
    roots.write_bytes(authority.pem)

    def prepare():  # electronic signature, the passphrase in no keyring
        esign.choose(actors["admin"], "electronic", path=str(p12), trust_roots=str(roots))
        return in_clarification(actors)

    case = run(qtbot, worker, prepare)
    desk = DeskSettings(folder)
    dialog = open_file(qtbot, worker, actors["analis"], case, desk)
    qtbot.waitUntil(lambda: "print_clarification" in dialog.more)
    dialog.more["print_clarification"].click()
    shown = new_preview(qtbot, dialog, None)
    qtbot.waitUntil(shown.isVisible)
    shown.desk.set(f"printer/{shown.kind}", "kantor")
    out = tmp_path / "issued.pdf"
    monkeypatch.setattr(preview, "send_to_printer", printed_to(out))
    caplog.set_level(logging.DEBUG)

    def issue_with(secret: str) -> None:
        later(lambda box: box.accept())  # sent by post
        shown.findChild(preview.QPushButton, "issueButton").click()
        qtbot.waitUntil(lambda: shown.secret_dialog is not None and shown.secret_dialog.isVisible())
        asked = shown.secret_dialog
        assert asked.textEchoMode() == preview.QLineEdit.EchoMode.Password
        assert "tidak ada di gantungan kunci sistem" in asked.labelText()
        asked.setTextValue(secret)
        asked.accept()
        assert asked.textValue() == ""  # not kept in the dialog

    issue_with("bukan-kuncinya")
    qtbot.waitUntil(
        lambda: getattr(shown, "refusal", None) is not None and shown.refusal.isVisible()
    )
    assert shown.refusal.text().startswith("Kata sandi berkas kunci salah")
    shown.refusal.accept()
    assert run(qtbot, worker, outgoing.register, dt.date(2026, 1, 1), dt.date(2030, 1, 1)) == []
    assert shown.issue_button.isVisible() and shown.issue_button.isEnabled()

    shown.secret_dialog = None
    issue_with(PASSPHRASE)
    qtbot.waitUntil(out.exists, timeout=20000)
    text = text_of(out.read_bytes())
    assert "Ditandatangani secara elektronik oleh" in text
    (letter,) = run(qtbot, worker, outgoing.register, dt.date(2026, 1, 1), dt.date(2030, 1, 1))
    assert letter.signed
    checked = run(qtbot, worker, esign.verify, out.read_bytes())
    assert checked.ok, checked.problem
    assert PASSPHRASE not in caplog.text and "bukan-kuncinya" not in caplog.text
