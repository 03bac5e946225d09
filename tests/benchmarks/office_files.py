"""A 20 MB scan written and read back: the desk's sealed folder against the office database.

    PYTHONPATH=. python tests/benchmarks/office_files.py

Starts the tests' private PostgreSQL cluster (tests/pg_server.py) on this machine, so the
office figures leave out the network a real office has between its desks and its server.
Each figure is the median of five runs; the write is a put committed with its transaction,
the read passes every chunk through a hash (what sending or printing it does), and the peak
is the most memory Python held at once during the read.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
os.environ.setdefault("LOKET_ALLOW_INSECURE_KEYRING", "1")
SIZE = 20 * 1024 * 1024
RUNS = 5


def measure(label: str) -> None:
    from desktop.store import db as store_db
    from desktop.store.models import database

    store = store_db.file_store()
    writes, reads, peaks = [], [], []
    for _ in range(RUNS):
        data = b"%PDF-1.7\n" + os.urandom(SIZE - 9)  # a scan's streams do not compress
        started = time.perf_counter()
        with database.atomic():
            sha = store.put(data)
        writes.append(time.perf_counter() - started)
        del data
        digest = hashlib.sha256()
        tracemalloc.start()
        started = time.perf_counter()
        for piece in store.chunks(sha):
            digest.update(piece)
        reads.append(time.perf_counter() - started)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert digest.hexdigest() == sha
    print(
        f"{label:<28} write {statistics.median(writes) * 1000:7.0f} ms   "
        f"read {statistics.median(reads) * 1000:7.0f} ms   "
        f"read peak {max(peaks) / 1024 / 1024:5.1f} MiB"
    )


def main() -> None:
    import pg_server

    from desktop.store import db as store_db

    with tempfile.TemporaryDirectory(prefix="loket-files-bench-") as work:
        desk = store_db.open_database(Path(work) / "desk")
        measure("folder (sealed, SQLite)")
        desk.close()
        cluster = pg_server.start_cluster()
        if cluster is None:
            sys.exit("no PostgreSQL server here (make test installs postgresql)")
        try:
            office = store_db.open_database(Path(work) / "office", cluster.create_database("bench"))
            measure("office database (PG)")
            office.close()
        finally:
            cluster.stop("immediate")


if __name__ == "__main__":
    main()
