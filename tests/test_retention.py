"""Retention (UU 27/2022 art. 43-44): a case closed longer ago than the office's period is
anonymised: its person is found nowhere in the database or the file store, the statistics count
it as before, and `loket check` still verifies its history."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from conftest import PASSWORD, complaint_form
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from helpers import behind_the_store, desk_args, loket, table_counts
from test_attachments import png

from desktop.domain.errors import DomainError, PermissionDenied, ValidationFailed
from desktop.domain.intake import VisitorForm
from desktop.services import (
    attachments,
    check,
    dashboard,
    handling,
    intake,
    printing,
    queries,
    reports,
    retention,
    settings,
    setup,
    visitors,
)
from desktop.store import db as store_db
from desktop.store import keys
from desktop.store.models import Complainant, HistoryEvent, database

SITI = "3174015708850003"  # the form's own complainant: closed in 2020, due
DEWI = "3578016502900002"  # received in 2020 too, closed last month: not due
# What names Siti, in every form it is kept in (the phone as typed, local and international).
SITI_TRACES = (SITI, "Siti Aminah", "aminah", "081234567890", "6281234567890", "siti.aminah@co")
DEWI_TRACES = (DEWI, "Dewi Lestari", "081311112222")
OLD = dt.datetime(2020, 3, 2, 2)  # a Monday, 09:00 in Jakarta
NOW = dt.datetime(2026, 11, 23, 2)
DAY = dt.timedelta(days=1)
PERIOD = (dt.date(2020, 3, 1), dt.date(2020, 3, 31))


def form_of_2020(**overrides):
    return complaint_form(
        transaction_date=dt.date(2020, 2, 20), complained_at=dt.date(2020, 2, 24), **overrides
    )


@pytest.fixture
def cases(actors):
    """Siti's case: a visit, a scan of her KTP, a clarification letter, notes naming her,
    closed on 10 March 2020. Dewi's: received the same month, a receipt of her own attached,
    closed a month ago."""
    counter, analyst = actors["petugas"], actors["analis"]
    siti = intake.register_complaint(
        counter,
        form_of_2020(chronology="Saya Siti Aminah (0812-3456-7890): ponsel mati total."),
        now=OLD,
    )
    visit = visitors.sign_in_visitor(
        counter,
        VisitorForm(name="Siti Aminah", nik=SITI, phone="081234567890", purpose="complaint"),
        now=OLD,
    )
    visitors.link_case(counter, visit, siti.uuid, now=OLD)
    ktp = attachments.attach_file(counter, siti.uuid, "KTP Siti Aminah.png", png(41), now=OLD)
    handling.take_action(analyst, siti.uuid, "start_analysis", now=OLD + DAY)
    handling.take_action(
        analyst,
        siti.uuid,
        "start_clarification",
        {"mode": "offline", "reason": "Ibu Siti Aminah konsumen akhir"},
        now=OLD + 2 * DAY,
    )
    letter = printing.print_letter(
        analyst, siti.uuid, "clarification", now=OLD + 2 * DAY, issue=True
    )
    handling.take_action(
        analyst,
        siti.uuid,
        "close",
        {"outcome": "withdrawn", "note": "Siti Aminah mencabut pengaduannya"},
        now=OLD + 8 * DAY,
    )
    dewi = intake.register_complaint(
        counter,
        form_of_2020(
            complainant__name="Dewi Lestari",
            complainant__nik=DEWI,
            complainant__birth_date=dt.date(1990, 2, 25),
            complainant__phone="0813-1111-2222",
            complainant__email="dewi@contoh.co.id",
            product="Sepeda motor bekas",
        ),
        now=OLD + dt.timedelta(hours=2),
    )
    receipt = attachments.attach_file(counter, dewi.uuid, "nota.png", png(43), now=OLD)
    handling.take_action(analyst, dewi.uuid, "close", {"outcome": "withdrawn"}, now=NOW - 30 * DAY)
    return actors, siti, dewi, ktp, receipt, letter


def readable_database(data_dir, request) -> bytes:
    """What someone holding the key to the database reads: on the desk every page of its
    SQLite file (plain_database); in the office what the server gives its administrator,
    every row of every table (pg_dump; old row versions are VACUUMed by the purge)."""
    if request.getfixturevalue("engine") != "postgresql":
        return plain_database(data_dir)
    cluster = request.getfixturevalue("pg_cluster")
    name = database.obj.database.rsplit("/", 1)[1]
    dumped = cluster.tool(
        "pg_dump", "-h", str(cluster.folder), "-p", str(cluster.port), "-U", "postgres",
        "--data-only", name,
    )  # fmt: skip
    return dumped.stdout.encode()


def plain_database(data_dir) -> bytes:
    """Every page of the database file and its WAL, decrypted with the folder's key: what
    someone holding the key reads, free pages and old copies included (SQLCipher 4: AES-256-CBC
    over each page but its last 80 bytes, whose first 16 are the page's IV; page 1 begins with
    the salt)."""
    key = bytes.fromhex(keys.database_key(keys.unlock(data_dir))[2:-1])
    size, reserve = 4096, 80

    def opened(page: bytes, first: bool) -> bytes:
        iv = page[size - reserve : size - reserve + 16]
        out = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        return out.update(page[16 if first else 0 : size - reserve]) + out.finalize()

    data = (data_dir / store_db.DB_NAME).read_bytes()
    pages = [opened(data[i : i + size], i == 0) for i in range(0, len(data), size)]
    wal = data_dir / (store_db.DB_NAME + "-wal")
    if wal.exists():  # a 32-byte header, then frames of a 24-byte header and a page
        frames = wal.read_bytes()[32:]
        step = 24 + size
        pages += [opened(frames[i + 24 : i + step], False) for i in range(0, len(frames), step)]
    return b"".join(pages)


def stored() -> set[str]:
    return set(store_db.file_store().addresses())


def figures(actor):
    return (
        reports.recap(actor, *PERIOD),
        dashboard.dashboard(actor, *PERIOD, today=NOW.date()),
    )


def everything() -> dict[str, list]:
    """Every row of every table, as the store reads them."""
    names = database.get_tables()
    return {n: database.execute_sql(f'SELECT * FROM "{n}"').fetchall() for n in sorted(names)}


def test_an_anonymised_person_is_found_nowhere_in_the_database_or_the_file_store(
    cases, data_dir, request
):
    actors, siti, _dewi, ktp, receipt, letter = cases
    before = readable_database(data_dir, request)
    assert all(trace.encode() in before for trace in SITI_TRACES)  # the reading can find them
    assert {ktp.sha256, receipt.sha256} <= stored()

    done = retention.apply(actors["supervisor"], now=NOW)

    assert done.cases == [siti.reg_no] and done.people == 1 and done.held == []
    assert done.files == 2  # her KTP and the letter sent about her
    after = readable_database(data_dir, request)
    for trace in SITI_TRACES:
        assert trace.encode() not in after, trace
    for trace in DEWI_TRACES:  # the case not due keeps its person whole
        assert trace.encode() in after, trace
    assert ktp.sha256 not in stored() and receipt.sha256 in stored()
    person = Complainant.get(Complainant.uuid == queries.case_file(siti.uuid).case["complainant"])
    assert (person.name, person.nik, person.phone, person.email, person.address) == ("",) * 5
    assert (person.sex, person.city) == ("female", "Jakarta Selatan")  # what statistics read
    with pytest.raises(DomainError) as refused:  # the register keeps the number, not the letter
        printing.reprint(actors["analis"], letter.number)
    assert "data pribadi pengaduannya telah dihapus" in refused.value.message("id")
    text = {e.kind: e.payload for e in HistoryEvent.select().where(HistoryEvent.case == siti.uuid)}
    assert text["case.anonymised"]["years"] == 5
    # never enrolled: the case never goes to the central system, which could not check it
    assert {e.sync_status for e in HistoryEvent.select().where(HistoryEvent.case == siti.uuid)} == {
        "local"
    }
    assert queries.case_file(siti.uuid).case["anonymised"] == NOW.date()


def test_the_recap_and_the_dashboard_count_the_anonymised_case_as_before(cases):
    actors, _siti, *_ = cases
    supervisor = actors["supervisor"]
    before = figures(supervisor)
    assert (before[0].received, before[0].closed) == (2, 1)  # Siti's closed in the period
    assert before[1].sectors == [("electronics_vehicles", 2, 2)]  # two people, counted apart

    retention.apply(supervisor, now=NOW)

    assert figures(supervisor) == before


def test_check_passes_after_apply_and_still_names_a_changed_event(cases, data_dir):
    actors, siti, dewi, *_ = cases
    retention.apply(actors["admin"], now=NOW)
    report = check.check_database()
    assert report.ok, report.problems
    assert report.cases == 2

    con = behind_the_store(data_dir)
    try:
        uuid, payload = con.execute(
            "SELECT uuid, payload FROM history_event WHERE case_id = ? AND kind = ?",
            (siti.uuid, "case.registered"),
        ).fetchone()
        content = json.loads(payload)
        content["complainant"]["name"] = "Siti Aminah"  # put back into a redacted event
        con.execute(
            "UPDATE history_event SET payload = ? WHERE uuid = ?", (json.dumps(content), uuid)
        )
        other = con.execute(
            "SELECT uuid FROM history_event WHERE case_id = ? AND kind = 'case.transition'",
            (dewi.uuid,),
        ).fetchone()[0]
        con.execute("UPDATE history_event SET at = '2026-10-01 00:00:00' WHERE uuid = ?", (other,))
    finally:
        con.close()
    problems = check.check_database().problems
    broken = [p for p in problems if "is broken at event" in p]
    assert len(broken) == 2, problems
    assert any(uuid in p and siti.reg_no in p for p in broken)
    assert any(other in p and dewi.reg_no in p for p in broken)


def test_the_dry_run_writes_nothing_and_lists_only_what_is_due(cases, data_dir):
    actors, siti, _dewi, _ktp, *_ = cases
    rows, files = everything(), stored()

    planned = retention.plan(actors["supervisor"], today=NOW.date())

    assert [d.reg_no for d in planned.due] == [siti.reg_no]
    assert planned.cutoff == dt.date(2021, 11, 23) and planned.held == []
    assert everything() == rows and stored() == files
    with pytest.raises(PermissionDenied):
        retention.plan(actors["petugas"])


def test_loket_retention_dry_run_then_apply(cases, data_dir):
    actors, siti, dewi, *_ = cases
    where = desk_args(data_dir)
    database.close()
    counts = None
    try:
        dry = loket(
            "retention", "--dry-run", "--user", "supervisor",
            *where, password=PASSWORD,
        )  # fmt: skip
        assert dry.returncode == 0, dry.stderr
        assert siti.reg_no in dry.stdout and dewi.reg_no not in dry.stdout
        assert "1 case(s) would be anonymised" in dry.stdout
        database.connect(reuse_if_open=True)
        counts = table_counts()
        # the command's sign-in is its only write
        signed = HistoryEvent.select().where(HistoryEvent.kind == "auth.signed_in").count()
        assert Complainant.select().where(Complainant.nik == SITI).count() == 1
        database.close()
        refused = loket(
            "retention", "--apply", "--user", "petugas",
            *where, password=PASSWORD,
        )  # fmt: skip
        assert refused.returncode == 2 and "supervisor atau admin" in refused.stderr
        applied = loket(
            "retention", "--apply", "--user", "admin",
            *where, password=PASSWORD,
        )  # fmt: skip
        assert applied.returncode == 0, applied.stderr
        assert f"{siti.reg_no}  anonymised" in applied.stdout
        assert "1 case(s) anonymised, 1 person record(s) blanked" in applied.stdout
        checked = loket("check", *where)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    finally:
        database.connect(reuse_if_open=True)
    assert Complainant.select().where(Complainant.nik == SITI).count() == 0
    audit = HistoryEvent.get(HistoryEvent.kind == "retention.applied")
    assert audit.payload["cases"] == [siti.reg_no] and audit.actor_id == actors["admin"].uuid
    assert counts is not None and signed >= 1


def test_a_case_not_yet_due_is_untouched(cases):
    actors, _siti, dewi, *_ = cases
    mine = HistoryEvent.select().where(HistoryEvent.case == dewi.uuid)
    events = [(e.uuid, e.payload, e.hash) for e in mine]
    person = Complainant.get(Complainant.nik == DEWI).__data__
    case = queries.case_file(dewi.uuid).case

    retention.apply(actors["supervisor"], now=NOW)

    assert [(e.uuid, e.payload, e.hash) for e in mine.clone()] == events
    assert Complainant.get(Complainant.nik == DEWI).__data__ == person
    assert queries.case_file(dewi.uuid).case == case


def test_search_no_longer_finds_the_person(cases):
    actors, siti, dewi, *_ = cases
    for typed in ("Siti Aminah", SITI, "0812-3456-7890", "aminah"):
        assert [r.reg_no for r in queries.find_cases(typed)] == [siti.reg_no], typed

    retention.apply(actors["supervisor"], now=NOW)

    for typed in ("Siti Aminah", SITI, "0812-3456-7890", "aminah"):
        assert queries.find_cases(typed) == [], typed
    assert [r.reg_no for r in queries.find_cases(siti.reg_no)] == [siti.reg_no]
    assert [r.reg_no for r in queries.find_cases("Dewi Lestari")] == [dewi.reg_no]


def test_the_period_is_an_office_setting_an_admin_changes(cases):
    actors, siti, *_ = cases
    office = setup.office()
    with pytest.raises(ValidationFailed):
        setup.save_office(actors["admin"], office, 10, 0)
    setup.save_office(actors["admin"], office, 10, 7)
    assert settings.get("retention.years") == 7
    planned = retention.plan(actors["admin"], today=NOW.date())
    assert planned.years == 7 and planned.due == []  # closed 2020: due only from March 2027
    due_later = retention.plan(actors["admin"], today=dt.date(2027, 3, 10))
    assert [d.reg_no for d in due_later.due] == [siti.reg_no]
    assert dataclasses.asdict(due_later.due[0])["closed_on"] == dt.date(2020, 3, 10)


@pytest.fixture
def central(tmp_path):
    import keyring
    from central.memory_keyring import MemoryKeyring
    from central.peer import Peer

    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    peer = Peer(tmp_path / "central", seed=7).start()
    yield peer
    peer.stop()
    keyring.set_keyring(before)


def test_the_central_system_gets_the_anonymisation_and_does_the_same(cases, central):
    from central.peer import ENROLMENT_CODE

    from desktop.services import syncing

    actors, siti, *_ = cases
    syncing.enrol(actors["admin"], central.url, ENROLMENT_CODE)
    held = retention.plan(actors["supervisor"], today=NOW.date())
    assert held.due == [] and [h.reg_no for h in held.held] == [siti.reg_no]  # not sent yet
    assert syncing.run_once().rejected == 0
    registered = next(
        e for e in central.events() if e["case"] == siti.uuid and e["kind"] == "case.registered"
    )
    assert registered["payload"]["complainant"]["nik"] == SITI

    done = retention.apply(actors["supervisor"], now=NOW)
    assert done.cases == [siti.reg_no]
    report = syncing.run_once()

    assert (report.accepted, report.rejected) == (1, 0)  # the anonymisation, checked there
    theirs = {e["uuid"]: e for e in central.events() if e["case"] == siti.uuid}
    ours = {e.uuid: e for e in HistoryEvent.select().where(HistoryEvent.case == siti.uuid)}
    assert theirs.keys() == ours.keys()
    for uuid, event in theirs.items():  # the same redaction, the same hashes
        assert (event["payload"], event["hash"]) == (ours[uuid].payload, ours[uuid].hash)
    assert not any(t in json.dumps(list(theirs.values())) for t in SITI_TRACES)
    assert check.check_database().ok
