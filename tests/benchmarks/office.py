"""Office mode under load: a demo folder moved into a PostgreSQL office database, then eight desk
processes at once, each saving complaints, searching as an officer types and opening case
files, each beside the same work as raw SQL through psycopg on the same server in the same run.

The cluster lives in bench-data/pg (started here, kept between runs so the import of a large
folder is done once); ``python -m tests.benchmarks.office desk URL SEED`` is one desk.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

DESKS = 8
SAVES = 25  # complaints each desk saves
ROUNDS = 2  # times each desk types the searches
# A desk acts at most once in this many seconds: the case list's pause after typing (150 ms),
# faster than any officer saves or opens. Eight desks in a tight loop would measure how eight
# processes share this machine's two cores with the server, not what a desk waits for.
PACE = 0.15


def cluster(data: Path):
    """The benchmark's cluster, started (made the first time) in ``data``/pg."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import pg_server

    folder = data / "pg"
    state = folder / "cluster.json"
    if state.exists():
        saved = json.loads(state.read_text())
        found = pg_server.Cluster(folder, saved["port"], Path(saved["bin"]), saved["as_user"])
        if found.tool("pg_ctl", "-D", str(folder / "data"), "status", check=False).returncode:
            found.start()
        return found
    made = pg_server.start_cluster(folder)
    state.write_text(json.dumps({"port": made.port, "bin": str(made.bin), "as_user": made.as_user}))
    return made


def office_of(data: Path, source: Path, cases: int) -> tuple[str, float | None]:
    """The office database holding the demo folder ``source`` (imported the first time: how
    many seconds that took, else None)."""
    server = cluster(data)
    name = f"office_{cases}"
    url = server.url(name)
    marker = data / "pg" / f"imported-{cases}"
    if marker.exists():
        return url, None
    server.drop_database(name)
    server.create_database(name)
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "desktop", "office", "import", "--from", str(source),
         "--database", url, "--data-dir", str(data / "office-desk")],
        check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    seconds = time.monotonic() - started
    server.admin("ANALYZE", name)
    marker.write_text(f"{seconds:.0f}")
    return url, seconds


def run_desks(url: str, typed: list[str], scratch: Path) -> list[dict]:
    """Eight desk processes at once; what each measured."""
    scratch.mkdir(parents=True, exist_ok=True)
    desks = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.benchmarks.office",
                "desk",
                url,
                str(n),
                json.dumps(typed),
                str(scratch / f"desk-{n}"),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(DESKS)
    ]
    return [json.loads(d.communicate()[0].strip().splitlines()[-1]) for d in desks]


def citizen(seed: int, n: int):
    """A complaint from a citizen of desk ``seed``'s queue: a NIK and phone of their own (born
    on a day of this run's choosing, so a run meets new people), the same business actor."""
    import datetime as dt
    import random

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from conftest import complaint_form

    born = dt.date(1950, 1, 1) + dt.timedelta(
        days=random.Random(f"{time.time()}{seed}").randrange(18000)
    )
    serial = seed * (2 * SAVES + 2) + n + 1
    return complaint_form(
        complainant__name=f"Warga {seed} {n}",
        complainant__birth_date=born,
        complainant__nik=f"317401{born.day + 40:02d}{born:%m%y}{serial:04d}",
        complainant__phone=f"0813{seed:04d}{n:04d}",
    )


def desk(url: str, seed: int, typed: list[str], folder: Path) -> dict:
    """One desk's work, then the same work raw through psycopg, taking turns at the desks'
    pace."""
    import psycopg

    from desktop.services import intake, queries, settings, staff
    from desktop.services.queries import CaseQuery, first_page
    from desktop.store import db as store_db
    from desktop.store import search
    from desktop.store.models import Staff, database

    settings.forget()
    store_db.open_database(folder, url)
    officer = staff.actor_of(Staff.get(Staff.username == "petugas"))
    # the same planning as the desk's own connection (store.postgres.connect)
    raw = psycopg.connect(url, autocommit=True, prepare_threshold=None)

    @contextmanager
    def recording() -> Iterator[list[tuple[str, Any]]]:
        """The statements the desk sends the server meanwhile, with their parameters."""
        asked: list[tuple[str, Any]] = []
        run = database.obj.execute_sql

        def recorded(statement, params=None, *rest, **more):
            if not statement.startswith(("SAVEPOINT", "RELEASE", "ROLLBACK")):
                asked.append((statement, params))
            return run(statement, params, *rest, **more)

        database.obj.execute_sql = recorded
        try:
            yield asked
        finally:
            del database.obj.execute_sql

    def save_statements(form) -> list[tuple[str, Any]]:
        """What saving ``form`` sends the server, from a save undone at once."""
        with recording() as asked:
            try:
                with database.atomic():
                    intake.register_complaint(officer, form)
                    raise _Undone
            except _Undone:
                pass
        return asked

    def save_raw(asked: list[tuple[str, Any]]) -> None:
        """The same save's statements raw, in a transaction of their own, then undone (its
        number and its citizen stay free for the desk's own save)."""
        with raw.transaction(force_rollback=True):
            for statement, params in asked:
                raw.execute(statement, params)

    def statements_of(text: str) -> list[tuple[str, Any]]:
        """What finding the ids of ``text`` asks the server, statement by statement (on a
        partitioned office, a window after another until the page is full)."""
        with recording() as asked:
            search.matching_case_ids(text, 100)
        return asked

    def find_raw(asked: list[tuple[str, Any]]) -> None:
        for statement, params in asked:
            raw.execute(statement, params).fetchall()

    took: dict[str, list[float]] = {k: [] for k in ("saves", "raw_saves", "found", "raw_found")}
    took["opened"], took["listed"], took["recorded"] = [], [], []

    def timed(what: str, work, *args):
        started = time.perf_counter()
        done = work(*args)
        took[what].append((time.perf_counter() - started) * 1000)
        time.sleep(max(0.0, PACE - (time.perf_counter() - started)))
        return done

    queue = [citizen(seed, n) for n in range(SAVES + 1)]
    intake.register_complaint(officer, queue.pop())  # the first loads the calendar
    for n, form in enumerate(queue):
        done = timed("saves", intake.register_complaint, officer, form)
        for _attempt in range(3):  # another desk may take the number between the two
            asked = timed("recorded", save_statements, citizen(seed, SAVES + 1 + n))
            try:
                timed("raw_saves", save_raw, asked)
                break
            except psycopg.errors.UniqueViolation:
                continue
        timed("opened", queries.case_file, done.uuid)
        timed("listed", first_page, CaseQuery(), 100)
    for _ in range(ROUNDS):
        for text in typed:
            timed("found", first_page, CaseQuery(text=text), 100)
            timed("raw_found", find_raw, statements_of(text))
    raw.close()
    return {
        **took,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


class _Undone(Exception):
    """Undoes a save whose statements were wanted, not the save."""


if __name__ == "__main__" and sys.argv[1:2] == ["desk"]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    url, seed, typed, folder = sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4]), sys.argv[5]
    print(json.dumps(desk(url, seed, typed, Path(folder))))
