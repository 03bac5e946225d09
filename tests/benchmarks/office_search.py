"""Search as you type on a desk (SQLite) and on its office copy (PostgreSQL), side by side.

    python tests/benchmarks/office_search.py bench-data/cases-100000

The desk folder comes from ``loket demo`` (``make bench`` makes them); a private cluster
(tests/pg_server.py) gets an office database, the desk is imported into it, and the same typed
texts are searched on both: the case ids (store.search, up to 1000) and the list's first page of
100, milliseconds. Prints whether both engines found the same cases in the same order, the
timings, and PostgreSQL's plans of the main query shapes.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
os.environ.setdefault("LOKET_ALLOW_INSECURE_KEYRING", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pg_server

from desktop.services import settings
from desktop.services.queries import CaseQuery, first_page
from desktop.store import db as store_db
from desktop.store import office_import, postgres_search, search, sql


def windows_of(text: str, limit: int) -> list[tuple[str, list]]:
    """The statements of the windows the office's search of ``text`` asked, newest first."""
    asked: list[tuple[str, list]] = []
    window = postgres_search._window

    def recorded(arms, bounds, count):
        asked.append(postgres_search.window_sql(arms, bounds, count))
        return window(arms, bounds, count)

    postgres_search._window = recorded
    try:
        search.matching_ids_sql(text, limit)
    finally:
        postgres_search._window = window
    return asked


def typed_inputs(desk: Path) -> dict[str, list[str]]:
    """What an officer types, from cases spread over the desk: a name's beginning, a part of
    it, parts of two of its words, a phone's last four digits and the phone as printed, the
    registration number, and two common letters."""
    con = store_db.connect(desk)
    rows = con.execute_sql(
        'SELECT p.name, p.phone, c.reg_no FROM "case" c JOIN complainant p '
        "ON p.uuid = c.complainant_id WHERE c.id % 9973 = 7 ORDER BY c.id LIMIT 8"
    ).fetchall()
    con.close()
    typed: dict[str, list[str]] = {"common two letters": ["ma", "su", "ri"]}
    for name, phone, reg_no in rows:
        words = name.lower().split()
        for kind, text in (
            ("name prefix", words[0][:4]),
            ("name part", max(words, key=len)[1:5]),
            ("two name parts", f"{words[0][1:5]} {words[-1][1:4]}" if len(words) > 1 else ""),
            ("phone, 4 digits", phone[-4:]),
            ("phone as printed", f"0{phone[3:6]}-{phone[6:10]}-{phone[10:]}"),
            ("reg no", reg_no),
        ):
            if text:
                typed.setdefault(kind, []).append(text)
    return typed


def timings(typed: dict[str, list[str]], rounds: int = 5) -> dict[str, tuple[float, float]]:
    """Per kind of input: the median milliseconds of the ids and of the first page."""
    out = {}
    for kind, texts in typed.items():
        ids, page = [], []
        for _ in range(rounds):
            for text in texts:
                began = time.perf_counter()
                search.matching_case_ids(text, 1000)
                ids.append((time.perf_counter() - began) * 1000)
                began = time.perf_counter()
                first_page(CaseQuery(text=text), 100)
                page.append((time.perf_counter() - began) * 1000)
        out[kind] = (statistics.median(ids), statistics.median(page))
    return out


def found(typed: dict[str, list[str]]) -> dict[str, list[int] | None]:
    return {t: search.matching_case_ids(t, 1000) for texts in typed.values() for t in texts}


def main(desk: Path) -> None:
    typed = typed_inputs(desk)
    settings.forget()
    database = store_db.open_database(desk)
    on_desk, desk_found = timings(typed), found(typed)
    database.close()
    settings.forget()
    cluster = pg_server.start_cluster()
    office_dir = Path(tempfile.mkdtemp(prefix="office-search-"))
    try:
        url = cluster.create_database("office_search")
        office = store_db.open_database(office_dir, url)
        source = store_db.connect(desk)
        began = time.monotonic()
        office_import.copy_rows(source, office)
        print(f"office import: {time.monotonic() - began:.0f} s")
        source.close()
        office.close()
        cluster.admin("VACUUM ANALYZE", "office_search")
        settings.forget()
        office = store_db.open_database(office_dir, url)
        in_office, office_found = timings(typed), found(typed)
        print("the same cases in the same order:", office_found == desk_found)
        print(f"{'typed':20} {'SQLite ids':>10} {'page':>6} {'PG ids':>8} {'page':>6}  (ms, p50)")
        for kind in typed:
            (a, b), (c, d) = on_desk[kind], in_office[kind]
            print(f"{kind:20} {a:10.1f} {b:6.1f} {c:8.1f} {d:6.1f}")
        for text in ("ma", typed["name part"][0], typed["two name parts"][0], typed["reg no"][0]):
            print(f"\nEXPLAIN ANALYZE of {text!r}, window by window:")
            for statement, params in windows_of(text, 1000):
                for (line,) in sql.run("EXPLAIN ANALYZE " + statement, params):
                    print("  " + line)
        office.close()
    finally:
        cluster.stop("immediate")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
