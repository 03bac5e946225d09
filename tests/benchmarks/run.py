"""``make bench``: each figure beside the cheapest thing that does the same work, in one run.

Data folders come from ``loket demo`` and are kept in bench-data/ between runs. Prints one
table and writes bench-data/results.json. Rows whose capability is not built yet say so.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
# The demo folders are encrypted like every folder; their keys go to a file keyring kept with
# them in bench-data/ (chosen explicitly, as the tests do), so a later run opens them again.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
os.environ.setdefault("LOKET_ALLOW_INSECURE_KEYRING", "1")
os.environ.setdefault("XDG_DATA_HOME", str(ROOT / "bench-data" / "keyring"))
DATA = ROOT / "bench-data"
DEMO = "loket-demo-2026"  # the password of the demo's accounts


@dataclass
class Row:
    what: str
    ours: float | None  # milliseconds (or MB where the unit says so)
    baseline: float | None
    target: str
    unit: str = "ms"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.ours / self.baseline if self.ours and self.baseline else None


def folder(cases: int) -> Path:
    """A demo folder of this size, generated once and reused."""
    path = DATA / f"cases-{cases}"
    if not (path / "loket.sqlite3").exists() or (path / "generating").exists():
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir(parents=True)
        (path / "generating").touch()
        started = time.monotonic()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop",
                "demo",
                "--cases",
                str(cases),
                "--seed",
                "42",
                "--data-dir",
                str(path),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        (path / "generated-seconds").write_text(f"{time.monotonic() - started:.0f}")
        (path / "generating").unlink()
    return path


def fresh(path: Path, source: Path | None = None) -> Path:
    """``path`` emptied, or made a new copy of ``source``: every run starts from the same state."""
    shutil.rmtree(path, ignore_errors=True)
    if source is not None:
        shutil.copytree(source, path)
    return path


def raw_db(path: Path, read_only: bool = True):
    """The folder's database below the store, as the raw baselines use it: SQLCipher's own
    DB-API (keyed when the folder is encrypted; a plain folder opens as plain SQLite)."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from desktop.store import db as store_db
    from desktop.store import keys

    mode = "?mode=ro" if read_only else ""
    con = sqlcipher.connect(f"file:{path / 'loket.sqlite3'}{mode}", uri=True)
    if not store_db.is_plain(path / "loket.sqlite3"):
        con.execute(f'PRAGMA key = "{keys.database_key(keys.unlock(path))}"')
    return con


