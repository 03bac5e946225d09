"""The per-day summaries the dashboard and the recap read say exactly what grouping the cases
themselves says: after the demo's bulk insert, after intake (also of a case received before a
person's later ones), handling, closing and amending; on a folder that had cases before the
summaries existed; and ``loket check`` finds a summary that went astray."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import complaint_form
from helpers import loket, raw_connection

from desktop.domain.workdays import office_days
from desktop.domain.workflow import OPEN_STATUSES
from desktop.services import dashboard, demo, handling, intake
from desktop.store import db as store_db
from desktop.store import recap, recap_raw
from desktop.store.models import Case

NOW = dt.datetime(2026, 11, 23, 2, 0)
TODAY = NOW.date()
OPEN = tuple(sorted(s.value for s in OPEN_STATUSES))
PERIODS = [
    (TODAY - dt.timedelta(days=130), TODAY),  # all of it
    (dt.date(2026, 8, 1), dt.date(2026, 10, 31)),  # a quarter
    (dt.date(2026, 10, 1), dt.date(2026, 10, 31)),  # a month
    (dt.date(2026, 9, 10), dt.date(2026, 9, 10)),  # a day
    (dt.date(2026, 9, 20), TODAY),  # starts between Siti's cases
]


def _raw(start: dt.date, end: dt.date) -> dict[str, list]:
    since, until = office_days(start, end)
    return recap_raw.figures(since, until, OPEN, dashboard.TOP_BUSINESSES)


def _kept(start: dt.date, end: dt.date, received: int | None = None) -> dict[str, list]:
    groups = recap.received_groups(start, end)
    counted = sum(g[2] for g in groups) if received is None else received
    top = recap.top_businesses(start, end, dashboard.TOP_BUSINESSES, counted)
    return {
        "received": groups,
        "closed": recap.closed_groups(start, end),
        "by_day": recap.received_by_day(start, end),
        "open": recap.open_by_day(OPEN),
        "sector_people": recap.sector_people(start, end),
        "top_businesses": [(uuid, n, people) for uuid, _name, n, people in top],
        "stages_finished": recap.stages_finished(start, end),
    }


def _same_figures(received: int | None = None) -> None:
    for start, end in PERIODS:
        raw, kept = _raw(start, end), _kept(start, end, received)
        for name in raw:
            if name != "top_businesses":  # the only one whose order is its meaning
                raw[name], kept[name] = sorted(raw[name], key=str), sorted(kept[name], key=str)
        assert kept == raw, (start, end)
    assert recap_raw.summaries_astray() == {}


def _bought_in_august(**changes):
    return complaint_form(
        transaction_date=dt.date(2026, 8, 1), complained_at=dt.date(2026, 8, 3), **changes
    )


@pytest.fixture
def demo_db(actors):
    """The demo's 300 cases, on each engine: SQLite's and the office database's triggers."""
    demo.fill(300, seed=5, span_days=120, now=NOW)
    return actors


def test_the_summaries_say_what_the_cases_say_as_they_change(demo_db):
    counter, analyst = demo_db["petugas"], demo_db["analis"]
    assert _raw(*PERIODS[0])["received"], "the demo received cases"
    _same_figures()
    # Siti complains three times, told in the order the letters are found, not received: the
    # later ones were already there when the earlier arrived.
    siti = [
        intake.register_complaint(counter, _bought_in_august(), now=when).uuid
        for when in (
            dt.datetime(2026, 10, 28, 3),
            dt.datetime(2026, 10, 5, 3),
            dt.datetime(2026, 10, 5, 4),
            dt.datetime(2026, 9, 15, 3),
        )
    ]
    _same_figures()
    people = dict((s, p) for s, _n, p in recap.sector_people(*PERIODS[4]))
    assert people["electronics_vehicles"] >= 1
    # Handling and closing: cases picked up, forwarded, withdrawn.
    waiting = [
        c.uuid
        for c in Case.select().where(Case.status == "received", Case.uuid.not_in(siti)).limit(6)
    ]
    for uuid in waiting:
        handling.take_action(analyst, uuid, "start_analysis", {}, now=NOW)
    for uuid in waiting[:3]:
        handling.take_action(
            analyst, uuid, "forward", {"agency": "OJK", "reason": "Jasa keuangan."}, now=NOW
        )
    _same_figures()
    # The officer corrects a case: another sector, another business, another person.
    intake.amend_case(
        counter,
        siti[1],
        _bought_in_august(
            sector="financial",
            business__name="Koperasi Dana Cepat",
            complainant__name="Budi Hartono",
            complainant__nik="3174011708850004",
            complainant__sex="male",
        ),
        now=NOW,
    )
    _same_figures()


def test_both_ways_of_finding_the_businesses_complained_about_most(demo_db):
    """Read by cases ever (a long period) or grouped (a short one): the same ten, ties and all."""
    _same_figures(received=10**9)  # never too many to read by cases ever
    _same_figures(received=0)  # always grouped


def test_a_folder_with_cases_gets_its_summaries_when_opened(data_dir):
    from playhouse.migrations import Runner

    older = store_db.connect(data_dir)
    runner = Runner(older, str(store_db.MIGRATIONS))
    runner.up(target="0019_agency_parts")  # all but 0020 …
    for later in runner.migrations():  # … and those after it, whose columns the demo writes
        if later.name > "0020_dashboard_summaries":
            later.load().up(runner.migrator, older)
            runner.History.create(name=later.name)
    demo.fill(200, seed=9, span_days=120, now=NOW)
    older.close()
    reopened = store_db.open_database(data_dir)
    try:
        assert "0020_dashboard_summaries" in store_db.migration_state(reopened).applied
        assert (
            reopened.execute_sql('SELECT sum(cases) FROM "recap_received"').fetchone()[0]
            == (reopened.execute_sql('SELECT count(*) FROM "case"').fetchone()[0])
        )
        _same_figures()
    finally:
        reopened.close()


def test_check_finds_a_summary_gone_astray(data_dir):
    done = loket("demo", "--cases", "60", "--seed", "4", "--data-dir", str(data_dir))
    assert done.returncode == 0, done.stderr
    assert loket("check", "--data-dir", str(data_dir)).returncode == 0
    with raw_connection(data_dir) as con:
        con.execute(
            'UPDATE "sector_first" SET cases = cases + 1 '
            'WHERE day = (SELECT max(day) FROM "sector_first")'
        )
    check = loket("check", "--data-dir", str(data_dir))
    assert check.returncode == 1
    assert "summary sector_first of the dashboard and recap differs" in check.stdout
