"""Registration, agenda and letter numbers: readable, unique, gap-free, never reused."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from pathlib import Path

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.numbering import Template, month_roman
from desktop.services import settings
from desktop.services.context import write
from desktop.store import db as store_db
from desktop.store import sequences

NOV = dt.date(2026, 11, 23)


def test_numbers_as_the_office_writes_them():
    assert (
        Template("registration", "{counter}-{year}{month:02d}-{seq:05d}").format(
            42, NOV, counter="LK1"
        )
        == "LK1-202611-00042"
    )
    assert (
        Template("letter", "{seq}/PKTN.4/{code}/{month_roman}/{year}").format(7, NOV, code="KLR")
        == "7/PKTN.4/KLR/XI/2026"
    )
    assert [month_roman(m) for m in (1, 4, 9, 12)] == ["I", "IV", "IX", "XII"]


def test_a_sequence_restarts_for_each_period_the_number_shows():
    monthly = Template("registration", "{counter}-{year}{month:02d}-{seq:05d}")
    yearly = Template("agenda", "{seq:05d}/SM/{year}")
    december = dt.date(2026, 12, 1)
    assert monthly.sequence_key(NOV, counter="LK1") != monthly.sequence_key(december, "LK1")
    assert yearly.sequence_key(NOV) == yearly.sequence_key(december) == "agenda:2026"
    by_kind = Template("letter", "{seq}/{code}/{month_roman}/{year}")
    assert by_kind.sequence_key(NOV, code="KLR") != by_kind.sequence_key(NOV, code="UND")


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("{year}/{month}", "Templat nomor harus memuat {seq}."),
        ("{seq}/{branch}", "Templat nomor memakai isian tak dikenal {branch}."),
        ("{seq", "Templat nomor \u201c{seq\u201d tidak dapat dibaca."),
    ],
)
def test_a_bad_template_is_refused_plainly(pattern, message):
    with pytest.raises(DomainError) as info:
        Template("letter", pattern)
    assert str(info.value) == message


def test_an_admin_changes_a_template_and_bad_ones_are_refused(actors):
    with pytest.raises(DomainError):
        settings.put(actors["admin"], "numbering.templates", {"agenda": "{year}"})
    settings.put(actors["admin"], "numbering.templates", {"agenda": "SM-{year}-{seq:04d}"})
    with write():
        assert sequences.next_number(settings.numbering_of("agenda"), NOV) == "SM-2026-0001"
        assert sequences.next_number(settings.numbering_of("agenda"), NOV) == "SM-2026-0002"


def _draw(data_dir: str, count: int, queue) -> None:
    settings.forget()
    store_db.open_database(Path(data_dir))
    for _ in range(count):
        with write():
            queue.put(sequences.next_number(settings.numbering_of("agenda"), NOV))


def test_two_desks_on_one_database_never_draw_the_same_number(db, data_dir):
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    desks = [context.Process(target=_draw, args=(str(data_dir), 150, queue)) for _ in range(2)]
    for desk in desks:
        desk.start()
    numbers = [queue.get(timeout=60) for _ in range(300)]
    for desk in desks:
        desk.join(timeout=60)
        assert desk.exitcode == 0
    assert sorted(numbers) == [f"{n:05d}/SM/2026" for n in range(1, 301)]