def raw_copy(path: Path, target: Path) -> None:
    """What ``sqlite3 .backup`` does, for a file the stock shell cannot open: SQLite's online
    backup API from the folder's database into ``target``, keyed with the same key."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from desktop.store import db as store_db
    from desktop.store import keys

    source = raw_db(path)
    copy = sqlcipher.connect(str(target))
    try:
        if not store_db.is_plain(path / "loket.sqlite3"):
            copy.execute(f'PRAGMA key = "{keys.database_key(keys.unlock(path))}"')
        source.backup(copy)
    finally:
        copy.close()
        source.close()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def queries_for(path: Path) -> list[str]:
    """Realistic things an officer types, drawn from the data: names, parts of NIKs and phone
    numbers, registration numbers, businesses, products and words of the chronology."""
    con = raw_db(path)
    rows = con.execute(
        'SELECT c.reg_no, p.name, p.nik, p.phone, b.name, c.product FROM "case" c '
        "JOIN complainant p ON p.uuid = c.complainant_id "
        "JOIN business_actor b ON b.uuid = c.business_id "
        "WHERE c.id % 997 = 1 ORDER BY c.id LIMIT 12"
    ).fetchall()
    con.close()
    typed = []
    for reg_no, name, nik, phone, business, product in rows:
        typed += [
            name.split()[0][:4],
            name,
            nik[:8],
            "0" + phone[3:9],
            reg_no,
            reg_no[-5:],
            business.split()[-1],
            product.lower(),
        ]
    return [*typed, "ponsel mati", "dana tidak dikembalikan", "pinjaman", "ma", "sepatu"]


def bench_search(path: Path, cases: int) -> list[Row]:
    from desktop.services import settings
    from desktop.services.queries import CaseQuery, count_cases, first_page
    from desktop.store import db as store_db
    from desktop.store.search import match_expression

    settings.forget()
    database = store_db.open_database(path)
    typed = queries_for(path)
    ours, raw, counts = [], [], []
    # The cheapest same work: the newest 100 matches with what the list shows, in one query.
    raw_sql = (
        "SELECT c.id, c.uuid, c.reg_no, c.status, c.outcome, c.received_at, c.stage_due, "
        'c.sector, c.channel, p.name, b.name FROM "case" c '
        "JOIN complainant p ON p.uuid = c.complainant_id "
        "JOIN business_actor b ON b.uuid = c.business_id "
        'WHERE c.id IN (SELECT rowid FROM "case_search" WHERE "case_search" MATCH ? '
        "ORDER BY rowid DESC LIMIT 100) ORDER BY c.id DESC"
    )

    def app(text: str) -> None:
        started = time.perf_counter()
        total, _rows = first_page(CaseQuery(text=text), 100)
        ours.append((time.perf_counter() - started) * 1000)
        if total is None:  # the list asks for the count once the rows are on screen
            started = time.perf_counter()
            count_cases(CaseQuery(text=text))
            counts.append((time.perf_counter() - started) * 1000)

    def baseline(text: str) -> None:
        started = time.perf_counter()
        database.execute_sql(raw_sql, (match_expression(text),)).fetchall()
        raw.append((time.perf_counter() - started) * 1000)

    for round_ in range(4):
        for text in typed:
            # Whichever goes second finds SQLite's cache warm: take turns.
            for run in (app, baseline) if round_ % 2 else (baseline, app):
                run(text)
    database.close()
    n = f"{cases:,}"
    return [
        Row(
            f"search as you type, p50 ({n})",
            statistics.median(ours),
            statistics.median(raw),
            "—",
            note="app: the list's first 100 rows, as its model gets them; baseline: one raw SQL",
        ),
        Row(
            f"search as you type, p95 ({n})",
            percentile(ours, 95),
            percentile(raw, 95),
            "< 30 ms, ratio < 1.5",
        ),
        Row(
            f"search: the count that follows a full first page, p95 ({n})",
            percentile(counts, 95),
            None,
            "—",
            note=f"{len(counts) // 4} of {len(typed)} searches fill a page; the count label "
            "and the scroll bar's length come with it",
        ),
    ]


def typed_parts_and_numbers(path: Path) -> tuple[list[str], list[str]]:
    """What an officer types that only the parts index finds (a part of a name, a NIK's last
    four digits, the middle of a phone), phone numbers as the desk prints them, and parts of
    two words of a name typed together."""
    from desktop.domain.identity import display_phone

    con = raw_db(path)
    rows = con.execute(
        'SELECT p.name, p.nik, p.phone FROM "case" c '
        "JOIN complainant p ON p.uuid = c.complainant_id "
        "WHERE c.id % 997 = 1 ORDER BY c.id LIMIT 12"
    ).fetchall()
    con.close()
    parts, numbers, several = [], [], []
    for name, nik, phone in rows:
        word = max(name.split(), key=len)
        parts += [word[1:5].lower(), nik[-4:], phone[7:11]]
        words = name.lower().split()
        if len(words) > 1:  # a part of each of two words of the name, in either order
            several += [f"{words[0][1:5]} {words[-1][1:4]}", f"{words[-1][-4:]} {words[0][:3]}"]
        numbers += [
            display_phone(phone),
            f"+62 {display_phone(phone)[1:]}",
            nik[-8:-4] + "." + nik[-4:],
        ]
    return parts, numbers, several


def bench_search_parts(path: Path, cases: int) -> list[Row]:
    """Infix and formatted-number searches: the list's first page beside the raw SQL of the
    index that answers them."""
    from desktop.services import settings
    from desktop.services.queries import CaseQuery, first_page
    from desktop.store import db as store_db
    from desktop.store.search import (
        match_expression,
        parts_expression,
        words_and_parts_expression,
    )

    settings.forget()
    started = time.perf_counter()
    database = store_db.open_database(path)  # the first open after 0009 builds the index
    opened = (time.perf_counter() - started) * 1000
    parts, numbers, several = typed_parts_and_numbers(path)
    raw = (
        "SELECT c.id, c.uuid, c.reg_no, c.status, c.outcome, c.received_at, c.stage_due, "
        'c.sector, c.channel, p.name, b.name FROM "case" c '
        "JOIN complainant p ON p.uuid = c.complainant_id "
        "JOIN business_actor b ON b.uuid = c.business_id "
        'WHERE c.id IN (SELECT rowid FROM "{0}" WHERE "{0}" MATCH ? '
        "ORDER BY rowid DESC LIMIT 100) ORDER BY c.id DESC"
    )
    rows = []
    for label, typed, table, expression in (
        (
            "infix (part of a name, NIK's last four, middle of a phone)",
            parts,
            "case_parts",
            parts_expression,
        ),
        (
            "formatted phone and NIK numbers",
            numbers,
            "case_search",
            lambda text: match_expression(text, phone_groups=False),
        ),
        (
            "several words, each a part of the name",
            several,
            "case_search",
            words_and_parts_expression,
        ),
    ):
        # The baseline is the index's own SQL with the query already made (for several words
        # that takes the look-up of the name words holding each part, which ours includes).
        expressions = {text: expression(text) for text in typed}
        ours, base = [], []
        for round_ in range(4):
            for text in typed:

                def app(text: str = text, ours: list[float] = ours) -> None:
                    began = time.perf_counter()
                    first_page(CaseQuery(text=text), 100)
                    ours.append((time.perf_counter() - began) * 1000)

                def baseline(
                    text: str = text,
                    base: list[float] = base,
                    table: str = table,
                    expressions: dict = expressions,
                ) -> None:
                    began = time.perf_counter()
                    database.execute_sql(raw.format(table), (expressions[text],)).fetchall()
                    base.append((time.perf_counter() - began) * 1000)

                for run in (app, baseline) if round_ % 2 else (baseline, app):
                    run()
        rows.append(
            Row(
                f"search, {label}, p95 ({cases:,})",
                percentile(ours, 95),
                percentile(base, 95),
                "< 30 ms",
                note=f"baseline: raw SQL of the {table} index alone; p50 "
                f"{statistics.median(ours):.1f} vs {statistics.median(base):.1f} ms",
            )
        )
    database.close()
    if opened > 1000:
        rows.append(
            Row(
                f"migrations on the first open (parts index, name words) ({cases:,})",
                opened / 1000,
                None,
                "minutes",
                unit="s",
            )
        )
    return rows


def bench_case_list(path: Path, cases: int) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from desktop.gui.app import open_desk
    from desktop.gui.case_model import CaseListModel
    from desktop.gui.screenshot import call
    from desktop.gui.worker import Worker
    from desktop.services.queries import CaseQuery

    app = QApplication.instance() or QApplication([])
    worker = Worker()
    call(worker, app, open_desk, path)
    model = CaseListModel(worker)
    heads: list[int] = []
    counts: list[int] = []
    model.page_loaded.connect(heads.append)
    model.counted.connect(counts.append)
    first, middle = [], []
    for attempt in range(5):
        heads.clear()
        started = time.perf_counter()
        model.set_query(CaseQuery())
        while 0 not in heads:  # the first screen of rows
            app.processEvents()
            time.sleep(0.0005)
        first.append((time.perf_counter() - started) * 1000)
        while len(counts) <= attempt:  # then the count, and the list its whole length
            app.processEvents()
            time.sleep(0.0005)
        row = (model.rowCount() // 2 + len(first) * 1013) % model.rowCount()  # a new page each time
        started = time.perf_counter()
        model.data(model.index(row, 0))
        while model.row(row) is None:
            app.processEvents()
            time.sleep(0.0005)
        middle.append((time.perf_counter() - started) * 1000)
    worker.stop()
    n = f"{cases:,}"
    return [
        Row(f"case list first screen, Qt model ({n})", statistics.median(first), None, "< 100 ms"),
        Row(f"case list scrolled to the middle ({n})", statistics.median(middle), None, "< 100 ms"),
    ]


def watch(app, page, typed: list[str], seconds: float, typing: bool) -> float:
    """The longest gap between 2 ms timer ticks while (perhaps) typing a search every 120 ms."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    clock, longest, last = QElapsedTimer(), [0.0], [0.0]
    clock.start()

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        longest[0] = max(longest[0], now - last[0])
        last[0] = now

    timer = QTimer(interval=2)
    timer.timeout.connect(tick)
    timer.start()
    step = 0
    while clock.elapsed() < seconds * 1000:
        if typing and clock.elapsed() > step * 120:  # a key every 120 ms
            text = typed[(step // 6) % len(typed)]
            page.form.searchEdit.setText(text[: 1 + step % 6] if step % 6 < 5 else text)
            step += 1
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    return longest[0]


def bench_stall(path: Path, cases: int) -> list[Row]:
    """The longest the event loop stood still while an officer types searches into the list."""
    from PySide6.QtWidgets import QApplication

    from desktop.gui import i18n
    from desktop.gui.app import open_desk
    from desktop.gui.cases_page import CasesPage
    from desktop.gui.screenshot import call
    from desktop.gui.worker import Worker

    app = QApplication.instance() or QApplication([])
    i18n.install("id")
    worker = Worker()
    call(worker, app, open_desk, path)
    page = CasesPage(worker)
    page.resize(1280, 800)
    page.show()
    typed = queries_for(path)
    idle = watch(app, page, typed, 2, typing=False)
    busy = watch(app, page, typed, 6, typing=True)
    worker.stop()
    return [
        Row(
            f"longest event-loop stall while searching ({cases:,})",
            busy,
            idle,
            "< 50 ms",
            note="baseline: the same loop idle",
        )
    ]


PEER_PROCESS = """
import sys, time
from pathlib import Path
from central.peer import Peer
peer = Peer(Path(sys.argv[1])).start()
print(peer.url, flush=True)
time.sleep(3600)
"""


def cups_queue() -> str:
    """A cups-pdf queue on a running cupsd (started and made here when root), or ""."""
    ppd = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")
    if os.geteuid() != 0 or not shutil.which("cupsd") or not ppd.exists():
        return ""
    if subprocess.run(["pgrep", "-x", "cupsd"], capture_output=True).returncode != 0:
        subprocess.run(["cupsd"], check=True)
        time.sleep(1)
    made = subprocess.run(
        ["lpadmin", "-p", "LoketBench", "-E", "-v", "cups-pdf:/", "-P", str(ppd)],
        capture_output=True,
    )
    return "LoketBench" if made.returncode == 0 else ""


def bench_stall_loaded(tmp: Path, cases: int = 1000) -> list[Row]:
    """The same typing while the desk syncs a backlog of ``cases`` cases (a 200 KB file each)
    to the peer and prints a 100-page document, all in the one desk process."""
    import datetime as dt
    import threading

    import keyring
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(ROOT / "tests"))
    from central.memory_keyring import MemoryKeyring
    from central.peer import ENROLMENT_CODE, Peer

    from desktop.documents.common import Office
    from desktop.documents.schedule import MeetingRow, render_schedule
    from desktop.gui import i18n
    from desktop.gui.app import open_desk
    from desktop.gui.cases_page import CasesPage
    from desktop.gui.preview import send_to_printer
    from desktop.gui.screenshot import call
    from desktop.gui.sync_status import SyncRunner
    from desktop.gui.worker import Worker
    from desktop.services import staff, syncing
    from desktop.store.models import Staff

    source = sync_folder(cases)
    work = fresh(tmp / "stall-desk", source)
    fresh(tmp / "stall-central")
    keyring.set_keyring(MemoryKeyring())
    # The central server is another machine: its work must not compete with the desk's threads.
    server = subprocess.Popen(
        [sys.executable, "-c", PEER_PROCESS, str(tmp / "stall-central")],
        cwd=ROOT / "tests",
        stdout=subprocess.PIPE,
        text=True,
    )
    url = server.stdout.readline().strip()
    day = dt.date(2026, 11, 30)
    rows = [
        MeetingRow(
            f"{day}",
            "09.00\u201310.00",
            "Ruang Mediasi 1",
            "Mediasi",
            f"LK1-202611-{n:05d}",
            f"Pengadu {n}",
            f"PT Usaha {n}",
            "Siti Rahmawati",
        )
        for n in range(2800)
    ]
    long_pdf = render_schedule(rows, "Desember 2026", Office())
    app = QApplication.instance() or QApplication([])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    queue = cups_queue()
    if queue:
        printer.setPrinterName(queue)
    else:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp / "stall-print.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    i18n.install("id")
    worker = Worker()
    call(worker, app, open_desk, work)
    admin = call(worker, app, lambda: staff.actor_of(Staff.get(Staff.username == "admin")))
    call(worker, app, syncing.enrol, admin, url, ENROLMENT_CODE)
    page = CasesPage(worker)
    page.resize(1280, 800)
    page.show()
    typed = queries_for(work)
    idle = watch(app, page, typed, 2, typing=False)
    runner = SyncRunner(interval=3600)
    runner.start()
    printing = threading.Thread(
        target=send_to_printer, args=(long_pdf, printer, "loket-bench-stall")
    )
    printing.start()
    busy = watch(app, page, typed, 10, typing=True)
    sent = len(Peer(tmp / "stall-central").events())
    printing.join(300)
    runner.stop(300)
    worker.stop()
    server.kill()
    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(long_pdf)).pages)
    where = f"to the CUPS queue {queue}" if queue else "to a PDF file (no CUPS here)"
    return [
        Row(
            f"longest event-loop stall while searching, syncing {cases:,} cases and printing",
            busy,
            idle,
            "< 50 ms",
            note=f"in 10 s of typing: {sent:,} events reached the peer, a {pages}-page "
            f"document went {where}; baseline: the same loop idle",
        )
    ]


