"""Sync against a real HTTP peer on loopback (tests/central): the round trip, every fault switch
in turn with recovery, conflicts, cases pulled from other channels, and TLS with a private CA.

After every recovery the same things must hold: the server holds each case event and each
file exactly once, the outbox is empty, and no local event was lost or duplicated.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import httpx
import keyring
import pytest
from central.peer import ENROLMENT_CODE, Peer
from conftest import NOW, complaint_form
from helpers import folder_key_into
from peewee import fn

from desktop.domain.errors import DomainError, PermissionDenied
from desktop.services import attachments, handling, intake, queries, settings, syncing
from desktop.services.check import check_database
from desktop.store.db import file_store
from desktop.store.models import Attachment, Case, HistoryEvent, database
from desktop.sync import backoff
from desktop.sync import token as tokens
from desktop.sync.client import CHUNK, BadAnswer, Limits, Unreachable

# The desk's sync token in a keyring in memory (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("memory_keyring")


@pytest.fixture
def desk(actors, peer):
    syncing.enrol(actors["admin"], peer.url, ENROLMENT_CODE)
    return actors


def busy_office(actors, cases: int = 6, seed: int = 3) -> None:
    """Cases at several stages, one with a scan large enough to go up in chunks."""
    rng = random.Random(seed)
    for n in range(cases):
        uuid = intake.register_complaint(
            actors["petugas"], complaint_form(complainant__name=f"Konsumen {n}"), now=NOW
        ).uuid
        handling.take_action(actors["analis"], uuid, "start_analysis", now=NOW)
        if n % 2:
            handling.take_action(
                actors["analis"],
                uuid,
                "forward",
                {"agency": "OJK", "reason": "Kewenangan OJK"},
                now=NOW,
            )
    first = Case.select().order_by(Case.id).first()
    photo = noisy_photo(rng)
    assert len(photo) > 2 * CHUNK  # goes up in three or more requests
    attachments.attach_file(actors["petugas"], first.uuid, "barang.jpg", photo, now=NOW)


def noisy_photo(rng: random.Random) -> bytes:
    """A photo JPEG cannot shrink: random pixels."""
    import io

    from PIL import Image

    image = Image.frombytes("RGB", (800, 800), rng.randbytes(800 * 800 * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95)
    return out.getvalue()


def local_case_events() -> list[str]:
    return [
        e.uuid
        for e in HistoryEvent.select()
        .where(HistoryEvent.case.is_null(False))
        .order_by(HistoryEvent.id)
    ]


def assert_whole(peer: Peer) -> None:
    """Each event and file exactly once on the server; nothing left to send; nothing lost."""
    on_server = [e["uuid"] for e in peer.events("LK1")]
    assert len(on_server) == len(set(on_server)), "an event reached the server twice"
    here = local_case_events()
    assert len(here) == len(set(here))
    assert set(on_server) == set(here)
    stored = peer.files()
    for a in Attachment.select():
        assert a.uploaded and a.sha256 in stored
    state = syncing.state()
    assert (state.pending, state.errors, state.conflicts) == (0, 0, 0)
    assert state.light == "synced"


def test_a_round_trip_sends_everything_once(desk, peer):
    busy_office(desk)
    before = local_case_events()
    assert syncing.state().light == "pending" and syncing.state().pending == len(before)
    report = syncing.run_once(batch=5)
    print(report.line())
    assert (report.files, report.sent, report.accepted) == (1, len(before), len(before))
    assert_whole(peer)
    assert local_case_events() == before
    again = syncing.run_once()
    assert (again.sent, again.files, again.pulled) == (0, 0, 0)
    assert syncing.case_state(Case.get().uuid) == "synced"
    # The ministry's agency list joins the routing table; the office's own entries stay.
    from desktop.store.models import Agency

    assert Agency.get(Agency.code == "BPKN").name == "Badan Perlindungan Konsumen Nasional"
    assert Agency.get(Agency.code == "OJK").handles  # the office's note on it is kept


def test_a_case_changed_while_its_batch_uploads_goes_back_to_pending(desk, peer):
    import threading

    case = intake.register_complaint(desk["petugas"], complaint_form(), now=NOW)
    peer.faults.delay = 0.4  # the batch is on the wire for a while
    running = threading.Thread(target=syncing.run_once)
    running.start()
    while not HistoryEvent.select().where(HistoryEvent.sync_status == "uploading").exists():
        pass
    handling.take_action(desk["analis"], case.uuid, "start_analysis", now=NOW)
    statuses = [e.sync_status for e in HistoryEvent.select().where(HistoryEvent.case == case.uuid)]
    assert statuses == ["uploading", "pending"]  # the edit waits for the next batch
    assert syncing.case_state(case.uuid) == "pending"
    running.join(30)
    assert syncing.case_state(case.uuid) == "synced"  # the same run took it along
    assert_whole(peer)


FAULTS = {
    "error 500": {"fail": 500, "rate": 0.4},
    "error 503": {"fail": 503, "rate": 0.4},
    "slow answers": {"delay": 0.05},
    "timeouts": {"hang": 1.5, "rate": 0.3},
    "upload cut midway": {"cut_upload": True, "rate": 0.7},
    "response lost after commit": {"lose_response": True, "rate": 0.5},
}


@pytest.mark.desk_only
@pytest.mark.parametrize("name", FAULTS)
def test_every_fault_then_recovery(desk, peer, name):
    busy_office(desk)
    before = local_case_events()
    for key, value in FAULTS[name].items():
        setattr(peer.faults, key, value)
    failed = 0
    for _attempt in range(40):
        try:
            syncing.run_once(batch=4, timeout=httpx.Timeout(0.8))
            break
        except Unreachable:
            failed += 1
            assert syncing.state().light == "offline"
    peer.faults.clear()
    syncing.run_once()
    print(
        f"{name}: {peer.faults.hits} requests hit, {failed} runs failed, "
        f"{len(peer.events())} events and {len(peer.files())} files on the server"
    )
    assert peer.faults.hits > 0 or name == "slow answers"
    assert_whole(peer)
    assert local_case_events() == before


def test_a_server_restart_in_the_middle_keeps_everything(desk, peer):
    busy_office(desk)
    peer.faults.delay = 0.02
    import threading

    errors: list[Exception] = []

    def run():
        try:
            syncing.run_once(batch=2)
        except Unreachable as e:
            errors.append(e)

    worker = threading.Thread(target=run)
    worker.start()
    while len(peer.events()) < 4:
        pass
    peer.restart()
    worker.join(30)
    peer.faults.clear()
    syncing.run_once()
    print(f"restart: the interrupted run {'failed' if errors else 'finished'}")
    assert_whole(peer)


def test_a_conflict_goes_to_the_supervisor_with_both_versions(desk, peer):
    case = intake.register_complaint(desk["petugas"], complaint_form(), now=NOW)
    syncing.run_once()
    theirs = peer.central_status("LK1", case.uuid, "Diverifikasi pusat", syncing.new_uuid())
    handling.take_action(desk["analis"], case.uuid, "start_analysis", now=NOW)
    report = syncing.run_once()
    assert report.conflicts == 1 and report.pulled == 1
    state = syncing.state()
    assert state.light == "errors" and state.conflicts == 1
    [problem] = syncing.conflicts(desk["supervisor"])
    assert problem.reg_no == case.reg_no and problem.kind == "case.transition"
    assert problem.ours["action"] == "start_analysis"
    assert problem.theirs["payload"] == {"status": "Diverifikasi pusat"}
    assert problem.reason == "The case was changed at the ministry at the same time."
    assert syncing.case_state(case.uuid) == "error"
    assert queries.case_file(case.uuid).sync_problem == problem.reason
    # The central change itself arrived by pull and sits in the case's history, not resent.
    pulled = HistoryEvent.get(HistoryEvent.uuid == theirs["uuid"])
    assert pulled.sync_status == "synced" and pulled.kind == "case.central_status"
    with pytest.raises(PermissionDenied):
        syncing.conflicts(desk["analis"])


def from_another_channel(peer: Peer, name: str = "Rahmat Hidayat") -> str:
    """A case registered at the ministry (by WhatsApp) for this office, waiting to be pulled;
    its registration is made from one of the desk's own."""
    import copy
    import uuid as uuids

    mine = HistoryEvent.get(HistoryEvent.kind == "case.registered")
    payload = copy.deepcopy(mine.payload)
    payload["case"].update(reg_no="WA-202611-00077", channel="whatsapp")
    payload["case"]["registered_by"] = str(uuids.uuid4())  # someone at the ministry
    payload["complainant"].update(uuid=str(uuids.uuid4()), name=name, nik="")
    payload["business"].update(uuid=str(uuids.uuid4()), name="PT Kirim Kilat")
    case_uuid = str(uuids.uuid4())
    payload["case"]["complainant"] = payload["complainant"]["uuid"]
    payload["case"]["business"] = payload["business"]["uuid"]
    peer.assign_case(
        "LK1",
        {
            "uuid": str(uuids.uuid4()),
            "case": case_uuid,
            "kind": "case.registered",
            "payload": payload,
            "at": (NOW + dt.timedelta(hours=1)).isoformat(),
            "actor": None,
            "version": 1,
        },
    )
    return case_uuid


