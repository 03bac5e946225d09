"""The sync in the window: the status light through synced, offline and problems, the Today
line, and the sync view with a conflict's two versions for the supervisor."""

from __future__ import annotations

import random

import keyring
import pytest
from central.memory_keyring import MemoryKeyring
from central.peer import ENROLMENT_CODE, Peer
from conftest import NOW, complaint_form
from test_sync import noisy_photo

from desktop.gui import i18n, style
from desktop.gui.sync_dialog import SyncDialog
from desktop.gui.sync_status import SyncLight, SyncRunner
from desktop.gui.today_page import TodayPage
from desktop.gui.worker import Worker
from desktop.services import attachments, handling, intake, syncing
from desktop.store.db import files_root
from desktop.store.files import FileStore
from desktop.store.models import Attachment, HistoryEvent, new_uuid
from desktop.sync import token as tokens
from desktop.sync.client import Limits


@pytest.fixture
def office(qapp, actors, tmp_path):
    style.apply(qapp)
    i18n.install("id")
    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    peer = Peer(tmp_path / "central", seed=11).start()
    syncing.enrol(actors["admin"], peer.url, ENROLMENT_CODE)
    worker = Worker()
    yield actors, peer, worker
    worker.stop()
    peer.stop()
    keyring.set_keyring(before)


def test_the_light_shows_synced_offline_and_problems(qtbot, office):
    actors, peer, worker = office
    case = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    light = SyncLight()
    today = TodayPage(worker, actors["petugas"])
    qtbot.addWidget(light)
    qtbot.addWidget(today)
    runner = SyncRunner(interval=3600)
    runner.state_changed.connect(light.show_state)
    runner.state_changed.connect(today.show_sync)
    runner.working.connect(light.show_working)
    runner.start()
    try:
        # The light and Today each get the runner's state as an event of their own: both are
        # waited for (a loaded run once looked between the two).
        qtbot.waitUntil(lambda: light.text() == "● Tersinkron", timeout=10000)
        qtbot.waitUntil(
            lambda: today.form.syncLabel.text() == "Sinkronisasi dengan sistem pusat: mutakhir."
        )
        assert len(peer.events()) == 1

        peer.stop()  # the network is gone; the counter goes on
        handling.take_action(actors["analis"], case.uuid, "start_analysis", now=NOW)
        runner.sync_now()
        qtbot.waitUntil(lambda: light.text() == "● Luring — 1 menunggu", timeout=10000)
        assert light.light == "offline"
        qtbot.waitUntil(lambda: "luring" in today.form.syncLabel.text())

        peer.start()  # back, and meanwhile the ministry changed the case
        peer.central_status("LK1", case.uuid, "Diverifikasi pusat", new_uuid())
        runner.sync_now()
        qtbot.waitUntil(lambda: light.text() == "● 1 masalah sinkronisasi", timeout=10000)
        assert light.light == "errors"
    finally:
        runner.stop()

    peer.stop()  # one more change waits while the server is away
    handling.take_action(
        actors["analis"], case.uuid, "start_clarification", {"mode": "online", "reason": "x"}
    )
    view = SyncDialog(worker, actors["supervisor"], None)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.form.problemsView.topLevelItemCount() == 1)
    waiting = view.form.queueView.topLevelItem(0)
    assert (waiting.text(0), waiting.text(1)) == (case.reg_no, "Tindakan")
    assert view.form.tabs.tabText(1) == "Menunggu dikirim (1)"
    assert view.form.tabs.tabText(0) == "Tidak diterima (1)"
    row = view.form.problemsView.topLevelItem(0)
    assert row.text(0) == case.reg_no and row.text(1) == "Tindakan"
    assert row.text(3) == "Konflik: The case was changed at the ministry at the same time."
    view.form.problemsView.setCurrentItem(row)
    assert view.form.theirsView.isVisibleTo(view)
    assert "Diverifikasi pusat" in view.form.theirsView.toPlainText()
    assert "Mulai analisis" in view.form.oursView.toPlainText()

    clerk = SyncDialog(worker, actors["analis"], None)
    qtbot.addWidget(clerk)
    qtbot.waitUntil(lambda: clerk.form.problemsView.topLevelItemCount() == 1)
    clerk.form.problemsView.setCurrentItem(clerk.form.problemsView.topLevelItem(0))
    assert clerk.form.conflictLabel.text() == (
        "Konflik diselesaikan oleh supervisor; kedua versi disimpan sampai saat itu."
    )
    assert not clerk.form.theirsView.isVisibleTo(clerk)
    assert not clerk.form.settleButton.isVisibleTo(clerk)  # the supervisor's to settle

    # The supervisor settles it, saying how; without a word it is refused.
    assert view.form.settleButton.isEnabled()
    settling = view.settle()
    settling.form.saveButton.click()
    qtbot.waitUntil(settling.form.errorLabel.isVisible)
    assert syncing.state().conflicts == 1  # nothing changed
    settling.form.noteEdit.setPlainText("Status pusat yang berlaku; klarifikasi diminta ulang.")
    settling.form.saveButton.click()
    qtbot.waitUntil(lambda: view.form.problemsView.topLevelItemCount() == 0)
    assert view.form.tabs.tabText(0) == "Tidak diterima (0)"
    assert syncing.state().conflicts == 0 and not view.form.settleButton.isEnabled()
    settled = HistoryEvent.get(HistoryEvent.kind == "sync.settled")
    assert settled.actor_id == actors["supervisor"].uuid
    assert settled.payload["note"] == "Status pusat yang berlaku; klarifikasi diminta ulang."
    assert syncing.case_state(case.uuid) == "pending"  # the later change still waits