START_OURS = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.gui import i18n, style
from desktop.gui.app import open_desk
from desktop.gui.desk import DeskSettings
from desktop.gui.main_window import MainWindow
from desktop.gui.worker import Worker
from desktop.services import staff
from desktop.store.models import Staff

def answer(fn, *args):
    box = []
    worker.submit(fn, *args, on_success=box.append)
    while not box:
        app.processEvents(); time.sleep(0.0005)
    return box[0]

if sys.argv[3:] == ["ui"]:  # for comparison: every form read from its .ui by QUiLoader
    from desktop.gui import forms
    forms._compiled = lambda name: None
app = QApplication([])
style.apply(app); i18n.install("id")
worker = Worker()
answer(open_desk, Path(sys.argv[1]))
# Signing in, less the typing and the password hash.
actor = answer(lambda: staff.actor_of(Staff.get(Staff.username == "petugas")))
window = MainWindow(worker, actor, DeskSettings(Path(sys.argv[2])))
window.show()
app.processEvents()  # laid out, painted, taking input
shown = time.perf_counter()
while window.today.summary is None:  # Today's figures, read on the worker
    app.processEvents(); time.sleep(0.0005)
print(shown, time.perf_counter())
worker.stop()
"""
START_BARE = """
import os, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow(); window.resize(1280, 800); window.show(); app.processEvents()
print(time.perf_counter())
"""


def bench_cold_start(path: Path, cases: int, tmp: Path) -> list[Row]:
    # An installed desk has its bytecode (pip and PyInstaller compile it); a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile every module on each start instead.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop")], check=True)

    def once(code: str, *args: str) -> list[float]:
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        return [(float(t) - started) * 1000 for t in done.stdout.split()[-2:]]

    fresh(tmp)
    once(START_OURS, str(path), str(tmp))  # the first start reads the files from disk
    # Interleaved, so a load on the machine falls on all three alike.
    ours, bare, from_ui = [], [], []
    for _ in range(7):
        ours.append(once(START_OURS, str(path), str(tmp)))
        bare.append(once(START_BARE)[-1])
        from_ui.append(once(START_OURS, str(path), str(tmp), "ui")[0])
    n = f"{cases:,}"
    return [
        Row(
            f"cold start to a working window ({n})",
            statistics.median(shown for shown, _ in ours),
            statistics.median(bare),
            "ratio < 2",
            note="process start to the main window shown, painted and taking input (signing "
            "in left out); baseline: bare PySide6 QMainWindow",
        ),
        Row(
            f"cold start, forms compiled (pyside6-uic) vs read by QUiLoader ({n})",
            statistics.median(shown for shown, _ in ours),
            statistics.median(from_ui),
            "ratio < 1",
            note="the same start with every form read from its .ui at run time",
        ),
        Row(
            f"cold start until Today's figures are on screen ({n})",
            statistics.median(today for _, today in ours),
            None,
            "—",
            note="the summary is read on the worker after the window shows",
        ),
    ]


def bench_intake(path: Path, cases: int) -> list[Row]:
    complaint_form = _complaint_form()

    from desktop.services import intake, settings, staff
    from desktop.store import db as store_db
    from desktop.store.models import Staff

    settings.forget()
    database = store_db.open_database(path)
    officer = staff.actor_of(Staff.get(Staff.username == "petugas"))
    intake.register_complaint(officer, complaint_form())  # the first one loads the calendar
    ours = []
    for _ in range(100):
        started = time.perf_counter()
        intake.register_complaint(officer, complaint_form())
        ours.append((time.perf_counter() - started) * 1000)
    database.close()
    # Baseline: the same rows written by hand with sqlite3, committed, on a scratch file.
    scratch = DATA / "scratch.sqlite3"
    scratch.unlink(missing_ok=True)
    con = sqlite3.connect(scratch, isolation_level=None)
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA synchronous=normal")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT)")
    raw = []
    blob = "x" * 2000
    for _ in range(100):
        started = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        for _ in range(4):  # case, event, complainant, search entry
            con.execute("INSERT INTO t (a, b, c) VALUES (?, ?, ?)", (blob, blob, blob))
        con.execute("COMMIT")
        raw.append((time.perf_counter() - started) * 1000)
    con.close()
    scratch.unlink(missing_ok=True)
    return [
        Row(
            f"intake save, p95 ({cases:,})",
            percentile(ours, 95),
            percentile(raw, 95),
            "< 20 ms",
            note="baseline: 4 raw inserts + commit",
        )
    ]


def _complaint_form():
    """The tests' complaint form, without the keyring their conftest chooses for a test run
    (the benchmark's folders keep their keys in bench-data/keyring)."""
    kept = dict(os.environ)
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import complaint_form

    os.environ.clear()
    os.environ.update(kept)
    return complaint_form


def plain_folder(cases: int) -> Path:
    """The demo folder of this size as a desk made them before encryption (plain SQLite and
    plain files), made once: decrypted from the encrypted demo by SQLCipher's own export, so
    both sides of a comparison hold the same rows (and a million cases are not made twice)."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from desktop.store import keys
    from desktop.store.files import TEMPORARY, FileStore

    path = DATA / f"plain-{cases}"
    if not (path / "generated-seconds").exists():
        source = folder(cases)
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir(parents=True)
        started = time.monotonic()
        key = keys.unlock(source)
        con = sqlcipher.connect(str(source / "loket.sqlite3"), isolation_level=None)
        con.execute(f'PRAGMA key = "{keys.database_key(key)}"')
        target = str(path / "loket.sqlite3").replace("'", "''")
        con.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
        con.execute("SELECT sqlcipher_export('plain')")
        version = con.execute("PRAGMA main.user_version").fetchone()[0]
        con.execute(f"PRAGMA plain.user_version = {int(version)}")
        con.execute("DETACH DATABASE plain")
        con.close()
        sealed = FileStore(source / "files", key=keys.files_key(key))
        plain = FileStore(path / "files", key=None)
        for stored in sealed.stored():
            if not stored.name.startswith(TEMPORARY):
                plain.copy_from(sealed, stored.name)
        (path / "generated-seconds").write_text(f"{time.monotonic() - started:.0f}")
    return path


def _search_and_intake(path: Path, typed: list[str]) -> tuple[list[float], list[float]]:
    """The search as the case list runs it, then 100 intake saves, on one data folder."""
    complaint_form = _complaint_form()

    from desktop.services import intake, settings, staff
    from desktop.services.queries import CaseQuery, first_page
    from desktop.store import db as store_db
    from desktop.store.models import Staff

    settings.forget()
    database = store_db.open_database(path)
    searched, saved = [], []
    for _round in range(3):
        for text in typed:
            started = time.perf_counter()
            first_page(CaseQuery(text=text), 100)
            searched.append((time.perf_counter() - started) * 1000)
    officer = staff.actor_of(Staff.get(Staff.username == "petugas"))
    intake.register_complaint(officer, complaint_form())  # the first one loads the calendar
    for _ in range(100):
        started = time.perf_counter()
        intake.register_complaint(officer, complaint_form())
        saved.append((time.perf_counter() - started) * 1000)
    database.close()
    return searched, saved


def bench_encryption(cases: int) -> list[Row]:
    """The same search and intake on the encrypted database and on a plain copy of it, in the
    same run (taking turns, so neither always finds the disk cache warm); `loket encrypt` of
    the folder beside copying it."""
    source = plain_folder(cases)
    typed = queries_for(source)
    plain, sealed = fresh(DATA / "enc-plain", source), DATA / "enc-sealed"
    started = time.perf_counter()
    fresh(sealed, source)
    copied = time.perf_counter() - started
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "desktop", "encrypt", "--data-dir", str(sealed)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    encrypting = time.perf_counter() - started
    times = {"plain": ([], []), "sealed": ([], [])}
    for turn in range(2):
        for name, path in (("plain", plain), ("sealed", sealed))[:: 1 if turn else -1]:
            searched, saved = _search_and_intake(path, typed)
            times[name][0].extend(searched)
            times[name][1].extend(saved)
    n = f"{cases:,}"
    note = "baseline: the same on a plain copy, same run"
    return [
        Row(
            f"search p95, encrypted ({n})",
            percentile(times["sealed"][0], 95),
            percentile(times["plain"][0], 95),
            "ratio < 1.3",
            note=note,
        ),
        Row(
            f"intake save p95, encrypted ({n})",
            percentile(times["sealed"][1], 95),
            percentile(times["plain"][1], 95),
            "ratio < 1.3",
            note=note,
        ),
        Row(
            f"loket encrypt of the folder ({n})",
            encrypting,
            copied,
            "minutes",
            unit="s",
            note="baseline: copying the plain folder",
        ),
    ]


def bench_report(path: Path, cases: int) -> list[Row]:
    """The recap of the last twelve months, beside one raw count by sector over the same rows."""
    import datetime as dt

    from desktop.domain.workdays import office_days
    from desktop.services import reports, settings, staff
    from desktop.store import db as store_db
    from desktop.store.models import Staff

    settings.forget()
    database = store_db.open_database(path)  # migrates: the closed_at index, once
    admin = staff.actor_of(Staff.get(Staff.username == "admin"))
    end = dt.date.today()
    start = end - dt.timedelta(days=365)
    since, until = office_days(start, end)
    raw_sql = (
        'SELECT sector, count(*) FROM "case" WHERE received_at >= ? AND received_at < ? '
        "GROUP BY sector"
    )
    ours, raw = [], []
    for turn in range(6):
        for run in ("ours", "raw") if turn % 2 else ("raw", "ours"):
            started = time.perf_counter()
            if run == "ours":
                recap = reports.recap(admin, start, end)
            else:
                database.execute_sql(raw_sql, (since, until)).fetchall()
            (ours if run == "ours" else raw).append((time.perf_counter() - started) * 1000)
    database.close()
    return [
        Row(
            f"recap of twelve months ({cases:,})",
            statistics.median(ours),
            statistics.median(raw),
            "< 1 s",
            note=f"{recap.received:,} cases received, {recap.closed:,} closed: sector, channel, "
            "outcome and agency; baseline: one raw count by sector",
        )
    ]


def bench_dashboard(path: Path, cases: int) -> list[Row]:
    """The dashboard of twelve months and of a quarter (read from the summaries the database
    keeps), beside the same figures grouped raw from the cases, as the dashboard once did."""
    import datetime as dt

    from desktop.domain.workdays import office_days
    from desktop.domain.workflow import OPEN_STATUSES
    from desktop.services import dashboard, settings, staff
    from desktop.store import db as store_db
    from desktop.store import recap_raw
    from desktop.store.models import Staff

    settings.forget()
    probe = store_db.connect(path)
    pending = store_db.migration_state(probe).pending
    probe.close()
    started = time.perf_counter()
    database = store_db.open_database(path)  # the first open after 0020 fills the summaries
    opened = time.perf_counter() - started
    boss = staff.actor_of(Staff.get(Staff.username == "supervisor"))
    raw = raw_db(path, read_only=False)
    end = dt.date.today()
    rows = []
    if "0020_dashboard_summaries" in pending:
        rows.append(
            Row(
                f"migration 0020 (dashboard summaries) ({cases:,})",
                opened,
                None,
                "minutes",
                unit="s",
                note="the first open of a folder made before it: " + ", ".join(pending),
            )
        )
    statuses = tuple(s.value for s in OPEN_STATUSES)
    for days, name in ((365, "twelve months"), (91, "a quarter")):
        start = end - dt.timedelta(days=days)
        # The cheapest same work: the dashboard's seven grouped statements, raw, unshaped.
        statements = recap_raw.statements(
            *office_days(start, end), statuses, dashboard.TOP_BUSINESSES
        ).values()
        ours, bare = [], []
        for turn in range(6 if cases < 100_000 else 2):
            for run in ("ours", "raw") if turn % 2 else ("raw", "ours"):
                started = time.perf_counter()
                if run == "ours":
                    board = dashboard.dashboard(boss, start, end)
                else:
                    for sql, params in statements:
                        raw.execute(sql, [str(p) for p in params]).fetchall()
                (ours if run == "ours" else bare).append((time.perf_counter() - started) * 1000)
        received = sum(sum(v) for v in board.received.values())
        rows.append(
            Row(
                f"dashboard of {name} ({cases:,})",
                statistics.median(ours),
                statistics.median(bare),
                "< 1 s",
                note=f"{received:,} cases received, {sum(b.cases for b in board.backlog):,} open, "
                f"{sum(s.finished for s in board.on_time_by_stage):,} stages finished; "
                "ours from the per-day summaries; baseline: the same figures grouped raw from "
                f"the cases (seven statements); {len(ours)} turns each",
            )
        )
    raw.close()
    database.close()
    return rows


# The process's own high-water mark of resident memory, in KB: ru_maxrss would report the
# forking parent's when that was larger (Linux carries it across exec).
PEAK = """
def PEAK():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
"""
EXPORT_RAW = (
    PEAK
    + """
import os, sys, csv, time
sys.path.insert(0, sys.argv[3])
from sqlcipher3 import dbapi2 as sqlite3
from desktop.store.exports import CASE_ROWS
started = time.perf_counter()
con = sqlite3.connect(sys.argv[1])
if os.environ.get("BENCH_DB_KEY"):  # the folder's key, from the parent (not on the command line)
    con.execute('PRAGMA key = "' + os.environ["BENCH_DB_KEY"] + '"')
cursor = con.execute(CASE_ROWS + ' ORDER BY c.received_at DESC, c.id DESC')
out = sys.argv[2]
if out.endswith('.csv'):
    with open(out, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        while batch := cursor.fetchmany(1000):
            w.writerows(batch)
else:
    import xlsxwriter
    book = xlsxwriter.Workbook(out, {'constant_memory': True})
    sheet = book.add_worksheet()
    r = 0
    while batch := cursor.fetchmany(1000):
        for row in batch:
            sheet.write_row(r, 0, row)
            r += 1
    book.close()
print(time.perf_counter() - started, PEAK())
"""
)


# The peak of the export itself: Linux's high-water mark is reset as the export starts, since
# signing in (argon2, 64 MB by design) peaks higher before it than any export after it.
EXPORT_PEAK_FROM_START = """
from desktop.services import exports
_export = exports.export
def _from_start(*args, **kwargs):
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    return _export(*args, **kwargs)
exports.export = _from_start
"""


def _peak_run(command: list[str]) -> tuple[float, float, str]:
    """Seconds, peak resident memory (MB) and first line of output of a command run in a
    process of its own (which prints its peak last)."""
    started = time.perf_counter()
    done = subprocess.run(
        command, capture_output=True, text=True, env=os.environ | {"LOKET_PASSWORD": DEMO}
    )
    if done.returncode:
        raise RuntimeError(done.stderr)
    elapsed = time.perf_counter() - started
    lines = done.stdout.split("\n")
    return elapsed, int(done.stdout.split()[-1]) / 1024, lines[0]


def bench_export(
    path: Path, cases: int, tmp: Path, kinds: tuple[str, ...] = ("xlsx", "csv")
) -> list[Row]:
    """Every case to XLSX and to CSV by ``loket export``, beside the same rows written raw."""
    from desktop.store import db as store_db
    from desktop.store import keys

    store_db.open_database(path).close()  # a pending migration is not the export's time
    tmp.mkdir(parents=True, exist_ok=True)
    if not store_db.is_plain(path / "loket.sqlite3"):
        os.environ["BENCH_DB_KEY"] = keys.database_key(keys.unlock(path))
    rows = []
    for kind in kinds:
        out = tmp / f"cases.{kind}"
        script = (
            PEAK
            + EXPORT_PEAK_FROM_START
            + (
                "import runpy, sys; sys.argv = ['loket'] + sys.argv[1:]\n"
                "try:\n    runpy.run_module('desktop', run_name='__main__')\n"
                "except SystemExit as e:\n    if e.code:\n        raise\n"
                "print(PEAK())"
            )
        )
        command = [
            sys.executable,
            "-c",
            script,
            "export",
            "cases",
            "--from",
            "01-01-2000",
            "--to",
            "31-12-2099",
            "--out",
            str(out),
            "--data-dir",
            str(path),
            "--user",
            "admin",  # the demo's, signed in with its password (an export acts as someone)
        ]
        seconds, peak, said = _peak_run(command)
        written = int(said.split()[0])  # "N rows: FILE"
        base = tmp / f"raw.{kind}"
        raw_seconds, raw_peak, _ = _peak_run(
            [sys.executable, "-c", EXPORT_RAW, str(path / "loket.sqlite3"), str(base), str(ROOT)]
        )
        out.unlink()
        base.unlink()
        rows += [
            Row(
                f"export every case to {kind.upper()} ({cases:,})",
                seconds,
                raw_seconds,
                "minutes",
                unit="s",
                note=f"{written:,} rows, masked, labelled, dates as dates, by loket export; "
                "baseline: the same SELECT written raw",
            ),
            Row(
                f"peak memory of that export ({cases:,})",
                peak,
                raw_peak,
                "flat",
                unit="MB",
                note="the process's peak resident memory from the export's start (signing in "
                "before it, argon2, peaks higher); baseline: the raw writer's",
            ),
        ]
    return rows


def bench_backup(path: Path, cases: int, tmp: Path) -> list[Row]:
    """``loket backup`` of the folder beside the raw ``sqlite3 .backup`` of the same file and a
    plain copy of its files, in the same run; then ``loket restore`` of it (which checks).

    The folder is encrypted like every desk's, so the baseline is SQLite's backup API driven
    through SQLCipher's own DB-API into a copy keyed alike: the cheapest consistent copy of that
    file (pages decrypted and encrypted again, nothing rebuilt). The stock ``sqlite3`` shell
    cannot read the file at all."""
    sys.path.insert(0, str(ROOT))
    from desktop.store import backup

    fresh(tmp)
    tmp.mkdir(parents=True)
    secret, public = backup.new_key()
    con = raw_db(path, read_only=False)  # the office's key, for this run
    with con:
        con.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES ('backup.recipient', ?)",
            (json.dumps(public),),
        )
    con.close()
    out = tmp / "office.loketbackup"
    started = time.perf_counter()
    made = subprocess.run(
        [sys.executable, "-m", "desktop", "backup", "--out", str(out), "--data-dir", str(path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    ours = time.perf_counter() - started
    started = time.perf_counter()
    raw_copy(path, tmp / "raw.sqlite3")
    if (path / "files").is_dir():
        shutil.copytree(path / "files", tmp / "raw-files")
    raw = time.perf_counter() - started
    size = out.stat().st_size / 1024 / 1024
    started = time.perf_counter()
    restored = subprocess.run(
        [sys.executable, "-m", "desktop", "restore", str(out), "--data-dir", str(tmp / "back")],
        cwd=ROOT,
        env=os.environ | {"LOKET_BACKUP_KEY": secret},
        capture_output=True,
        text=True,
    )
    restore_seconds = time.perf_counter() - started
    assert restored.returncode == 0, restored.stdout + restored.stderr
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "desktop", "check", "--data-dir", str(tmp / "back")],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    check_seconds = time.perf_counter() - started
    fresh(tmp)
    return [
        Row(
            f"loket backup ({cases:,})",
            ours,
            raw,
            "ratio < 2",
            unit="s",
            note=f"{made.stdout.split(': ', 1)[-1].strip()}; {size:.0f} MB encrypted; baseline: "
            "the backup API's copy of the same (encrypted) file, keyed alike, and a plain copy "
            "of files/, in the same run",
        ),
        Row(
            f"loket restore ({cases:,})",
            restore_seconds,
            None,
            "minutes",
            unit="s",
            note=f"decrypt, every hash verified, files put back, then loket check "
            f"({check_seconds:.1f} s of it when run alone)",
        ),
    ]


def bench_receipt() -> list[Row]:
    """The receipt beside the smallest reportlab page carrying the same QR code."""
    import io

    from reportlab.graphics import renderPDF
    from reportlab.pdfgen.canvas import Canvas

    from desktop.documents.common import Office
    from desktop.documents.receipt import ReceiptData, qr, render_receipt

    data = ReceiptData(
        "LK1-202611-00042",
        "Senin, 23 November 2026, 09.05 WIB",
        "Siti Aminah",
        "317401******0003",
        "0812*****890",
        "Toko Elektronik Sinar Jaya",
        "Telepon genggam",
        "Ponsel yang diterima mati total. " * 6,
        ["Fotokopi KTP", "Bukti pembelian"],
        "Rina Marlina",
        "Analis mulai menangani paling lambat Rabu, 25 November 2026.",
        "Datang",
    )

    def bare() -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer)
        renderPDF.draw(qr(data.reg_no, 80), canvas, 100, 100)
        canvas.save()
        return buffer.getvalue()

    office = Office()
    render_receipt(data, office)  # warm: fonts and the logo are read once per process
    ours, base = [], []
    for _ in range(30):
        started = time.perf_counter()
        render_receipt(data, office)
        ours.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        bare()
        base.append((time.perf_counter() - started) * 1000)
    return [
        Row(
            "receipt PDF (A5), median",
            statistics.median(ours),
            statistics.median(base),
            "< 50 ms, ratio < 3",
            note="baseline: one reportlab page with the same QR",
        )
    ]


def bench_schedule() -> list[Row]:
    """A week's jadwal mediasi with 200 meetings, beside the same rows as a bare table."""
    import io

    from reportlab.platypus import SimpleDocTemplate, Table

    from desktop.documents.common import Office
    from desktop.documents.schedule import MeetingRow, render_schedule

    days = [
        "Senin, 30 November 2026",
        "Selasa, 1 Desember 2026",
        "Rabu, 2 Desember 2026",
        "Kamis, 3 Desember 2026",
        "Jumat, 4 Desember 2026",
    ]
    rows = [
        MeetingRow(
            days[n // 40],
            f"{8 + n % 8:02d}.00\u2013{9 + n % 8:02d}.00",
            f"Ruang Mediasi {n % 5 + 1}",
            "Mediasi",
            f"LK1-202611-{n:05d}",
            f"Pengadu Nomor {n}",
            f"PT Pelaku Usaha {n} Tbk",
            "Siti Rahmawati",
        )
        for n in range(200)
    ]

    def bare() -> bytes:
        out = io.BytesIO()
        SimpleDocTemplate(out).build([Table([list(vars(r).values()) for r in rows], repeatRows=1)])
        return out.getvalue()

    ours, base = [], []
    for _ in range(5):
        started = time.perf_counter()
        render_schedule(rows, "30 November 2026 s.d. 4 Desember 2026", Office())
        ours.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        bare()
        base.append((time.perf_counter() - started) * 1000)
    return [
        Row(
            "jadwal mediasi, a week of 200 meetings",
            statistics.median(ours),
            statistics.median(base),
            "< 1 s",
            note="baseline: the same rows as a bare table",
        )
    ]


FILE_SIZE = 200 * 1024


def sync_folder(cases: int) -> Path:
    """The demo folder with a 200 KB file attached to every case, made once and reused."""
    import hashlib

    path = DATA / f"sync-{cases}"
    if (path / "prepared").exists():
        return path
    shutil.rmtree(path, ignore_errors=True)
    shutil.copytree(folder(cases), path)
    from desktop.services import caselog, settings
    from desktop.services.context import write
    from desktop.store import db as store_db
    from desktop.store.files import FileStore
    from desktop.store.models import Attachment, Case, Staff, new_uuid, utcnow

    database = store_db.open_database(path)
    settings.forget()
    store = FileStore(store_db.files_root())
    officer = Staff.get(Staff.username == "petugas").uuid
    uuids = [c.uuid for c in Case.select(Case.uuid).order_by(Case.id)]
    for start in range(0, len(uuids), 500):
        with write():
            for uuid in uuids[start : start + 500]:
                data = os.urandom(FILE_SIZE)  # a photo of the receipt does not compress either
                sha = hashlib.sha256(data).hexdigest()
                store.put(data)
                attachment = new_uuid()
                Attachment.create(
                    uuid=attachment,
                    sha256=sha,
                    name="bukti.jpg",
                    mime="image/jpeg",
                    size=FILE_SIZE,
                    case=uuid,
                    created_by=officer,
                )
                caselog.append(
                    caselog.load(uuid),
                    "case.document_added",
                    {
                        "attachment": attachment,
                        "sha256": sha,
                        "name": "bukti.jpg",
                        "mime": "image/jpeg",
                        "size": FILE_SIZE,
                        "pages": 1,
                    },
                    None,
                    utcnow(),
                )
    database.close()
    settings.forget()
    (path / "prepared").touch()
    return path


def bench_sync(cases: int, tmp: Path) -> list[Row]:
    """A backlog of ``cases`` cases, each with a 200 KB file, sent by ``loket sync --once`` to
    the test peer on loopback, beside uploading the same files raw with httpx."""
    import httpx

    sys.path.insert(0, str(ROOT / "tests"))
    from central.peer import ENROLMENT_CODE, Peer

    source = sync_folder(cases)
    work = fresh(tmp / "sync-desk", source)
    fresh(tmp / "central-ours")
    fresh(tmp / "central-raw")
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "LOKET_ALLOW_INSECURE_KEYRING": "1",  # a test's own keyring, chosen
        "XDG_DATA_HOME": str(tmp / "keyring"),
        "LOKET_PASSWORD": "loket-demo-2026",  # demo.DEMO_PASSWORD: enrolment acts as the admin
    }
    peer = Peer(tmp / "central-ours").start()
    try:
        command = [sys.executable, "-m", "desktop", "sync", "--server", peer.url]
        subprocess.run(
            [*command, "--enrol", ENROLMENT_CODE, "--user", "admin", "--data-dir", str(work)],
            env=env,
            check=True,
            capture_output=True,
        )
        started = time.perf_counter()
        run = subprocess.Popen(
            [*command, "--once", "--batch", "200", "--data-dir", str(work)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # The peak since exec (VmHWM); the child's ru_maxrss would count the benchmark process
        # it was forked from. VmRSS over the run shows whether memory grows with the backlog.
        peak_kb, resident_kb = 0, []
        while run.poll() is None:
            try:
                status_lines = Path(f"/proc/{run.pid}/status").read_text().splitlines()
                sizes = {
                    line.split(":")[0]: int(line.split()[1])
                    for line in status_lines
                    if line.startswith(("VmHWM:", "VmRSS:"))
                }
                peak_kb = max(peak_kb, sizes["VmHWM"])
                resident_kb.append(sizes["VmRSS"])
            except (OSError, KeyError, IndexError):
                pass
            time.sleep(0.2)
        ours = time.perf_counter() - started
        status = run.returncode
        if status != 0:
            raise RuntimeError(f"loket sync failed: {run.stderr.read()}")
        events = len(peer.events())
    finally:
        peer.stop()
    raw = Peer(tmp / "central-raw").start()
    try:
        files = sorted((source / "files").rglob("*"))
        files = [f for f in files if f.is_file()]
        with httpx.Client(
            base_url=raw.url, headers={"Authorization": f"Bearer {raw.token()}"}
        ) as client:
            started = time.perf_counter()
            for f in files:
                data = f.read_bytes()
                sha = f.name
                client.post(f"/v1/files/{sha}", json={"size": len(data)})
                client.put(
                    f"/v1/files/{sha}/content",
                    params={"offset": 0},
                    content=data,
                    headers={"Content-Type": "application/octet-stream"},
                )
            base = time.perf_counter() - started
    finally:
        raw.stop()
    shutil.rmtree(work, ignore_errors=True)
    return [
        Row(
            f"sync {cases:,} cases with 200 KB files",
            ours,
            base,
            "ratio < 2",
            unit="s",
            note=f"{events:,} events and {len(files):,} files by `loket sync --once` to the "
            "test peer on loopback; baseline: the same files uploaded raw with httpx",
        ),
        Row(
            "the desk's peak memory (RSS) during that sync",
            peak_kb / 1024,
            None,
            "< 300 MB",
            unit="MB",
            note="resident at a tenth, half and nine tenths of the run: "
            + " → ".join(
                f"{resident_kb[int(len(resident_kb) * f)] / 1024:.0f} MB" for f in (0.1, 0.5, 0.9)
            )
            if resident_kb
            else "",
        ),
    ]


def bench_office(path: Path, cases: int) -> list[Row]:
    """Office mode (tests/benchmarks/office.py): the folder moved into PostgreSQL, then eight
    desks at once, each beside the same work as raw SQL through psycopg."""
    from tests.benchmarks import office

    url, imported = office.office_of(DATA, path, cases)
    typed = queries_for(path)
    desks = office.run_desks(url, typed, DATA / "office-desks")

    def every(key: str) -> list[float]:
        return [v for d in desks for v in d[key]]

    n = f"{cases:,}, {office.DESKS} desks"
    rows = [
        Row(
            f"office: intake save, p95 ({n})",
            percentile(every("saves"), 95),
            percentile(every("raw_saves"), 95),
            "< 50 ms, ratio < 1.5",
            note="baseline: the statements of the same save (recorded from a save undone at "
            "once), replayed raw through psycopg in one transaction",
        ),
        Row(
            f"office: search as you type, p95 ({n})",
            percentile(every("found"), 95),
            percentile(every("raw_found"), 95),
            "< 30 ms, ratio < 1.5",
            note="app: the list's first 100 rows; baseline: the statements that found the "
            "matching ids (a window after another), replayed raw",
        ),
        Row(
            f"office: case list, first screen, p95 ({n})",
            percentile(every("listed"), 95),
            None,
            "< 100 ms",
            note="the newest 100 cases, as the list opens",
        ),
        Row(f"office: open a case file, p95 ({n})", percentile(every("opened"), 95), None, "—"),
        Row(
            f"office: peak memory of a desk ({n})",
            max(d["peak_mb"] for d in desks),
            None,
            "—",
            unit="MB",
        ),
    ]
    if imported is not None:
        rows.insert(0, Row(f"loket office import ({cases:,})", imported, None, "minutes", unit="s"))
    return rows


def table(rows: list[Row]) -> str:
    def fmt(value: float | None, unit: str) -> str:
        return "—" if value is None else f"{value:,.1f} {unit}"

    lines = ["| what | ours | baseline | ratio | target | note |", "|---|---|---|---|---|---|"]
    for r in rows:
        ratio = f"{r.ratio:.2f}" if r.ratio else "—"
        lines.append(
            f"| {r.what} | {fmt(r.ours, r.unit)} | {fmt(r.baseline, r.unit)} | "
            f"{ratio} | {r.target} | {r.note} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,1000000")
    parser.add_argument("--sync-cases", type=int, default=10000)
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated: search, list, stall, start, intake, report, dashboard, export, "
        "backup, documents, sync, loaded, encryption, office",
    )
    args = parser.parse_args()
    wanted = set(filter(None, args.only.split(",")))

    def does(part: str) -> bool:
        return not wanted or part in wanted

    DATA.mkdir(exist_ok=True)
    rows: list[Row] = []
    for cases in (int(s) for s in args.sizes.split(",")):
        if wanted == {"encryption"}:  # its own folders: a plain demo and its encrypted copy
            rows += bench_encryption(cases)
            continue
        path = folder(cases)
        generated = path / "generated-seconds"
        if generated.exists() and not wanted:
            rows.append(
                Row(
                    f"generate {cases:,} demo cases",
                    float(generated.read_text()),
                    None,
                    "minutes",
                    unit="s",
                )
            )
        rows += bench_search_parts(path, cases) if does("search") else []
        rows += bench_search(path, cases) if does("search") else []
        rows += bench_case_list(path, cases) if does("list") else []
        rows += bench_stall(path, cases) if does("stall") else []
        rows += bench_cold_start(path, cases, DATA / "desk") if does("start") else []
        rows += bench_intake(path, cases) if does("intake") else []
        rows += bench_report(path, cases) if does("report") else []
        rows += bench_dashboard(path, cases) if does("dashboard") else []
        rows += bench_export(path, cases, DATA / "exports") if does("export") else []
        rows += bench_encryption(cases) if does("encryption") else []
        rows += bench_backup(path, cases, DATA / "backup") if does("backup") else []
        rows += bench_office(path, cases) if does("office") else []
    rows += bench_receipt() + bench_schedule() if does("documents") else []
    rows += bench_sync(args.sync_cases, DATA / "desk") if does("sync") else []
    rows += bench_stall_loaded(DATA / "desk") if does("loaded") else []
    machine = (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )
    print(f"Benchmarks on {machine}\n")
    print(table(rows))
    if wanted:  # a partial run is for looking at, not the record
        return 0
    (DATA / "results.json").write_text(
        json.dumps(
            {"machine": machine, "rows": [asdict(r) | {"ratio": r.ratio} for r in rows]}, indent=2
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