def test_a_case_from_another_channel_arrives_by_pull(desk, peer):
    import uuid as uuids

    intake.register_complaint(desk["petugas"], complaint_form(), now=NOW)
    case_uuid = from_another_channel(peer)
    peer.assign_case("LK9", {**peer.events()[-1], "uuid": str(uuids.uuid4())})  # not ours
    report = syncing.run_once()
    assert report.pulled == 1
    [found] = queries.find_cases("Rahmat", 10)
    assert (found.reg_no, found.uuid) == ("WA-202611-00077", case_uuid)
    assert syncing.case_state(case_uuid) == "synced"
    assert syncing.run_once().pulled == 0  # the cursor moved
    assert_whole(peer)


@pytest.mark.desk_only
def test_bad_settings_are_refused_in_plain_words(actors, peer):
    with pytest.raises(DomainError) as info:
        syncing.run_once()
    assert info.value.code == "sync.not_set_up"
    with pytest.raises(DomainError) as info:
        syncing.enrol(actors["admin"], "ftp://pusat", ENROLMENT_CODE)
    assert info.value.code == "sync.bad_url"
    with pytest.raises(DomainError) as info:
        syncing.enrol(actors["admin"], peer.url, "KODE-SALAH")
    assert info.value.message("id") == (
        "Server pusat menolak pendaftaran loket ini: The enrolment code is not this office's."
    )
    with pytest.raises(PermissionDenied):
        syncing.enrol(actors["petugas"], peer.url, ENROLMENT_CODE)


