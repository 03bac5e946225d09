"""The supervisor's dashboard: what came in, the backlog and its age, stages finished on time,
sectors and business actors (per case and per person), outcomes; and the same figures on the
dashboard, in the export and on the printed recap."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter

import openpyxl
import pytest
from conftest import complaint_form
from helpers import desk_args
from pypdf import PdfReader
from test_reports import NOVEMBER, office  # noqa: F401  (the hand-made office of the recap)

from desktop.domain.errors import PermissionDenied
from desktop.domain.messages import label
from desktop.domain.workdays import office_date
from desktop.services import dashboard, exports, handling, intake, reports
from desktop.services.queries import UNASSIGNED, CaseQuery, count_cases
from desktop.store.models import Case

END_OF_NOVEMBER = dt.date(2026, 11, 30)


def _late_case(actors) -> str:
    """Another complainant's case, picked up by the analyst a week after it was due."""
    form = complaint_form(
        complainant__name="Budi Hartono",
        complainant__nik="3174011708850004",
        complainant__sex="male",
        complainant__phone="0813-1111-2222",
        sector="financial",
        transaction_value="Rp2.000.000",
    )
    uuid = intake.register_complaint(actors["petugas"], form, now=dt.datetime(2026, 11, 16, 3)).uuid
    handling.take_action(
        actors["analis"], uuid, "start_analysis", {}, now=dt.datetime(2026, 11, 25, 3)
    )
    return uuid


def test_the_dashboard_counts_the_period(office):  # noqa: F811
    _late_case(office)
    board = dashboard.dashboard(office["supervisor"], *NOVEMBER, today=END_OF_NOVEMBER)
    assert board.bucket == "week" and board.buckets[0] == dt.date(2026, 11, 1)
    assert board.buckets[1] == dt.date(2026, 11, 2)  # then every Monday
    weekly = {channel: sum(counts) for channel, counts in board.received.items()}
    assert weekly == {"walk_in": 3, "post": 1}
    assert board.received["walk_in"][0] == 1  # Sunday 1 November, 00:30 WIB
    # Open now: the letter of 12 November (received, 12 working days old) and the late case
    # (in analysis since 25 November, received 16 November: 10 working days).
    assert [(b.status, dashboard.AGE_BANDS[b.band], b.cases) for b in board.backlog] == [
        ("received", (8, 14), 1),
        ("analysis", (8, 14), 1),
    ]
    first, last = board.band_days[1]
    assert first <= dt.date(2026, 11, 12) <= last and first <= dt.date(2026, 11, 16) <= last
    stages = {s.name: (s.on_time, s.finished) for s in board.on_time_by_stage}
    assert stages == {"received": (3, 4), "analysis": (3, 3), "clarification": (1, 1)}
    analyst = office["analis"].full_name  # who moved every case on
    assert [(o.name, o.on_time, o.finished) for o in board.on_time_by_officer] == [(analyst, 7, 8)]
    assert board.on_time_by_stage[0].share == 0.75
    # A bar of these opens the cases behind its exits: four left "received" in November, and
    # the analyst's eight exits are those of four cases (one of them left three stages).
    left = {"left_from": NOVEMBER[0], "left_to": NOVEMBER[1], "match_cap": None}
    assert count_cases(CaseQuery(left_stage="received", **left)) == 4
    assert count_cases(CaseQuery(left_stage="clarification", **left)) == 1
    assert board.on_time_by_officer[0].officer == office["analis"].uuid
    assert count_cases(CaseQuery(left_by=office["analis"].uuid, **left)) == 4
    assert count_cases(CaseQuery(left_by=UNASSIGNED, **left)) == 0
    december = {"left_from": dt.date(2026, 12, 1), "left_to": dt.date(2026, 12, 31)}
    assert count_cases(CaseQuery(left_stage="received", **december)) == 0
    # Siti Aminah complained three times in November about the same shop: three cases, one
    # person; Budi once.
    assert board.businesses == [("Toko Elektronik Sinar Jaya", 4, 2)]
    assert board.sectors == [("electronics_vehicles", 2, 1), ("financial", 2, 2)]
    assert dict(board.outcomes) == {"forwarded": 2, "resolved": 1}


def test_only_supervisors_and_admins_see_the_dashboard(office):  # noqa: F811
    with pytest.raises(PermissionDenied):
        dashboard.dashboard(office["petugas"], *NOVEMBER)


def _sheet(path, name) -> dict[str, list]:
    rows = list(openpyxl.load_workbook(path)[name].iter_rows(values_only=True))
    return {row[0]: list(row[1:]) for row in rows[1:]}


