"""The recap of a period (rekapitulasi pengaduan): what came in, by sector and channel, and what
became of the cases closed in it, by outcome and agency. Counts and sums only, no personal data.

The figures come from the per-day summaries the database keeps as cases change (store.recap,
migration 0020): a year at a million cases in milliseconds.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from desktop.domain.errors import DomainError
from desktop.domain.recap import Recap
from desktop.domain.workflow import REPORTERS
from desktop.services.context import Actor, require
from desktop.store import recap as recap_store


def recap(actor: Actor, start: dt.date, end: dt.date) -> Recap:
    require(actor, REPORTERS, "permission.reports")
    if end < start:
        raise DomainError("report.period_reversed", start=start.isoformat(), end=end.isoformat())
    received = recap_store.received_groups(start, end)
    closed = recap_store.closed_groups(start, end)
    sectors: Counter[str] = Counter()
    values: Counter[str] = Counter()
    channels: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    forwarded: Counter[str] = Counter()
    for sector, channel, count, value, _open in received:
        sectors[sector] += count
        values[sector] += value
        channels[channel] += count
    for outcome, agency, count in closed:
        outcomes[outcome] += count
        if outcome == "forwarded":
            forwarded[agency] += count
    agencies = recap_store.agency_names()
    return Recap(
        start=start,
        end=end,
        received=sum(sectors.values()),
        still_open=sum(r[4] for r in received),
        value=sum(values.values()),
        closed=sum(outcomes.values()),
        by_sector=[(s, n, values[s]) for s, n in _most(sectors)],
        by_channel=_most(channels),
        by_outcome=_most(outcomes),
        forwarded=[(agencies.get(code, code), n) for code, n in _most(forwarded)],
    )


def _most(counts: Counter[str]) -> list[tuple[str, int]]:
    """Most cases first; equal counts in the order of their names."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def recap_pdf(actor: Actor, start: dt.date, end: dt.date) -> bytes:
    return printed(recap(actor, start, end), actor)


def printed(recap: Recap, actor: Actor | None = None, *, now: dt.datetime | None = None) -> bytes:
    """A recap already read (it was read with the right to), on the office's letterhead, signed
    by ``actor`` (who made it) and acknowledged by the office's signatory."""
    from desktop.documents.letter import Signatory
    from desktop.documents.recap import render_recap
    from desktop.domain.formatting import dated
    from desktop.domain.workdays import office_date
    from desktop.services import settings
    from desktop.services.letterhead import office, signatory
    from desktop.store import accounts
    from desktop.store.models import utcnow

    if actor is None:
        return render_recap(recap, office())
    account = accounts.by_uuid(actor.uuid)
    prepared = Signatory(
        "Supervisor Layanan Pengaduan", actor.full_name, account.nip if account else ""
    )
    place_date = f"{settings.get('office.city')}, {dated(office_date(now or utcnow()))}"
    return render_recap(recap, office(), prepared, signatory(), place_date)