@pytest.mark.desk_only
def test_a_private_certificate_authority_is_trusted_only_when_configured(actors, tmp_path):
    import ssl

    import trustme

    authority = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    secure = Peer(tmp_path / "tls", tls=context).start()
    try:
        with pytest.raises(DomainError) as info:
            syncing.enrol(actors["admin"], secure.url, ENROLMENT_CODE)
        assert info.value.code == "sync.unreachable" and "CERTIFICATE_VERIFY_FAILED" in str(
            info.value.params["reason"]
        )
        bundle = tmp_path / "ca.pem"
        authority.cert_pem.write_to_path(str(bundle))
        syncing.enrol(actors["admin"], secure.url, ENROLMENT_CODE, str(bundle))
        intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
        assert syncing.run_once().accepted == 1
    finally:
        secure.stop()


def test_backoff_doubles_with_jitter_and_is_capped():
    rng = random.Random(1)
    waits = [backoff.delay(n, rng) for n in range(0, 12)]
    assert waits[0] == 0
    for n, wait in enumerate(waits[1:], 1):
        ceiling = min(backoff.CAP, backoff.BASE * 2 ** (n - 1))
        assert ceiling / 2 <= wait <= ceiling
    assert max(waits) <= backoff.CAP


# -- answers off the contract ------------------------------------------------------------------
# Each fault hits after the server did the work and committed it: the server holds what the
# desk does not know it holds, the hardest case for "nothing marked sent". The problem each
# must end in, and the light that shows it.
BAD_ANSWERS = {
    "captive portal page": ({"answer": "html"}, "sync.problem.web_page"),
    "captive portal page on upload": (
        {"answer": "html", "only": "/v1/files/.*"},
        "sync.problem.web_page",
    ),
    "garbage JSON": ({"answer": "garbage", "only": "/v1/events"}, "sync.problem.unreadable"),
    "no results": ({"shape": "no_results"}, "sync.problem.off_contract"),
    "a status not in the contract": ({"shape": "status_unknown"}, "sync.problem.off_contract"),
    "cursor not a number": ({"shape": "cursor_text"}, "sync.problem.off_contract"),
    "cursor that does not move": ({"shape": "cursor_stuck"}, "sync.problem.off_contract"),
    "upload complete: maybe": ({"shape": "complete_maybe"}, "sync.problem.off_contract"),
    "received as a fraction": ({"shape": "received_float"}, "sync.problem.off_contract"),
    "huge body, no length said": (
        {"answer": "huge", "only": "/v1/events"},
        "sync.problem.too_large",
    ),
    "huge body, length said": (
        {"answer": "huge_declared", "only": "/v1/changes"},
        "sync.problem.too_large",
    ),
    "a byte at a time": (
        {"answer": "trickle", "only": "/v1/events", "trickle": 0.2},
        "sync.problem.too_slow",
    ),
}
QUICK = Limits(request=1.5)  # the trickle is cut after 1.5 s here, 60 s by default