def test_dashboard_export_and_printed_recap_say_the_same(office, tmp_path):  # noqa: F811
    _late_case(office)
    who = office["supervisor"]
    board = dashboard.dashboard(who, *NOVEMBER, today=END_OF_NOVEMBER)
    recap = reports.recap(who, *NOVEMBER)
    out = tmp_path / "rekap.xlsx"
    exports.export(who, "recap", out, start=NOVEMBER[0], end=NOVEMBER[1])
    text = " ".join(
        " ".join(
            p.extract_text() for p in PdfReader(io.BytesIO(reports.printed(recap, who))).pages
        ).split()
    )
    sectors = _sheet(out, "Sektor")
    for sector, cases, _people in board.sectors:
        named = label("sector", sector)
        value = dict((s, v) for s, _n, v in recap.by_sector)[sector]
        assert sectors[named][:2] == [cases, value]
        assert f"{named} {cases} Rp{value:,}".replace(",", ".") in text
    assert sectors["Jumlah"] == [recap.received, recap.value] and recap.received == 4
    assert f"Jumlah {recap.received} Rp{recap.value:,}".replace(",", ".") in text
    outcomes = _sheet(out, "Hasil")
    for outcome, cases in board.outcomes:
        named = label("outcome", outcome).capitalize()
        assert outcomes[named] == [cases] and f"{named} {cases}" in text
    assert outcomes["Jumlah"] == [sum(n for _o, n in board.outcomes)] == [recap.closed]
    # Per channel: the dashboard counts the per-day summaries, the export and the print the
    # recap's groups; each is checked against the cases themselves, counted here.
    counted = Counter(
        c.channel
        for c in Case.select(Case.channel, Case.received_at)
        if NOVEMBER[0] <= office_date(c.received_at) <= NOVEMBER[1]
    )
    assert counted == {"walk_in": 3, "post": 1}
    on_board = {channel: sum(weeks) for channel, weeks in board.received.items()}
    assert on_board == counted
    channels = _sheet(out, "Saluran")
    assert channels == {label("channel", c): [n] for c, n in counted.items()} | {"Jumlah": [4]}
    for channel, cases in counted.items():
        assert f"{label('channel', channel)} {cases}" in text
    assert text.count(f"Jumlah {sum(counted.values())}") >= 2  # under sectors and channels


def test_every_stage_left_is_kept_as_the_history_says(actors):
    """The demo writes in bulk, the services one event at a time: the trigger keeps a stage
    exit for each transition either way, on time exactly when the history says so (on the
    office database, the PL/pgSQL trigger)."""
    from desktop.services import demo
    from desktop.store import dialect, sql
    from desktop.store.models import StageExit

    demo.fill(120, seed=3, span_days=90)
    kept = {(e.case, e.stage, e.left_at, e.on_time) for e in StageExit.select()}
    # What the history says, worked out from it at the time of asking.
    engine = dialect.current()
    by_due = engine.counted(f"{engine.office_day('at')} <= due")
    stage, due = engine.json_sql("payload", "from"), engine.json_sql("payload", "due")
    told = {
        (case, left, engine.moment(at), late_or_not)
        for case, left, at, late_or_not in sql.run(
            f"SELECT case_id, stage, at, {by_due} FROM ("
            f"  SELECT case_id, kind, at, {stage} AS stage,"
            f"         lag({due}) OVER (PARTITION BY case_id ORDER BY id)"
            "         AS due FROM history_event WHERE kind IN ('case.registered',"
            "         'case.transition', 'case.reminder_sent', 'case.answer_recorded')"
            f"){engine.derived('events')} WHERE kind = 'case.transition' AND due IS NOT NULL"
        )
    }
    assert len(kept) > 100 and kept == told
    assert 0 < sum(on_time for *_rest, on_time in kept) < len(kept)  # some late, most not


def test_loket_dashboard_prints_what_the_charts_show(office, data_dir):  # noqa: F811
    from conftest import PASSWORD
    from helpers import loket

    from desktop.store.models import database

    late = _late_case(office)
    handling.take_action(
        office["analis"],
        late,
        "forward",
        {"agency": "LAPS_SJK", "reason": "Sengketa tidak selesai di bank."},
        now=dt.datetime(2026, 11, 26, 3),
    )
    board = dashboard.dashboard(office["supervisor"], *NOVEMBER)
    database.close()  # the command opens the folder itself
    done = loket(
        "dashboard", "--from", "01-11-2026", "--to", "30-11-2026", "--user", "supervisor",
        *desk_args(data_dir), password=PASSWORD,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = done.stdout
    walk_ins = board.received["walk_in"]
    assert "Datang langsung\t" + "\t".join(map(str, walk_ins)) in text
    for sector, cases, people in board.sectors:
        assert f"{label('sector', sector)}\t{cases}\t{people}" in text
    assert "Otoritas Jasa Keuangan" not in text and "OJK\t1" in text  # forwarded, by code
    assert "LAPS SJK\t1" in text and "LAPS_SJK" not in text  # the code as it is written
    refused = loket(
        "dashboard", "--from", "01-11-2026", "--to", "30-11-2026", "--user", "petugas",
        *desk_args(data_dir), password=PASSWORD,
    )  # fmt: skip
    assert refused.returncode == 2 and "supervisor" in refused.stderr
