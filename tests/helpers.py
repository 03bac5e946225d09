"""Helpers the tests share: proving nothing was written, running the command line, checking PDFs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.store.models import TABLES, database


def loket(
    *args: str, cwd: Path | None = None, password: str | None = None, **more_env: str
) -> subprocess.CompletedProcess:
    """``loket ARGS…`` in a process of its own, as a scheduler runs it: no terminal, and the
    password of ``--user`` (if any) in LOKET_PASSWORD; ``more_env`` are further variables."""
    env = {k: v for k, v in os.environ.items() if k != "LOKET_PASSWORD"} | more_env
    if password is not None:
        env["LOKET_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        text=True,
        timeout=300,
        cwd=cwd,
        env=env,
    )


def table_counts() -> dict[str, int]:
    """Row counts of every table (and the search index): equal before and after = no writes."""
    return {
        model._meta.table_name: database.execute_sql(
            f'SELECT count(*) FROM "{model._meta.table_name}"'
        ).fetchone()[0]
        for model in TABLES
    }


def passes_qpdf(pdf: bytes, folder) -> bool:
    """Whether qpdf finds the PDF sound (structure, streams, cross-reference table)."""
    path = Path(folder) / "checked.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0