@pytest.mark.desk_only
def test_a_request_cut_late_in_a_round_names_the_rounds_limit(desk, peer):
    """Cut by the round's deadline, the officer reads the round's limit, not the few seconds
    that happened to be left of it (late in a 15-minute round that read "within 2 seconds")."""
    import time

    from desktop.sync.client import CentralClient, Server

    peer.faults.answer, peer.faults.only, peer.faults.trickle = "trickle", "/v1/changes", 0.2
    with CentralClient(
        Server(peer.url), tokens.load(peer.url), limits=Limits(request=60, round=30)
    ) as client:
        client.ends = time.monotonic() + 1.5  # 28.5 s of the round's 30 are gone
        with pytest.raises(Unreachable) as info:
            client.changes(0)
    assert info.value.problem == "sync.problem.too_slow"
    assert info.value.params["seconds"] == 30


def office_with_a_pull(desk, peer) -> None:
    """Local changes to send, a file among them, and a case waiting to be pulled."""
    busy_office(desk, cases=2)
    from_another_channel(peer)


def sync_marks() -> dict[str, str]:
    """Every case event's sync state, every file's uploaded mark, and the pull cursor."""
    marks = {e.uuid: e.sync_status for e in HistoryEvent.select()}
    marks.update({f"file {a.sha256}": str(a.uploaded) for a in Attachment.select()})
    marks["cursor"] = str(syncing._memory("sync.cursor"))
    return marks


@pytest.mark.desk_only
@pytest.mark.parametrize("name", BAD_ANSWERS)
def test_an_answer_off_the_contract_marks_nothing_and_the_next_round_recovers(desk, peer, name):
    office_with_a_pull(desk, peer)
    before, marks = local_case_events(), sync_marks()
    switches, problem = BAD_ANSWERS[name]
    for key, value in switches.items():
        setattr(peer.faults, key, value)
    with pytest.raises(Unreachable) as info:
        syncing.run_once(limits=QUICK)  # one batch: the files go first
    assert info.value.problem == problem, info.value
    # Nothing is marked on the strength of the bad answer: a fault on the pull leaves the
    # events the server took in good answers before it marked, nothing else.
    after, on_server, stored = sync_marks(), {e["uuid"] for e in peer.events()}, peer.files()
    assert after["cursor"] == marks["cursor"] and Case.select().count() == 2  # nothing pulled
    assert all(uuid in on_server for uuid, status in after.items() if status == "synced")
    assert all(a.sha256 in stored for a in Attachment.select() if a.uploaded)
    if not (switches.get("only") == "/v1/changes" or "cursor" in switches.get("shape", "")):
        events = {k: v for k, v in after.items() if not k.startswith("file ")}
        assert events == {k: v for k, v in marks.items() if not k.startswith("file ")}
    state = syncing.state()
    assert state.light == "trouble" and state.problem == problem and state.failures == 1
    assert (
        "Tidak ada yang ditandai terkirim" in state.problem_text("id") or name == "a byte at a time"
    )
    assert state.problem_text("en") and "{" not in state.problem_text("en")
    if name.startswith("huge"):
        assert peer.faults.sent < peer.faults.huge / 2  # the desk stopped reading
    assert check_database().ok  # the refused round left the folder whole
    peer.faults.clear()
    report = syncing.run_once()  # the next round takes everything, once
    assert report.pulled == 1
    assert_whole(peer)
    assert local_case_events()[: len(before)] == before  # and the pulled case after them
    assert syncing.state().problem == "" and syncing.state().failures == 0
    assert check_database().ok


