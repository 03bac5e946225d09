"""Helpers for tests that must prove nothing was written."""

from __future__ import annotations

from desktop.store.models import TABLES, database


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
    import subprocess
    from pathlib import Path

    path = Path(folder) / "checked.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0