def test_an_admin_enrols_the_desk_from_the_sync_view(qtbot, qapp, actors, tmp_path):
    style.apply(qapp)
    i18n.install("id")
    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    peer = Peer(tmp_path / "central", seed=12).start()
    worker = Worker()
    try:
        officer_view = SyncDialog(worker, actors["petugas"], None)
        qtbot.addWidget(officer_view)
        assert not officer_view.form.enrolButton.isEnabled()  # not a counter officer's to do

        view = SyncDialog(worker, actors["admin"], None)
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: view.form.enrolButton.text() == "Daftarkan…")
        assert "belum terdaftar" in view.form.summaryLabel.text()
        view.form.enrolButton.click()
        dialog = view.dialog
        dialog.form.serverEdit.setText(peer.url)
        dialog.form.codeEdit.setText("KODE-SALAH")
        dialog.form.saveButton.click()
        qtbot.waitUntil(dialog.form.errorLabel.isVisible)
        assert dialog.form.errorLabel.text().startswith("Server pusat menolak pendaftaran")
        assert dialog.isVisible() and not syncing.server().url  # nothing kept

        dialog.form.codeEdit.setText(ENROLMENT_CODE)
        dialog.form.saveButton.click()
        qtbot.waitUntil(lambda: not dialog.isVisible())
        qtbot.waitUntil(lambda: view.form.enrolButton.text() == "Daftarkan ulang…")
        assert syncing.server().url == peer.url
        assert tokens.load(peer.url)  # the token is in the keyring
        assert "menunggu dikirim" in view.form.summaryLabel.text()
    finally:
        worker.stop()
        peer.stop()
        keyring.set_keyring(before)


BAD = (  # what the peer does wrong, and what the officer then reads
    ({"answer": "html"}, "halaman masuk jaringan kantor"),
    ({"answer": "garbage", "only": "/v1/events"}, "Jawaban server pusat tidak dapat dibaca"),
    ({"shape": "no_results"}, "tidak sesuai dengan kesepakatan antarmuka"),
    ({"answer": "huge", "only": "/v1/events"}, "lebih besar dari 8 MB"),
    ({"answer": "trickle", "trickle": 0.5}, "tidak selesai menjawab dalam 2 detik"),
)