@pytest.mark.desk_only
def test_a_round_is_cut_at_its_own_deadline_though_no_request_overran_its_own(desk, peer):
    """A server that answers each request just within its minute would hold a round for ever;
    the round's own deadline (15 minutes, 3 s here) cuts it, and nothing is marked."""
    import time

    office_with_a_pull(desk, peer)
    marks = sync_marks()
    peer.faults.answer, peer.faults.only, peer.faults.trickle = "trickle", "/v1/events", 0.2
    started = time.monotonic()
    with pytest.raises(Unreachable) as info:
        syncing.run_once(limits=Limits(request=60, round=3))
    took = time.monotonic() - started
    assert info.value.problem == "sync.problem.too_slow"
    assert took < 15, took  # cut at the round's 3 s, not at the request's 60 s
    after = sync_marks()  # the file went up in good answers before; no event is marked
    assert {k: v for k, v in after.items() if not k.startswith("file ")} == {
        k: v for k, v in marks.items() if not k.startswith("file ")
    }
    assert syncing.state().light == "trouble"
    peer.faults.clear()
    syncing.run_once()  # the next round has a deadline of its own
    assert_whole(peer)
    assert check_database().ok


def test_an_upload_is_done_only_when_the_server_says_complete_in_the_contracts_terms(desk, peer):
    busy_office(desk, cases=1)
    peer.faults.shape = "complete_maybe"
    with pytest.raises(BadAnswer):
        syncing.run_once()
    [photo] = Attachment.select()
    assert not photo.uploaded and photo.sha256 not in peer.files()
    assert peer.events() == []  # the events that point to it were not sent before it
    peer.faults.clear()
    syncing.run_once()
    assert_whole(peer)


def test_an_event_refused_for_a_missing_file_sends_the_file_again(desk, peer):
    busy_office(desk, cases=3)
    syncing.run_once()
    [photo] = Attachment.select()
    peer.forget_file(photo.sha256)  # the server lost it; the desk believes it is there
    second, third = Case.select().order_by(Case.id)[1:]
    data = file_store().read(photo.sha256)
    attachments.attach_file(desk["petugas"], second.uuid, "lagi.jpg", data, now=NOW)
    report = syncing.run_once()
    assert (report.again, report.rejected) == (1, 0)
    assert syncing.state().errors == 0 and syncing.state().pending == 1  # waits, not refused
    assert not Attachment.get(Attachment.sha256 == photo.sha256).uploaded
    report = syncing.run_once()
    assert (report.files, report.accepted) == (1, 1)
    assert_whole(peer)

    # One an older desk left refused (it took "maybe" for "complete") goes again by itself.
    peer.forget_file(photo.sha256)
    attachments.attach_file(desk["petugas"], third.uuid, "lagi.jpg", data, now=NOW)
    stuck = HistoryEvent.select().order_by(HistoryEvent.id.desc()).first()
    answer = json.dumps({"uuid": stuck.uuid, "status": "rejected", "code": "file_missing"})
    HistoryEvent.update(sync_status="rejected", sync_answer=answer).where(
        HistoryEvent.id == stuck.id
    ).execute()
    assert syncing.state().errors == 1
    report = syncing.run_once()
    assert (report.files, report.accepted) == (1, 1)
    assert_whole(peer)


def test_an_unreadable_change_is_refused_whole_and_the_cursor_stays(desk, peer):
    case = intake.register_complaint(desk["petugas"], complaint_form(), now=NOW)
    syncing.run_once()
    registration = HistoryEvent.get(HistoryEvent.case == case.uuid).payload
    del registration["complainant"]  # the contract leaves a payload open: the desk checks
    peer.assign_case(
        "LK1",
        {
            "uuid": syncing.new_uuid(),
            "case": syncing.new_uuid(),
            "kind": "case.registered",
            "payload": registration,
            "at": NOW.isoformat(),
            "actor": None,
            "version": 1,
        },
    )
    cursor = syncing._memory("sync.cursor")
    with pytest.raises(BadAnswer):
        syncing.run_once()
    assert syncing._memory("sync.cursor") == cursor and Case.select().count() == 1
    assert syncing.state().light == "trouble"


@pytest.mark.desk_only
def test_enrolment_over_http_is_refused_except_on_this_computer(actors, peer):
    for url in (
        "http://10.20.30.40:8080",
        "http://simpktn.kemendag.go.id",
        "http://127.0.0.1.nip.io",
    ):
        with pytest.raises(DomainError) as info:
            syncing.enrol(actors["admin"], url, ENROLMENT_CODE)
        assert info.value.code == "sync.bad_url"
        assert "tanpa sandi" in info.value.message("id")
    assert not syncing.server().url
    syncing.enrol(actors["admin"], peer.url, ENROLMENT_CODE)  # http://127.0.0.1: a test server
    # A desk set up before the rule does not send its token in clear either.
    settings.put(actors["admin"], "sync.server", "http://10.20.30.40:8080")
    with pytest.raises(DomainError):
        syncing.run_once()
    assert syncing.state().light == "trouble" and syncing.state().problem == "sync.bad_url"


