"""What the recap of a period says (rekapitulasi pengaduan): the figures the Reports page shows
and the printed recap carries. Counts and sums only, no personal data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Recap:
    start: dt.date
    end: dt.date
    received: int
    still_open: int  # of those received in the period, not closed yet
    value: int  # rupiah: the transactions complained about
    closed: int  # closed in the period, whenever received
    by_sector: list[tuple[str, int, int]]  # sector, cases, rupiah; most cases first
    by_channel: list[tuple[str, int]]
    by_outcome: list[tuple[str, int]]  # of the cases closed in the period
    forwarded: list[tuple[str, int]]  # agency name, cases forwarded to it in the period