def test_a_bad_answer_is_shown_on_the_light_and_in_the_view_and_the_runner_goes_on(qtbot, office):
    actors, peer, worker = office
    intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    light = SyncLight()
    qtbot.addWidget(light)
    runner = SyncRunner(interval=3600, limits=Limits(request=2.0))
    runner.state_changed.connect(light.show_state)
    runner.working.connect(light.show_working)
    view = SyncDialog(worker, actors["admin"], runner)
    qtbot.addWidget(view)
    peer.faults.answer = "html"  # from the first round on
    runner.start()
    try:
        qtbot.waitUntil(lambda: light.light == "trouble", timeout=10000)
        for switches, words in BAD:
            peer.faults.clear()
            for key, value in switches.items():
                setattr(peer.faults, key, value)
            with qtbot.waitSignal(runner.state_changed, timeout=30000):
                view.form.syncNowButton.click()
            assert light.text() == "● Server pusat bermasalah — 1 menunggu", switches
            assert light.light == "trouble" and words in light.toolTip()
            qtbot.waitUntil(lambda w=words: w in view.form.lastLabel.text())
            assert view.form.tabs.tabText(1) == "Menunggu dikirim (1)"
            assert syncing.state().pending == 1  # nothing marked sent
        peer.faults.clear()
        with qtbot.waitSignal(runner.state_changed, timeout=30000):
            view.form.syncNowButton.click()  # "Sinkronkan sekarang" still works
        assert light.text() == "● Tersinkron"
        qtbot.waitUntil(lambda: view.form.tabs.tabText(1) == "Menunggu dikirim (0)")
        assert "halaman" not in view.form.lastLabel.text()
        assert len(peer.events()) == 1
    finally:
        runner.stop()


def test_the_runner_survives_an_unexpected_error_and_says_so(qtbot, office, caplog):
    actors, peer, _ = office
    case = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    photo = noisy_photo(random.Random(4))
    attachments.attach_file(actors["petugas"], case.uuid, "barang.jpg", photo, now=NOW)
    stored = FileStore(files_root()).path(Attachment.get().sha256)
    kept = stored.read_bytes()
    stored.unlink()  # the file store lost it: the round cannot send it
    light = SyncLight()
    qtbot.addWidget(light)
    runner = SyncRunner(interval=3600)
    runner.state_changed.connect(light.show_state)
    runner.start()
    try:
        qtbot.waitUntil(lambda: light.light == "trouble", timeout=10000)
        assert "kesalahan tak terduga (FileNotFoundError)" in light.toolTip()
        [record] = [r for r in caplog.records if r.message == "sync round failed"]
        assert record.exc_info and record.exc_info[0] is FileNotFoundError  # with its traceback
        assert runner._thread.is_alive()
        stored.write_bytes(kept)
        with qtbot.waitSignal(runner.state_changed, timeout=10000):
            runner.sync_now()
        assert light.text() == "● Tersinkron" and len(peer.files()) == 1
    finally:
        runner.stop()


def test_the_enrol_dialog_refuses_a_missing_ca_file_and_http_in_one_sentence(
    qtbot, qapp, actors, tmp_path
):
    style.apply(qapp)
    i18n.install("id")
    worker = Worker()
    try:
        view = SyncDialog(worker, actors["admin"], None)
        qtbot.addWidget(view)
        dialog = view.enrol()
        dialog.form.serverEdit.setText("https://simpktn.kemendag.go.id")
        dialog.form.codeEdit.setText(ENROLMENT_CODE)
        dialog.form.caBundleEdit.setText(str(tmp_path / "ca-kantor.pem"))
        dialog.form.saveButton.click()
        qtbot.waitUntil(dialog.form.errorLabel.isVisible)
        assert dialog.form.errorLabel.text() == (
            f"Berkas otoritas sertifikat (CA) {tmp_path / 'ca-kantor.pem'} tidak ada: periksa "
            "nama dan letaknya."
        )
        dialog.form.caBundleEdit.setText("")
        dialog.form.serverEdit.setText("http://simpktn.kemendag.go.id")
        dialog.form.saveButton.click()
        qtbot.waitUntil(lambda: "tanpa sandi" in dialog.form.errorLabel.text())
        assert dialog.isVisible() and not syncing.server().url
    finally:
        worker.stop()


def test_a_closed_sync_view_hears_no_more_from_the_runner(qtbot, office):
    import shiboken6
    from PySide6.QtCore import Qt

    actors, _, worker = office
    runner = SyncRunner(interval=3600)  # not started: its report is sent by hand below
    view = SyncDialog(worker, actors["admin"], runner)
    qtbot.waitUntil(lambda: view.form.enrolButton.text() == "Daftarkan ulang…")
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    done = []
    runner.state_changed.emit(syncing.state())
    worker.submit(lambda: None, on_success=done.append)  # after any refresh it started
    qtbot.waitUntil(lambda: bool(done))  # pytest-qt fails the test on an error in a slot