@pytest.mark.desk_only
def test_a_missing_or_unreadable_ca_bundle_is_one_sentence(actors, peer, tmp_path):
    with pytest.raises(DomainError) as info:
        syncing.enrol(actors["admin"], peer.url, ENROLMENT_CODE, str(tmp_path / "ca.pem"))
    assert info.value.code == "sync.no_ca_bundle"
    assert info.value.message("en") == (
        f"The certificate authority (CA) file {tmp_path / 'ca.pem'} does not exist: check its "
        "name and folder."
    )
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate\n")
    with pytest.raises(DomainError) as info:
        syncing.enrol(actors["admin"], peer.url, ENROLMENT_CODE, str(junk))
    assert info.value.code == "sync.bad_ca_bundle"
    assert not syncing.server().url


# -- the keyring ---------------------------------------------------------------------------------
def plaintext_keyring(tmp_path, monkeypatch):
    from keyrings.alt.file import PlaintextKeyring

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    backend = PlaintextKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.mark.desk_only
def test_a_plaintext_or_failing_keyring_is_refused_unless_chosen(
    actors, peer, tmp_path, monkeypatch
):
    from keyring.backends import fail, null

    monkeypatch.delenv(tokens.ALLOW_INSECURE, raising=False)
    plain = plaintext_keyring(tmp_path, monkeypatch)
    for backend in (plain, fail.Keyring(), null.Keyring()):
        keyring.set_keyring(backend)
        with pytest.raises(DomainError) as info:
            syncing.enrol(actors["admin"], peer.url, ENROLMENT_CODE)
        assert info.value.code == "sync.insecure_keyring"
        assert "gnome-keyring (Secret Service)" in info.value.message("en")
        assert type(backend).__name__ in info.value.message("en")
    assert not syncing.server().url and not Path(plain.file_path).exists()  # nothing kept
    assert peer.requests == 0  # the enrolment code was not spent

    monkeypatch.setenv(tokens.ALLOW_INSECURE, "1")  # a test's, or an administrator's, choice
    keyring.set_keyring(plain)
    syncing.enrol(actors["admin"], peer.url, ENROLMENT_CODE)
    assert Path(plain.file_path).exists()
    monkeypatch.delenv(tokens.ALLOW_INSECURE)  # and a token already in one is not read either
    with pytest.raises(DomainError) as info:
        syncing.run_once()
    assert syncing.state().problem == "sync.insecure_keyring"
    assert "LOKET_ALLOW_INSECURE_KEYRING=1" in syncing.state().problem_text("en")


# -- loket sync, as a scheduler runs it ---------------------------------------------------------
def loket_sync(
    url: str,
    data_dir: Path,
    tmp_path: Path,
    *args: str,
    allow: bool = True,
    backend: str = "keyrings.alt.file.PlaintextKeyring",
):
    """``loket sync --server URL ARGS…`` in a process of its own, its token in a keyrings.alt
    file under ``tmp_path`` (chosen explicitly, as a test must)."""
    import os
    import subprocess
    import sys

    from conftest import PASSWORD

    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": backend,
        "XDG_DATA_HOME": str(tmp_path / "keyring"),
        "LOKET_PASSWORD": PASSWORD,
    }
    env.pop(tokens.ALLOW_INSECURE, None)
    if allow:
        env[tokens.ALLOW_INSECURE] = "1"
        if backend == "keyrings.alt.file.PlaintextKeyring":
            folder_key_into(env, data_dir)
    command = [sys.executable, "-m", "desktop", "sync", "--server", url, *args]
    return subprocess.Popen(
        [*command, "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def one_line(run, code: int) -> str:
    _, err = run.communicate(timeout=120)  # a run held for ever fails here
    assert run.returncode == code, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err


@pytest.mark.desk_only
def test_loket_sync_says_each_bad_answer_in_one_line_and_recovers(actors, data_dir, peer, tmp_path):
    busy_office(actors, cases=2)
    before = local_case_events()
    database.close()
    enrol = loket_sync(peer.url, data_dir, tmp_path, "--enrol", ENROLMENT_CODE, "--user", "admin")
    assert enrol.wait(60) == 0, enrol.stderr.read()
    for switches, words in (
        ({"answer": "html"}, "halaman web, bukan dengan sistem pusat"),
        ({"answer": "garbage", "only": "/v1/events"}, "tidak dapat dibaca"),
        ({"shape": "no_results"}, "tidak sesuai dengan kesepakatan"),
        ({"answer": "huge", "only": "/v1/events"}, "lebih besar dari 8 MB"),
        ({"answer": "trickle", "trickle": 5.0}, "dalam 2 detik"),  # a byte every 5 s
        ({"shape": "cursor_text"}, "tidak sesuai dengan kesepakatan"),  # after the pushes
    ):
        peer.faults.clear()
        for key, value in switches.items():
            setattr(peer.faults, key, value)
        err = one_line(loket_sync(peer.url, data_dir, tmp_path, "--once", "--deadline", "2"), 1)
        assert err.startswith("loket: ") and words in err, err
    peer.faults.clear()
    good = loket_sync(peer.url, data_dir, tmp_path, "--once")
    out, err = good.communicate(timeout=120)
    assert good.returncode == 0, err
    print(out.strip())
    database.connect(reuse_if_open=True)
    assert_whole(peer)
    assert local_case_events() == before


@pytest.mark.desk_only
def test_loket_sync_refuses_a_plaintext_keyring_and_bad_settings_in_one_line(
    actors, data_dir, peer, tmp_path
):
    database.close()
    enrol = ("--enrol", ENROLMENT_CODE, "--user", "admin", "--lang", "en")
    err = one_line(loket_sync(peer.url, data_dir, tmp_path, *enrol, allow=False), 2)
    assert "plain file" in err and "gnome-keyring (Secret Service)" in err
    assert not (tmp_path / "keyring").exists()  # no token was written anywhere
    missing = loket_sync(peer.url, data_dir, tmp_path, *enrol, backend="keyrings.gone.Keyring")
    assert "install the system's keyring" in one_line(missing, 2).lower()
    err = one_line(loket_sync(peer.url, data_dir, tmp_path, *enrol, "--ca-bundle", "nope.pem"), 2)
    assert err == (
        "loket: The certificate authority (CA) file nope.pem does not exist: check its name and "
        "folder.\n"
    )
    err = one_line(loket_sync("http://10.20.30.40", data_dir, tmp_path, *enrol), 2)
    assert "http:// only for a server on this computer" in err
    assert peer.requests == 0


def test_the_central_system_receives_the_hash_chain_and_checks_it(desk, peer):
    from central.peer import chain_hash

    uuid = intake.register_complaint(desk["petugas"], complaint_form(), now=NOW).uuid
    handling.take_action(desk["analis"], uuid, "start_analysis", now=NOW)
    assert syncing.run_once().accepted == 2
    ours = [
        e.hash
        for e in HistoryEvent.select().where(HistoryEvent.case == uuid).order_by(HistoryEvent.id)
    ]
    theirs = peer.events()
    assert [e["hash"] for e in theirs] == ours
    assert [e["prev"] for e in theirs] == ["", ours[0]]
    assert all(chain_hash(e) == e["hash"] for e in theirs)  # by the contract's rule, apart
    # A status set at the ministry: the desk chains it to the same hash the ministry did, so
    # the desk's next event follows it there too.
    central = peer.central_status("LK1", uuid, "Diverifikasi pusat", syncing.new_uuid())
    assert syncing.run_once().pulled == 1
    assert HistoryEvent.get(HistoryEvent.uuid == central["uuid"]).hash == central["hash"]
    handling.take_action(desk["analis"], uuid, "request_completion", {"missing": "KTP"}, now=NOW)
    assert syncing.run_once().accepted == 1
    # An event changed on the desk after it was written is refused by the ministry.
    handling.take_action(desk["analis"], uuid, "resume", now=NOW)
    last = HistoryEvent.select(fn.max(HistoryEvent.id)).scalar()
    HistoryEvent.update(payload={"note": "diubah"}).where(HistoryEvent.id == last).execute()
    report = syncing.run_once()
    assert report.accepted == 0
    [refused] = HistoryEvent.select().where(HistoryEvent.sync_status == "rejected")
    assert json.loads(refused.sync_answer)["code"] == "hash_mismatch"
